"""Scan the messages a request's ML signals read: each distinct text classified once.

Every ML signal has a ``scope`` (``last_user``, ``user``, ``untrusted``, ``all``; see
``surfaces.base.select``). One request classifies the union of the scopes it needs; a text
that appears in several messages is classified once, and the classifier's memo
(``extproc/classify_memo.py``) carries results across requests, so an agent's next turn
only pays for its new messages. A signal's result over its scope is its strongest message
(a jailbreak score is the maximum over the scanned messages), and that message is named.
Each text is read by ``extproc/signals/reading.py``: normalised, its decoded parts
classified too, its language told.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from classifiers.batcher import estimate_tokens
from extproc.signals.base import ClassifierOutput
from extproc.signals.corrections import Corrections
from extproc.signals.long_scan import Budget
from extproc.signals.reading import Reading, read_text
from extproc.signals.reading_memo import ReadingMemo
from extproc.surfaces.base import Kind, Message, Scope, select

ClassifyText = Callable[[str], Awaitable[tuple[ClassifierOutput | None, str]]]
Check = Callable[[ClassifierOutput], tuple[bool, float, Any]]


@dataclass
class Scan:
    """The classifier's output for each scanned message (by message index)."""

    messages: list[Message]
    outputs: dict[int, ClassifierOutput] = field(default_factory=dict)
    deferred: dict[int, Message] = field(default_factory=dict)
    """Messages only a PII plugin reads, not read yet (``defer_pii_scopes``): read with
    :func:`read_deferred` once the routed model's policy or the cache needs them."""
    budget: Budget | None = None
    """A long scan's budget (``extproc/signals/long_scan.py``): its deferred part reads
    within it."""

    def of(self, scope: Scope) -> list[tuple[Message, ClassifierOutput]]:
        return [
            (m, self.outputs[m.index])
            for m in select(self.messages, scope)
            if m.index in self.outputs
        ]

    @property
    def primary(self) -> ClassifierOutput | None:
        """The last user message's output: the request's category and cache embedding."""
        last = self.of("last_user")
        return last[0][1] if last else None


async def scan(
    classify_text: ClassifyText,
    messages: list[Message],
    scopes: Iterable[Scope],
    corrections: Corrections | None = None,
    max_tokens: int = 0,
    known: Callable[[str, bool], bool] | None = None,
    pii_scopes: Iterable[Scope] = (),
    classify_pii: ClassifyText | None = None,
    readings: ReadingMemo | None = None,
    defer_pii_scopes: Iterable[Scope] = (),
    prepare: Callable[[int], str] | None = None,
) -> tuple[Scan | None, str]:
    """Read every distinct non-empty text in ``scopes`` and ``pii_scopes``; (None, reason)
    if any fails, or (None, "too_large") when the texts not ``known`` (already classified)
    are estimated at more than ``max_tokens`` encoder tokens (0 = no bound). A text only in
    ``pii_scopes`` (what only PII reads) is read by ``classify_pii`` when given: no
    jailbreak-only work on a system prompt or an assistant turn. ``readings`` keeps each
    text's finished reading across requests (``extproc/signals/reading_memo.py``).
    A text only in ``defer_pii_scopes`` (what only a PII plugin reads: the plugin acts
    after routing, and only when the routed model's policy or the cache needs it) counts
    towards ``max_tokens`` but is not read: its message is left in ``Scan.deferred``.
    ``prepare`` is told the estimated tokens still to read before any is read (a long scan
    is planned there: ``extproc/signals/long_scan.py``); what it returns, if not "", is
    the scan's failure."""
    full_scopes: set[Scope] = set(scopes)
    # the last user message is always read in full: it is the request's category and cache
    # embedding (``Scan.primary``), whoever else reads it
    read_full: set[Scope] = {*full_scopes, "last_user"}
    full: set[int] = {m.index for scope in read_full for m in select(messages, scope)}
    wanted: dict[int, Message] = {}
    for scope in full_scopes | set(pii_scopes):
        wanted.update((m.index, m) for m in select(messages, scope))
    later = {
        m.index: m
        for scope in set(defer_pii_scopes)
        for m in select(messages, scope)
        if m.index not in wanted and m.text.strip()
    }
    by_text: dict[str, list[int]] = {}
    for index, message in sorted(wanted.items()):
        text = message.text
        if text.strip():
            by_text.setdefault(text, []).append(index)
    texts = list(by_text)
    pii_only = {
        t for t in texts if classify_pii is not None and not any(i in full for i in by_text[t])
    }
    stored = _remembered(texts, pii_only.__contains__, readings)
    if max_tokens or prepare is not None:
        new = [
            t for t in texts if t not in stored and (known is None or not known(t, t in pii_only))
        ]
        new += _unread({m.text for m in later.values()} - set(texts), readings, known)
        tokens = sum(estimate_tokens(t) for t in new)
        if max_tokens and tokens > max_tokens:
            return None, "too_large"
        refused = prepare(tokens) if prepare is not None and tokens else ""
        if refused:
            return None, refused

    def read(t: str) -> Awaitable[tuple[Any, str]]:
        if t in pii_only:
            assert classify_pii is not None
            return read_text(classify_pii, t, corrections, pii_only=True)
        return read_text(classify_text, t, corrections)

    error = await _read_missing(texts, stored, read, pii_only.__contains__, readings)
    if error:
        return None, error
    out = Scan(messages, deferred=later)
    for text in texts:
        for index in by_text[text]:
            out.outputs[index] = stored[text]
    return out, ""


