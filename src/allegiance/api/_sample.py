"""A small, hand-built store content: the API's tests, its load check and offline demos use it.

Five short articles written for this purpose (not real reporting) about the Putin–Kadyrov pair and
its neighbours, on several dates so that a relation has a timeline and Putin's allegiance toward
Kadyrov a turning point (criticism in 2023, aid and praise in 2024). One article begins with an
astral character (a flag emoji: two code points, four UTF-16 units) before its first marked span,
and one carries markup and script in its text, which every view must show as inert text.
"""

from __future__ import annotations

import datetime as dt

from allegiance.extract.relations import build_relations
from allegiance.records import (
    Actor,
    ActorKind,
    Analysis,
    Article,
    Event,
    Mention,
    Quote,
    QuoteKind,
    Span,
    Via,
)

PUTIN = "Q7747"
KADYROV = "Q217115"
CHECHNYA = "Q5187"
UKRAINE = "Q212"
ZELENSKY = "Q3874799"
DEFENCE_MINISTRY = "Q1483296"

_ACTORS: dict[str, tuple[str, ActorKind, str | None, str | None]] = {
    PUTIN: ("Vladimir Putin", ActorKind.PERSON, "RUS", "President of Russia"),
    KADYROV: ("Ramzan Kadyrov", ActorKind.PERSON, "RUS", "Head of the Chechen Republic"),
    CHECHNYA: ("Chechnya", ActorKind.LOCATION, "RUS", None),
    UKRAINE: ("Ukraine", ActorKind.LOCATION, "UKR", None),
    ZELENSKY: ("Volodymyr Zelensky", ActorKind.PERSON, "UKR", "President of Ukraine"),
    DEFENCE_MINISTRY: ("Ministry of Defence of Russia", ActorKind.ORGANIZATION, "RUS", None),
}

# CAMEO code -> (label, Goldstein, quad class, PLOVER)
_CODES: dict[str, tuple[str, float, int, str]] = {
    "040": ("Consult, not specified", 1.0, 1, "CONSULT"),
    "042": ("Make a visit", 1.9, 1, "CONSULT"),
    "051": ("Praise or endorse", 3.4, 1, "SUPPORT"),
    "072": ("Provide military aid", 8.3, 2, "AID"),
    "111": ("Criticize or denounce", -2.0, 3, "ACCUSE"),
    "138": ("Threaten with military force", -7.0, 3, "THREATEN"),
}

SCRIPT_ARTICLE = "sample-unsafe-markup"
EMOJI_ARTICLE = "sample-grozny-visit"


def _span(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle), needle)


