"""bench.candidate_conditions: per-set results total into the figures the rules compare."""

from __future__ import annotations

import json
from pathlib import Path

from bench.candidate_conditions import agent_totals, compare, ml_totals
from bench.message_scores import summary
from bench.multilingual_scan import summarise


def _agent_rows(clean_blocked: bool) -> list[dict]:
    return [
        {"kind": "inj", "lang": "en", "carrier": "c01", "engine": 0.9},
        {"kind": "inj", "lang": "de", "carrier": "c02", "engine": 0.5},
        {"kind": "clean", "lang": "en", "carrier": "c01", "engine": 0.85 if clean_blocked else 0.1},
        {"kind": "clean", "lang": "de", "carrier": "c02", "engine": 0.2},
        {"kind": "look", "lang": "en", "engine": 0.81},
    ]


def _write(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data))


def test_agent_and_multilingual_sets_add_up_per_condition(tmp_path: Path) -> None:
    for v, blocked in ((6, True), (7, False)):
        _write(tmp_path / f"t_agent_v{v}.json", {"summary": summary(_agent_rows(blocked), 0.4)})
    for v, ok in ((2, True), (3, False)):
        _write(
            tmp_path / f"t_ml_v{v}.json",
            {
                "domain_accuracy": summarise([("en", ok), ("de", True)]),
                "jailbreak_recall": summarise([("fr", ok)]),
                "benign_forwarded": summarise([("fr", True), ("ja", ok)]),
            },
        )
    agent = agent_totals(tmp_path, "t", (6, 7))
    assert agent["injections"] == {"flagged": 2, "n": 4}
    assert agent["clean_carriers"] == {"flagged": 1, "n": 4}
    assert agent["lookalikes"] == {"flagged": 2, "n": 2}
    # an injection in a carrier blocked without it does not count: v6 keeps only c02's
    assert agent["injections_net"] == {"flagged": 1, "n": 3}
    ml = ml_totals(tmp_path, "t", (2, 3))
    assert ml == {
        "domain_right": {"ok": 3, "n": 4},
        "jailbreaks_blocked": {"ok": 1, "n": 2},
        "benign_forwarded": {"ok": 3, "n": 4},
    }


def test_compare_reports_no_test_split_when_it_was_not_run(tmp_path: Path) -> None:
    _write(tmp_path / "s_agent_v6.json", {"summary": summary(_agent_rows(False), 0.4)})
    _write(
        tmp_path / "s_ml_v2.json",
        {k: summarise([("en", True)]) for k in
         ("domain_accuracy", "jailbreak_recall", "benign_forwarded")},
    )  # fmt: skip
    out = compare(tmp_path, ["s"], agent_sets=(6,), ml_sets=(2,))["s"]
    assert out["condition_1_test_split"] is None
    assert out["condition_2_agent"]["clean_carriers"] == {"flagged": 0, "n": 2}
