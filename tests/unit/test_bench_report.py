"""The benchmark report names the graph Prism's classifier loaded and why."""

from __future__ import annotations

import json
from pathlib import Path

from bench.report import render

LATEST = Path(__file__).resolve().parents[2] / "bench" / "results" / "latest.json"


def test_the_report_says_which_graph_auto_loaded_and_why() -> None:
    results = json.loads(LATEST.read_text())
    results["classifier"] = {
        "providers": ["CPUExecutionProvider"],
        "precision": "float",
        "precision_reason": "measured",
        "precision_probe_ms": {"int8": 76.59, "float": 60.6},
    }
    text = render(results)
    assert (
        "Prism's classifier: float graph (measured: int8 76.59 ms, float 60.6 ms per probe "
        "round), providers CPUExecutionProvider." in text
    )
    results["classifier"] = {
        "providers": ["CPUExecutionProvider"],
        "precision": "int8",
        "precision_reason": "forced",
    }
    assert "Prism's classifier: int8 graph (forced), providers" in render(results)
    results["classifier"] = {"error": "ConnectionRefusedError(111)"}
    assert "/readyz not read (ConnectionRefusedError(111))" in render(results)
    del results["classifier"]  # a results file from before this line existed
    assert "Prism's classifier" not in render(results)
