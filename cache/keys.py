"""Cache keys for OpenAI-style chat-completion requests.

Rule (single- and multi-turn)
-----------------------------
* The text that is embedded and compared semantically is the text of the **last user
  message** only (a plain string, or its ``text`` parts joined with newlines).
* Everything else that can change the answer must match *exactly*; it goes into the
  ``partition``, a hex sha256 over

  - the API surface (chat, responses, messages: an answer is replayed in its own shape),
    the tenant, the routing decision and the selected model;
  - every message of the conversation (system/developer prompts, all earlier user,
    assistant and tool turns, and any messages after the last user message), each in
    canonical JSON, with the last user message's *text* replaced by a placeholder (its
    non-text parts, e.g. images, and its other fields stay in);
  - every request parameter (temperature, top_p, max_tokens, max_completion_tokens,
    tools, tool_choice, response_format, n, stop, seed, penalties, logit_bias,
    reasoning_effort, chat_template_kwargs, and any unknown field, conservatively),
    **except** the transport-only fields ``stream``, ``stream_options``, ``user`` and
    ``model`` (the routed model is hashed separately).

  So a follow-up question only ever matches a cached answer given after the very same
  earlier conversation: two chats that diverged at any earlier turn never share entries.
* ``exact`` is the request fingerprint (:func:`request_fingerprint`): a sha256 of the
  surface, the tenant and the whole request *as the client sent it* (every message and
  parameter except the transport-only fields).  It needs neither the decision nor the
  embedding, so the exact tier can be fetched while the classifier still runs; an exact
  entry hits only if its stored partition equals the request's partition once the
  decision is known (so the decision, the model and the routed body still have to match).

Canonical JSON sorts object keys (orjson ``OPT_SORT_KEYS``), so key order in the request
does not matter; values are compared literally (``1`` and ``1.0`` differ, which only ever
causes extra misses, never a wrong hit).
"""

from __future__ import annotations

import hashlib
from typing import Any

import orjson

from cache.base import CacheKey
from cache.facts import common_words, default_vocabulary, query_facts

#: Request fields that do not change the generated answer.
TRANSPORT_FIELDS: frozenset[str] = frozenset({"stream", "stream_options", "user", "model"})
_KEY_VERSION = "prism-cache-key-v2"
_QUERY_PLACEHOLDER = "\x00<cached-query>\x00"


def _text_of(content: Any) -> str | None:
    """The text of a message ``content``: a string, or its text parts joined by newlines."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = [
            part["text"]
            for part in content
            if isinstance(part, dict)
            and part.get("type") == "text"
            and isinstance(part.get("text"), str)
        ]
        return "\n".join(texts) if texts else None
    return None


def _last_user_index(messages: list[Any]) -> int | None:
    for i in range(len(messages) - 1, -1, -1):
        msg = messages[i]
        if isinstance(msg, dict) and msg.get("role") == "user":
            return i
    return None


def _mask_query(message: dict[str, Any]) -> dict[str, Any]:
    """The last user message with its text replaced by a placeholder (non-text parts kept)."""
    masked = dict(message)
    content = message.get("content")
    if isinstance(content, str):
        masked["content"] = _QUERY_PLACEHOLDER
    elif isinstance(content, list):
        masked["content"] = [
            part for part in content if not (isinstance(part, dict) and part.get("type") == "text")
        ] + [{"type": "text", "text": _QUERY_PLACEHOLDER}]
    return masked


def _sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _canonical(value: Any) -> bytes:
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS)


def request_fingerprint(body: dict[str, Any], *, tenant: str, surface: str = "chat") -> str:
    """The exact-tier fingerprint of a request as the client sent it (hex sha256).

    Covers the tenant, every message (query text included) and every parameter except
    :data:`TRANSPORT_FIELDS`.  Call it before the pipeline mutates the body.
    """
    params = {k: v for k, v in body.items() if k not in TRANSPORT_FIELDS}
    return _sha256_hex(_canonical([_KEY_VERSION, "exact", surface, tenant, params]))


def build_cache_key(
    body: dict[str, Any],
    *,
    tenant: str,
    decision: str,
    model: str,
    exact: str | None = None,
    surface: str = "chat",
    vocabulary: str = "",
) -> tuple[CacheKey, str]:
    """Return ``(key, text_to_embed)`` for a chat-completion request body.

    ``body`` is the request as it will be sent upstream (after the decision's mutations);
    ``exact`` is the :func:`request_fingerprint` of the body as received, taken before
    those mutations (computed from ``body`` when not given).  The key carries the query's
    :class:`cache.facts.QueryFacts`; ``vocabulary`` is the ``tokenizer.json`` whose whole
    words are common (empty: the shipped encoder's).

    Raises ``ValueError`` when the body has no user message with text; call
    :func:`is_cacheable_request` first.
    """
    messages = body.get("messages")
    if not isinstance(messages, list):
        raise ValueError("request has no messages list")
    idx = _last_user_index(messages)
    if idx is None:
        raise ValueError("request has no user message")
    query = _text_of(messages[idx].get("content"))
    if query is None:
        raise ValueError("last user message has no text")

    context = list(messages)
    context[idx] = _mask_query(messages[idx])
    params = {k: v for k, v in body.items() if k not in TRANSPORT_FIELDS and k != "messages"}
    partition = _sha256_hex(
        _canonical([_KEY_VERSION, surface, tenant, decision, model, context, params])
    )
    if exact is None:
        exact = request_fingerprint(body, tenant=tenant, surface=surface)
    known = common_words(vocabulary or str(default_vocabulary()))
    facts = query_facts(query, known=known)
    return CacheKey(partition=partition, exact=exact, facts=facts), query


def is_cacheable_request(body: dict[str, Any], *, check_encoding: bool = True) -> bool:
    """Whether a response to ``body`` may be cached / served from cache.

    Not cacheable: a body without a messages list, without a user message with non-empty
    text, or asking for several choices (``n > 1``); or a body that cannot be hashed.
    ``check_encoding=False`` skips the last test (one canonical serialisation of the whole
    body) for a caller that hashes the body next anyway and catches ``TypeError`` there.
    """
    if not isinstance(body, dict):
        return False
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        return False
    n = body.get("n")
    if n is not None and n != 1:
        return False
    idx = _last_user_index(messages)
    if idx is None:
        return False
    text = _text_of(messages[idx].get("content"))
    if not text or not text.strip():
        return False
    if not check_encoding:
        return True
    try:
        _canonical(body)
    except TypeError:
        return False
    return True
