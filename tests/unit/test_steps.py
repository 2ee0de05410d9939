"""The pipeline's steps on every surface: a block's fast response and error, system
prompts and reasoning settings, rendered by the request's surface."""

from __future__ import annotations

import asyncio
import json

import orjson

from extproc.config import PrismConfig
from extproc.outcomes import Forward, Respond
from extproc.pipeline import Pipeline, RequestContext, make_services
from extproc.surfaces import CHAT, EMBEDDINGS, MESSAGES, RESPONSES, Surface, parse_request
from extproc.surfaces.sse import SseReader
from tests.unit.policy_helpers import FakeOutput, config_with

BODIES: dict[str, dict] = {
    "chat": {"messages": [{"role": "user", "content": "hi"}]},
    "responses": {"input": "hi"},
    "messages": {"max_tokens": 9, "messages": [{"role": "user", "content": "hi"}]},
    "embeddings": {"input": "hi"},
}


def one(plugins: dict) -> PrismConfig:
    decision = {"name": "only", "rules": {"always": True}, "plugins": plugins}
    return config_with(decisions=[{**decision, "models": [{"model": "qwen3-8b"}]}])


def run(cfg: PrismConfig, surface: Surface, **extra: object):
    async def classify(_: str) -> FakeOutput:
        return FakeOutput()

    p = Pipeline(cfg, make_services(classify=classify))
    body = {**BODIES[surface.name], **extra}
    req = parse_request(surface, orjson.dumps(body), max_bytes=1 << 20, max_depth=32)
    return asyncio.run(p.run(RequestContext("r", "POST", surface.path, {}), req))[0]


def test_fast_response_in_each_surface_shape() -> None:
    cfg = one({"block": {"fast_response": "We can't help with that."}})
    chat = run(cfg, CHAT)
    assert isinstance(chat, Respond) and chat.status == 200
    assert json.loads(chat.body)["choices"][0]["message"]["content"] == "We can't help with that."
    resp = run(cfg, RESPONSES)
    assert isinstance(resp, Respond)
    assert json.loads(resp.body)["output"][0]["content"][0]["text"] == "We can't help with that."
    msg = run(cfg, MESSAGES, stream=True)
    assert isinstance(msg, Respond) and msg.headers["content-type"] == "text/event-stream"
    names = [name for name, _ in SseReader().feed(msg.body)]
    assert names[0] == "message_start" and names[-1] == "message_stop"
    # Prism never answers an embeddings request itself: the block is an error.
    emb = run(cfg, EMBEDDINGS)
    assert isinstance(emb, Respond) and emb.status == 403
    assert json.loads(emb.body)["error"]["code"] == "content_blocked"
    assert emb.verdict is not None and emb.verdict.reason == "blocked"


def test_block_error_in_each_surface_shape() -> None:
    cfg = one({"block": {"status": 451, "code": "nope", "message": "Not here."}})
    assert json.loads(run(cfg, CHAT).body)["error"]["code"] == "nope"
    err = json.loads(run(cfg, MESSAGES).body)
    assert err["type"] == "error" and err["error"]["message"] == "Not here. (nope)"


def test_system_prompt_and_reasoning_per_surface() -> None:
    cfg = one({"system_prompt": {"prompt": "Be kind."}, "reasoning": {"enabled": True}})
    msg = run(cfg, MESSAGES, system="Be brief.")
    assert isinstance(msg, Forward) and msg.body is not None
    sent = json.loads(msg.body)
    assert sent["system"] == "Be kind.\n\nBe brief." and "chat_template_kwargs" not in sent
    resp = run(cfg, RESPONSES)
    assert isinstance(resp, Forward) and resp.body is not None
    assert json.loads(resp.body)["instructions"] == "Be kind."
    chat = run(cfg, CHAT)
    assert isinstance(chat, Forward) and chat.body is not None
    sent = json.loads(chat.body)
    assert sent["messages"][0] == {"role": "system", "content": "Be kind."}
    assert sent["chat_template_kwargs"] == {"enable_thinking": True}
    assert chat.verdict.surface == "chat" and chat.verdict.reason == "forward"
