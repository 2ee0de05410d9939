"""classifiers/pii_patterns.py: the span index answers overlap queries exactly as a scan of
every span does (spans of any length, added after construction too)."""

from __future__ import annotations

import random

from classifiers.pii_patterns import SpanIndex, overlaps
from classifiers.types import PiiEntity


def test_span_index_finds_what_a_scan_finds() -> None:
    rng = random.Random(7)
    spans = []
    for _ in range(300):
        a = rng.randrange(0, 2000)
        spans.append(PiiEntity("PERSON", a, a + rng.randrange(1, 40), 0.9))
    index = SpanIndex(spans[:150])
    for e in spans[150:]:
        index.add(e)
    for _ in range(500):
        a = rng.randrange(-50, 2050)
        b = a + rng.randrange(1, 60)
        want = sorted((e.start, e.end) for e in spans if overlaps(a, b, e))
        assert sorted((e.start, e.end) for e in index.hits(a, b)) == want
        assert index.overlaps(a, b) is bool(want)
