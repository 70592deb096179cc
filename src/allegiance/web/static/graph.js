// A small force-directed layout drawn in SVG: the network of one actor's allies and adversaries.
// Edges are coloured by the balance of cooperation and conflict and sized by their volume.

import { s } from "./dom.js";
import { tone } from "./text.js";

const WIDTH = 760;
const HEIGHT = 520;

// Deterministic Fruchterman–Reingold layout: nodes start on a circle around the focus (pinned
// at the centre), repel each other (k²/d), edges pull (d²/k), a weak gravity keeps loose nodes
// in view, and the step size cools from 40 px to 1 px.
export function layout(nodes, edges, focusId, iterations = 300) {
  const cx = WIDTH / 2;
  const cy = HEIGHT / 2;
  const pos = new Map();
  const others = nodes.filter((n) => n.id !== focusId);
  others.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, others.length);
    pos.set(n.id, { x: cx + 200 * Math.cos(angle), y: cy + 170 * Math.sin(angle) });
  });
  pos.set(focusId, { x: cx, y: cy });
  const ids = nodes.map((n) => n.id).filter((id) => pos.has(id));
  const k = Math.max(90, Math.min(190, 0.7 * Math.sqrt((WIDTH * HEIGHT) / Math.max(1, ids.length))));
  for (let step = 0; step < iterations; step++) {
    const temperature = 40 * (1 - step / iterations) + 1;
    const move = new Map(ids.map((id) => [id, { x: 0, y: 0 }]));
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const p = pos.get(ids[i]);
        const q = pos.get(ids[j]);
        const dx = p.x - q.x;
        const dy = p.y - q.y;
        const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
        const f = (k * k) / d;
        move.get(ids[i]).x += (dx / d) * f;
        move.get(ids[i]).y += (dy / d) * f;
        move.get(ids[j]).x -= (dx / d) * f;
        move.get(ids[j]).y -= (dy / d) * f;
      }
    }
    for (const e of edges) {
      const p = pos.get(e.a);
      const q = pos.get(e.b);
      if (!p || !q || e.a === e.b) continue;
      const dx = q.x - p.x;
      const dy = q.y - p.y;
      const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
      const f = (d * d) / k;
      move.get(e.a).x += (dx / d) * f;
      move.get(e.a).y += (dy / d) * f;
      move.get(e.b).x -= (dx / d) * f;
      move.get(e.b).y -= (dy / d) * f;
    }
    for (const id of ids) {
      if (id === focusId) continue;
      const p = pos.get(id);
      const m = move.get(id);
      m.x += (cx - p.x) * 0.3;
      m.y += (cy - p.y) * 0.3;
      const length = Math.max(Math.sqrt(m.x * m.x + m.y * m.y), 1e-9);
      const stepLength = Math.min(length, temperature);
      p.x = Math.max(60, Math.min(WIDTH - 60, p.x + (m.x / length) * stepLength));
      p.y = Math.max(30, Math.min(HEIGHT - 40, p.y + (m.y / length) * stepLength));
    }
  }
  return pos;
}

export function edgeWidth(events) {
  return Math.min(14, 1.5 + 2 * Math.sqrt(events));
}

// Draws the network; onNode(id) and onEdge(a, b) are called on clicks.
export function drawNetwork(nodes, edges, focusId, { onNode, onEdge, nameOf }) {
  const pos = layout(nodes, edges, focusId);
  const svg = s("svg", {
    class: "graph",
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: "img",
    "aria-label": "Network of allies and adversaries",
  });
  const edgeLayer = s("g", { class: "edges" });
  const nodeLayer = s("g", { class: "nodes" });
  svg.append(edgeLayer, nodeLayer);
  const maxEvents = Math.max(1, ...nodes.map((n) => n.events || 0));
  for (const e of edges) {
    const p = pos.get(e.a);
    const q = pos.get(e.b);
    if (!p || !q) continue;
    const label = `${nameOf(e.a)} – ${nameOf(e.b)}: ${e.events} events, mean Goldstein ${fmt(e.score)}` +
      ` (${e.cooperative} cooperative, ${e.conflictual} conflictual)`;
    const group = s("g", { class: "link", "data-a": e.a, "data-b": e.b });
    const hit = s("line", { class: "edge-hit", x1: p.x, y1: p.y, x2: q.x, y2: q.y }, s("title", {}, label));
    const line = s("line", {
      class: `edge ${tone(e.score)}`,
      x1: p.x, y1: p.y, x2: q.x, y2: q.y,
      "stroke-width": edgeWidth(e.events).toFixed(1),
    });
    hit.addEventListener("click", () => onEdge(e.a, e.b));
    group.append(hit, line);
    edgeLayer.append(group);
  }
  for (const n of nodes) {
    const p = pos.get(n.id);
    if (!p) continue;
    const r = n.id === focusId ? 16 : 7 + 9 * Math.sqrt((n.events || 0) / maxEvents);
    const g = s("g", {
      class: `node ${n.kind || "person"}${n.id === focusId ? " focus" : ""}`,
      transform: `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`,
      "data-id": n.id,
      tabindex: "0",
    });
    const circle = s("circle", { r: r.toFixed(1) }, s("title", {}, `${n.name} (${n.events || 0} events)`));
    const text = s("text", { y: (r + 14).toFixed(1), "text-anchor": "middle" }, n.name);
    g.append(circle, text);
    g.addEventListener("click", () => onNode(n.id));
    g.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter") onNode(n.id);
    });
    nodeLayer.append(g);
  }
  return svg;
}

export function fmt(x) {
  if (x === null || x === undefined || Number.isNaN(x)) return "–";
  const v = Number(x);
  return (v > 0 ? "+" : "") + v.toFixed(1);
}
