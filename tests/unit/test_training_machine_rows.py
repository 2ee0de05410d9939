"""classifiers/training/machine_rows.py: harmless machine text and attacks carried in it, for
the next candidate on machine text; foreign rows for the branch and English rows for MiniLM,
each text once, no text of another rows module, both labels in both fifths of the split, and
kept out of the ``ml_rows_*`` names that L1a's anchor reads."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from classifiers.training import machine_rows
from classifiers.training.machine_rows import ENGLISH_ROWS, ROWS
from classifiers.training.ml_rows_lookalike import ROWS as LOOKALIKES
from classifiers.training.ml_rows_notices import ROWS as NOTICES
from classifiers.training.sources import hand_split

HARMLESS = {
    "readme", "changelog_commit", "code_comment", "build_file", "config", "log",
    "web_markup", "email_source", "data_query", "ops", "doc_markup", "ask_paste",
}  # fmt: skip
ATTACKS = {"comment_inject", "field_inject", "wrapped_override", "tool_exfil"}


def test_rows_are_machine_text_in_their_languages() -> None:
    texts = [t for *_, t in ROWS + ENGLISH_ROWS]
    assert len(set(texts)) == len(texts) == 591
    kinds = {(k, lab) for _, k, lab, _ in ROWS + ENGLISH_ROWS}
    assert kinds <= {(k, "benign") for k in HARMLESS} | {(k, "jailbreak") for k in ATTACKS}
    langs = Counter(lang for lang, *_ in ROWS)
    assert len(langs) == 24 and "en" not in langs
    assert {lang for lang, *_ in ENGLISH_ROWS} == {"en"}
    assert all(t == t.strip() and len(t) >= 60 for t in texts)
    assert not set(texts) & {t for *_, t in LOOKALIKES + NOTICES}


def test_both_fifths_hold_both_labels() -> None:
    split = Counter((lab, hand_split(t)) for _, _, lab, t in ROWS)
    assert split[("benign", "val")] > 40 and split[("jailbreak", "val")] > 8
    assert split[("benign", "train")] > 3 * split[("benign", "val")]


def test_the_module_is_not_read_by_the_shipped_refits_anchor() -> None:
    assert not Path(machine_rows.__file__).stem.startswith("ml_rows_")
