"""classify_jsonl: one output line per input line, in order; bad lines become errors."""

from __future__ import annotations

import io
import json

from classifiers.cli_support import classify_jsonl
from tests.unit.classifier_support import engine


def test_jsonl_in_order_with_bad_lines() -> None:
    lines = [
        json.dumps({"text": "Solve 2x + 3 = 11 for x."}),
        "not json",
        json.dumps({"txt": "wrong key"}),
        "",
        json.dumps({"text": "my email is carl@example.net"}),
        json.dumps({"text": "Write a Rust function to sort a vector."}),
    ]
    out = io.StringIO()
    n = classify_jsonl(engine(), lines, out, batch_size=2, language=lambda t: f"len{len(t)}")
    rows = [json.loads(x) for x in out.getvalue().splitlines()]
    assert n == len(rows) == 5
    assert set(rows[0]) == {"domain", "jailbreak", "pii", "language"}
    assert rows[0]["language"] == "len24" and rows[4]["language"] == "len39"
    assert "error" in rows[1] and "error" in rows[2]
    assert rows[3]["pii"][0]["type"] == "EMAIL_ADDRESS"
    assert rows[3]["pii"][0]["start"] == len("my email is ")
    assert rows[4]["domain"]["label"] == "computer science"
    assert rows[0]["domain"]["label"] == "math"
