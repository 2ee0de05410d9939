"""classifiers/training/branch_guard_rows.py (candidate J1): the branch's terse jailbreak bank
holds the training fifths of the terse guard rows, Y8's terse queries and the other domain
rows' short questions once each, with their labels, on the main bank's axes, and the config
names it and its limit."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from classifiers.reader_split import letter_words
from classifiers.training import branch_guard_rows as bgr
from classifiers.training.ml_rows_guard_terse import ROWS
from classifiers.training.sources import hand_split
from tests.unit.classifier_support import MODELS, last_rows_vote_for_their_labels


def test_the_rows_are_short_attacks_and_terse_harmless_queries() -> None:
    assert {(k, lab) for _, k, lab, _ in ROWS} == {
        ("short_attack", "jailbreak"),
        ("terse", "benign"),
        ("terse_alarming", "benign"),
    }
    assert len({t for *_, t in ROWS}) == len(ROWS)
    assert max(letter_words(t) for *_, t in ROWS) <= 12
    assert len(Counter(lang for lang, *_ in ROWS)) >= 28


def test_domain_rows_are_harmless_and_guard_rows_keep_their_label() -> None:
    assert {y for _, y in bgr.labelled("ml_rows_domain_terse")} == {0}
    questions = bgr.labelled("short_domain_questions")
    assert {y for _, y in questions} == {0} and len(questions) > 500
    assert max(letter_words(t) for t, _ in questions) <= 8
    guard = bgr.labelled("ml_rows_guard_terse")
    assert sum(y for _, y in guard) == sum(lab == "jailbreak" for *_, lab, _ in ROWS)


def test_the_shipped_terse_bank_holds_the_training_fifths_once() -> None:
    main = json.loads((MODELS / "classifier_config.json").read_text())["multilingual"][
        "jailbreak_exemplars"
    ]
    entry = main["terse"]
    assert entry["file"] == bgr.FILE and entry["words"] == 8
    held = [a["source"] for a in entry["added_rows"]]
    assert held[:3] == list(bgr.SOURCES[:3]) and set(held) <= set(bgr.SOURCES)

    def rows_of(a: dict) -> list[int]:  # a module's training fifth, its attacks left out (C1h)
        only = a.get("harmless_only", False)
        return [
            y for t, y in bgr.labelled(a["source"]) if hand_split(t) == "train" and not (only and y)
        ]

    terse = [rows_of(a) for a in entry["added_rows"]]
    assert [a["rows"] for a in entry["added_rows"]] == [len(r) for r in terse]
    with np.load(MODELS / entry["file"]) as z, np.load(MODELS / main["file"]) as m:
        assert z["labels"].tolist() == [y for r in terse for y in r]
        assert np.array_equal(z["components"], m["components"])
        # the main bank holds only the rows added with --bank main, at its end (C1)
        added = main.get("added_rows", [])
        assert {a["source"] for a in added} <= {"ml_rows_courtesy"}
        tail = [y for a in added for y in rows_of(a)]
        assert m["labels"][len(m["labels"]) - len(tail) :].tolist() == tail
    last_rows_vote_for_their_labels(MODELS / entry["file"])


def test_courtesy_rows_are_mostly_harmless_in_many_languages() -> None:
    rows = bgr.labelled("ml_rows_courtesy")
    assert len({t for t, _ in rows}) == len(rows) > 900
    assert 0.15 < sum(y for _, y in rows) / len(rows) < 0.3  # the polite attacks
    assert max(letter_words(t) for t, y in rows if y == 0) <= 16


def test_a_bank_that_holds_the_rows_is_refused(tmp_path: Path) -> None:
    entry = {
        "file": "b.npz",
        "terse": {"file": "t.npz", "added_rows": [{"source": bgr.SOURCES[0]}]},
    }
    cfg = {"multilingual": {"jailbreak_exemplars": entry}}
    (tmp_path / "classifier_config.json").write_text(json.dumps(cfg))
    with pytest.raises(SystemExit, match="already holds"):
        bgr.main([str(tmp_path), "--terse-words", "8"])
