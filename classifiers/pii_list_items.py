"""Model addresses across the items of a list (candidate U19).

A numbered or bulleted list of people with their addresses ("1. Ascensión Prat - Callejón
Mirta Niño, 7, 35062 Sevilla\\n2. Modesto Cazorla - ...") is often read by the PII layers as
one address over every item, names included. Each item is an entry of its own: such a span
is cut at the items' line breaks, and in an item written "<name> - <address>" or "<name>,
<address>" the name before the separator is a name, not part of the address.
"""

from __future__ import annotations

import re

from classifiers.types import PiiEntity

# an item's start: a number ("1.", "2)") or a bullet, at a line's start
_ITEM = re.compile(r"\n[ \t]*(?:\d{1,3}[.)]|[-*•])[ \t]+")
_MARKER = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[-*•])[ \t]+")
# "<name> - <address>" (any dash): capitalised words and particles, then a separator
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_PARTICLE = r"(?:van|de|der|den|von|di|da|du|le|la|del|dos|das|do|ten|ter)"
_NAME_FIRST = re.compile(
    rf"((?:(?:{_NAME_WORD}|{_PARTICLE})[ \t]){{1,4}}?{_NAME_WORD})"
    r"[ \t]*(?:[\u2013\u2014-]|,)[ \t]+(?=\S*\d|\S+ )"
)


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


def split_list_items(text: str, e: PiiEntity) -> list[PiiEntity] | None:
    """A model address over two list items or more, as one address per item with its
    leading name a name; None when ``e`` is no such span."""
    if e.type != "STREET_ADDRESS" or _ITEM.search(text, e.start, e.end) is None:
        return None
    out: list[PiiEntity] = []
    for a, b in _pieces(text, e.start, e.end):
        name = _NAME_FIRST.match(text, a, b)
        if name is not None:
            out.append(PiiEntity("PERSON", name.start(1), name.end(1), e.score))
            a = name.end()
        if any(ch.isdigit() for ch in text[a:b]):
            out.append(PiiEntity(e.type, a, b, e.score))
    return out
