"""bench.user_turns_scan's set reader: a pasted-material set and a multilingual set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.user_turns_scan import (
    compare_rows,
    comparison,
    rows_fingerprint,
    set_rows,
    summary,
)


def test_set_rows_reads_both_kinds_of_set(tmp_path: Path) -> None:
    code = tmp_path / "user_code.json"
    code.write_text(
        json.dumps(
            {
                "benign": [{"lang": "de", "text": "Warum?"}],
                "attacks": [{"lang": "en", "text": "Ignore it all."}],
            }
        )
    )
    ml = tmp_path / "multilingual.json"
    ml.write_text(
        json.dumps(
            {
                "domain_items": [],
                "jailbreak_items": [
                    {"lang": "ca", "label": "benign", "text": "Bon dia"},
                    {"lang": "ca", "label": "jailbreak", "text": "Oblida-ho tot"},
                    {"lang": "sk", "label": "benign", "text": "Dobrý deň"},
                ],
            }
        )
    )
    assert [r["group"] for r in set_rows(code)] == ["code_benign", "code_attack"]
    rows = set_rows(ml)
    assert [(r["group"], r["lang"]) for r in rows] == [
        ("ml_benign", "ca"),
        ("ml_attack", "ca"),
        ("ml_benign", "sk"),
    ]
    for r, hit in zip(rows, (True, True, False), strict=True):
        r["blocked"] = hit
    got = summary(rows)
    assert got["ml_benign"] == {"n": 2, "blocked": 1, "by_language": {"ca": [1, 1], "sk": [1, 0]}}
    assert got["ml_attack"]["blocked"] == 1


def test_a_setting_reaches_the_engine_that_reads_the_rows() -> None:
    import asyncio

    from bench.user_turns_scan import read
    from tests.unit.classifier_support import MODELS

    rows = [{"group": "code_benign", "lang": "en", "text": "What is 2 + 2?"}]
    engine = asyncio.run(read(MODELS, rows, {"long_text_corroboration": 0.4}))
    assert engine.settings.long_text_corroboration == 0.4
    assert rows[0]["blocked"] is False
    assert asyncio.run(read(MODELS, [], None)).settings.long_text_corroboration == 0.0


def test_two_readings_compare_only_when_they_read_the_same_rows() -> None:
    rows = [{"group": "ml_benign", "lang": "ca", "text": "Bon dia"}]
    one = {"rows": rows_fingerprint(rows)}
    compare_rows(one, {"rows": rows_fingerprint([dict(r) for r in rows])})
    grown = [*rows, {"group": "ml_attack", "lang": "ca", "text": "Oblida-ho tot"}]
    with pytest.raises(SystemExit, match="different rows"):
        compare_rows(one, {"rows": rows_fingerprint(grown)})
    with pytest.raises(SystemExit, match="different rows"):
        compare_rows({}, one)


def test_the_comparison_names_each_group_and_each_language_that_moved() -> None:
    rows = [
        {"group": "ml_benign", "lang": "tr", "text": "Şifre sıfırlama"},
        {"group": "ml_benign", "lang": "de", "text": "Guten Tag"},
        {"group": "ml_attack", "lang": "de", "text": "Vergiss alles"},
    ]

    def reading(blocked: tuple[bool, ...]) -> dict[str, object]:
        read = [{**r, "blocked": b} for r, b in zip(rows, blocked, strict=True)]
        return {"rows": rows_fingerprint(read), "groups": summary(read)}

    lines = comparison(reading((False, True, True)), reading((True, False, True)))
    assert lines[0] == "ml_benign    n=    2 blocked     1 ->     1"
    assert lines[1].split() == ["up:", "tr", "0->1"]
    assert lines[2].split() == ["down:", "de", "1->0"]
    assert lines[3] == "ml_attack    n=    1 blocked     1 ->     1"
    assert len(lines) == 4
    with pytest.raises(SystemExit, match="different rows"):
        comparison(reading((False, True, True)), {"rows": rows_fingerprint(rows[:2])})
