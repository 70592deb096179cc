"""Knowledge-base build: alias hygiene."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

Json = dict[str, Any]


LIST_KEYS = ("aliases", "standalone", "demonyms", "metonyms")
KEY_ORDER = (
    "id",
    "name",
    "kind",
    "wikidata",
    "country",
    "sector",
    "aliases",
    "standalone",
    "demonyms",
    "metonyms",
    "governs",
    "parent",
    "lat",
    "lon",
    "roles",
)
ROLE_KEYS = ("office", "titles", "jurisdiction", "start", "end", "sector")

# Common English words that are also names; an alias equal to one of them is dropped
# (curated ``standalone`` lists are trusted and bypass this check).
COMMON_WORDS = frozenset(
    """
    a about above across act after again against age ago air all also always am among an and
    any are area arm army around art as ask at away back bad ball bank bar base be bear beat
    because bed been before being bell below best better between big bill bird black blue
    board boat body bond bone book born both bowl box boy branch bread break bridge bright
    bring broad brook brother brown build burn bush but buy by call came camp can canal cap capital
    car card care carter case cash castle cat cause center central chair chance change charge
    check chief child church city clay clear close coal coat cold come common cook cool corn
    cost could country course court cover cross crown cry cut dark day dead deal dean dear
    deep did do does dog done door down draw dream dress drew drive drop dry duke during dust
    each early earth east easy eat edge end even ever every eye fair faith fall far farm fast
    father fear few field fight figure fill find fine fire first fish fisher five flat floor
    flower fly follow for force ford forest form fort four fox free french fresh friend from
    front frost fruit full game garden gate gave get gift girl give glass go god gold golden
    good grace grant grass gray great green grey ground group grow guard had half hall hand
    hard has have he head hear heart heat help her here high hill him his hold hole home hope
    horn horse hot house how hunt hunter i ice if in iron is island it its job join joy judge
    just keen keep key kind king knight know lake land lane large last late law lay lead leaf
    learn left less let letter level lie life light like line lion little live long look lord
    lot love low made main major make man many march mark marsh mason master may me mean meet
    might mile mill miller mind mine miss moon more morning most mother mount move much must my
    name near need new news next nice night no north not nothing now number oak of off office
    oil old on once one only open or order other our out over page paint palmer paris park part
    party pass past path peace people person pick piece pine place plain plan plant play point
    pool poor pope post power press price prince public put queen quick race rain range rather
    read ready real red reed rest rich rice ride right ring rise river road rock roll room rose
    round row rule run sale salt same sand save saw say school sea seat second see seed sell
    send set seven shall shape sharp she shepherd ship shore short should show side sign silver
    simple since sing sir sister sit six size sky slow small smith snow so soft some son song
    soon sound south spring square staff stand star start state station stay steel step stern
    still stone stop storm story street strong such sugar summer sun sure sweet swift table
    tail take talk tall taylor tell ten than that the their them then there these they thing
    think this those though three through time to today together told too took top touch
    tower town trade train tree true trump try turn two under union until up upon us use very
    view village voice vote wait walk wall want war ward warm was watch water way we weaver
    well went were west what wheel when where which while white who whole why wide wild will
    wind window winter wise wish with wolf wood woods word work world would write wrong yard
    year yes yet you young western eastern northern southern central centre coast coastal
    upper lower middle greater together per northeast northwest southeast southwest interior
    lakes mountains highlands lowlands plateau valley delta islands coastline border frontier
    northeastern northwestern southeastern southwestern north-east north-west south-east
    south-west maritime foreign jewish region republic federal national general defense
    defence alliance coalition unity solidarity justice independence renaissance revival
    convergence heritage motherland citizens democrats republicans liberals conservatives
    greens socialists communists patriots royalists neutralists elements alignment amplitude
    archway benefactor bimbo bloke cobras coexistence concordance contras constitutionalist
    equator gulf honcho kings mango meads mountain ninjas paradise spiders tub valor warder
    woodlands congress senate parliament assembly council ministry movement front party
    forces army navy police agency service bureau committee commission court
    """.split()
)

# Given names that must never stand alone as an alias.
FIRST_NAMES = frozenset(
    """
    abdul abdullah ahmad ahmed alexander alexandre ali andrew angela anna anthony antonio boris
    charles chris christopher daniel david donald elizabeth emmanuel francis francois george
    hassan hillary ibrahim ivan jacob james jean jeb jennifer joe john jorge jose joseph juan
    justin kamala karl khalid mahmoud maria mark martin mary michael mike mohamed mohammad
    mohammed muhammad nancy nicolas olaf paul pedro peter rishi robert sergei sergey sheikh
    sultan theresa thomas tim ted vladimir william xavier yusuf salman faisal hamad
    tamim mansour saud zayed rashid khalifa
    """.split()
)

HONORIFICS = re.compile(
    r"^(?:(?:air\s+vice-marshall?|vice\s+admiral|rear\s+admiral|field\s+marshal|"
    r"lt\.?\s+gen\.?|maj\.?\s+gen\.?|brig\.?\s+gen\.?|lieutenant\s+general|major\s+general|"
    r"general|gen\.|gen|colonel|col\.|lt\.?\s+col\.?|major|captain|capt\.|admiral|dr\.|dr|"
    r"sheikh|shaykh|sir|dame|prince|princess|his\s+majesty|her\s+majesty|hh|mr\.|mrs\.|ms\.)"
    r"\s+)+",
    re.IGNORECASE,
)


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """The key a name is compared by: no accents, case-folded, single spaces."""
    text = strip_accents(text).replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.split()).casefold()


def clean_alias(text: str) -> str:
    text = re.sub(r"\s*\([^)]*\)", "", str(text))
    text = text.replace("\u2019", "'").strip().strip(",;")
    return " ".join(text.split())


def alias_ok(alias: str) -> bool:
    """False for aliases that would match ordinary prose (curated aliases are not checked)."""
    if len(alias) < 3 or not any(c.isalpha() for c in alias):
        return False
    key = fold(alias)
    if " " not in key and (key in COMMON_WORDS or key in FIRST_NAMES):
        return False
    return not (len(alias) == 2 and alias.isupper() and key in COMMON_WORDS)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def lookup_key(text: str) -> str:
    """The key the loader looks surfaces up by (kb._fold): case-folded, accents kept."""
    return " ".join(text.replace("\u2019", "'").split()).casefold()


def laxer(new: str, old: str) -> bool:
    """True when ``new`` is ``old`` with a later capitalised word in lower case ("EU council"
    for "EU Council"): the matcher keeps the strictest case of a surface, and a lower-case word
    matches either case. The first word and acronyms keep their case ("US" is not "us")."""
    a, b = new.split(), old.split()
    if len(a) != len(b) or len(a) < 2 or a == b or a[0] != b[0]:
        return False
    return all(
        x == y or (x.islower() and x.isalpha() and y == x.capitalize() and len(x) >= 3)
        for x, y in zip(a[1:], b[1:], strict=True)
    )


def add_unique(target: list[str], values: Iterable[str], *, check: bool = True) -> None:
    seen = {lookup_key(v): i for i, v in enumerate(target)}
    for value in values:
        value = clean_alias(value)
        if not value or (check and not alias_ok(value)):
            continue
        key = lookup_key(value)
        if key not in seen:
            seen[key] = len(target)
            target.append(value)
        elif laxer(value, target[seen[key]]):
            target[seen[key]] = value


def with_ascii(values: Iterable[str]) -> list[str]:
    """The values plus their accent-stripped spellings."""
    out: list[str] = []
    for value in values:
        out.append(value)
        plain = strip_accents(value)
        if plain != value:
            out.append(plain)
    return out
