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
from classifiers.pii_us_addresses import US_CODES
from classifiers.pii_us_streets import SUFFIX_WORDS
from classifiers.types import PiiEntity

_USPS = frozenset(w.lower() for w in SUFFIX_WORDS)
# an abbreviation keeps its period ("r.", "av."): a lone "R" is no street
_ROMANCE = frozenset(k.replace("\\", "") for k in ROMANCE_KINDS.split("|"))
_COMPOUND = re.compile(rf"(?i:{COMPOUND_KINDS})$")  # "Heinrichgasse", "-Straße", "Weg"
_WORD = re.compile(r"[\w.]+")
_DATE = re.compile(r"\b(?:19|20)\d\d-\d\d(?:-\d\d)?\b")
_TOWN_AND_STATE = re.compile(r"[A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,2}, ([A-Z]{2})")
_STATE = re.compile(r"(?<![\w-])[A-Z]{2}(?![\w-])")
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?(?![\w'’-])")


def is_placeless(text: str, e: PiiEntity) -> bool:
    """Whether ``e`` is an address span with no number and no word for a street."""
    if e.type != "STREET_ADDRESS":
        return False
    piece = text[e.start : e.end]
    return not ("S/N" in piece or any(ch.isdigit() for ch in piece) or _street_word(piece))


# what no address holds ("cus_Qx81LmZ0aa27", "VISA ****72186", "rc.3+build.8812")
_NOT_IN_ADDRESSES = re.compile(r"[_*+]")
_UNIT = re.compile(r"(?i)\b(?:apt|apartment|suite|ste|unit|box|floor|fl|room|rm|bldg|po)\b")
_NUMBER_TOKEN = re.compile(r"[\w-]*\d[\w-]*")
_POSTCODE_OR_ORDINAL = re.compile(r"\d{4}[A-Z]{2}|\d+(?:st|nd|rd|th|[A-Za-z])", re.IGNORECASE)
_DECIMAL = re.compile(r"\d\.\d")
_LOWER_WORD_AND_NUMBER = re.compile(r"[a-z]+:?[ \t]\d+|\d+[ \t]?[a-z]+")
# the line a European address goes on with: its postcode and town ("01025 Girona", "1669BY
# Amstenrade")
_POSTCODE_AND_TOWN = re.compile(r"[ \t]*\d{4,5}(?:-\d{3})?[ \t]?(?:[A-Z]{2})?[ \t]+[A-ZÀ-Þ]")
_TAG_AND_NUMBER = re.compile(r"(?:[A-Za-z]{1,3}|[A-Z]{2,})[#:]?[ \t]+\d+")


def _glued(token: str) -> bool:
    """A number glued to two or more letters ("SN1853", "12PC"), not a postcode ("1012AB"),
    an ordinal ("21st") or a house number's letter ("12a")."""
    letters = sum(ch.isalpha() for ch in token)
    return letters >= 2 and not _POSTCODE_OR_ORDINAL.fullmatch(token)


def is_code(text: str, e: PiiEntity) -> bool:
    """Whether address span ``e`` is a code with a number in it, not a place (candidate U9):
    it holds a symbol no address holds, or, with no word for a street or a unit, each of its
    numbers is glued to letters ("SN1853", "7KXM34324", "LK-31098", "12PC") or it is a short
    or capitalised tag and a number ("Rx 73454", "TBL 22", "Rx# 95407")."""
    piece = text[e.start : e.end]
    if _NOT_IN_ADDRESSES.search(piece):
        return True
    if not any(ch.isdigit() for ch in piece) or "S/N" in piece or _UNIT.search(piece):
        return False
    if _street_word(piece):
        return False
    if US_CODES & set(_STATE.findall(piece)):
        return False
    numbers = _NUMBER_TOKEN.findall(piece)
    if numbers and all(_glued(n) for n in numbers):
        return True
    first, _, rest = piece.partition("\n")
    return bool(
        _TAG_AND_NUMBER.fullmatch(piece)
        or (not first.strip().count(" ") and not rest)  # one token: "3d", "C031", "5X5"
        or _DECIMAL.search(piece)  # "geo 29.7604", "84.1KiB"
        or _LOWER_WORD_AND_NUMBER.fullmatch(piece)  # "batch 7", "retries: 3", "14 ms"
        or (rest and not _POSTCODE_AND_TOWN.match(rest))  # "87\nGALLONS"
        or (piece.count(",") >= 2 and ", " not in piece)  # "SKU-1001,1842,55260.00,31"
    )


def _street_word(piece: str) -> bool:
    for word in _WORD.findall(piece):
        bare = word.rstrip(".")
        low = word.lower()
        if bare.lower() in _USPS or {low, low.rstrip(".")} & _ROMANCE:
            return True
        if _COMPOUND.search(bare) or _COMPOUND.search(word):  # "Grafstr." too
            return True
    return False


def _no_place(text: str, e: PiiEntity) -> bool:
    """A model span that cannot be what its type says: an address with no letter or with a
    date in it ("(843)554-3978", "DOB 1986-10-01"), a name that is a town and its state
    ("Port Michelle, KS")."""
    piece = text[e.start : e.end]
    if e.type == "STREET_ADDRESS":
        return (
            not any(ch.isalpha() for ch in piece)
            or _DATE.search(piece) is not None
            or is_code(text, e)
        )
    if e.type == "PERSON":
        m = _TOWN_AND_STATE.fullmatch(piece)
        return m is not None and m.group(1) in US_CODES
    return False


def placeless_as_names(text: str, entities: list[PiiEntity]) -> list[PiiEntity]:
    """Placeless addresses as names (two or more capitalised words) or dropped."""
    out = []
    for e in entities:
        if _no_place(text, e):
            continue
        if not is_placeless(text, e):
            out.append(e)
        elif len(_CAPITALISED.findall(text[e.start : e.end])) >= 2 and not (
            US_CODES & set(_STATE.findall(text[e.start : e.end]))  # "Port Michelle, KS": a town
        ):
            out.append(PiiEntity("PERSON", e.start, e.end, e.score))
    return out


# two or three capitalised words in a row, on one line: what is left of a name
_NAME_WORD = r"[A-Z][a-z]+(?:['’][A-Z]?[a-z]+)?(?:-[A-Z][a-z]+)?"
_NAME_RUN = re.compile(rf"(?<![\w'’-]){_NAME_WORD}(?: {_NAME_WORD}){{1,2}}(?![\w-])")


def names_in_leftover(text: str, e: PiiEntity, streets: list[PiiEntity]) -> list[PiiEntity]:
    """The names in what the grammar's streets leave of a model address that runs before
    them ("envelope? Michelle Barnes - " of "... Michelle Barnes - 287 Matthews Dam ...")."""
    first = min((s.start for s in streets if s.start < e.end and e.start < s.end), default=e.start)
    if first <= e.start:
        return []
    return [
        PiiEntity("PERSON", e.start + m.start(), e.start + m.end(), e.score)
        for m in _NAME_RUN.finditer(text[e.start : first])
        # a street the grammar did not take ("2390 Weiss Pike, 3rd floor, drop-off ...")
        if m.group(0).rsplit(" ", 1)[-1].lower() not in _USPS
    ]
