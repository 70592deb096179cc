"""Resolver pass 2: bodies named through a place or a leader, and their short names later.

Contract: ``add_organs`` turns a mention that modifies a noun ("Ukrainian forces", "Russia's
foreign ministry", "the Biden administration", "Putin's troops", "his office") into a mention of
the body the noun names, from the knowledge base (a country's military or government, a named
ministry, a leader's office), or of a country's state outlet ("Russian state TV"), which needs no
entry. ``remember_short_name`` records a body's name without its place ("Ukraine's General
Staff" -> "General Staff") in ``ArticleFacts.organ_names``; ``add_short_names`` then mentions
the later bare uses of those names that no pass took.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from allegiance.actors.article_facts import ArticleFacts
from allegiance.actors.definites import country_mentions, main_country
from allegiance.actors.identity import info_from_entry, name_id, national_police
from allegiance.actors.kb import Entry, KnowledgeBase, fold
from allegiance.actors.resolution import ActorInfo, Resolution, TokenMention
from allegiance.actors.spans import STANCE_NOUNS, is_modifier, leads, of_phrase
from allegiance.records import ActorKind, Via

MILITARY_NOUNS = frozenset(
    """
    forces force troops army military soldiers servicemen units navy airforce fighters
    artillery defenders pilots paratroopers marines sailors
    """.split()
)
GOVERNMENT_NOUNS = frozenset(
    """
    government authorities administration leadership junta
    """.split()
)
STATE_MEDIA = {
    "tv": "television",
    "television": "television",
    "media": "media",
    "broadcaster": "broadcaster",
    "radio": "radio",
    "news": "news",
}
"""Outlets named "<demonym> state <noun>"; the actor's name spells the noun out."""
SPELLINGS = (("Defense", "Defence"), ("defense", "defence"))
"""British and American spellings of the same office name."""
LEADER_BODIES = frozenset(
    """
    administration government regime cabinet junta
    """.split()
)


def add_organs(
    facts: ArticleFacts,
    resolution: Resolution,
    doc: Doc,
    published: dt.date | None,
    *,
    only: Via | None = None,
) -> int:
    """Bodies named through a place or a leader: "Ukrainian forces", "Russia's foreign
    ministry", "the Biden administration", "Putin's troops", "his government" (``only``: from
    the mentions resolved this way). Returns how many it added."""
    added = 0
    for mention in list(resolution.mentions):
        if only is not None and mention.via is not only:
            continue
        token = doc[mention.end - 1]
        head = token.head
        if head.i <= token.i or head.i - token.i > 3 or not is_modifier(token):
            continue
        end = head.i + 1
        held = resolution.mention_at(head.i)
        if held is not None and _foreign_chamber(facts.kb, held, mention):
            resolution.drop(held)  # "Peru's Congress" is no United States Congress
            held = None
        if held is not None:
            continue  # "US-backed Syrian Democratic Forces": a name already resolved
        organ = None
        of = of_phrase(head)
        if of is not None:  # "Britain's Ministry of Defense"
            organ = _organ_for(facts.kb, mention, doc[token.i + 1 : of], published)
            end = of if organ is not None else end
        if organ is None:
            organ = _organ_for(facts.kb, mention, doc[token.i + 1 : end], published)
        if organ is None:
            tail = doc[token.i + 1 : end]
            added += _add_state_media(facts.kb, resolution, mention, tail)
            added += _add_police(facts.kb, resolution, mention, tail)
            added += _add_chamber(facts.kb, resolution, mention, tail)
            continue
        start = min(head.left_edge.i, mention.start)
        resolution.add_actor(info_from_entry(organ, published))
        added += resolution.add(TokenMention(organ.id, start, end, Via.DEMONYM), head=head.i)
        if organ.kind is not ActorKind.PERSON and doc[token.i + 1].tag_ == "POS":
            # "Britain's Ministry of Defense" ... "the Ministry of Defense said"
            phrase = fold(doc[token.i + 2 : end].text)
            known = facts.organ_names.get(phrase, organ.id)
            facts.organ_names[phrase] = organ.id if known == organ.id else ""
    if only is None:
        _repoint_bare_chambers(facts.kb, resolution, doc)
    return added


BARE_CHAMBERS = frozenset({"congress", "senate", "parliament"})


