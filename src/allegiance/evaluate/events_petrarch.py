"""Event coding on the PETRARCH test sentences (``benchmarks/petrarch_tests``).

Two sets, scored differently:

- ``PETR.UnitTest.records.xml`` (stylised sentences about fictional actors whose dictionaries are
  not available): only the **code** is compared, taken from the coded triggers of the sentence
  (``extract.events.event_codes``, no actors needed). ``unit_root_accuracy`` is the share of
  sentences
  expecting a real CAMEO code (9xx and lettered test-only codes left out) for which some
  extracted event has the expected root; ``unit_code_accuracy`` asks for the exact code;
  ``unit_noevent_accuracy`` is the share of sentences expecting no event that give none.
- ``PETR2_GSR_validation.xml`` (real AFP sentences, Phoenix actor codes): ``gsr_type_accuracy``
  is the share of sentences with codings for which some event has an expected root;
  ``gsr_trigger_type_accuracy`` is the same from the coded triggers (no actors needed);
  ``gsr_triple_*`` scores (source, root, target) triples where an actor matches a Phoenix code
  when its country (ISO3) is the code's first three letters; codes without a country ("---REB")
  match any actor, since agent-only codes cannot be compared with our actors. An
  intergovernmental code ("IGOUNO", "IGOEUREEC": ``IGO`` and the organisation's codes) has no
  country: it matches an actor whose sector is ``IGO``, and where the code names the European
  Union ("EEC", Phoenix's code for the EU and its predecessor) only the EU itself (Wikidata
  Q458), so "Ukraine ratified an agreement with the European Union" (UKR 057 IGOEUREEC) counts
  as right.

Records are read with regular expressions: the GSR file is not well-formed XML.
"""

from __future__ import annotations

import re
from pathlib import Path

from allegiance.evaluate.events_common import PRF, analyze_sentences, parse_yyyymmdd
from allegiance.extract import cameo
from allegiance.extract.events import event_codes
from allegiance.pipeline import Analyzer
from allegiance.records import Actor, Analysis, Event

NAME = "petrarch"
FOLDER = Path("benchmarks") / "petrarch_tests"
UNIT = "PETR.UnitTest.records.xml"
GSR = "PETR2_GSR_validation.xml"

_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')


def read_records(path: Path) -> list[dict[str, object]]:
    text = re.sub(r"<!--.*?-->", "", path.read_text(encoding="utf-8"), flags=re.S)
    records: list[dict[str, object]] = []
    for attrs, body in re.findall(r"<Sentence\b([^>]*?)/?>(.*?)</Sentence>", text, flags=re.S):
        found = re.search(r"<Text>(.*?)</Text>", body, re.S)
        if not found:
            continue
        codings = [dict(_ATTR.findall(e)) for e in re.findall(r"<EventCoding\b([^>]*)>", body)]
        records.append(
            {
                **dict(_ATTR.findall(attrs)),
                "text": " ".join(found.group(1).split()),
                "codings": codings,
            }
        )
    return records


def _real_code(code: str) -> bool:
    return bool(re.fullmatch(r"\d{2,4}", code)) and cameo.is_code(code)


def _actor_country(analysis: Analysis, actor_id: str | None) -> str | None:
    actor = analysis.actor(actor_id)
    return actor.country if actor else None


IGO_PREFIX = "IGO"
"""Phoenix's first three letters for intergovernmental organisations, in place of a country."""
IGO_NAMED = {"EEC": "Q458"}
"""Phoenix organisation codes that name one organisation we know by its Wikidata id: EEC is the
European Union. Other codes (UNO, COP ...) name families of bodies and accept any IGO actor."""


def _actor_matches(code: str, analysis: Analysis, actor_id: str | None) -> bool:
    country = code[:3]
    if not country or country == "---":
        return True
    if country == IGO_PREFIX:
        return _igo_matches(code[3:], analysis.actor(actor_id))
    return _actor_country(analysis, actor_id) == country


