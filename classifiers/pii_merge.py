"""Merge a text's PII: the model's spans from every window, the validated patterns, and the
readers of names and streets by their shape (docs/classifiers.md, "PII = model + validated
patterns" and candidates U2-U20)."""

from __future__ import annotations

import re

from classifiers.branch_pii import reads_pii
from classifiers.pii_address_fields import is_field_label
from classifiers.pii_decode import trim_span
from classifiers.pii_greetings import greeted_names
from classifiers.pii_list_items import split_address_lines, split_lead_name, split_list_items
from classifiers.pii_names import with_particles
from classifiers.pii_not_names import drop_not_names
from classifiers.pii_not_phones import drop_not_phones
from classifiers.pii_patterns import SpanIndex, dedupe, find_patterns, validate_model_span
from classifiers.pii_person_shape import (
    family_names,
    is_firm,
    reshape_persons,
    signed_names,
)
from classifiers.pii_placeless import names_in_leftover, placeless_as_names
from classifiers.pii_public_addresses import is_public_address
from classifiers.pii_public_names import is_public_name
from classifiers.pii_records import record_names
from classifiers.pii_street_merge import field_streets, grammar_streets, shaped_streets
from classifiers.pii_us_addresses import complete_us_address, zip_plus_four
from classifiers.types import PiiEntity

# same-type neighbours joined across these gap characters ("221 Baker Street, London NW1 6XE"
# is one address; "Laura" + "Schmidt" tagged B, B is one person)
JOIN_GAPS = {"STREET_ADDRESS": " ,.", "PERSON": " "}


def join_adjacent(text: str, spans: list[PiiEntity]) -> list[PiiEntity]:
    """Merge same-type neighbour spans separated only by JOIN_GAPS characters."""
    out: list[PiiEntity] = []
    for e in sorted(spans, key=lambda x: (x.start, x.end)):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type == e.type
            and e.type in JOIN_GAPS
            and e.start >= prev.end
            and text[prev.end : e.start].strip(JOIN_GAPS[e.type]) == ""
        ):
            out[-1] = PiiEntity(e.type, prev.start, e.end, min(prev.score, e.score))
        else:
            out.append(e)
    return out


def _yields_to_address(p: PiiEntity, text: str, model_spans: list[PiiEntity]) -> bool:
    """A short phone-shaped number strictly inside a model address ("Apt. 605 76-50 Pasaje
    ...", "Suite 241 26816 Allen Street") is a flat and house number, not a phone number.
    Numbers with an international prefix, a bracketed area code, or 10+ digits stay phones."""
    raw = text[p.start : p.end]
    if p.type != "PHONE_NUMBER" or raw[:1] in "+(" or raw.startswith("00"):
        return False
    if sum(ch.isdigit() for ch in raw) >= 10:
        return False
    return any(
        m.type == "STREET_ADDRESS" and m.start < p.start and p.end < m.end for m in model_spans
    )


def _outside(text: str, e: PiiEntity, taken: SpanIndex) -> list[PiiEntity]:
    """The parts of model span e not covered by pattern spans, edge-trimmed; a part is kept
    when it still holds a word of two or more letters or digits and passes its type's
    validator ("12 Main St, Springfield" of an address that ran into the phone number on its
    next line; not "cc" of a "cc 378301270956184" the model read as one phone number)."""
    hits = sorted(taken.hits(e.start, e.end), key=lambda x: x.start)
    if not hits:
        return [e]
    pieces, cur = [], e.start
    for p in hits:
        pieces.append((cur, max(cur, p.start)))
        cur = max(cur, p.end)
    pieces.append((cur, e.end))
    out = []
    for a, b in pieces:
        a, b = trim_span(text, a, b)
        piece = text[a:b]
        if (
            b > a
            and any(sum(ch.isalnum() for ch in w) >= 2 for w in piece.split())
            and validate_model_span(e.type, piece)
        ):
            out.append(PiiEntity(e.type, a, b, e.score))
    return out


# an IANA time zone ("America/Chicago", "Europe/Isle_of_Man"): a setting, not where anyone lives
_TIME_ZONE = re.compile(
    r"\b(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)"
    r"(?:/[A-Z][A-Za-z_+-]*){1,2}"
)


def _in_time_zone(text: str, e: PiiEntity) -> bool:
    return any(m.start() <= e.start and e.end <= m.end() for m in _TIME_ZONE.finditer(text))


# an address the model reads across aligned columns (receipts, fixed-width exports) or over
# symbols no address holds ("center: [40.41, -3.70", "conf=0.93 clip=ev_88213.mp4")
_NOT_ONE_ADDRESS = re.compile(r"[ \t]{2,}|[@%=\[\]{}]")


def _semicolon_row(text: str, e: PiiEntity) -> bool:
    """Whether span e crosses the cells of a semicolon-separated row (a European CSV export:
    "Jiri Dörschner;Corinna-Stey-Gasse;21-32;28440;Kronach"): its line holds three or more."""
    if ";" not in text[e.start : e.end]:
        return False
    a = text.rfind("\n", 0, e.start) + 1
    b = text.find("\n", e.end)
    return text.count(";", a, b if b >= 0 else len(text)) >= 3


