"""The reading memo's bounds (extproc/signals/reading_memo.py)."""

from __future__ import annotations

from typing import cast

from extproc.signals.reading import Reading
from extproc.signals.reading_memo import ReadingMemo

R = cast(Reading, object())


def test_least_recently_used_goes_first_by_count() -> None:
    memo = ReadingMemo(max_entries=2)
    memo.put("a", False, R)
    memo.put("b", False, R)
    assert memo.get("a", False) is R  # "a" is now the most recent
    memo.put("c", False, R)
    assert memo.get("b", False) is None and memo.get("a", False) is R
    assert memo.get("a", True) is None  # a PII-only reading is a key of its own
    assert len(memo) == 2


def test_bounded_by_characters_and_off_at_zero() -> None:
    memo = ReadingMemo(max_entries=100, max_chars=10)
    memo.put("x" * 6, False, R)
    memo.put("y" * 6, False, R)
    assert memo.get("x" * 6, False) is None and memo.chars == 6
    memo.put("z" * 11, False, R)  # larger than the whole bound: not stored
    assert memo.get("z" * 11, False) is None and memo.chars == 6
    off = ReadingMemo(max_entries=0)
    off.put("a", False, R)
    assert off.get("a", False) is None and len(off) == 0