def _igo_matches(parts: str, actor: Actor | None) -> bool:
    """An IGO-coded actor is one of ours with sector IGO, and the named one when the code names
    it ("IGOEUREEC" is the European Union)."""
    if actor is None or actor.sector != IGO_PREFIX:
        return False
    named = [qid for org, qid in IGO_NAMED.items() if org in _three_letter_parts(parts)]
    return not named or actor.wikidata in named


def _three_letter_parts(parts: str) -> set[str]:
    return {parts[n : n + 3] for n in range(0, len(parts) - 2, 3)}


def _codings(record: dict[str, object]) -> list[dict[str, str]]:
    codings = record["codings"]
    assert isinstance(codings, list)
    return codings


def _score_unit(records: list[dict[str, object]], analyzer: Analyzer) -> dict[str, float]:
    roots = exact = total = none_right = none_total = 0
    docs = analyzer.nlp.pipe(str(r["text"]) for r in records)
    for record, doc in zip(records, docs, strict=True):
        codings = record["codings"]
        assert isinstance(codings, list)
        ours = {code for code, _ in event_codes(doc)}
        if any(c.get("noevents") for c in codings):
            none_total += 1
            none_right += not ours
            continue
        expected = [c["eventcode"] for c in codings if _real_code(c.get("eventcode", ""))]
        if not expected:
            continue
        total += 1
        roots += any(code[:2] == wanted[:2] for code in ours for wanted in expected)
        exact += any(wanted in ours for wanted in expected)
    return {
        "unit_root_accuracy": roots / total if total else 0.0,
        "unit_code_accuracy": exact / total if total else 0.0,
        "unit_noevent_accuracy": none_right / none_total if none_total else 0.0,
    }


def _triple_match(coding: dict[str, str], event: Event, analysis: Analysis) -> bool:
    return (
        event.cameo_root == coding["eventcode"][:2]
        and _actor_matches(coding.get("sourcecode", ""), analysis, event.source)
        and _actor_matches(coding.get("targetcode", ""), analysis, event.target)
    )


def _gsr_trigger_accuracy(records: list[dict[str, object]], analyzer: Analyzer) -> float:
    right = total = 0
    docs = analyzer.nlp.pipe(str(r["text"]) for r in records)
    for record, doc in zip(records, docs, strict=True):
        codings = [c for c in _codings(record) if _real_code(c.get("eventcode", ""))]
        if not codings:
            continue
        total += 1
        ours = {code[:2] for code, _ in event_codes(doc)}
        right += any(c["eventcode"][:2] in ours for c in codings)
    return right / total if total else 0.0


def _score_gsr(records: list[dict[str, object]], analyses: list[Analysis]) -> dict[str, float]:
    typed = typed_total = 0
    prf = PRF()
    for record, analysis in zip(records, analyses, strict=True):
        codings = [c for c in _codings(record) if _real_code(c.get("eventcode", ""))]
        events = [e for e in analysis.events if e.asserted]
        prf.predicted += len(events)
        prf.right += sum(any(_triple_match(c, e, analysis) for c in codings) for e in events)
        if not codings:
            continue
        typed_total += 1
        typed += any(e.cameo_root == c["eventcode"][:2] for e in analysis.events for c in codings)
        prf.gold += len(codings)
        prf.found += sum(any(_triple_match(c, e, analysis) for e in events) for c in codings)
    return {
        "gsr_type_accuracy": typed / typed_total if typed_total else 0.0,
        **prf.metrics("gsr_triple"),
    }


def _analyze(analyzer: Analyzer, records: list[dict[str, object]]) -> list[Analysis]:
    return analyze_sentences(
        analyzer,
        (
            (str(r.get("id", n)), str(r["text"]), parse_yyyymmdd(str(r.get("date", ""))))
            for n, r in enumerate(records)
        ),
    )


def run(shared: Path, analyzer: Analyzer) -> dict[str, float]:
    folder = shared / FOLDER
    unit = read_records(folder / UNIT)
    gsr = read_records(folder / GSR)
    results = _score_unit(unit, analyzer)
    results.update(_score_gsr(gsr, _analyze(analyzer, gsr)))
    results["gsr_trigger_type_accuracy"] = _gsr_trigger_accuracy(gsr, analyzer)
    return results
