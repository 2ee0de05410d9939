"""Model addresses across the items of a list (candidate U19).

A numbered or bulleted list of people with their addresses ("1. Ascensión Prat - Callejón
Mirta Niño, 7, 35062 Sevilla\\n2. Modesto Cazorla - ...") is often read by the PII layers as
one address over every item, names included. Each item is an entry of its own: such a span
is cut at the items' line breaks, and in an item written "<name> - <address>", "<name> :
<address>" or "<name>, <address>" the name before the separator is a name, not part of the
address (also where the span covers one item from its start).
"""

from __future__ import annotations

import re

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
