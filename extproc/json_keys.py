"""Refuse JSON that two parsers may read differently: an object that repeats a key.

Prism classifies the body with one parser and the pool reads it with another; with
`{"messages": [benign], "messages": [jailbreak]}` one may keep the first and the other the
last. A body with a repeated key, at any depth, is a 400 instead.
"""

from __future__ import annotations

import json
from typing import Any

from extproc.errors import bad_request


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise bad_request(
                f"request body repeats the key {key!r} in one object", "duplicate_key", key
            )
        out[key] = value
    return out


def reject_duplicate_keys(raw: bytes) -> None:
    """Raise a 400 OpenAIError if any object in `raw` (already valid JSON) repeats a key."""
    json.loads(raw, object_pairs_hook=_unique)
