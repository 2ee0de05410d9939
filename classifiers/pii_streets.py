"""Street addresses by their shape (candidates M4 and M5, docs/classifiers.md).

German and Dutch write a street as one compound word that ends in its kind ("Schomberstraße",
"Jäntschstr.", "Sauerring", "Dunja-Bloch-Straße"; "Pippastraat", "Hiddepad", "Aaronbaan"),
then the house number, then perhaps the postcode and the town. The PII layers read such
compounds poorly: a street named after a person ("Heinz-Günter-Säuberlich-Ring") becomes a
name, and a compound they do not know loses its first word or the whole address. The shape
itself is precise enough to fix an address's extent, not to find one alone ("Arbeitsplatz 2",
"Spring 2024"): a match counts when it holds a postcode, or when a model span (an address, or
a name the street was taken for) overlaps it (``pii_merge.merge_entities``). Spanish,
Italian, Portuguese and French write the kind first ("Calle de la Luna 3", "Viale Foscari, 52",
"Rua D. João II 55", "87, rue de Barre"); such a match needs a house number, and a model
*name* never makes it count ("via Valentijn Tins" is a person). Text the language detector
calls English with confidence is not searched."""

from __future__ import annotations

import re

from classifiers.language import detect_language
from classifiers.types import PiiEntity