class _Builder:
    """Collects the facts of one article by quoting its text (offsets are found, never typed)."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.mentions: dict[str, list[Mention]] = {}
        self.quotes: list[Quote] = []
        self.events: list[Event] = []

    def mention(self, actor: str, needle: str, nth: int = 0, via: Via = Via.NAME) -> None:
        span = _span(self.article.text, needle, nth)
        self.mentions.setdefault(actor, []).append(Mention(span.start, span.end, span.text, via))

    def quote(self, speaker: str | None, needle: str, kind: QuoteKind, cue: str) -> None:
        text = self.article.text
        self.quotes.append(
            Quote(
                id=f"{self.article.id}:q{len(self.quotes) + 1}",
                kind=kind,
                content=_span(text, needle),
                speaker=speaker,
                cue=_span(text, cue),
            )
        )

    def event(
        self, source: str, target: str, code: str, evidence: str, place: str | None = None
    ) -> None:
        label, goldstein, quad, plover = _CODES[code]
        published = self.article.published
        self.events.append(
            Event(
                id=f"{self.article.id}:e{len(self.events) + 1}",
                source=source,
                target=target,
                cameo=code,
                cameo_root=code[:2],
                plover=plover,
                quad_class=quad,
                goldstein=goldstein,
                date=published.isoformat() if published else None,
                evidence=_span(self.article.text, evidence),
                place=place,
                label=label,
            )
        )

    def build(self) -> Analysis:
        actors = []
        for actor_id, mentions in self.mentions.items():
            name, kind, country, role = _ACTORS[actor_id]
            actors.append(
                Actor(
                    id=actor_id,
                    name=name,
                    kind=kind,
                    wikidata=actor_id,
                    country=country,
                    role=role,
                    mentions=tuple(sorted(mentions, key=lambda m: m.start)),
                )
            )
        events = tuple(self.events)
        return Analysis(
            article=self.article,
            actors=tuple(actors),
            quotes=tuple(self.quotes),
            events=events,
            relations=build_relations(events),
        )


def _grozny_visit() -> Analysis:
    text = (
        "🇷🇺 Putin visits Chechnya and praises Kadyrov\n"
        "Russian President Vladimir Putin visited Chechnya on Tuesday and met Ramzan Kadyrov "
        "in Grozny.\n"
        '"Kadyrov is a loyal foot soldier of Russia," Putin said after the meeting.\n'
        "Kadyrov thanked the president and praised his leadership."
    )
    b = _Builder(
        Article(
            id=EMOJI_ARTICLE,
            text=text,
            title="Putin visits Chechnya and praises Kadyrov",
            published=dt.date(2024, 8, 21),
            outlet="Sample Wire",
        )
    )
    b.mention(PUTIN, "Putin")
    b.mention(KADYROV, "Kadyrov")
    b.mention(CHECHNYA, "Chechnya")
    b.mention(PUTIN, "Vladimir Putin")
    b.mention(CHECHNYA, "Chechnya", 1)
    b.mention(KADYROV, "Ramzan Kadyrov")
    b.mention(KADYROV, "Kadyrov", 2)
    b.mention(PUTIN, "Putin", 2)
    b.mention(KADYROV, "Kadyrov", 3)
    b.mention(PUTIN, "the president", via=Via.TITLE)
    b.quote(PUTIN, "Kadyrov is a loyal foot soldier of Russia", QuoteKind.DIRECT, "said")
    b.event(
        PUTIN,
        CHECHNYA,
        "042",
        "Russian President Vladimir Putin visited Chechnya on Tuesday",
        place=CHECHNYA,
    )
    b.event(PUTIN, KADYROV, "040", "met Ramzan Kadyrov in Grozny", place=CHECHNYA)
    b.event(KADYROV, PUTIN, "051", "Kadyrov thanked the president and praised his leadership.")
    b.event(PUTIN, KADYROV, "051", '"Kadyrov is a loyal foot soldier of Russia," Putin said')
    return b.build()


def _military_aid() -> Analysis:
    text = (
        "Kremlin approves military aid for Chechen units\n"
        "Vladimir Putin approved new military aid for the forces of Ramzan Kadyrov, the Kremlin "
        "said on Monday.\n"
        'Kadyrov praised Putin as "our leader" in a video message.'
    )
    b = _Builder(
        Article(
            id="sample-military-aid",
            text=text,
            title="Kremlin approves military aid for Chechen units",
            published=dt.date(2024, 6, 10),
            outlet="Sample Wire",
        )
    )
    b.mention(PUTIN, "Vladimir Putin")
    b.mention(KADYROV, "Ramzan Kadyrov")
    b.mention(KADYROV, "Kadyrov", 1)
    b.mention(PUTIN, "Putin", 1)
    b.quote(KADYROV, "our leader", QuoteKind.MIXED, "praised")
    b.event(PUTIN, KADYROV, "072", "Vladimir Putin approved new military aid for the forces")
    b.event(KADYROV, PUTIN, "051", 'Kadyrov praised Putin as "our leader"')
    return b.build()


def _rift() -> Analysis:
    text = (
        "Kadyrov attacks the defence ministry\n"
        "Ramzan Kadyrov criticised the Russian defence ministry over shell shortages.\n"
        "Vladimir Putin rebuked Kadyrov for the outburst, officials said.\n"
        '"Kadyrov was wrong to attack the ministry," Putin told his aides.'
    )
    b = _Builder(
        Article(
            id="sample-rift",
            text=text,
            title="Kadyrov attacks the defence ministry",
            published=dt.date(2023, 3, 14),
            outlet="Sample Daily",
        )
    )
    b.mention(KADYROV, "Kadyrov")
    b.mention(KADYROV, "Ramzan Kadyrov")
    b.mention(DEFENCE_MINISTRY, "the Russian defence ministry")
    b.mention(PUTIN, "Vladimir Putin")
    b.mention(KADYROV, "Kadyrov", 2)
    b.mention(KADYROV, "Kadyrov", 3)
    b.mention(PUTIN, "Putin", 1)
    # a quote criticising Kadyrov: with the rebuke, two reports before the pair's turn (2024)
    b.quote(PUTIN, "Kadyrov was wrong to attack the ministry", QuoteKind.DIRECT, "told")
    b.event(
        KADYROV,
        DEFENCE_MINISTRY,
        "111",
        "Ramzan Kadyrov criticised the Russian defence ministry over shell shortages.",
    )
    b.event(PUTIN, KADYROV, "111", "Vladimir Putin rebuked Kadyrov for the outburst")
    return b.build()


def _ukraine() -> Analysis:
    text = (
        "Kadyrov threatens Ukraine\n"
        "Ramzan Kadyrov threatened Ukraine with new offensives on Thursday.\n"
        'Volodymyr Zelensky condemned Kadyrov, calling his words "the threats of a warlord".'
    )
    b = _Builder(
        Article(
            id="sample-ukraine",
            text=text,
            title="Kadyrov threatens Ukraine",
            published=dt.date(2024, 8, 22),
            outlet="Sample Daily",
        )
    )
    b.mention(KADYROV, "Kadyrov")
    b.mention(UKRAINE, "Ukraine")
    b.mention(KADYROV, "Ramzan Kadyrov")
    b.mention(UKRAINE, "Ukraine", 1)
    b.mention(ZELENSKY, "Volodymyr Zelensky")
    b.mention(KADYROV, "Kadyrov", 2)
    b.quote(ZELENSKY, "the threats of a warlord", QuoteKind.MIXED, "calling")
    b.event(KADYROV, UKRAINE, "138", "Ramzan Kadyrov threatened Ukraine with new offensives")
    b.event(ZELENSKY, KADYROV, "111", "Volodymyr Zelensky condemned Kadyrov")
    return b.build()


def _unsafe_markup() -> Analysis:
    text = (
        "Kadyrov posts <script>alert(1)</script> again\n"
        'A post quoted by Sample Daily showed <img src=x onerror="alert(2)"> and Kadyrov '
        "said \"<b>Putin</b> <script>document.title='pwned'</script> is our leader\".\n"
        "Kadyrov praised Putin once more."
    )
    b = _Builder(
        Article(
            id=SCRIPT_ARTICLE,
            text=text,
            title="Kadyrov posts <script>alert(1)</script> again",
            published=dt.date(2024, 8, 23),
            outlet="Sample Daily <i>",
        )
    )
    b.mention(KADYROV, "Kadyrov")
    b.mention(KADYROV, "Kadyrov", 1)
    b.mention(PUTIN, "Putin")
    b.mention(KADYROV, "Kadyrov", 2)
    b.mention(PUTIN, "Putin", 1)
    b.quote(
        KADYROV,
        "<b>Putin</b> <script>document.title='pwned'</script> is our leader",
        QuoteKind.DIRECT,
        "said",
    )
    b.event(KADYROV, PUTIN, "051", "Kadyrov praised Putin once more.")
    return b.build()


def sample_analyses() -> list[Analysis]:
    """The five sample analyses, oldest first."""
    return [_rift(), _military_aid(), _grozny_visit(), _ukraine(), _unsafe_markup()]
