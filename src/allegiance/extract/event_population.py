"""Unnamed people as a target: "killed 20 civilians in Gaza", "urged residents to leave".

Event data codes an unnamed population by where it lives (CAMEO's civilians of a country or
place; GDELT's ``PSECVL``): the target of an act on "civilians", "residents" or "people" that
the text does not tie to an actor is the place the act happens in; for words and policy (not force),
else the place the source's own phrase names ("the *Mariupol* mayor urged residents to
evacuate"), else the source's country when the article names it; else the one place the
sentence names outside the source's phrase ("Israeli strikes killed civilians in Gaza").

A population the text does tie to an actor ("residents of Mariupol", "Ukrainian civilians")
is resolved before this, by ``phrase_actor``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.event_candidates import FORCE_ROOTS
from allegiance.records import ActorKind

POPULATION_NOUNS = frozenset(
    "civilian resident citizen people inhabitant villager local population person child "
    "family passer-by passerby".split()
)
"""Head lemmas of phrases naming an unnamed population."""


STRUCK_NOUNS = frozenset(
    "target position home house building village infrastructure facility school hospital "
    "camp base depot warehouse site area neighborhood neighbourhood district".split()
)
"""Head lemmas of unnamed places and property that force is used against ("fired at targets
in Jericho", "hit residential buildings in Kharkiv"): they stand for their place too."""


def is_population(token: Token, root: str = "") -> bool:
    """Whether ``token`` heads a phrase naming unnamed people ("two people", "civilians"), or,
    for a use of force (``root``), unnamed places and property ("targets", "homes")."""
    if token.pos_ not in ("NOUN", "PRON"):
        return False
    lemma = token.lemma_.lower()
    return lemma in POPULATION_NOUNS or (root in FORCE_ROOTS and lemma in STRUCK_NOUNS)


def population_place(
    population: Token,
    place: str | None,
    source_tokens: list[Token],
    sources: list[str],
    root: str,
    sentence: Span,
    resolution: Resolution,
) -> str | None:
    """The location actor standing for ``population``, the unresolved target of an event of
    CAMEO root ``root`` whose place is ``place``, or None when the text does not say."""
    if not is_population(population, root):
        return None
    if place and place not in sources:
        return place
    own = {t.i for s in source_tokens for t in s.subtree}
    if root not in FORCE_ROOTS:
        # words and policy reach the source's own people first: "the Mariupol mayor urged
        # residents", "Uganda's president warned citizens"
        inside = [a for a in _locations(sentence, resolution, only=own) if a not in sources]
        if len(inside) == 1:
            return inside[0]
        home = _home_country(sources[0], resolution)
        if home:
            return home
    outside = [a for a in _locations(sentence, resolution, skip=own) if a not in sources]
    return outside[0] if len(outside) == 1 else None


def _home_country(source: str, resolution: Resolution) -> str | None:
    """The country actor of a person or body the article names along with its country."""
    info = resolution.actors.get(source)
    if info is None or info.kind == ActorKind.LOCATION or not info.country:
        return None
    homes = [c for c in resolution.countries if resolution.actors[c].country == info.country]
    return homes[0] if len(homes) == 1 else None


def _locations(
    sentence: Span,
    resolution: Resolution,
    *,
    skip: set[int] | None = None,
    only: set[int] | None = None,
) -> list[str]:
    """Distinct location actors mentioned in ``sentence``, in order."""
    found: list[str] = []
    for token in sentence:
        if skip is not None and token.i in skip:
            continue
        if only is not None and token.i not in only:
            continue
        actor = resolution.actor_at(token.i)
        if actor and actor not in found and resolution.kind(actor) == ActorKind.LOCATION:
            found.append(actor)
    return found
