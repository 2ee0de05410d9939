"""Plugins: mutations of the request body and headers that do not depend on the surface.

(A block's answer and the system prompt are rendered by the request's surface.)"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from extproc import headers as hdr
from extproc.policy.schema import ReasoningFamily, ReasoningPlugin
from extproc.signals.base import PiiOut
from extproc.surfaces.base import Message

PROTECTED_HEADERS = frozenset({hdr.SELECTED_MODEL, hdr.CONTENT_LENGTH, hdr.HOST, hdr.CONTENT_TYPE})
REDACTION = "[{type}]"


def apply_reasoning(
    body: dict[str, Any], plugin: ReasoningPlugin, family: ReasoningFamily | None
) -> str:
    if family is None:
        return "skipped: model has no reasoning family"
    if family.type == "chat_template_kwargs":
        kwargs = body.get("chat_template_kwargs")
        if not isinstance(kwargs, dict):
            kwargs = {}
        kwargs[family.parameter] = plugin.enabled  # explicit false when off
        body["chat_template_kwargs"] = kwargs
        return f"chat_template_kwargs.{family.parameter}={str(plugin.enabled).lower()}"
    if family.type == "reasoning_effort":
        if plugin.enabled:
            body[family.parameter] = plugin.effort
            return f"{family.parameter}={plugin.effort}"
        body.pop(family.parameter, None)
        return f"{family.parameter} removed"
    body[family.parameter] = plugin.enabled
    return f"{family.parameter}={str(plugin.enabled).lower()}"


def clean_header_names(names: Sequence[str]) -> list[str]:
    return [
        n.lower() for n in names if n.lower() not in PROTECTED_HEADERS and not n.startswith(":")
    ]


def redact_spans(text: str, spans: Sequence[PiiOut]) -> str:
    out, last = [], 0
    for s in sorted(spans, key=lambda e: e.start):
        if s.start < last:
            continue
        out.append(text[last : s.start])
        out.append(REDACTION.format(type=s.type))
        last = s.end
    out.append(text[last:])
    return "".join(out)


def redact_message(message: Message, spans: Sequence[PiiOut]) -> int:
    """Replace PII spans (offsets into ``message.text``: its slots joined by newlines) in
    the wire body the message was parsed from; the number of spans replaced."""
    offset, done = 0, 0
    for slot in message.slots:
        text = slot.text
        end = offset + len(text)
        local = [_Shifted(s, offset) for s in spans if s.start < end and s.end > offset]
        if local:
            slot.set(redact_spans(text, local))
            done += len(local)
        offset = end + 1
    return done


class _Shifted:
    def __init__(self, span: PiiOut, offset: int) -> None:
        self.type = span.type
        self.score = span.score
        self.start = max(0, span.start - offset)
        self.end = span.end - offset
