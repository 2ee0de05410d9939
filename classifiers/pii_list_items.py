"""Model addresses across the items of a list (candidate U19) or past an address's end
(candidate U21'').

A numbered or bulleted list of people with their addresses ("1. Ascensión Prat - Callejón
Mirta Niño, 7, 35062 Sevilla\\n2. Modesto Cazorla - ...") is often read by the PII layers as
one address over every item, names included. Each item is an entry of its own: such a span
is cut at the items' line breaks, and in an item written "<name> - <address>", "<name> :
<address>" or "<name>, <address>" the name before the separator is a name, not part of the
address (also where the span covers one item from its start).
"""

from __future__ import annotations

import re

from classifiers.pii_address_fields import is_field_label
from classifiers.pii_fields import NAME_PARTICLES
from classifiers.pii_streets import COMPOUND_KINDS, ROMANCE_KINDS
from classifiers.types import PiiEntity

# an item's start: a number ("1.", "2)") or a bullet, at a line's start
_ITEM = re.compile(r"\n[ \t]*(?:\d{1,3}[.)]|[-*•])[ \t]+")
_MARKER = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[-*•])[ \t]+")
# "<name> - <address>" (any dash): capitalised words and particles, then a separator
_NAME_WORD = r"[^\W\d_][\w'’.-]*"  # lower-case too: "émilie dumas - 5 rue de Dupuy"
_PARTICLE = "(?:" + "|".join(sorted(NAME_PARTICLES, key=len, reverse=True)) + ")"
_NAME_FIRST = re.compile(
    rf"((?:(?:{_NAME_WORD}|{_PARTICLE})[ \t]){{1,4}}?{_NAME_WORD})"
    r"[ \t]*(?:[\u2013\u2014:-]|,)[ \t]+(?=\S*\d|\S+ )"
)


# an item that starts with its street ("Rue de la Paix, 12 - ..."): no name leads it
_STREET_FIRST = re.compile(rf"(?i:{ROMANCE_KINDS})\b|\S*(?i:{COMPOUND_KINDS})\b")


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at each line break that starts a list item; markers off."""
    cuts = [m.start() for m in _ITEM.finditer(text, start, end)]
    pieces, pos = [], start
    for cut in [*cuts, end]:
        a = pos
        marker = _MARKER.match(text, a, cut)
        a = marker.end() if marker else a
        while a < cut and text[a] in " \t\n":
            a += 1
        b = cut
        while b > a and text[b - 1] in " \t\n,":
            b -= 1
        if b > a:
            pieces.append((a, b))
        pos = cut + 1
    return pieces


def _item_start(text: str, start: int) -> bool:
    """Whether ``start`` is where a list item's text begins ("- Lefèvre Sabine : ...")."""
    line = text.rfind("\n", 0, start) + 1
    marker = _MARKER.match(text, line, start + 1)
    return marker is not None and marker.end() == start


def split_list_items(text: str, e: PiiEntity) -> list[PiiEntity] | None:
    """A model address over two list items or more, or over one item from its start, as one
    address per item with its leading name a name; None when ``e`` is no such span."""
    if e.type != "STREET_ADDRESS":
        return None
    if _ITEM.search(text, e.start, e.end) is None and not (
        _item_start(text, e.start) and _NAME_FIRST.match(text, e.start, e.end)
    ):
        return None
    out: list[PiiEntity] = []
    for a, b in _pieces(text, e.start, e.end):
        name = _NAME_FIRST.match(text, a, b)
        if name is not None and not _STREET_FIRST.match(text, a, b):
            out.append(PiiEntity("PERSON", name.start(1), name.end(1), e.score))
            a = name.end()
        if any(ch.isdigit() for ch in text[a:b]):
            out.append(PiiEntity(e.type, a, b, e.score))
    return out


