// The analysts' page: search an actor, see its network, open a relation, read the evidence.
// Routes live in the URL hash (#/actor/ID, #/relation/A/B, #/article/ID[/START/END]) so that
// every view can be bookmarked and the back button works.

import { allegiancePanel, allegianceUnavailable } from "./allegiance.js";
import { clear, h } from "./dom.js";
import { drawNetwork, fmt } from "./graph.js";
import { renderMarkedText, tone } from "./text.js";
import { drawTimeline } from "./timeline.js";

const view = document.getElementById("view");
const results = document.getElementById("results");
const status = document.getElementById("status");
const form = document.getElementById("search-form");
const input = document.getElementById("actor-search");

const enc = encodeURIComponent;

async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== "") query.set(k, v);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    throw new Error((body && body.error) || `${response.status} ${response.statusText}`);
  }
  return body;
}

function say(message) {
  status.textContent = message || "";
}

function card(...children) {
  return h("section", { class: "card" }, ...children);
}

function relationHref(a, b) {
  return `#/relation/${enc(a)}/${enc(b)}`;
}

function articleHref(id, start, end) {
  return start === undefined ? `#/article/${enc(id)}` : `#/article/${enc(id)}/${start}/${end}`;
}

// --- search ------------------------------------------------------------------------------------

async function search(q) {
  clear(results);
  if (!q.trim()) return;
  const { actors } = await api("/actors", { q, limit: 20 });
  if (actors.length === 0) {
    results.append(h("p", { class: "meta" }, `No actor matches “${q}”.`));
    return;
  }
  results.append(
    h("ul", { id: "search-results" },
      actors.map((a) => h("li", {},
        h("a", { href: `#/actor/${enc(a.id)}`, "data-id": a.id }, a.name),
        " ",
        h("span", { class: "meta" }, [a.kind, a.country].filter(Boolean).join(", ") +
          ` · ${a.events} events`)))));
}

form.addEventListener("submit", (ev) => {
  ev.preventDefault();
  say("");
  search(input.value).catch((err) => say(err.message));
});

// --- actor: its network of allies and adversaries ---------------------------------------------

async function showActor(id) {
  const detail = await api(`/actors/${enc(id)}`);
  const actor = detail.actor;
  document.title = `${actor.name} · allegiance`;
  const facts = [actor.kind, actor.country, actor.sector].filter(Boolean).join(", ");
  const since = h("input", { type: "date", id: "since", "aria-label": "from" });
  const until = h("input", { type: "date", id: "until", "aria-label": "to" });
  const range = h("form", { class: "range", id: "range-form" },
    h("label", {}, "From ", since), h("label", {}, " to ", until),
    h("button", { type: "submit" }, "Apply"));
  const header = card(
    h("h1", { id: "actor-name" }, actor.name),
    h("p", { class: "meta" }, `${facts} · ${actor.articles} articles · ${actor.mentions} mentions · ` +
      `${actor.events} events`),
    range,
  );
  const graphBox = h("div", { id: "network-box" });
  const listBox = h("div", { id: "relations-box" });
  view.append(header, h("div", { class: "network" },
    card(h("h2", {}, "Allies and adversaries"), graphBox, legend()),
    card(h("h2", {}, "Relations"), listBox)));
  await drawActorNetwork(actor, detail.relations, graphBox, listBox, {});
  range.addEventListener("submit", (ev) => {
    ev.preventDefault();
    say("");
    const dates = { since: since.value, until: until.value };
    api(`/actors/${enc(actor.id)}`, dates)
      .then((fresh) => drawActorNetwork(actor, fresh.relations, graphBox, listBox, dates))
      .catch((err) => say(err.message));
  });
}

function legend() {
  return h("p", { class: "legend" },
    h("span", {}, h("span", { class: "swatch coop" }), "cooperation"),
    h("span", {}, h("span", { class: "swatch conflict" }), "conflict"),
    h("span", {}, h("span", { class: "swatch mixed" }), "balanced"),
    h("span", {}, "line width: number of events · click a line for the relation, a circle for its network"));
}

