// The article view: text with actors, quotes (with their speaker) and events marked.
//
// The API's offsets are Python str indices (code points); JavaScript strings count UTF-16
// units, so every offset is converted before slicing (an emoji before a span shifts it by one).

import { h } from "./dom.js";

// unitOffsets(text)[cp] is the UTF-16 index of code point cp (length: code points + 1).
export function unitOffsets(text) {
  const units = [0];
  let at = 0;
  for (const ch of text) {
    at += ch.length;
    units.push(at);
  }
  return units;
}

export function toUnits(units, cp) {
  if (cp <= 0) return 0;
  return units[Math.min(cp, units.length - 1)];
}

export function tone(goldstein) {
  if (goldstein > 0) return "coop";
  if (goldstein < 0) return "conflict";
  return "mixed";
}

// The marks of one analysis as {start, end, kind, ...} in UTF-16 units.
export function collectMarks(analysis, units) {
  const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
  const nameOf = (id) => (id ? names.get(id) || id : null);
  const marks = [];
  for (const actor of analysis.actors) {
    for (const m of actor.mentions) {
      marks.push({
        kind: "actor",
        start: toUnits(units, m.start),
        end: toUnits(units, m.end),
        cls: ["actor", actor.kind],
        title: `${actor.name} (${actor.kind}${actor.role ? ", " + actor.role : ""})`,
        actor: actor.id,
      });
    }
  }
  for (const q of analysis.quotes) {
    marks.push({
      kind: "quote",
      start: toUnits(units, q.start),
      end: toUnits(units, q.end),
      cls: ["quote", q.kind],
      title: `${q.kind} quote by ${nameOf(q.speaker) || "an unnamed speaker"}`,
      speaker: nameOf(q.speaker) || "unattributed",
    });
  }
  for (const e of analysis.events) {
    const ev = e.evidence;
    const who = `${nameOf(e.source) || "?"} → ${nameOf(e.target) || "?"}`;
    marks.push({
      kind: "event",
      start: toUnits(units, ev.start),
      end: toUnits(units, ev.end),
      cls: ["event", tone(e.goldstein)],
      title: `${who}: ${e.label || e.cameo} (CAMEO ${e.cameo}, Goldstein ${e.goldstein})`,
    });
  }
  return marks.filter((m) => m.end > m.start);
}

// Renders text into `container`, split at every mark boundary so that overlapping marks
// nest correctly: each piece is a <span> carrying the classes of every mark covering it.
// `focus` ({start, end} in code points) is outlined and returned for scrolling.
export function renderMarkedText(container, analysis, focus = null) {
  const text = analysis.article.text;
  const units = unitOffsets(text);
  const marks = collectMarks(analysis, units);
  let focusMark = null;
  if (focus) {
    focusMark = { kind: "focus", start: toUnits(units, focus.start), end: toUnits(units, focus.end), cls: ["focus"] };
    if (focusMark.end > focusMark.start) marks.push(focusMark);
  }
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(m.start, text.length)));
    cuts.add(Math.max(0, Math.min(m.end, text.length)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  let firstFocus = null;
  const startsHere = new Map();
  for (const m of marks) {
    if (m.kind === "quote") {
      if (!startsHere.has(m.start)) startsHere.set(m.start, []);
      startsHere.get(m.start).push(m);
    }
  }
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    for (const q of startsHere.get(a) || []) {
      container.append(h("span", { class: "speaker", title: q.title }, q.speaker + " ›"));
    }
    const piece = text.slice(a, b);
    const covering = marks.filter((m) => m.start <= a && m.end >= b);
    if (covering.length === 0) {
      container.append(document.createTextNode(piece));
      continue;
    }
    const classes = new Set(covering.flatMap((m) => m.cls));
    const actorMark = covering.find((m) => m.kind === "actor");
    const el = h("span", {
      class: [...classes].join(" "),
      title: covering.filter((m) => m.title).map((m) => m.title).join("\n"),
      "data-actor": actorMark ? actorMark.actor : null,
    }, piece);
    if (covering.includes(focusMark) && firstFocus === null) firstFocus = el;
    container.append(el);
  }
  return firstFocus;
}
