"""The internal request every API surface parses into, and the surface interface.

A surface (OpenAI Chat Completions, Anthropic Messages, ...) turns its wire body into an
:class:`InternalRequest`: messages with a role and a trust level, each pointing at the
places in the wire body its text came from (:class:`TextSlot`), so a mutation such as PII
redaction rewrites the body without knowing its shape. The surface also renders Prism's own
answers (error, block, fast response, cache hit) in its JSON and SSE. The pipeline and the
policy only ever see this module's types.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal, Protocol

import orjson

from extproc.errors import RouterError

AUTO_MODEL = "auto"
Scope = Literal["last_user", "user", "untrusted", "all"]
SCOPES: tuple[Scope, ...] = ("last_user", "user", "untrusted", "all")


class Kind(StrEnum):
    MESSAGE = "message"
    TOOL_RESULT = "tool_result"
    """What a tool/function returned (mail, web pages, API JSON): untrusted."""
    TOOL_CALL = "tool_call"
    """The arguments of a call the model made."""


class TextSlot:
    """One text-bearing place in the wire body: ``holder[key]`` is a string."""

    __slots__ = ("holder", "key")

    def __init__(self, holder: Any, key: str | int) -> None:
        self.holder = holder
        self.key = key

    @property
    def text(self) -> str:
        value = self.holder[self.key]
        return value if isinstance(value, str) else ""

    def set(self, text: str) -> None:
        self.holder[self.key] = text


class JsonSlot(TextSlot):
    """A JSON value (e.g. Anthropic ``tool_use.input``) read as its JSON text; a rewrite is
    kept only when it is still valid JSON."""

    @property
    def text(self) -> str:
        return orjson.dumps(self.holder[self.key]).decode()

    def set(self, text: str) -> None:
        try:
            self.holder[self.key] = orjson.loads(text)
        except orjson.JSONDecodeError:
            pass


@dataclass
class Message:
    index: int
    role: str
    """system, developer, user, assistant or tool (a tool/function result)."""
    kind: Kind
    slots: list[TextSlot]
    where: str
    """Its place in the wire body, e.g. ``messages[3].content[1]``."""

    @property
    def text(self) -> str:
        return "\n".join(s.text for s in self.slots)

    @property
    def untrusted(self) -> bool:
        return (self.role == "user" and self.kind is Kind.MESSAGE) or self.kind is Kind.TOOL_RESULT

    @property
    def label(self) -> str:
        """``where:role``, e.g. ``messages[3]:tool`` (debug headers, explain)."""
        return f"{self.where}:{self.role}"


def select(messages: list[Message], scope: Scope) -> list[Message]:
    """The messages a signal with ``scope`` reads."""
    if scope == "all":
        return list(messages)
    if scope == "untrusted":
        return [m for m in messages if m.untrusted]
    users = [m for m in messages if m.role == "user" and m.kind is Kind.MESSAGE]
    if scope == "user":
        return users
    return users[-1:]


@dataclass
class InternalRequest:
    """One request, whatever surface it came in on."""

    surface: Surface
    body: dict[str, Any]
    model: str
    stream: bool
    messages: list[Message] = field(default_factory=list)

    def scoped(self, scope: Scope) -> list[Message]:
        return select(self.messages, scope)

    @property
    def user_text(self) -> str:
        """The last user message's text (the prompt, the embeddings input)."""
        last = self.scoped("last_user")
        return last[0].text if last else ""

    @property
    def conversation_text(self) -> str:
        return "\n".join(m.text for m in self.messages)


class Assembler(Protocol):
    """Rebuilds a complete response from a surface's SSE stream, for the cache."""

    def feed(self, data: bytes) -> None: ...

    def result(self) -> dict[str, Any] | None:
        """The complete response object, or None if the stream did not finish cleanly."""
        ...


class Surface(ABC):
    """One API surface: parse its wire body, render Prism's answers in its shape."""

    name: str
    path: str
    reasoning: bool = False
    """Whether the reasoning plugin's chat-style fields apply to this surface's bodies."""
    answers: bool = True
    stream_end: bytes = b"data: [DONE]"
    """What only a finished SSE stream of this surface contains."""
    """Whether Prism can answer on this surface itself (a fast response, a cache hit)."""

    @abstractmethod
    def parse(self, body: dict[str, Any]) -> InternalRequest:
        """Validate a decoded body; every failure is a 400 :class:`RouterError`."""

    def error_body(self, err: RouterError) -> bytes:
        return err.body()

    @abstractmethod
    def answer(self, text: str, *, model: str, stream: bool) -> tuple[bytes, str]:
        """(body, content-type) of a fast response: an assistant answer Prism gives itself."""

    def set_system_prompt(self, body: dict[str, Any], prompt: str, replace: bool) -> str:
        return f"skipped: no system prompt on {self.name}"

    # -- cache ------------------------------------------------------------------------
    def cache_view(self, body: dict[str, Any]) -> dict[str, Any] | None:
        """The body as a chat-style ``{"messages": [...], ...}`` for cache keys, or None
        when this surface's answers are not cached."""
        return None

    def complete(self, response: Any) -> bool:
        """Whether a JSON response from a pool is a complete answer worth storing."""
        return False

    def assembler(self) -> Assembler | None:
        return None

    def replay(self, stored: dict[str, Any], *, stream: bool, body: dict[str, Any]) -> bytes:
        """A stored response as this surface's JSON (fresh id) or SSE stream."""
        raise NotImplementedError
