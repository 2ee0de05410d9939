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


def test_decimals_and_access_log_fields_are_no_phone_numbers() -> None:
    from classifiers.pii_patterns import find_patterns

    for text in (
        "geocoded -> lat=39244.78144 lon=-99662.78580 in 5368ms",
        "deploy-bot: release 1995.69847 rolled out",
        '[10:00] "GET /account/addresses HTTP/1.1" 200 46193',
    ):
        assert [p for p in find_patterns(text) if p.type == "PHONE_NUMBER"] == [], text
    kept = find_patterns("call me on 555.123.4567 or +39 06.12345678")
    assert [p.type for p in kept] == ["PHONE_NUMBER", "PHONE_NUMBER"]


def test_machine_numbers_are_no_phone_numbers() -> None:
    from classifiers.pii_patterns import find_patterns, validate_model_span

    for text in ('"lat":40.71427,"lng":-74.00597', "INVOICE  INV-2026-00417", "BP-2026-01189"):
        assert [p for p in find_patterns(text) if p.type == "PHONE_NUMBER"] == [], text
    for span in ("07:44:54.848673", "uptime=1841233s", "6432    720", "118.2468"):
        assert not validate_model_span("PHONE_NUMBER", span), span
    for span in ("555-123-4567 ext. 12", "(555)123-4567x99", "+33 1 23 45 67 89"):
        assert validate_model_span("PHONE_NUMBER", span), span
