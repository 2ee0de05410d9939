"""classifiers/training/ml_rows_lookalike.py (candidate L1): foreign look-alikes and attacks in
the same registers, for the branch's head; no English, each text once, both labels in both
fifths of the split the head's fit reads (``hand_split``)."""

from __future__ import annotations

from collections import Counter

from classifiers.training.ml_rows_lookalike import ROWS
from classifiers.training.sources import hand_split

HARMLESS = {"meta", "policy", "correction", "roleplay", "notice", "curious"}
ATTACKS = {"meta_cover", "roleplay_jb", "override", "exfil", "fake_system", "policy_probe"}


def test_rows_are_foreign_look_alikes_and_attacks_in_their_registers() -> None:
    assert len({t for *_, t in ROWS}) == len(ROWS) > 1000
    assert {(k, lab) for _, k, lab, _ in ROWS} == {(k, "benign") for k in HARMLESS} | {
        (k, "jailbreak") for k in ATTACKS
    }
    langs = Counter(lang for lang, *_ in ROWS)
    assert len(langs) == 20 and "en" not in langs
    assert all(t == t.strip() and len(t) >= 20 for *_, t in ROWS)


def test_both_labels_fall_in_both_fifths_in_every_language() -> None:
    split = Counter((lang, lab, hand_split(t)) for lang, _, lab, t in ROWS)
    for lang in {lang for lang, *_ in ROWS}:
        for lab in ("benign", "jailbreak"):
            assert split[(lang, lab, "train")] > split[(lang, lab, "val")] >= 0
    assert sum(v for (_, _, s), v in split.items() if s == "val") > 150
