"""German and Dutch street addresses by their shape (candidate M4, docs/classifiers.md).

German and Dutch write a street as one compound word that ends in its kind ("Schomberstraße",
"Jäntschstr.", "Sauerring", "Dunja-Bloch-Straße"; "Pippastraat", "Hiddepad", "Aaronbaan"),
then the house number, then perhaps the postcode and the town. The PII layers read such
compounds poorly: a street named after a person ("Heinz-Günter-Säuberlich-Ring") becomes a
name, and a compound they do not know loses its first word or the whole address. The shape
itself is precise enough to fix an address's extent, not to find one alone ("Arbeitsplatz 2",
"Spring 2024"): a match counts when it holds a postcode, or when a model span (an address, or
a name the street was taken for) overlaps it (``pii_decode.merge_entities``). Text the
language detector calls English with confidence is not searched."""

from __future__ import annotations

import re

from classifiers.language import detect_language
from classifiers.types import PiiEntity

_UP = "A-ZÄÖÜ"
_LOW = "a-zäöüßéèë"
_DE_KIND = "straße|strasse|str\\.|weg|ring|platz|allee|gasse|damm|ufer|chaussee"
_NL_KIND = "straat|laan|weg|plein|gracht|kade|pad|steeg|baan|dijk|singel|dreef"
_KIND = f"{_DE_KIND}|{_NL_KIND}"
# "Schomberstraße", "Jäntschstr.", "Dunja-Bloch-Straße", "Heinz-Günter-Säuberlich-Ring"
_STREET = f"(?:(?:[{_UP}][{_LOW}]+-)+(?i:{_KIND})|[{_UP}][{_LOW}]+(?:{_KIND}))"
_NUMBER = r"\d{1,4}[a-z]?(?:\s?[-/]\s?\d{1,4}[a-z]?)?"
# a German five-digit or Dutch "1234 AB" postcode and one town word, after a comma, a space
# or a line break
_TAIL = (
    f"(?:,\\s*|\\s*\\n\\s*|\\s+)(?:\\d{{5}}|\\d{{4}}\\s?[A-Z]{{2}},?)\\s+[{_UP}][\\w\\-]*"
    f"(?: [{_UP}][\\w\\-]*){{0,2}}"
)
_ADDRESS = re.compile(
    f"(?<![\\w-])(?P<street>{_STREET}) (?P<number>{_NUMBER})(?![\\d\\w/-])(?P<tail>{_TAIL})?"
)
SCORE = 0.9
ENGLISH_CONFIDENCE = 0.5
"""Text the detector calls English at least this surely is not searched."""


def street_addresses(text: str) -> list[tuple[PiiEntity, bool]]:
    """(street + house number (+ postcode and town), whether it holds a postcode)."""
    found = list(_ADDRESS.finditer(text))
    if not found:  # most texts: no detector run
        return []
    lang, conf = detect_language(text)
    if lang == "en" and conf >= ENGLISH_CONFIDENCE:
        return []
    return [
        (PiiEntity("STREET_ADDRESS", m.start(), m.end(), SCORE), m.group("tail") is not None)
        for m in found
    ]
