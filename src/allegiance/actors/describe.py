"""Country, sector and role for actors the knowledge base lacks, from the words around them.

"Ukrainian politician Anton Herashchenko" is a Ukrainian (UKR) politician (PTY); "Uganda Police
Force" is Ugandan police (COP); "Chile's Ministry of Mines" a Chilean government body. Sectors
come from role nouns (the PETRARCH2 Phoenix agents dictionary, ``data/agents.tsv``) and a few
head nouns of organization names; countries from a demonym or place inside or before the name.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Token

from allegiance.actors.kb import KnowledgeBase
from allegiance.actors.resolution import ActorInfo, Resolution
from allegiance.actors.titles import PAST_HOLDER
from allegiance.records import ActorKind, Via

# Head nouns of organization names, where the role-noun table is silent.
ORGANIZATION_HEADS = {
    "ministry": "GOV",
    "department": "GOV",
    "government": "GOV",
    "agency": "GOV",
    "office": "GOV",
    "council": "GOV",
    "commission": "GOV",
    "army": "MIL",
    "forces": "MIL",
    "navy": "MIL",
    "guard": "MIL",
    "fleet": "MIL",
    "brigade": "MIL",
    "police": "COP",
    "party": "PTY",
    "court": "JUD",
    "parliament": "LEG",
    "assembly": "LEG",
    "senate": "LEG",
    "congress": "LEG",
    "university": "EDU",
    "bank": "BUS",
    "company": "BUS",
    "corporation": "BUS",
    "group": "BUS",
    "society": "NGO",
    "foundation": "NGO",
    "union": "LAB",
}
SECTOR_ALIASES = {"MED": "JRN"}
LONGEST_PHRASE = 4


@cache
def role_nouns() -> dict[str, str]:
    """Role noun phrase (lower case) -> sector code."""
    table: dict[str, str] = {}
    path = resources.files("allegiance.actors") / "data" / "agents.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        phrase, sector = line.split("\t", 1)
        table[phrase] = SECTOR_ALIASES.get(sector, sector)
    return table


REBEL_SECTOR = "REB"
"""The sector of rebels: a modifier naming it ("*separatist* forces", "*rebel* fighters")
makes a military head noun rebels, not the state's army."""


def sector_of(words: list[Token]) -> str | None:
    """The sector of the longest known role phrase ending at the last word; rebels when a
    modifier before it names rebels ("separatist forces")."""
    table = role_nouns()
    if any(t.lower_ in PAST_HOLDER for t in words):
        return None  # "a former foreign minister" no longer speaks for the government
    if any(
        table.get(t.lemma_.lower()) == REBEL_SECTOR
        and t.nbor(-1).text != "-"  # "counter-insurgency"
        for t in words[:-1]
        if t.i > 0
    ):
        return REBEL_SECTOR
    for length in range(min(LONGEST_PHRASE, len(words)), 0, -1):
        tail = words[-length:]
        for form in (
            " ".join(t.lower_ for t in tail),
            " ".join([*(t.lower_ for t in tail[:-1]), tail[-1].lemma_.lower()]),
        ):
            if form in table:
                return table[form]
    return None


def describe_unknown(resolution: Resolution, doc: Doc, kb: KnowledgeBase) -> None:
    """Fill in the country, sector and role the knowledge base does not give (never overwrite)."""
    by_actor: dict[str, list[tuple[int, int, Via]]] = {}
    for mention in resolution.mentions:
        info = resolution.actors[mention.actor]
        if info.role is None or info.country is None or info.sector is None:
            by_actor.setdefault(mention.actor, []).append((mention.start, mention.end, mention.via))
    for actor_id, spans in by_actor.items():
        info = resolution.actors[actor_id]
        country, sector, role = info.country, info.sector, info.role
        name_tokens = {
            i
            for start, end, via in spans
            if via in (Via.NAME, Via.ALIAS)
            for i in range(start, end)
        }
        for start, end, via in spans:
            if via in (Via.DESCRIPTION, Via.TITLE):
                words = [
                    t
                    for t in doc[start:end]
                    if t.i not in name_tokens and t.pos_ not in ("DET", "PUNCT")
                ]
                words = words[: _first_clause(words)]
                if words and role is None:
                    role = " ".join(t.text for t in words)
            elif info.kind not in (ActorKind.PERSON, ActorKind.LOCATION):
                words = list(doc[start:end])
            else:
                continue
            country = country or _country_in(resolution, kb, doc, words, actor_id, start, end)
            sector = sector or sector_of(words) or _organization_sector(info, words)
        if (country, sector, role) != (info.country, info.sector, info.role):
            resolution.actors[actor_id] = replace(info, country=country, sector=sector, role=role)


def _first_clause(words: list[Token]) -> int:
    for n, token in enumerate(words):
        if token.dep_ in ("relcl", "acl") or token.tag_ in ("WDT", "WP"):
            return n
    return len(words)


def _organization_sector(info: ActorInfo, words: list[Token]) -> str | None:
    if info.kind is ActorKind.PERSON or not words:
        return None
    for token in reversed(words):
        sector = ORGANIZATION_HEADS.get(token.lower_)
        if sector:
            return sector
    return None


def _country_in(
    resolution: Resolution,
    kb: KnowledgeBase,
    doc: Doc,
    words: list[Token],
    actor_id: str,
    start: int,
    end: int,
) -> str | None:
    candidates = list(words)
    root = doc[start:end].root
    candidates.extend(c for c in root.children if c.dep_ == "poss")
    for token in candidates:
        other = resolution.actor_at(token.i)
        if other is None or other == actor_id:
            continue
        entry = kb.get(other)
        if entry is not None and entry.kind is ActorKind.LOCATION and entry.country:
            return entry.country
    return None
