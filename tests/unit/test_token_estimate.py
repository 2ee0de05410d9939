"""The token estimate: a conversation's is its messages' sum, long messages counted once."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extproc import token_estimate
from extproc.digest_memo import DigestMemo
from extproc.token_estimate import estimate_conversation, estimate_tokens, units


@given(st.lists(st.text(max_size=700), max_size=6))
def test_a_conversation_counts_as_its_joined_text(texts: list[str]) -> None:
    assert estimate_conversation(texts) == estimate_tokens("\n".join(texts))


def test_long_messages_are_counted_once_and_the_memo_is_bounded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(token_estimate, "_counts", DigestMemo(2))
    counted: list[str] = []
    real = token_estimate._TOKEN

    class Counting:
        def findall(self, text: str) -> list[str]:
            counted.append(text)
            return real.findall(text)

    monkeypatch.setattr(token_estimate, "_TOKEN", Counting())
    long_a, long_b, long_c = ("word, " * 200 + tag for tag in "abc")
    assert units(long_a) == 401 and units(long_a) == 401
    assert counted == [long_a]  # the second time from the memo
    units("short text")
    units("short text")
    assert counted.count("short text") == 2  # short texts are not remembered
    for text in (long_b, long_c):
        units(text)
    assert len(token_estimate._counts) == 2  # long_a, the least recently used, went out
    units(long_a)
    assert counted.count(long_a) == 2