// The network (GET /graph for the date range) and the list of relations of one actor.
async function drawActorNetwork(actor, relations, graphBox, listBox, dates) {
  const graph = await api("/graph", { actor: actor.id, ...dates });
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  names.set(actor.id, actor.name);
  const nameOf = (x) => names.get(x) || x;
  const list = h("ul", { class: "relations", id: "relations" });
  for (const r of relations) {
    const other = r.other;
    list.append(h("li", {},
      h("a", { href: relationHref(actor.id, other.id), class: "relation-link", "data-other": other.id },
        other.name),
      " ",
      h("span", { class: `score ${tone(r.score)}` }, fmt(r.score)),
      h("div", { class: "meta" },
        `${r.events} events · ${r.cooperative} cooperative · ${r.conflictual} conflictual · `,
        h("a", { href: `#/actor/${enc(other.id)}` }, "network"))));
  }
  if (relations.length === 0) {
    list.append(h("li", { class: "meta" }, "No events link this actor to another in this period."));
  }
  if (!graph.nodes.some((n) => n.id === actor.id)) {
    graph.nodes.push({ id: actor.id, name: actor.name, kind: actor.kind, events: 0 });
  }
  const svg = drawNetwork(graph.nodes, graph.edges, actor.id, {
    nameOf,
    onNode: (nid) => { location.hash = `#/actor/${enc(nid)}`; },
    onEdge: (a, b) => { location.hash = relationHref(a, b); },
  });
  graphBox.replaceChildren(svg);
  listBox.replaceChildren(list);
}

// --- relation: allegiance, timeline and evidence -----------------------------------------------

async function showRelation(a, b) {
  // both questions at once; an allegiance that cannot be answered leaves the relation shown
  const [rel, allegiance] = await Promise.all([
    api("/relations", { a, b, evidence: 25 }),
    api("/allegiance", { a, b }).catch((err) => err),
  ]);
  document.title = `${rel.a} – ${rel.b} · allegiance`;
  const verdictTone = rel.score === null ? "mixed" : tone(rel.score);
  const quads = rel.quad_counts || {};
  const header = card(
    h("h1", { id: "relation-title" },
      h("a", { href: `#/actor/${enc(rel.a_id)}` }, rel.a), " – ",
      h("a", { href: `#/actor/${enc(rel.b_id)}` }, rel.b)),
    h("p", { class: `summary verdict ${verdictTone}`, id: "relation-summary" }, rel.summary || rel.verdict),
    h("p", { class: "meta" },
      `${rel.events} events · mean Goldstein ${fmt(rel.score)} · ` +
      `verbal cooperation ${quads[1] || 0}, material cooperation ${quads[2] || 0}, ` +
      `verbal conflict ${quads[3] || 0}, material conflict ${quads[4] || 0}` +
      (rel.since ? ` · since ${rel.since}` : "")),
  );
  const timeline = card(h("h2", {}, "Timeline"),
    drawTimeline(rel.timeline || [], rel.changes || [], (period) => showEvidence(period)),
    h("p", { class: "meta" }, "Click a bar for the evidence of its period."),
    (rel.changes || []).map((c) => h("p", { class: "meta" },
      `Change on ${c.date}: ${fmt(c.before)} → ${fmt(c.after)}${c.shift ? " (" + c.shift + ")" : ""}`)));
  const evidence = h("ol", { class: "evidence", id: "evidence" });
  const evidenceTitle = h("h2", { id: "evidence-title" }, "Evidence");
  const showEvidence = (period) => {
    const rows = period ? period.evidence || [] : rel.evidence || [];
    evidenceTitle.replaceChildren(period ? `Evidence for ${period.start.slice(0, period.period === "week" ? 10 : 7)} ` : "Evidence");
    if (period) {
      const all = h("a", { href: "#", class: "meta" }, "(show all)");
      all.addEventListener("click", (ev) => { ev.preventDefault(); showEvidence(null); });
      evidenceTitle.append(all);
    }
    evidence.replaceChildren(...rows.map(evidenceItem));
    if (rows.length === 0) evidence.append(h("li", { class: "meta" }, "No evidence stored."));
  };
  showEvidence(null);
  const loyalty = allegiance instanceof Error
    ? allegianceUnavailable(allegiance.message)
    : allegiancePanel(allegiance, evidenceItem);
  view.append(header, loyalty, timeline, card(evidenceTitle, evidence));
}

function evidenceItem(e) {
  const score = e.goldstein !== null && e.goldstein !== undefined ? ` (${fmt(e.goldstein)})` : "";
  const what = e.kind === "quote"
    ? `${e.speaker_name || "unattributed"} said${e.label ? ` (${e.label})` : ""}`
    : `${e.label || e.cameo || "event"}${score}`;
  const when = e.date || e.published || "undated";
  return h("li", { class: e.goldstein ? tone(e.goldstein) : "" },
    h("div", { class: "meta" }, `${when} · ${what}`),
    h("blockquote", {}, e.text),
    h("div", { class: "meta" },
      h("a", { href: articleHref(e.article_id, e.start, e.end), class: "evidence-link" },
        e.title || e.article_id),
      e.outlet ? ` · ${e.outlet}` : ""));
}

