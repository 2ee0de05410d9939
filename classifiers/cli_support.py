"""JSON-lines classification used by `prism classify --jsonl` and POST /v1/classify."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import TextIO

from classifiers.engine import SignalEngine
from classifiers.types import signals_to_public


def _parse(line: str) -> str:
    obj = json.loads(line)
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise ValueError('expected an object with a string field "text"')
    return obj["text"]


def classify_jsonl(
    engine: SignalEngine,
    lines: Iterable[str],
    out: TextIO,
    batch_size: int = 32,
    language: Callable[[str], str] | None = None,
) -> int:
    """Classify ``{"text": ...}`` lines; write one JSON line per input line, in order.
    ``language`` tells each text's language (the result's ``language``; "und" without it).

    Blank lines are skipped. A bad line yields ``{"error": "..."}`` and processing goes on.
    Returns the number of lines written."""
    pending: list[tuple[str | None, str | None]] = []  # (text, error)
    written = 0

    def flush() -> None:
        nonlocal written
        texts = [t for t, _ in pending if t is not None]
        results = iter(engine.classify_batch(texts)) if texts else iter(())
        for text, err in pending:
            if text is None:
                obj: dict[str, object] = {"error": err}
            else:
                obj = signals_to_public(next(results), language(text) if language else "und")
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
            written += 1
        pending.clear()

    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        try:
            pending.append((_parse(line), None))
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            pending.append((None, f"bad input line: {exc}"))
        if len(pending) >= batch_size:
            flush()
    if pending:
        flush()
    return written