def _repoint_bare_chambers(kb: KnowledgeBase, resolution: Resolution, doc: Doc) -> None:
    """ "Peru's Congress voted ... Castillo had tried to dissolve Congress": once the article
    names a country's chamber (listed in the knowledge base or not), a bare "Congress" or
    "Senate" that the knowledge base gave to another country's (the United States') is that
    chamber, when it carries the word."""
    named = _named_chambers(resolution, doc)
    for bare in [m for m in resolution.mentions if m.via is Via.ALIAS]:
        words = [t.lower_ for t in doc[bare.start : bare.end] if t.lower_ != "the"]
        chamber = named.get(words[0]) if len(words) == 1 else None
        held = kb.get(bare.actor)
        listed = resolution.actors.get(chamber) if chamber else None
        if held is None or listed is None or held.id == listed.id:
            continue
        if held.sector == "LEG" and held.country != listed.country:
            resolution.drop(bare)
            resolution.add(TokenMention(listed.id, bare.start, bare.end, Via.ALIAS))


def _named_chambers(resolution: Resolution, doc: Doc) -> dict[str, str]:
    """Chamber word -> the one chamber the article names with it ("" when several)."""
    named: dict[str, str] = {}
    for mention in resolution.mentions:
        info = resolution.actors.get(mention.actor)
        if info is None or info.sector != "LEG" or info.kind is not ActorKind.ORGANIZATION:
            continue
        words = [t.lower_ for t in doc[mention.start : mention.end] if t.lower_ != "the"]
        if len(words) < 2:
            continue  # a bare word itself
        for word in BARE_CHAMBERS & set(words):
            named[word] = info.id if named.get(word, info.id) == info.id else ""
    return named


BARE_COURTS = {
    ("supreme", "court"): "supreme court",
    ("constitutional", "court"): "constitutional court",
    ("constitutional", "council"): "constitutional council",
    ("high", "court"): "high court",
}
"""A country's top courts by their common names."""


def add_main_country_bodies(kb: KnowledgeBase, resolution: Resolution, doc: Doc) -> None:
    """ "TEGUCIGALPA - ... Congress swiftly named its own leader ... The Supreme Court said":
    in an article about one country that names no chamber of its own, a bare "Congress" the
    knowledge base gave to another country, or a bare "Supreme Court" it knows no country of,
    is the main country's body of that name, when the knowledge base lists it."""
    main = main_country(country_mentions(resolution))
    country = kb.get(main) if main else None
    if country is None:
        return
    named = _named_chambers(resolution, doc)
    for bare in list(resolution.mentions):
        info = resolution.actors.get(bare.actor)
        unknown = bare.actor.startswith("name:")  # a court the KB did not find (no sector yet)
        if info is None or (info.sector != "LEG" and not unknown) or bare.end - bare.start > 3:
            continue
        words = tuple(t.lower_ for t in doc[bare.start : bare.end] if t.lower_ != "the")
        held = kb.get(bare.actor)
        body: Entry | None = None
        if len(words) == 1 and words[0] in BARE_CHAMBERS and words[0] not in named:
            if held is None or held.sector != "LEG" or held.country == country.country:
                continue
            body = _listed_chamber(kb, country, CHAMBERS[words])
        elif words in BARE_COURTS and held is None:
            court = kb.organ(country.id, "JUD")
            names = (court.name, *court.aliases) if court else ()
            body = court if any(BARE_COURTS[words] in fold(n) for n in names) else None
        if body is not None and body.id != bare.actor:
            resolution.drop(bare)
            resolution.add_actor(info_from_entry(body, None))
            resolution.add(TokenMention(body.id, bare.start, bare.end, Via.ALIAS))


def _add_police(
    kb: KnowledgeBase, resolution: Resolution, mention: TokenMention, tail: Span
) -> int:
    """ "Georgian police", "Georgia's riot police" (see ``national_police``)."""
    words = [t for t in tail if t.tag_ != "POS"]
    entry = kb.get(mention.actor)
    if not words or words[-1].lower_ != "police" or entry is None:
        return 0
    info = national_police(kb, entry)
    if info is None:
        return 0
    resolution.add_actor(info)
    head = words[-1].i
    return int(
        resolution.add(TokenMention(info.id, mention.start, head + 1, Via.DESCRIPTION), head=head)
    )


CHAMBERS = {
    ("congress",): "Congress",
    ("parliament",): "Parliament",
    ("legislature",): "Parliament",
    ("senate",): "Senate",
    ("national", "assembly"): "National Assembly",
}
"""A country's legislature by its common nouns: "Peru's Congress" is the Congress of Peru."""