# a line that ends an address: a postcode of the branch's languages or a US ZIP code
# (five digits; "1234-567"; "1234 AB"; four digits before a town: "1010 Wien")
_CODE = r"(?<![\w-])(?:\d{5}|\d{4}-\d{3}|\d{4} ?[A-Z]{2}|\d{4})(?![\w-])"
# ... and its town: "75880 Sainte Pauline", "Valencia, 15717", "OH 98373"
_POSTCODE = re.compile(rf"{_CODE}[ \t]+[^\W\d_]|[^\W\d_][\w'’.)-]*,?[ \t]+{_CODE}[ \t]*$")
# a name in brackets after an address: "..., 40927 Lugo (yago giner)", "(Sr. Calvo)"
_BRACKET = re.compile(r"[ \t]*\(([^()\d\n]{2,60})\)[ \t]*$")
_TITLE = re.compile(r"(?:[^\W\d_]{1,4}\.|Frau|Herr|Mme|Mevr|Dhr)[ \t]+", re.IGNORECASE)
_CAPITAL_WORD = re.compile(rf"(?:[^\W\d_][\w'’-]*|{_PARTICLE})")
# a form's line that starts with a label ("PLZ: 73021"): the label readers own that record
_LINE_LABEL = re.compile(r"[ \t]*([^\W\d_][\w .'’-]{0,30}?)[ \t]*(?=:)")


def _labelled_lines(text: str, start: int, end: int) -> bool:
    """Whether a line inside ``text[start:end]`` starts with an address field's label."""
    for p in range(start, end):
        if text[p] == "\n":
            m = _LINE_LABEL.match(text, p + 1, end)
            if m is not None and is_field_label(text, m.start(1), m.end(1)):
                return True
    return False


def _name_alone(text: str, a: int, b: int, capitals: bool) -> PiiEntity | None:
    """``text[a:b]`` as a name: two to four words, or one after a title ("Sr. Calvo"), each
    capitalised (and not all in capitals) where ``capitals``, particles aside; else None."""
    title = _TITLE.match(text, a, b)
    a = title.end() if title else a
    words = text[a:b].split()
    if not 1 <= len(words) <= 4 or (len(words) < 2 and not title):
        return None
    if not all(_CAPITAL_WORD.fullmatch(w) for w in words):
        return None
    if capitals and not all(
        (w[0].isupper() and not w.isupper()) or re.fullmatch(_PARTICLE, w) for w in words
    ):
        return None
    return PiiEntity("PERSON", a, b, 0.0)


def _named(words: str) -> bool:
    """No word in capitals ("SERVICE AT: ..." is a label, not a name)."""
    return not any(len(w) > 1 and w.isupper() for w in words.split())


def _ends_address(text: str, e: PiiEntity, p: int) -> bool:
    """Whether the line of ``e`` that ends at ``p`` ends an address. A code that starts the
    span's first line is a house number ("06168 McNamee Street", "9631 rue de Maillet")."""
    start = max(e.start, text.rfind("\n", 0, p) + 1)
    m = _POSTCODE.search(text, start, p)
    if m is None:
        return False
    return start > e.start or bool(text[start : m.start()].strip())


def split_address_lines(text: str, e: PiiEntity) -> list[PiiEntity] | None:
    """A model address that runs past an address's end into the next line ("..., 75880
    Sainte Pauline\\nCapucine Pierre : 4, boulevard ...") or into a name in brackets, cut
    where the address ends (candidate U21''; only in text the detector does not call
    English, ``pii_merge``): each line that ends in a postcode and its town ends one; what
    follows is the next entry, read like a list item (a leading name is a name), a name on
    a line of its own is a name, and other words, or digits without a postcode and town, are
    dropped. None when ``e`` is no such span."""
    if e.type != "STREET_ADDRESS" or _labelled_lines(text, e.start, e.end):
        return None
    if any(ch in "|;\t" for ch in text[e.start : e.end]):  # table rows: cut by their cells
        return None
    cuts = [p for p in range(e.start, e.end) if text[p] == "\n" and _ends_address(text, e, p)]
    if not cuts and not _BRACKET.search(text, e.start, e.end):
        return None
    out: list[PiiEntity] = []
    pos = e.start
    for cut in [*cuts, e.end]:
        a, b = pos, cut
        pos = cut + 1
        while a < b and text[a] in " \t\n":
            a += 1
        while b > a and text[b - 1] in " \t\n,;":
            b -= 1
        bracket = _BRACKET.search(text, a, b)
        if bracket is not None:
            name = _name_alone(text, *bracket.span(1), capitals=False)
            if name is not None:
                out.append(name)
                b = bracket.start()
        if not any(ch.isdigit() for ch in text[a:b]):
            name = _name_alone(text, a, b, capitals=True)
            out += [name] if name is not None else []
            continue
        if (cuts or bracket is not None) and not _POSTCODE.search(text, a, b):
            continue  # digits but no address's end: a line that followed one
        lead = _NAME_FIRST.match(text, a, b)
        if lead is not None and not _STREET_FIRST.match(text, a, b) and _named(lead.group(1)):
            out.append(PiiEntity("PERSON", lead.start(1), lead.end(1), e.score))
            a = lead.end()
        out.append(PiiEntity(e.type, a, b, e.score))
    return [PiiEntity(x.type, x.start, x.end, x.score or e.score) for x in out]


