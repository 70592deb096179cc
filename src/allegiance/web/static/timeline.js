// The timeline of one relation: a bar per period (mean Goldstein, from -10 conflict to +10
// cooperation), labelled with its number of events; dashed lines mark detected changes.

import { s } from "./dom.js";
import { tone } from "./text.js";
import { fmt } from "./graph.js";

const W = 760;
const H = 220;
const PAD = { left: 40, right: 16, top: 16, bottom: 34 };

function day(iso) {
  return new Date(iso + "T00:00:00Z").getTime();
}

// onPick(period) is called when a bar is clicked.
export function drawTimeline(periods, changes = [], onPick = null) {
  const svg = s("svg", {
    class: "timeline",
    viewBox: `0 0 ${W} ${H}`,
    role: "img",
    "aria-label": "Timeline of the relation",
  });
  const rows = periods.filter((p) => p.start);
  if (rows.length === 0) return svg;
  const times = rows.map((p) => day(p.start));
  let t0 = Math.min(...times);
  let t1 = Math.max(...times);
  const span = Math.max(t1 - t0, 1);
  t0 -= span * 0.05 + 15 * 864e5;
  t1 += span * 0.05 + 15 * 864e5;
  const x = (t) => PAD.left + ((t - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (g) => PAD.top + ((10 - g) / 20) * (H - PAD.top - PAD.bottom);
  for (const g of [10, 5, -5, -10]) {
    svg.append(s("line", { class: "grid", x1: PAD.left, x2: W - PAD.right, y1: y(g), y2: y(g) }));
    svg.append(s("text", { x: PAD.left - 6, y: y(g) + 4, "text-anchor": "end" }, fmt(g)));
  }
  svg.append(s("line", { class: "axis", x1: PAD.left, x2: W - PAD.right, y1: y(0), y2: y(0) }));
  svg.append(s("text", { x: PAD.left - 6, y: y(0) + 4, "text-anchor": "end" }, "0"));
  const step = rows.length > 1 ? (W - PAD.left - PAD.right) / (rows.length * 2.5) : 40;
  const barW = Math.max(6, Math.min(40, step));
  let lastLabel = -Infinity;
  for (const p of rows) {
    const cx = x(day(p.start));
    const g = Number(p.goldstein) || 0;
    const top = Math.min(y(0), y(g));
    const height = Math.max(2, Math.abs(y(g) - y(0)));
    const bar = s("rect", {
      class: `bar ${tone(g)}`,
      x: (cx - barW / 2).toFixed(1),
      y: top.toFixed(1),
      width: barW.toFixed(1),
      height: height.toFixed(1),
      "data-start": p.start,
    }, s("title", {}, `${p.start}: ${p.events} events, mean Goldstein ${fmt(g)} ` +
      `(${p.cooperative} cooperative, ${p.conflictual} conflictual)`));
    if (onPick) bar.addEventListener("click", () => onPick(p));
    svg.append(bar);
    const labelY = g >= 0 ? top - 4 : top + height + 12;
    svg.append(s("text", { x: cx.toFixed(1), y: labelY.toFixed(1), "text-anchor": "middle" }, String(p.events)));
    if (cx - lastLabel > 56) {
      // dense timelines: label only every few bars so that dates never overlap
      svg.append(s("text", { x: cx.toFixed(1), y: H - 10, "text-anchor": "middle" },
        p.period === "week" ? p.start : p.start.slice(0, 7)));
      lastLabel = cx;
    }
  }
  for (const c of changes) {
    if (!c.date) continue;
    const cx = x(day(c.date));
    svg.append(s("line", { class: "change", x1: cx, x2: cx, y1: PAD.top, y2: H - PAD.bottom },
      s("title", {}, `change on ${c.date}: ${fmt(c.before)} → ${fmt(c.after)} (${c.shift || ""})`)));
  }
  return svg;
}
