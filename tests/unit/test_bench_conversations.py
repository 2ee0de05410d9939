"""bench.conversations' encoder share: memo misses from /metrics, per-scenario summary."""

from __future__ import annotations

import os

from bench.conversations import cpu_ns, encoder_share, miss_count


def test_memo_misses_are_read_from_the_metrics_exposition() -> None:
    text = (
        "# TYPE prism_classifier_memo_lookups gauge\n"
        'prism_classifier_memo_lookups{result="hit"} 40.0\n'
        'prism_classifier_memo_lookups{result="miss"} 12.0\n'
    )
    assert miss_count(text) == 12.0 and miss_count("") == 0.0


def test_the_encoder_share_of_a_scenario() -> None:
    got = encoder_share({"texts": [0, 2, 1, 0], "cpu_ms": [1.0, 5.0, 3.0, 2.0]})
    assert got == {
        "encoder_requests_share": 0.5,
        "encoder_texts_per_request": 0.8,
        "prism_cpu_ms_p50": 2.5,
    }
    assert encoder_share({"texts": [], "cpu_ms": []}) == {}


def test_cpu_time_of_a_process_grows_as_it_works() -> None:
    before = cpu_ns(os.getpid())
    sum(i * i for i in range(200_000))
    assert cpu_ns(os.getpid()) > before > 0
