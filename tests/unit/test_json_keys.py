"""A JSON body that repeats a key is refused: two parsers could read it differently."""

from __future__ import annotations

import pytest

from extproc.errors import OpenAIError
from extproc.surfaces import CHAT, parse_request


def parse(raw: bytes):
    return parse_request(CHAT, raw, max_bytes=1 << 20, max_depth=32)


@pytest.mark.parametrize(
    "raw",
    [
        b'{"model":"a","model":"b","messages":[{"role":"user","content":"x"}]}',
        b'{"messages":[{"role":"user","content":"x"}],"messages":[{"role":"user","content":"y"}]}',
        b'{"messages":[{"role":"user","content":"x","content":"y"}]}',
        b'{"messages":[{"role":"user","content":[{"type":"text","text":"a","text":"b"}]}]}',
        b'{"messages":[{"role":"user","content":"x"}],"m":{"a":{"b":1,"b":2}}}',
    ],
)
def test_duplicate_keys_at_any_depth_are_400(raw: bytes):
    with pytest.raises(OpenAIError) as info:
        parse(raw)
    assert info.value.status == 400 and info.value.code == "duplicate_key"


def test_same_key_in_different_objects_is_fine():
    raw = b'{"messages":[{"role":"user","content":"x"},{"role":"assistant","content":"y"}]}'
    assert parse(raw).user_text == "x"
