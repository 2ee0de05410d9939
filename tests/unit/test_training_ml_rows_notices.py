"""classifiers/training/ml_rows_notices.py (candidate L1n): service notices users paste or
handle, and attacks in the same registers, for the branch's head; no English, each text once,
both labels in both fifths of the split in most languages; read with the look-alike rows by
``bank_only_rows`` in the order given."""

from __future__ import annotations

from collections import Counter

from classifiers.training.ml_rows_lookalike import ROWS as LOOKALIKES
from classifiers.training.ml_rows_notices import ROWS
from classifiers.training.sources import HARMLESS_ONLY, bank_only_rows, hand_split

HARMLESS = {"notice_pasted", "notice_task", "pass_on", "thanks_note", "tech_decode"}
ATTACKS = {"notice_attack", "paste_attack"}


def test_rows_are_foreign_notices_and_attacks_in_their_registers() -> None:
    assert len({t for *_, t in ROWS}) == len(ROWS) == 580
    assert {(k, lab) for _, k, lab, _ in ROWS} == {(k, "benign") for k in HARMLESS} | {
        (k, "jailbreak") for k in ATTACKS
    }
    langs = Counter(lang for lang, *_ in ROWS)
    assert len(langs) == 24 and "en" not in langs
    assert all(t == t.strip() and len(t) >= 20 for *_, t in ROWS)
    assert not {t for *_, t in ROWS} & {t for *_, t in LOOKALIKES}


def test_both_fifths_hold_both_labels() -> None:
    split = Counter((lab, hand_split(t)) for _, _, lab, t in ROWS)
    assert split[("benign", "val")] > 50 and split[("jailbreak", "val")] > 15
    assert split[("benign", "train")] > 3 * split[("benign", "val")]


def test_two_modules_are_read_in_the_order_given() -> None:
    one, y_one = bank_only_rows("train", "ml_rows_lookalike")
    two, y_two = bank_only_rows("train", "ml_rows_notices")
    both, y_both = bank_only_rows("train", ("ml_rows_lookalike", "ml_rows_notices"))
    assert both == one + two and y_both == y_one + y_two
    assert sum(y_two) > 0 and len(two) > 400


def test_a_module_read_harmless_only_gives_its_harmless_rows_alone() -> None:
    two, y_two = bank_only_rows("train", "ml_rows_notices")
    kept, y_kept = bank_only_rows("train", ("ml_rows_notices" + HARMLESS_ONLY,))
    assert kept == [t for t, y in zip(two, y_two, strict=True) if y == 0]
    assert not any(y_kept) and len(kept) < len(two)