// --- article: the text with actors, quotes and events marked ----------------------------------

async function showArticle(id, start, end) {
  const analysis = await api(`/articles/${enc(id)}`);
  const article = analysis.article;
  document.title = `${article.title || article.id} · allegiance`;
  const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
  const nameOf = (x) => (x ? names.get(x) || x : "?");
  const textBox = h("div", { class: "article-text", id: "article-text" });
  const focus = Number.isInteger(start) && Number.isInteger(end) ? { start, end } : null;
  const focused = renderMarkedText(textBox, analysis, focus);
  textBox.addEventListener("click", (ev) => {
    const mark = ev.target.closest("[data-actor]");
    if (mark) location.hash = `#/actor/${enc(mark.dataset.actor)}`;
  });
  const keys = h("div", { class: "keys" },
    h("span", { class: "actor person" }, "person"),
    h("span", { class: "actor organization" }, "organization"),
    h("span", { class: "actor group" }, "group"),
    h("span", { class: "actor location" }, "place"),
    h("span", { class: "quote" }, "quote"),
    h("span", { class: "speaker" }, "speaker ›"),
    h("span", { class: "event" }, "cooperative event"),
    h("span", { class: "event conflict" }, "conflictual event"));
  const meta = [article.published, article.outlet].filter(Boolean).join(" · ");
  const quotes = h("ul", {}, analysis.quotes.map((q) =>
    h("li", {}, h("strong", {}, nameOf(q.speaker) === "?" ? "unattributed" : nameOf(q.speaker)),
      ` (${q.kind}): “${q.text}”`)));
  const events = h("ul", {}, analysis.events.map((e) =>
    h("li", {}, `${nameOf(e.source)} → ${nameOf(e.target)}: ${e.label || e.cameo} `,
      h("span", { class: `score ${tone(e.goldstein)}` }, fmt(e.goldstein)),
      e.date ? ` · ${e.date}` : "")));
  view.append(
    card(h("h1", { id: "article-title" }, article.title || article.id),
      h("p", { class: "meta" }, meta, article.url ? h("span", {}, " · ", article.url) : null),
      keys, textBox),
    card(h("div", { class: "facts" },
      h("div", {}, h("h2", {}, `Quotes (${analysis.quotes.length})`), quotes),
      h("div", {}, h("h2", {}, `Events (${analysis.events.length})`), events))));
  if (focused) focused.scrollIntoView({ block: "center" });
}

// --- routing -----------------------------------------------------------------------------------

async function showHome() {
  document.title = "allegiance";
  const intro = card(
    h("h1", {}, "Who stands with whom, with the evidence"),
    h("p", {}, "Search an actor to see its allies and adversaries; pick a pair to see how their " +
      "relation changed over time and the sentences that show it."));
  view.append(intro);
  const { actors } = await api("/actors", { limit: 12 });
  if (actors.length === 0) {
    intro.append(h("p", { class: "meta" }, "The store is empty: POST articles to /articles, or run " +
      "`allegiance ingest`."));
    return;
  }
  intro.append(h("h2", {}, "Most active actors"), h("ul", { class: "chips", id: "busiest" },
    actors.map((a) => h("li", {}, h("a", { href: `#/actor/${enc(a.id)}` }, a.name), " ",
      h("span", { class: "meta" }, `${a.events} events`)))));
}

async function route() {
  const parts = location.hash.replace(/^#\/?/, "").split("/").map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  clear(view);
  say("");
  view.setAttribute("aria-busy", "true");
  try {
    if (parts[0] === "actor" && parts[1]) await showActor(parts[1]);
    else if (parts[0] === "relation" && parts[1] && parts[2]) await showRelation(parts[1], parts[2]);
    else if (parts[0] === "article" && parts[1]) {
      await showArticle(parts[1], parseInt(parts[2], 10), parseInt(parts[3], 10));
    } else await showHome();
  } catch (err) {
    say(err.message);
  } finally {
    view.removeAttribute("aria-busy");
    document.body.dataset.ready = "true";
  }
}

window.addEventListener("hashchange", route);
route();
