"""Titles and descriptions: "the Russian president", "the leader of Chechnya", appositions.

A title resolves through the knowledge base to whoever held that office in that jurisdiction on
the article's date; the jurisdiction comes from a demonym or place inside the phrase ("the
*Russian* president", "*Russia's* president", "the president *of Russia*"). A description
next to a name (apposition, or a prefix such as "Ukrainian politician Anton Herashchenko")
takes the name's actor.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token

from allegiance.actors.identity import info_from_entry
from allegiance.actors.kb import Entry, KnowledgeBase
from allegiance.actors.resolution import Resolution, TokenMention
from allegiance.records import ActorKind, Via

NOMINAL = ("NOUN", "PROPN")
LONGEST_PREFIX = 5
"""Words a description before a name may have ("former Russian Deputy Prime Minister")."""
PAST_HOLDER = frozenset(
    "former ex onetime one-time erstwhile once-close sometime late then then-".split()
)
"""Modifiers that put an office or a tie in the past: "a former Mexican foreign minister" is
not the minister in office on the article's date, "a former ally" no ally."""


class TitleResolver:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.titles: set[tuple[str, ...]] = set()
        for entry in kb:
            for role in entry.roles:
                for title in role.titles:
                    self.titles.add(tuple(title.split()))
        self.longest = max((len(t) for t in self.titles), default=1)
        self.last_words = {t[-1] for t in self.titles}
        lengths: dict[str, set[int]] = {}
        for known in self.titles:
            lengths.setdefault(known[-1], set()).add(len(known))
        self._lengths = {word: sorted(n, reverse=True) for word, n in lengths.items()}
        """Last word of a title -> the lengths of the titles ending with it, longest first."""

    def resolve(self, resolution: Resolution, doc: Doc, published: dt.date | None) -> None:
        self.resolve_titles(resolution, doc, published)
        self._add_prefixes(resolution, doc)
        self._add_appositions(resolution, doc)

    def resolve_titles(self, resolution: Resolution, doc: Doc, published: dt.date | None) -> None:
        """Titles with a jurisdiction; run again once descriptions have resolved ("the bloc's
        top diplomat")."""
        for token in doc:
            if token.pos_ not in NOMINAL:
                continue
            if resolution.mention_at(token.i) is not None:
                continue
            if token.tag_ in ("NNS", "NNPS"):
                continue  # "Ukrainian leaders" are several people, not the president
            title = self._title_at(doc, token)
            if title is None:
                continue
            title = self._with_portfolio(resolution, token, title)
            if title is None:
                continue  # "secretary of defense" is not every secretary
            if _past_office(doc, token, title):
                continue
            if token.dep_ == "compound" and resolution.kind(resolution.actor_at(token.head.i)) is (
                ActorKind.PERSON
            ):
                continue  # "President Vladimir Putin": the prefix pass below handles it
            if any(
                c.dep_ == "appos"
                and c.i == token.i + 1 + sum(1 for g in c.children if g.dep_ == "compound")
                and resolution.kind(resolution.actor_at(c.i)) is ActorKind.PERSON
                for c in token.children
            ):
                continue  # "Ivory Coast's president Laurent Gbagbo": the name says who
            self._resolve_title(resolution, doc, token, title, published)

    def _title_at(self, doc: Doc, head: Token) -> tuple[str, ...] | None:
        """The longest known title ending at ``head`` ("foreign minister", "president")."""
        lemma = head.lemma_.lower()
        lengths = self._lengths.get(head.lower_)
        if lengths is None and lemma not in self.last_words:
            return None
        for length in lengths or ():
            if length > head.i + 1:
                continue
            words = tuple(t.lower_ for t in doc[head.i - length + 1 : head.i + 1])
            if words in self.titles:
                return words
        return (lemma,) if (lemma,) in self.titles else None

    def _with_portfolio(
        self, resolution: Resolution, head: Token, title: tuple[str, ...]
    ) -> tuple[str, ...] | None:
        """ "Secretary of Defense": an "of" phrase that names no place is part of the title;
        the title stands only if the knowledge base knows it whole."""
        for child in head.children:
            if child.dep_ != "prep" or child.lower_ != "of" or child.i != head.i + 1:
                continue
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if not objects:
                return title
            place = self.kb.get(resolution.actor_at(objects[0].i) or "")
            if place is not None and place.kind is not ActorKind.PERSON:
                return title  # "the president of Russia": the place is the jurisdiction
            words = tuple(t.lower_ for t in head.doc[child.i : child.right_edge.i + 1])
            whole = (*title, *words)
            return whole if whole in self.titles else None
        return title

    def _jurisdiction(self, resolution: Resolution, head: Token) -> str | None:
        """The place a title belongs to, from its modifiers, possessor or "of" phrase."""
        candidates: list[Token] = []
        for child in head.children:
            if child.dep_ in ("amod", "compound", "nmod", "poss") and child.i < head.i:
                candidates.append(child)
            elif child.dep_ == "prep" and child.lower_ == "of":
                candidates.extend(c for c in child.children if c.dep_ == "pobj")
        for candidate in candidates:
            actor = resolution.actor_at(candidate.i)
            if actor is None:
                continue
            entry = self.kb.get(actor)
            if entry is None:
                continue
            if entry.governs:
                return entry.governs
            if entry.kind is not ActorKind.PERSON:
                return entry.id  # a country, region, or a body such as the EU or NATO
        return None

    def _resolve_title(
        self,
        resolution: Resolution,
        doc: Doc,
        head: Token,
        title: tuple[str, ...],
        published: dt.date | None,
    ) -> None:
        place = self._jurisdiction(resolution, head)
        if place is None:
            return
        holders = self.kb.holders(" ".join(title), place, published)
        if len(holders) > 1:
            holders = self._prefer(resolution, holders, published)
        if len(holders) != 1:
            return
        holder = holders[0]
        resolution.add_actor(info_from_entry(holder, published))
        start = head.left_edge.i
        end = head.i + 1
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i > head.i:
                end = child.right_edge.i + 1
        resolution.add(TokenMention(holder.id, start, end, Via.TITLE), head=head.i)

    def _prefer(
        self, resolution: Resolution, holders: list[Entry], published: dt.date | None
    ) -> list[Entry]:
        """Among several office-holders, the one the article names; else the head of state."""
        named = [h for h in holders if h.id in resolution.actors]
        if named:
            counts = {h.id: 0 for h in named}
            for mention in resolution.mentions:
                if mention.actor in counts:
                    counts[mention.actor] += 1
            best = max(counts.values())
            return [h for h in named if counts[h.id] == best]
        heads = []
        for holder in holders:
            role = holder.role_on(published)
            if role is not None and "head of state" in role.titles:
                heads.append(holder)
        return heads or holders

    def _add_prefixes(self, resolution: Resolution, doc: Doc) -> None:
        """ "Russian President Vladimir Putin", "Ukrainian politician Anton Herashchenko"."""
        for mention in list(resolution.mentions):
            if resolution.kind(mention.actor) is not ActorKind.PERSON or mention.via not in (
                Via.NAME,
                Via.ALIAS,
            ):
                continue
            first = doc[mention.start]
            start = mention.start
            while start > 0 and mention.start - start < LONGEST_PREFIX:
                previous = doc[start - 1]
                other = resolution.actor_at(previous.i)
                if other not in (None, mention.actor) and resolution.kind(other) is (
                    ActorKind.PERSON
                ):
                    break  # a headline in title case: "Donald Trump Endorses Speaker Paul Ryan"
                if previous.dep_ in ("compound", "amod", "nmod") and previous.head.i >= start:
                    start -= 1
                elif previous.dep_ == "det" and start < mention.start:
                    start -= 1
                    break
                else:
                    break
            if start == mention.start or first.is_sent_start:
                continue
            is_title = self._title_at(doc, doc[mention.start - 1]) is not None
            resolution.add(
                TokenMention(
                    mention.actor, start, mention.end, Via.TITLE if is_title else Via.DESCRIPTION
                ),
                head=mention.start - 1,
            )

    def _add_appositions(self, resolution: Resolution, doc: Doc) -> None:
        """ "Ramzan Kadyrov, the warlord who rules ..." and "its leader, Ramzan Kadyrov"."""
        for token in doc:
            if token.dep_ != "appos":
                continue
            head = token.head
            head_actor = resolution.actor_at(head.i)
            own_actor = resolution.actor_at(token.i)
            if head_actor and not own_actor and token.pos_ in NOMINAL:
                if resolution.kind(head_actor) is not ActorKind.PERSON or token.pos_ == "PROPN":
                    continue
                resolution.add(
                    TokenMention(
                        head_actor, token.left_edge.i, token.right_edge.i + 1, Via.DESCRIPTION
                    ),
                    head=token.i,
                )
            elif own_actor and (office := self._office_of_place(resolution, token)) is not None:
                # "the governor of the Federal District, Ibaneis Rocha": the parser hangs the
                # name on the place; it names the office holder
                resolution.add(
                    TokenMention(own_actor, office.left_edge.i, office.i + 1, Via.DESCRIPTION),
                    head=office.i,
                )
            elif own_actor and not head_actor and head.pos_ == "NOUN":
                if resolution.kind(own_actor) is not ActorKind.PERSON:
                    continue
                if head.tag_ == "NNS" or any(c.dep_ == "conj" for c in token.children):
                    continue  # "the two alleged hackers — X and Y": both, not X
                resolution.add(
                    TokenMention(own_actor, head.left_edge.i, head.i + 1, Via.DESCRIPTION),
                    head=head.i,
                )

    def _office_of_place(self, resolution: Resolution, name: Token) -> Token | None:
        """The title noun of "<title> of <place>, <name>" when the name is a person and the
        title is unresolved."""
        place = name.head
        own = resolution.actor_at(name.i)
        if own is None or resolution.kind(own) is not ActorKind.PERSON:
            return None
        if place.dep_ != "pobj" or place.head.lower_ != "of":
            return None
        office = place.head.head
        if (
            office.pos_ != "NOUN"
            or office.tag_ == "NNS"
            or office.lower_ not in self.last_words
            or resolution.actor_at(office.i) is not None
        ):
            return None
        holder = resolution.actor_at(place.i)
        return office if holder and resolution.kind(holder) is ActorKind.LOCATION else None


def _past_office(doc: Doc, head: Token, title: tuple[str, ...]) -> bool:
    """ "a former Mexican foreign minister", "ex-president", "then-Secretary of State"."""
    first = head.i - len(title) + 1
    words = {t.lower_ for t in doc[max(head.left_edge.i, first - 3) : first]}
    return bool(words & PAST_HOLDER)