_UP = "A-ZÄÖÜ"
_LOW = "a-zäöüßéèë"
_DE_KIND = "straße|strasse|str\\.|weg|ring|platz|allee|gasse|damm|ufer|chaussee"
_NL_KIND = "straat|laan|weg|plein|gracht|kade|pad|steeg|baan|dijk|singel|dreef|hof|boulevard"
_KIND = f"{_DE_KIND}|{_NL_KIND}"
COMPOUND_KINDS = _KIND  # a German or Dutch street compound ends in one of these
# "Schomberstraße", "Jäntschstr.", "Dunja-Bloch-Straße", "Heinz-Günter-Säuberlich-Ring"
_STREET = f"(?:(?:[{_UP}][{_LOW}]+-)+(?i:{_KIND})|[{_UP}][{_LOW}]+(?:{_KIND}))"
_NUMBER = r"\d{1,4}[a-z]?(?:\s?[-/]\s?\d{1,4}[a-z]?)?"
# a German five-digit or Dutch "1234 AB" postcode and one town word, after a comma, a space
# or a line break
# a town's word, and the lower-case words inside German and Dutch town names ("Osterode am
# Harz", "Pfaffenhofen an der Ilm", "Hoek van Holland", "'s Gravenmoer", "de Woude")
_TOWN_WORD_DE_NL = f"[{_UP}][\\w\\-]*"
_TOWN_INNER = "an der|am|im|in der|ob der|bei|vor der|auf der|van|aan de|aan den|aan het|op|bij"
_TOWN_DE_NL = (
    f"(?:'s[ -]|(?:de|den|het) )?{_TOWN_WORD_DE_NL}"
    f"(?: (?:{_TOWN_WORD_DE_NL}|(?:{_TOWN_INNER}) {_TOWN_WORD_DE_NL})){{0,2}}"
)
_TAIL = (
    f"(?:,\\s*|\\s*\\n\\s*|\\s+)(?:\\d{{5}}|\\d{{4}}\\s?[A-Z]{{2}},?)(?:\\s+|,\\s*){_TOWN_DE_NL}"
)
# kinds that name a street and nothing else: such a compound with a house number is an
# address alone ("Sauerstraße 8-7"), where "Arbeitsplatz 2" or "Spring 2024" is not
# kinds that name only streets: with a house number they count alone ("Bilallaan 616")
_ALONE_KIND = re.compile(
    r"(?i:straße|strasse|str\.|allee|gasse|chaussee|damm|straat|laan|dreef|singel|steeg|gracht)$"
)
# capitalised kinds that start only streets: with a house number after the name they count
# alone ("Viale Tasca 952", "Largo Pereira 31", "Calle Mayor, 5"); not "Via" ("Via Rail"),
# "Plaza", "Avenue" or "Place", which English shares
_ALONE_FIRST = re.compile(
    r"(?:Calle|Avenida|Avda\.|Paseo|Camino|Ronda|Rambla|Pasaje|Carrer|Travesía|Glorieta"
    r"|Carretera|Viale|Piazza|Piazzale|Corso|Vicolo|Borgo|Contrada|Rotonda|Stretto|Incrocio"
    r"|Strada|Rua|Travessa|Praça|Largo|Alameda|Estrada|Praceta|Calçada) "
)
_ADDRESS = re.compile(
    f"(?<![\\w-])(?P<street>{_STREET}) (?P<number>{_NUMBER})(?![\\d\\w/-])(?P<tail>{_TAIL})?"
)
# Kind first (es, it, pt, fr): "Calle de Ana Sofía Sancho 46", "Viale Goffredo, 19",
# "Rua Valentina Mendes, 70", "87, rue de Barre", then perhaps the flat, the postcode and town
_ROMANCE_KIND = (
    "calle|c\\.|avenida|avda\\.|av\\.?|paseo|plaza|camino|ronda|rambla|pasaje|pasadizo|cañada|"
    "acceso|vía|via|viale|carrer|travesía|cuesta|alameda|callejón|urbanización|glorieta|"
    "carretera|bulevar|piazza|piazzale|corso|largo|vicolo|borgo|contrada|rotonda|stretto|canale|"
    "strada|incrocio|rua|r\\.|travessa|praça|estrada|beco|rotunda|calçada|praceta|rue|avenue|"
    "boulevard|bd|chemin|allée|impasse|place|quai|route|cours|square|voie|passage"
)
ROMANCE_KINDS = _ROMANCE_KIND  # the words that start a street in es, it, pt and fr
# a name word, or a short abbreviation with its full stop ("D. João II", "Sta. Maria")
_CAP = "(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{0,2}\\.|[A-ZÀ-ÖØ-Þ][\\w'’\\-]*)"
_PARTICLE = "(?:de|del|della|delle|dei|di|da|do|dos|das|du|des|la|le|les|[ld]['’]\\w+)(?![\\w'’])"
_NAME = f"(?:{_CAP}|{_PARTICLE})(?: (?:{_CAP}|{_PARTICLE})){{0,5}}"
_FLAT = (
    "(?: (?:Apt\\.|Piso|Appartamento|Piano|Interno|Scala|Puerta|Escalera|Bajo|Esc\\.) \\w{1,4})?"
)
_TOWN_WORD = "[A-ZÀ-ÖØ-Þ][\\w'’\\-]*"  # no trailing full stop: that ends the sentence
_TOWN = (
    f"{_TOWN_WORD}(?: (?:{_TOWN_WORD}|{_PARTICLE}|(?:sur|en|am|an|der|den|aan)(?!\\w))){{0,5}}"
    r"(?: \([A-Z]{2}\))?"
)
_ROMANCE_TAIL = (
    f"\\s*(?:,|\\n|\\|)?\\s*(?:\\d{{5}}|\\d{{4}}-\\d{{3}})(?:,? {_TOWN})?"
    f"|\\s*,\\s*{_TOWN},\\s*\\d{{5}}"
)
_KIND_FIRST = re.compile(
    f"(?<![\\w-])(?:(?P<pre>\\d{{1,4}}(?: ?(?:bis|ter))?),? )?(?i:{_ROMANCE_KIND}) {_NAME}"
    f"(?:,? (?P<number>\\d{{1,4}}[A-Za-z]?|S/N)(?![\\w/]){_FLAT})?(?P<tail>{_ROMANCE_TAIL})?"
)
SCORE = 0.9
ENGLISH_CONFIDENCE = 0.5
"""Text the detector calls English at least this surely is not searched."""


def street_addresses(text: str) -> list[tuple[PiiEntity, bool, bool]]:
    """(street + house number (+ postcode and town), whether it counts alone (it holds a
    postcode, or is a German compound of a kind that names only streets), whether it is a
    German or Dutch compound: only those may be taken for a name; "via Valentijn
    Tins" in a Dutch sentence is a person)."""
    found = [(m, True) for m in _ADDRESS.finditer(text)] + [
        (m, False)
        for m in _KIND_FIRST.finditer(text)
        if m.group("tail") or m.group("pre") or m.group("number")  # a name alone is not one
    ]
    if not found:  # most texts: no detector run
        return []
    lang, conf = detect_language(text)
    if lang == "en" and conf >= ENGLISH_CONFIDENCE:
        return []
    return [
        (
            PiiEntity("STREET_ADDRESS", m.start(), m.end(), SCORE),
            m.group("tail") is not None
            or (compound and _ALONE_KIND.search(m.group("street")) is not None)
            or (
                not compound
                and m.group("number") is not None
                and _ALONE_FIRST.match(m.group(0)) is not None
            ),
            compound,
        )
        for m, compound in found
    ]
