"""Shared by the PII decoding tests: run ``merge_entities`` on model spans named by text."""

from __future__ import annotations

from classifiers.pii_merge import merge_entities
from classifiers.types import PiiEntity


def merged(text: str, *spans: tuple[str, str]) -> list[tuple[str, str]]:
    """(piece, type) of every entity ``merge_entities`` returns for model spans given as
    (piece of ``text``, type), each at the piece's first place in the text."""
    model = []
    for piece, typ in spans:
        i = text.index(piece)
        model.append(PiiEntity(typ, i, i + len(piece), 0.9))
    return [(text[e.start : e.end], e.type) for e in merge_entities(text, model)]