def _cells(text: str, spans: list[PiiEntity]) -> list[PiiEntity]:
    """Model spans cut at a table's cell bars, where one value ends ("| Suite 697 | 38469
    James Bridge |" is a unit and a street); a model address across aligned columns or over
    symbols no address holds is dropped (a street the grammar reads there still counts)."""
    out = []
    # the branch's PII layer read it: a name may lead its addresses (U22), and one that
    # crosses a line break may run on past its end (U21'')
    addresses = [e for e in spans if e.type == "STREET_ADDRESS"]
    leads = bool(addresses) and reads_pii(text)
    foreign = leads and any("\n" in text[e.start : e.end] for e in addresses)
    for e in spans:
        if e.type == "STREET_ADDRESS" and _NOT_ONE_ADDRESS.search(text, e.start, e.end):
            continue
        lead = split_lead_name(text, e) if leads else None  # a name before it (U22)
        if lead is not None:
            out += lead[:-1]
            e = lead[-1]
        items = split_list_items(text, e)  # one address per list item (U19)
        if items is None and foreign:
            items = split_address_lines(text, e)  # cut where an address ends (U21'')
        if items is not None:
            out += items
            continue
        bar = "|" if "|" in text[e.start : e.end] else ";" if _semicolon_row(text, e) else ""
        if not bar:
            out.append(e)
            continue
        start = e.start
        # a row's last cell ends at its line's end ("Aue\nDowerg" is two rows' cells)
        stops = "|" if bar == "|" else ";\n"
        for end in [*(i for i in range(e.start, e.end) if text[i] in stops), e.end]:
            a, b = trim_span(text, start, end)
            if any(ch.isalnum() for ch in text[a:b]):
                out.append(PiiEntity(e.type, a, b, e.score))
            start = end + 1
    return out


def merge_entities(text: str, model_spans: list[PiiEntity]) -> tuple[PiiEntity, ...]:
    """Patterns (validated, whole text) + model spans (validated for structured types).

    Where the two overlap the pattern wins, except a short number inside a model address
    (see _yields_to_address); the rest of an overlapped model span is kept (_outside). A
    model span inside a time zone's name ("America/Chicago") is dropped. Names that a text's
    shape gives (record fields, households, sign-offs) and streets by their grammar or shape
    count like patterns; an address with no place in it becomes a name or goes; public
    addresses and names are no one's (docs/classifiers.md, candidates U2-U5)."""
    model = [
        complete_us_address(text, with_particles(text, e))
        for e in _cells(text, join_adjacent(text, dedupe(model_spans)))
        if validate_model_span(e.type, text[e.start : e.end])
        and not _in_time_zone(text, e)
        and not (e.type == "STREET_ADDRESS" and is_field_label(text, e.start, e.end))
    ]
    model = drop_not_phones(text, model)
    patterns = [
        p
        for p in drop_not_phones(text, find_patterns(text))
        if not _yields_to_address(p, text, model) and not zip_plus_four(text, p)
    ]
    # names in a record's person fields (a CSV column, a table cell, an SQL value, a key),
    # surnames by their household ("the Santos family"), the name under a sign-off
    taken = SpanIndex(patterns)
    shaped = [*family_names(text), *signed_names(text), *greeted_names(text)]
    for r in [*record_names(text), *shaped]:
        if not taken.overlaps(r.start, r.end) and not is_firm(text, r):
            patterns.append(r)
            taken.add(r)
    streets = grammar_streets(text, model, patterns)
    street_index = SpanIndex(streets)
    replaced = [
        m for m in model if m.type == "STREET_ADDRESS" and street_index.overlaps(m.start, m.end)
    ]
    # a name the model read into the address the grammar replaced ("Michelle Barnes - 287 ...")
    names = [n for m in replaced for n in names_in_leftover(text, m, streets)]
    gone = {id(m) for m in replaced}
    model = [m for m in model if id(m) not in gone] + names
    patterns += streets + [
        e
        for e in shaped_streets(text, model, patterns)
        if not street_index.overlaps(e.start, e.end)
    ]
    # a street's or a house number's record field fills what no model address, street or
    # pattern covers (the whole address, where one reads it, is kept)
    patterns += field_streets(text, patterns, model)
    taken = SpanIndex(patterns)
    model_ok = [piece for e in model for piece in _outside(text, e, taken)]
    # the shape of a written name: cells and labels, web addresses, firms, surnames
    # an address with no number and no street word is a name read as one, or no address
    model_ok = drop_not_names(text, reshape_persons(text, placeless_as_names(text, model_ok)))
    found = [
        e
        for e in patterns + model_ok
        if not is_public_address(text, e) and not is_public_name(text, e)
    ]
    return tuple(sorted(found, key=lambda e: (e.start, e.end, e.type)))
