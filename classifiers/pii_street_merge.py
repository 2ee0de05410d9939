"""Street addresses by their grammar or shape, set against the PII layers' spans.

``grammar_streets`` (US streets and military addresses, ``pii_us_streets``; candidates U,
U2, U3) and ``shaped_streets`` (German and Dutch compounds, streets written kind first,
``pii_streets``; candidates M4, M5) decide which matches count and how far they reach, given
the model's spans and the pattern matches; ``pii_merge.merge_entities`` then lets them
replace the model addresses they overlap. See docs/classifiers.md.
"""

from __future__ import annotations

import re

from classifiers.pii_address_fields import address_fields
from classifiers.pii_patterns import SpanIndex
from classifiers.pii_streets import COMPOUND_KINDS, ROMANCE_KINDS, street_addresses
from classifiers.pii_us_streets import lone_units, named_streets, town_only, us_streets
from classifiers.types import PiiEntity

# where a model address that runs on past a street has left it: a sentence's end, a label's
# line ("\nCity: ..."), a semicolon, a table's cell bar
_STOP = re.compile(r"\.[ \t]+[A-Z]|\n[ \t]*[A-Za-z][\w /-]{0,20}:|;|\|")


def _stops(text: str, start: int, end: int) -> bool:
    return _STOP.search(text, start, end) is not None


def grammar_streets(
    text: str, model: list[PiiEntity], patterns: list[PiiEntity]
) -> list[PiiEntity]:
    """US street and military addresses by their grammar (``pii_us_streets``): those that
    count alone (a state or ZIP code, a unit, military) and those a model address or name
    overlaps, unless a model address starts before it with a number of its own or runs on
    past it further than a town. A match replaces the model addresses it overlaps (their
    labels and line overruns: "Current address: ...\nMobile"), and is dropped if it
    reaches a pattern (a phone number on the same line)."""
    out: list[PiiEntity] = []
    # a named street ("on Tiffany Islands") counts only where a model span overlaps it
    found = [*us_streets(text), *((e, False, False) for e in named_streets(text))]
    models, taken = SpanIndex(model), SpanIndex(patterns)
    for e, alone, cued in found:
        near = [m for m in models.hits(e.start, e.end) if m.type in ("STREET_ADDRESS", "PERSON")]
        if not (alone or near or cued):
            continue
        # the house number starts it, and a state or ZIP code ends it; a shorter match
        # grows over a town the model address it overlaps runs on to ("12 Oak St, Springfield")
        # (a model address that runs on further, to a postcode of another country's shape,
        # is left to the model: "34 Landy Street N42 9YAD Alexander Ville")
        addresses = [m for m in near if m.type == "STREET_ADDRESS"]
        ends = [m.end for m in addresses if m.end > e.end]
        if not alone and (
            # a model address that starts earlier with a number of its own: "45675 Leipziger
            # Land" of "Gasse 6/2, 45675 Leipziger Land", "755N Shanna Ville" of an Eircode
            # (not one that reaches it across a table's cells or lines: "| 1 | Tyler | 0733 ...")
            any(
                any(ch.isdigit() for ch in text[m.start : e.start])
                and not any(ch in "|\n" for ch in text[m.start : e.start])
                for m in addresses
            )
            or not all(town_only(text, e.end, end) or _stops(text, e.end, end) for end in ends)
        ):
            continue
        towns = [end for end in ends if town_only(text, e.end, end)]  # not those cut off
        grown = PiiEntity(e.type, e.start, max([e.end, *towns]) if not alone else e.end, e.score)
        if not taken.overlaps(grown.start, grown.end):
            out.append(grown)
    if out:  # a flat or suite named apart from its street ("line2": "Apt. 537")
        streets = SpanIndex(out)
        out += [
            u
            for u in lone_units(text)
            if not streets.overlaps(u.start, u.end) and not taken.overlaps(u.start, u.end)
        ]
    return out


def shaped_streets(text: str, model: list[PiiEntity], patterns: list[PiiEntity]) -> list[PiiEntity]:
    """Street addresses by their shape (``pii_streets``): those holding a postcode, and
    those a model address overlaps (cut short) or, for a German or Dutch compound, a model
    name (a street named after a person). A kind-first match (Calle, Via, rue, Rua) grows
    to the model addresses it overlaps (it fixes an address's start, never cuts its end);
    a match is dropped if it reaches a pattern (the model's own span is then merged as
    before)."""
    out = []
    models, taken = SpanIndex(model), SpanIndex(patterns)
    for e, postcode, compound in street_addresses(text):
        near = models.hits(e.start, e.end)
        addresses = [m for m in near if m.type == "STREET_ADDRESS"]
        named = compound and any(m.type == "PERSON" for m in near)
        if not (postcode or addresses or named):
            continue
        grown = (
            e  # a German or Dutch compound holds the whole address itself
            if compound
            else PiiEntity(
                e.type,
                min([e.start, *(m.start for m in addresses)]),
                max([e.end, *(m.end for m in addresses)]),
                e.score,
            )
        )
        if not taken.overlaps(grown.start, grown.end):
            out.append(grown)
    return out


# a field's value that names its street by the street's kind: "Rambla Ximena Villalobos",
# "Via de Edelmiro Frutos", "Sophia-Kade-Allee" (the kind is the street's own word)
_NAMED_BY_KIND = re.compile(
    rf"(?i:{ROMANCE_KINDS})[ \t]+\S|.*\S(?i:{COMPOUND_KINDS})(?:[ \t]+\d.*)?$"
)


def field_streets(text: str, patterns: list[PiiEntity], model: list[PiiEntity]) -> list[PiiEntity]:
    """Street and house-number values of a record's address fields (``address_fields``,
    candidate U15) that no pattern covers. Where a model address covers a field, the model
    keeps it, unless the field's value names its street by its kind and every model span it
    touches lies inside it: the model read "Rambla" as an address and "Ximena Villalobos" as
    a name, and the field says the whole value is the street (candidate U16); or unless the
    model spans it touches hold only the field's label and value ("Número: 15", U17)."""
    taken, models = SpanIndex(patterns), SpanIndex(model)
    out = []
    for a in address_fields(text):
        if taken.overlaps(a.start, a.end):
            continue
        hits = models.hits(a.start, a.end)
        line = text.rfind("\n", 0, a.start) + 1
        if (
            not any(m.type == "STREET_ADDRESS" for m in hits)
            or (
                _NAMED_BY_KIND.match(text, a.start, a.end) is not None
                and all(a.start <= m.start and m.end <= a.end for m in hits)
            )
            # the model read the field's label into it ("Número: 15") and no further
            or all(line <= m.start and m.end <= a.end for m in hits)
        ):
            out.append(a)
    return out