def _foreign_chamber(kb: KnowledgeBase, held: TokenMention, mention: TokenMention) -> bool:
    """Is ``held`` another country's legislature, taken by its bare name ("Congress", "Senate")
    where a country's possessive or demonym names whose it is ("Kenya's Senate")?"""
    chamber, country = kb.get(held.actor), kb.get(mention.actor)
    return (
        chamber is not None
        and country is not None
        and chamber.sector == "LEG"
        and held.via is Via.ALIAS
        and kb.is_country(country)
        and chamber.country != country.country
    )


def _add_chamber(
    kb: KnowledgeBase, resolution: Resolution, mention: TokenMention, tail: Span
) -> int:
    """ "Peru's Congress", "the Kenyan Senate": a country's legislature, an actor even when the
    knowledge base does not list it; the article's later bare "Congress" is it too."""
    words = [t for t in tail if t.tag_ != "POS"]
    title = CHAMBERS.get(tuple(t.lower_ for t in words))
    country = kb.get(mention.actor)
    if title is None or country is None or not kb.is_country(country):
        return 0
    listed = _listed_chamber(kb, country, title)
    if listed is not None:  # "Peru's Congress": the Congress of the Republic of Peru
        return _mention_body(resolution, info_from_entry(listed, None), mention, words)
    name = f"{title} of {country.name}"
    return _add_national_body(resolution, name, country.country, "LEG", mention, words)[1]


def _listed_chamber(kb: KnowledgeBase, country: Entry, title: str) -> Entry | None:
    """The knowledge base's legislature of a country, when it is the chamber the title names:
    any legislature for "parliament", one whose name says so for "Congress" or "Senate"."""
    legislature = kb.organ(country.id, "LEG")
    if legislature is None or title == "Parliament":
        return legislature
    names = (legislature.name, *legislature.aliases)
    if any(title.lower() in fold(n) for n in names):
        return legislature
    # a chamber of a two-chamber legislature: "the Senate" of Paraguay is its Chamber of
    # Senators, listed as "Senate of Paraguay"
    surfaces = [f"{title} of {country.name}", *(f"{d} {title}" for d in country.demonyms[:2])]
    return next(
        (
            e
            for surface in surfaces
            for e in kb.lookup(surface)
            if e.sector == "LEG" and e.country == country.country
        ),
        None,
    )


def _add_state_media(
    kb: KnowledgeBase, resolution: Resolution, mention: TokenMention, tail: Span
) -> int:
    """ "Russian state TV", "Iran's state media": a country's state outlet, an actor even
    when the knowledge base does not list it (its name spells "TV" out)."""
    words = [t for t in tail if t.tag_ != "POS"]
    if len(words) != 2 or words[0].lower_ != "state" or words[1].lower_ not in STATE_MEDIA:
        return 0
    entry = kb.get(mention.actor)
    if entry is None or not kb.is_country(entry) or not entry.demonyms:
        return 0
    name = f"{entry.demonyms[0]} state {STATE_MEDIA[words[1].lower_]}"
    return _add_national_body(resolution, name, entry.country, "JRN", mention, words)[1]


def _add_national_body(
    resolution: Resolution,
    name: str,
    country: str | None,
    sector: str,
    mention: TokenMention,
    words: list[Token],
) -> tuple[str, int]:
    """Add a country's body the knowledge base does not list, mentioned from the country's
    mention to the last of ``words`` (its head); (its actor id, 1 if the mention was new)."""
    info = ActorInfo(name_id(name), name, ActorKind.ORGANIZATION, country=country, sector=sector)
    return info.id, _mention_body(resolution, info, mention, words)


def _mention_body(
    resolution: Resolution, info: ActorInfo, mention: TokenMention, words: list[Token]
) -> int:
    """Mention a country's body from the country's mention to the last of ``words`` (its
    head); 1 if the mention was new."""
    resolution.add_actor(info)
    head = words[-1].i
    return int(
        resolution.add(TokenMention(info.id, mention.start, head + 1, Via.DESCRIPTION), head=head)
    )