# a name that leads a model address on its line: "Boada, Venceslás: Callejón ...",
# "Valerio Scalera: Strada ...", "Griselda Abella - Urbanización ...", "D. Chus Batlle\n..."
_LEAD_SEP = re.compile(r"[ \t]*(?:[\u2013\u2014:]|-(?=[ \t]))[ \t]+")  # a colon or a dash
_LEAD_COMMA = re.compile(r"[ \t]*,[ \t]+")
_STREET_START = re.compile(rf"\d|(?i:{ROMANCE_KINDS})\b|\S*(?i:{COMPOUND_KINDS})\b")


def split_lead_name(text: str, e: PiiEntity) -> list[PiiEntity] | None:
    """A model address that starts with a person's name (candidate U22; only in text the
    detector does not call English, ``pii_merge``): the name before a colon, a dash or a
    comma on the address's first line ("Surname, First name:" gives both), or a name alone
    on the first line of an envelope block, becomes a name; the rest stays the address.
    None when ``e`` is no such span."""
    if e.type != "STREET_ADDRESS" or _STREET_FIRST.match(text, e.start, e.end):
        return None
    line_end = text.find("\n", e.start, e.end)
    line_end = e.end if line_end < 0 else line_end
    rest = e.start
    names: list[PiiEntity] = []
    sep = _LEAD_SEP.search(text, e.start, line_end) or _LEAD_COMMA.search(text, e.start, line_end)
    if sep is not None and any(ch.isdigit() for ch in text[sep.end() : e.end]):
        first = _name_alone(text, e.start, sep.start(), capitals=True)
        comma = text.find(",", e.start, sep.start())
        if first is None and comma > 0 and ":" in text[sep.start() : sep.end()]:
            # "Boada, Venceslás:": the surname and the given name, each a name
            parts = [(e.start, comma), (comma + 1, sep.start())]
            words = [text[a:b].strip() for a, b in parts]
            if _capitalised(text, e.start, sep) and all(
                w and all(_CAPITAL_WORD.fullmatch(x) for x in w.split()) for w in words
            ):
                names = [
                    PiiEntity("PERSON", a + len(text[a:b]) - len(text[a:b].lstrip()), b, 0)
                    for a, b in parts
                ]
        elif first is not None and (sep.re is _LEAD_SEP or _STREET_START.match(text, sep.end())):
            names = [first]  # after a comma only where a street starts ("Parque das Nações, S/N")
        rest = sep.end() if names else e.start
    elif line_end < e.end and not any(ch.isdigit() for ch in text[e.start : line_end]):
        first = _name_alone(text, e.start, line_end, capitals=True)  # an envelope's first line
        if first is not None and any(ch.isdigit() for ch in text[line_end : e.end]):
            names, rest = [first], line_end + 1
    if not names:
        return None
    while rest < e.end and text[rest] in " \t\n":
        rest += 1
    return [
        *(PiiEntity("PERSON", n.start, n.end, e.score) for n in names),
        PiiEntity(e.type, rest, e.end, e.score),
    ]


def _capitalised(text: str, start: int, sep: re.Match[str]) -> bool:
    """Every word before ``sep`` starts with a capital and is not all in capitals."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text[start : sep.start()])
    return bool(words) and all(w[0].isupper() and not w.isupper() for w in words)
