"""Addresses with no place in them (candidate U2, docs/classifiers.md).

A street address holds a house number or a word for a street: a USPS suffix ("Islands",
"Ave"), a German or Dutch compound's kind ("-straße", "-laan"), a Romance kind written first
("Calle", "Rua", "rue"), or "S/N" (no number, in Portuguese and Spanish addresses). An
address span of the PII layers without any of these is, on the development groups, almost
never right (English: 1 of 366; other languages: 60 of 1,083): a town alone, a form's label
("Deliver", "DOB"), a firm, or a person's name typed as an address ("Donna Brewer (mother)").
Such a span becomes a name when it holds two or more capitalised words (a redaction policy
still covers it, under the right type), and is dropped otherwise.
"""

from __future__ import annotations

import re

from classifiers.pii_streets import COMPOUND_KINDS, ROMANCE_KINDS
from classifiers.pii_us_streets import SUFFIX_WORDS
from classifiers.types import PiiEntity

_USPS = frozenset(w.lower() for w in SUFFIX_WORDS)
# an abbreviation keeps its period ("r.", "av."): a lone "R" is no street
_ROMANCE = frozenset(k.replace("\\", "") for k in ROMANCE_KINDS.split("|"))
_COMPOUND = re.compile(rf"\w(?i:{COMPOUND_KINDS})$")
_WORD = re.compile(r"[\w.]+")
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?(?![\w'’-])")


def is_placeless(text: str, e: PiiEntity) -> bool:
    """Whether ``e`` is an address span with no number and no word for a street."""
    if e.type != "STREET_ADDRESS":
        return False
    piece = text[e.start : e.end]
    if "S/N" in piece or any(ch.isdigit() for ch in piece):
        return False
    for word in _WORD.findall(piece):
        bare = word.rstrip(".")
        low = word.lower()
        if bare.lower() in _USPS or {low, low.rstrip(".")} & _ROMANCE or _COMPOUND.search(bare):
            return False
    return True


def placeless_as_names(text: str, entities: list[PiiEntity]) -> list[PiiEntity]:
    """Placeless addresses as names (two or more capitalised words) or dropped."""
    out = []
    for e in entities:
        if not is_placeless(text, e):
            out.append(e)
        elif len(_CAPITALISED.findall(text[e.start : e.end])) >= 2:
            out.append(PiiEntity("PERSON", e.start, e.end, e.score))
    return out