def _organ_for(
    kb: KnowledgeBase,
    mention: TokenMention,
    tail: Span,
    published: dt.date | None,
) -> Entry | None:
    """The body that ``tail`` names through the actor of ``mention``, if the knowledge base
    knows it."""
    words = [t for t in tail if t.tag_ != "POS"]
    if not words:
        return None
    head = words[-1]
    noun = head.lower_
    entry = kb.get(mention.actor)
    if entry is None:
        return None
    if entry.kind is ActorKind.PERSON:
        place = kb.country(entry.country) if entry.country else None
        if place is None or not leads(entry, place.id, published):
            return None
        if noun in LEADER_BODIES:
            return kb.government(place.id)
        if noun in MILITARY_NOUNS or head.lemma_.lower() in MILITARY_NOUNS:
            return kb.organ(place.id, "MIL")
        if noun == "office" and len(words) == 1:
            return _office_of(kb, entry, published)  # "his office said"
        return None
    if entry.kind is ActorKind.ORGANIZATION and entry.country:
        place = kb.country(entry.country)
        if place is None or kb.government(place.id) is not entry:
            return None
        entry = place  # "Seoul reacted. Its foreign ministry ...": the government's country
        if noun in GOVERNMENT_NOUNS:
            return None
    if entry.kind is not ActorKind.LOCATION:
        return None
    named = _named_organ(kb, entry, words)  # "China's navy": the PLA Navy, not the whole PLA
    if named is not None:
        return named
    if noun in MILITARY_NOUNS or head.lemma_.lower() in MILITARY_NOUNS:
        return kb.organ(entry.id, "MIL")
    if noun in GOVERNMENT_NOUNS or head.lemma_.lower() in GOVERNMENT_NOUNS:
        return kb.government(entry.id)
    if len(words) == 1 and head.lemma_.lower() in STANCE_NOUNS and kb.is_country(entry):
        return kb.government(entry.id)  # "Ukrainian accusations"
    return None


def _named_organ(kb: KnowledgeBase, entry: Entry, words: list[Token]) -> Entry | None:
    """The body the knowledge base names "<demonym> <words>" or "<words> of <place>"."""
    phrase = " ".join(t.text for t in words)
    forms = [phrase]
    for american, british in SPELLINGS:
        if american in phrase:
            forms.append(phrase.replace(american, british))
    for form in forms:
        surfaces = [f"{demonym} {form}" for demonym in entry.demonyms[:2]]
        surfaces += [f"{form} of {entry.name}", f"{form} of the {entry.name}"]
        for surface in surfaces:
            for found in kb.lookup(surface):
                if found.kind is not ActorKind.PERSON:
                    return found
    return None


def _office_of(kb: KnowledgeBase, person: Entry, published: dt.date | None) -> Entry | None:
    """A leader's office: "Office of the President of Ukraine", "Prime Minister's Office
    of Israel"."""
    role = person.role_on(published)
    if role is None or not role.held_on(published) or " of " not in role.office:
        return None
    title, place = role.office.split(" of ", 1)
    for surface in (f"Office of the {role.office}", f"{title}'s Office of {place}"):
        for found in kb.lookup(surface):
            if found.kind is ActorKind.ORGANIZATION:
                return found
    return None


def remember_short_name(facts: ArticleFacts, span: Span, entry: Entry) -> None:
    """ "Ukraine's General Staff" ... "the General Staff said": the name without its place
    names the same body later in the article."""
    kb = facts.kb
    first = span[0]
    places = [e for e in (*kb.demonym(first.text), *kb.lookup(first.text))]
    if not any(kb.is_country(e) for e in places):
        return
    rest = span[2:] if len(span) > 2 and span[1].tag_ == "POS" else span[1:]
    if not rest or not rest[0].text[:1].isupper():
        return
    phrase = fold(rest.text)
    known = facts.organ_names.get(phrase, entry.id)
    facts.organ_names[phrase] = entry.id if known == entry.id else ""


def add_short_names(facts: ArticleFacts, resolution: Resolution, doc: Doc) -> None:
    """Later bare uses of a body's short name ("the General Staff") that no pass took."""
    names = {tuple(p.split()): actor for p, actor in facts.organ_names.items() if actor}
    if not names:
        return
    for token in doc:
        if not token.text[:1].isupper() or resolution.mention_at(token.i) is not None:
            continue
        for words, actor in names.items():
            end = token.i + len(words)
            if end > len(doc) or tuple(fold(t.text) for t in doc[token.i : end]) != words:
                continue
            if resolution.is_free(token.i, end):
                resolution.add(TokenMention(actor, token.i, end, Via.ALIAS))
            break
