// The allegiance panel of a pair (GET /allegiance?a=&b=): A toward B and B toward A (stance,
// since when, role, patron) and the turning points with the evidence before and after.
// Built from nodes only (h); every string from the server is text.

import { h } from "./dom.js";
import { fmt } from "./graph.js";

const ROLES = {
  client: (b) => `client: ${b.target_name} is the patron`,
  patron: (b) => `patron of ${b.target_name}`,
  supporter: () => "supporter (no patronage in return)",
};

function stanceClass(stance) {
  return { loyal: "coop", opposed: "conflict", ambivalent: "mixed" }[stance] || "";
}

function bondRow(bond) {
  const role = ROLES[bond.role] ? ROLES[bond.role](bond) : "";
  const facts = [
    bond.since ? `since ${bond.since}` : null,
    `balance ${fmt(bond.current)} now, ${fmt(bond.balance)} overall`,
    `${bond.loyalty_items} loyal, ${bond.defection_items} defecting item(s)`,
  ].filter(Boolean);
  return h("li", { class: "bond", "data-source": bond.source, "data-target": bond.target },
    h("span", { class: "arrow" }, `${bond.source_name} → ${bond.target_name}`),
    " ",
    h("span", { class: `stance ${stanceClass(bond.stance)}` }, bond.stance),
    h("div", { class: "meta" }, facts.join(" · ")),
    role ? h("div", { class: "role" }, role) : null);
}

function side(title, items, evidenceItem) {
  const list = h("ol", { class: "evidence" }, items.map(evidenceItem));
  if (items.length === 0) list.append(h("li", { class: "meta" }, "No evidence shown."));
  return h("div", { class: "side" }, h("h4", {}, title), list);
}

function turnItem(turn, evidenceItem) {
  const kind = turn.kind === "defection" ? "conflict" : turn.kind === "loyalty" ? "coop" : "mixed";
  // a defection from expected support (refusals after a silence) has no evidence before it
  const balance = turn.expected
    ? `refused expected support after a silence (${turn.support_after} report(s))`
    : `balance ${fmt(turn.before)} → ${fmt(turn.after)} ` +
      `(${turn.support_before} report(s) before, ${turn.support_after} after)`;
  const head = h("p", { class: "turn-head" },
    h("strong", { class: `stance ${kind}` }, turn.kind),
    ` on ${turn.date} · ${turn.source_name} → ${turn.target_name} · ${balance}`);
  if (!turn.alert) return h("li", { class: "turn" }, head);
  const before = side(turn.expected ? "Before the silence (stale stance)" : "Before",
    turn.evidence_before || [], evidenceItem);
  return h("li", { class: "turn", "data-kind": turn.kind },
    head,
    h("div", { class: "sides" }, before, side("After", turn.evidence_after || [], evidenceItem)));
}

// pair: the JSON of GET /allegiance?a=&b=; evidenceItem(e) -> <li> (the page's evidence row).
export function allegiancePanel(pair, evidenceItem) {
  const names = { [pair.a]: pair.a_name, [pair.b]: pair.b_name };
  // allegiance evidence names its speaker by id (source): give the row a name to show
  const item = (e) => evidenceItem({ ...e, speaker_name: names[e.source] || e.source });
  const patron = pair.patron
    ? `Patron: ${names[pair.patron] || pair.patron}` +
      ` (client: ${pair.patron === pair.a ? pair.b_name : pair.a_name})`
    : "No patron: neither side both receives more loyalty and gives something back.";
  const turns = pair.turns || [];
  return h("section", { class: "card allegiance", id: "allegiance" },
    h("h2", {}, "Allegiance"),
    h("ul", { class: "bonds", id: "allegiance-bonds" }, bondRow(pair.forward), bondRow(pair.backward)),
    h("p", { class: "patron", id: "allegiance-patron" }, patron),
    h("h3", {}, turns.length ? `Turning points (${turns.length})` : "Turning points"),
    turns.length
      ? h("ol", { class: "turns", id: "allegiance-turns" }, turns.map((t) => turnItem(t, item)))
      : h("p", { class: "meta", id: "allegiance-turns" },
        "No turning point: a turn needs two reports on each side and a shift of the balance."));
}

// A panel in place of the answer when the question fails (the rest of the view still shows).
export function allegianceUnavailable(message) {
  return h("section", { class: "card allegiance", id: "allegiance" },
    h("h2", {}, "Allegiance"), h("p", { class: "meta" }, `Not available: ${message}`));
}