def _remembered(
    texts: list[str], pii_only: Callable[[str], bool], readings: ReadingMemo | None
) -> dict[str, Reading]:
    """The readings ``readings`` already holds for ``texts``."""
    stored: dict[str, Reading] = {}
    if readings is not None:
        for t in texts:
            hit = readings.get(t, pii_only(t))
            if hit is not None:
                stored[t] = hit
    return stored


async def _read_missing(
    texts: list[str],
    stored: dict[str, Reading],
    read: Callable[[str], Awaitable[tuple[Any, str]]],
    pii_only: Callable[[str], bool],
    readings: ReadingMemo | None,
) -> str:
    """Read the ``texts`` not in ``stored`` into it (and into ``readings``); "" or the
    first failure's reason."""
    todo = [t for t in texts if t not in stored]
    if len(todo) == 1:  # the common case: no task per text
        results: list[tuple[Any, str]] = [await read(todo[0])]
    else:
        results = list(await asyncio.gather(*(read(t) for t in todo)))
    for text, (output, error) in zip(todo, results, strict=True):
        if output is None:
            return error or "error"
        stored[text] = output
        if readings is not None:
            readings.put(text, pii_only(text), output)
    return ""


def _unread(
    texts: Iterable[str], readings: ReadingMemo | None, known: Callable[[str, bool], bool] | None
) -> list[str]:
    """The texts a PII-only reading would still classify."""
    return [
        t
        for t in texts
        if (readings is None or not readings.has(t, True)) and (known is None or not known(t, True))
    ]


async def read_deferred(
    result: Scan,
    scopes: Iterable[Scope],
    classify_pii: ClassifyText,
    corrections: Corrections | None = None,
    readings: ReadingMemo | None = None,
) -> str:
    """Read the deferred messages in ``scopes`` (PII only, each distinct text once) into
    ``result.outputs``; "" or the reason the reading failed (nothing is added then)."""
    wanted = {m.index for scope in scopes for m in select(result.messages, scope)}
    todo = {i: m for i, m in result.deferred.items() if i in wanted}
    if not todo:
        return ""
    by_text: dict[str, list[int]] = {}
    for index, message in sorted(todo.items()):
        by_text.setdefault(message.text, []).append(index)
    texts = list(by_text)
    stored = _remembered(texts, lambda _: True, readings)

    def read(t: str) -> Awaitable[tuple[Any, str]]:
        return read_text(classify_pii, t, corrections, pii_only=True)

    error = await _read_missing(texts, stored, read, lambda _: True, readings)
    if error:
        return error
    for text, indices in by_text.items():
        for index in indices:
            result.outputs[index] = stored[text]
            result.deferred.pop(index, None)
    return ""


def scoped_check(
    check: Check, result: Scan, scope: Scope, tool_check: Check | None = None
) -> tuple[bool, float, Any, str]:
    """(matched, confidence, value, message label) of the strongest message in ``scope``;
    tool and function results are judged by ``tool_check`` where one is given."""
    best: tuple[bool, float, Any, str] = (False, 0.0, None, "")
    for message, output in result.of(scope):
        judge = tool_check if tool_check is not None and message.kind is Kind.TOOL_RESULT else check
        ok, conf, value = judge(output)
        if (ok, conf) > (best[0], best[1]) or not best[3]:
            best = (ok, conf, value, message.label)
    return best
