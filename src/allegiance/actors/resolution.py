"""What actor resolution hands to the extractors: which tokens name which actor.

The resolver (``allegiance.actors.resolve``) builds one ``Resolution`` per document. Quote and
event extractors ask it who a token, a span or a noun phrase refers to; they never look at the
knowledge base themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from allegiance.records import Actor, ActorKind, Mention, Via

PLACE_KINDS = frozenset(
    """city town village state province region county district island country republic
    kingdom emirate port municipality territory enclave nation""".split()
)
"""Kind nouns that name a place with "of" ("the city of Phoenix")."""

ActorInfo = Actor
"""The identity of an actor before its mentions are collected: an Actor with no mentions yet."""


@dataclass(frozen=True, slots=True)
class TokenMention:
    """A mention as token indices ``[start, end)`` into the Doc."""

    actor: str
    start: int
    end: int
    via: Via


@dataclass
class Resolution:
    doc: Doc
    actors: dict[str, ActorInfo] = field(default_factory=dict)
    mentions: list[TokenMention] = field(default_factory=list)
    _by_token: dict[int, TokenMention] = field(default_factory=dict)
    _spans: set[tuple[int, int]] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    """Ids of the actors that are countries (for rules that treat countries as speakers)."""
    capital_of: dict[str, str] = field(default_factory=dict)
    """Named places that are a country's capital -> that country's id ("Moscow" -> Russia)."""
    main_country: str | None = None
    """The country the article is about, when one stands out (``definites.main_country``)."""

    def add_actor(self, info: ActorInfo) -> None:
        self.actors.setdefault(info.id, info)

    def add(self, mention: TokenMention, *, head: int | None = None) -> bool:
        """Record a mention; nested mentions are allowed ("the [Russian] president").

        Tokens are indexed by the first mention that claims them, so the most specific mention
        wins: names and demonyms are added before titles and descriptions. With ``head``, only
        that token is indexed (a long description must not claim every word inside it).
        A mention with exactly the span of an earlier one is dropped.
        """
        if (mention.start, mention.end) in self._spans:
            return False
        self._spans.add((mention.start, mention.end))
        self.mentions.append(mention)
        for i in [head] if head is not None else range(mention.start, mention.end):
            self._by_token.setdefault(i, mention)
        return True

    def drop(self, mention: TokenMention) -> None:
        """Forget a mention a later, better reading replaces ("Palestinians" is the people,
        not the country its demonym first gave)."""
        if mention not in self.mentions:
            return
        self.mentions.remove(mention)
        self._spans.discard((mention.start, mention.end))
        for i in [i for i, m in self._by_token.items() if m is mention]:
            del self._by_token[i]

    def is_free(self, start: int, end: int) -> bool:
        """True when no token of ``[start, end)`` belongs to a mention yet."""
        return all(i not in self._by_token for i in range(start, end))

    def mention_at(self, i: int) -> TokenMention | None:
        return self._by_token.get(i)

    def actor_at(self, i: int) -> str | None:
        """The actor whose mention covers token ``i``."""
        mention = self._by_token.get(i)
        return mention.actor if mention else None

    def actor_of(self, target: Token | Span) -> str | None:
        """The actor a token or phrase refers to.

        For a token, its own mention, else the mention of the phrase it heads ("the Russian
        *president*"), else a possessor or compound inside its phrase is not taken: "Putin's
        visit" is not Putin. For a span, the actor at its root.
        """
        token = target.root if isinstance(target, Span) else target
        found = self.actor_at(token.i)
        if found:
            return found
        # The head noun of a phrase whose mention was recorded on its modifiers only,
        # e.g. a demonym-led noun phrase "Ukrainian forces" where the mention covers both.
        for child in token.children:
            if child.dep_ in ("compound", "amod", "nmod") and child.i == token.i - 1:
                mention = self._by_token.get(child.i)
                if mention and mention.end == token.i + 1:
                    return mention.actor
        return self._named_place(token)

    def _named_place(self, token: Token) -> str | None:
        """The place a kind noun names with "of": "the city of Phoenix" is Phoenix ("the city
        of Light", naming no place the article resolved, is nothing)."""
        if token.tag_ != "NN" or token.lower_ not in PLACE_KINDS:
            return None
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for place in prep.children:
                    actor = self.actor_at(place.i) if place.dep_ == "pobj" else None
                    if actor is not None and self.kind(actor) is ActorKind.LOCATION:
                        return actor
        return None

    def is_country(self, actor_id: str) -> bool:
        """Is this actor a country (a location the resolver marked as country-level)?"""
        return actor_id in self.countries

    def kind(self, actor_id: str | None) -> ActorKind | None:
        info = self.actors.get(actor_id) if actor_id else None
        return info.kind if info else None

    def to_actors(self) -> tuple[Actor, ...]:
        """Actors with their mentions (character offsets), in order of first mention."""
        grouped: dict[str, list[Mention]] = {}
        for m in sorted(self.mentions, key=lambda m: m.start):
            span = self.doc[m.start : m.end]
            grouped.setdefault(m.actor, []).append(
                Mention(span.start_char, span.end_char, span.text, m.via)
            )
        actors = [
            replace(self.actors[actor_id], mentions=tuple(mentions))
            for actor_id, mentions in grouped.items()
        ]
        return tuple(actors)
