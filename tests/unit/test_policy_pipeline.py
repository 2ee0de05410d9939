"""Plugins' body and header mutations through Pipeline.run, explain, feedback, reload."""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path

import orjson
import pytest
import yaml

from extproc.config import PrismConfig
from extproc.outcomes import Forward, Respond
from extproc.pipeline import Pipeline, RequestContext, make_services
from extproc.policy.plugins import redact_spans
from extproc.reload import ConfigWatcher
from extproc.surfaces import CHAT, parse_request
from tests.unit.policy_helpers import FakeOutput, Span, base_config, config_with


def pipeline(cfg: PrismConfig, output: FakeOutput | None = None) -> Pipeline:
    async def classify(_: str) -> FakeOutput:
        return output or FakeOutput()

    return Pipeline(cfg, make_services(classify=classify))


def route(p: Pipeline, body: dict, headers: dict | None = None, debug: bool = False):
    req = parse_request(CHAT, orjson.dumps(body), max_bytes=1 << 20, max_depth=32)
    ctx = RequestContext("rid-1", "POST", "/v1/chat/completions", headers or {}, debug=debug)
    return asyncio.run(p.run(ctx, req))


def chat(text: str, model: str = "auto", **extra) -> dict:
    return {"model": model, "messages": [{"role": "user", "content": text}], **extra}


def one_decision(plugins: dict, model: str = "qwen3-8b", **cfg) -> PrismConfig:
    return config_with(
        decisions=[
            {
                "name": "only",
                "rules": {"always": True},
                "models": [{"model": model}],
                "plugins": plugins,
            }
        ],
        **cfg,
    )


def forwarded(outcome) -> dict:
    assert isinstance(outcome, Forward)
    return json.loads(outcome.body)


def test_default_demo_config_math_decision_turns_reasoning_on():
    p = pipeline(config_with())
    outcome, _ = route(p, chat("Solve this equation: 2x + 3 = 7"))
    body = forwarded(outcome)
    assert outcome.decision == "math" and outcome.model == "deepseek-r1"
    assert body["model"] == "deepseek-ai/DeepSeek-R1-Distill-Qwen-14B"
    assert body["chat_template_kwargs"] == {"thinking": True}
    assert body["messages"][0]["role"] == "system"
    outcome, _ = route(p, chat("hello there"))
    assert forwarded(outcome)["chat_template_kwargs"] == {"enable_thinking": False}


def test_system_prompt_insert_and_replace():
    msgs = [{"role": "system", "content": "old"}, {"role": "user", "content": "hi"}]
    p = pipeline(one_decision({"system_prompt": {"prompt": "new"}}))
    body = forwarded(route(p, {"model": "auto", "messages": msgs})[0])
    assert [m["content"] for m in body["messages"]] == ["new", "old", "hi"]
    p = pipeline(one_decision({"system_prompt": {"prompt": "new", "mode": "replace"}}))
    body = forwarded(route(p, {"model": "auto", "messages": msgs})[0])
    assert [m["content"] for m in body["messages"]] == ["new", "hi"]


@pytest.mark.parametrize(
    ("family", "enabled", "expect"),
    [
        ("qwen3", True, {"chat_template_kwargs": {"enable_thinking": True}}),
        ("qwen3", False, {"chat_template_kwargs": {"enable_thinking": False}}),
        ("gpt-oss", True, {"reasoning_effort": "high"}),
        ("flag", False, {"thinking": False}),
    ],
)
def test_reasoning_families(family, enabled, expect):
    data = base_config(
        reasoning_families={
            "qwen3": {"type": "chat_template_kwargs"},
            "gpt-oss": {"type": "reasoning_effort"},
            "flag": {"type": "field", "parameter": "thinking"},
        },
        decisions=[
            {
                "name": "r",
                "rules": {"always": True},
                "models": [{"model": "qwen3-8b"}],
                "plugins": {"reasoning": {"enabled": enabled, "effort": "high"}},
            }
        ],
    )
    data["models"][0]["reasoning_family"] = family
    from extproc.config import parse_config

    body = forwarded(route(pipeline(parse_config(data)), chat("x", reasoning_effort="low"))[0])
    for key, value in expect.items():
        assert body[key] == value


def test_header_mutation_cannot_touch_routing_headers():
    p = pipeline(
        one_decision(
            {
                "header_mutation": {
                    "add": {"x-team": "a", "x-selected-model": "deepseek-r1"},
                    "remove": ["x-old", "Host"],
                }
            }
        )
    )
    outcome, _ = route(p, chat("hi"))
    assert outcome.upstream_headers == {"x-selected-model": "qwen3-8b", "x-team": "a"}
    assert outcome.remove_headers == ["x-old"]


def test_block_error_and_fast_response_stream():
    p = pipeline(one_decision({"block": {"status": 403, "code": "nope"}}))
    outcome, _ = route(p, chat("x"))
    assert isinstance(outcome, Respond) and outcome.status == 403
    assert json.loads(outcome.body)["error"]["code"] == "nope"
    p = pipeline(one_decision({"block": {"fast_response": "I can't help with that."}}))
    outcome, _ = route(p, chat("x", stream=True))
    assert outcome.status == 200 and outcome.headers["content-type"] == "text/event-stream"
    events = [
        json.loads(line[6:])
        for line in outcome.body.decode().split("\n\n")
        if line.startswith("data: {")
    ]
    text = "".join(e["choices"][0]["delta"].get("content", "") for e in events)
    assert text == "I can't help with that."
    assert outcome.body.endswith(b"data: [DONE]\n\n")


def pii_config(action: str, **policy) -> PrismConfig:
    data = base_config(
        decisions=[
            {
                "name": "d",
                "rules": {"always": True},
                "models": [{"model": "partner-llm"}],
                "plugins": {"pii": {}},
            }
        ]
    )
    data["models"][2]["pii_policy"] = {"action": action, **policy}
    from extproc.config import parse_config

    return parse_config(data)


TEXT = "Mail john@example.com or call Bob"
SPANS = [Span("EMAIL_ADDRESS", 5, 21), Span("PERSON", 30, 33)]


def test_pii_deny_redact_reroute_allow():
    out = FakeOutput(pii=SPANS)
    outcome, _ = route(pipeline(pii_config("deny"), out), chat(TEXT))
    assert isinstance(outcome, Respond) and outcome.status == 403
    assert json.loads(outcome.body)["error"]["code"] == "pii_policy_violation"
    body = forwarded(route(pipeline(pii_config("redact"), out), chat(TEXT))[0])
    assert body["messages"][-1]["content"] == "Mail [EMAIL_ADDRESS] or call [PERSON]"
    outcome, _ = route(pipeline(pii_config("reroute", reroute_to="qwen3-8b"), out), chat(TEXT))
    assert outcome.model == "qwen3-8b"
    outcome, _ = route(
        pipeline(pii_config("deny", allowed_types=["EMAIL_ADDRESS", "PERSON"]), out), chat(TEXT)
    )
    assert isinstance(outcome, Forward) and outcome.model == "partner-llm"


def test_redaction_maps_spans_into_content_parts():
    parts = [
        {"type": "text", "text": "Mail john@example.com"},
        {"type": "image_url", "image_url": {"url": "http://x"}},
        {"type": "text", "text": "or call Bob"},
    ]
    spans = [Span("EMAIL_ADDRESS", 5, 21), Span("PERSON", 30, 33)]  # offsets in "a\nb"
    body = forwarded(
        route(
            pipeline(pii_config("redact"), FakeOutput(pii=spans)),
            {"model": "auto", "messages": [{"role": "user", "content": parts}]},
        )[0]
    )
    texts = [p.get("text") for p in body["messages"][0]["content"]]
    assert texts == ["Mail [EMAIL_ADDRESS]", None, "or call [PERSON]"]
    assert redact_spans("abc", []) == "abc"


def test_debug_headers_and_trace_agree():
    p = pipeline(config_with())
    outcome, trace = route(p, chat("prove this theorem"), debug=True)
    assert outcome.response_headers["x-prism-matched-signals"] == "math_keywords"
    assert trace.routing.decision.name == outcome.decision == "math"
    assert trace.public()["signals"]["math_keywords"]["matched"] is True


def test_sse_fast_response_of_chat():
    sse, ctype = CHAT.answer("hi", model="m", stream=True)
    assert ctype == "text/event-stream"
    assert sse.count(b"data: ") == 4 and b'"finish_reason":"stop"' in sse
    assert sse.endswith(b"data: [DONE]\n\n")


async def test_hot_reload_symlink_swap_and_invalid_config(tmp_path: Path):
    # A ConfigMap volume: config.yaml -> ..data/config.yaml, ..data -> ..v1
    def write_version(name: str, data: dict) -> None:
        (tmp_path / name).mkdir()
        (tmp_path / name / "config.yaml").write_text(yaml.safe_dump(data))
        tmp_link = tmp_path / "..data_tmp"
        tmp_link.symlink_to(name)
        os.replace(tmp_link, tmp_path / "..data")

    good = base_config()
    write_version("..v1", good)
    (tmp_path / "config.yaml").symlink_to("..data/config.yaml")
    applied: list[PrismConfig] = []
    from extproc.config import load_config

    watcher = ConfigWatcher(
        tmp_path / "config.yaml", applied.append, load_config(tmp_path / "config.yaml")
    )
    assert await watcher.check() is False
    changed = base_config(default_model="deepseek-r1")
    write_version("..v2", changed)
    assert await watcher.check() is True
    assert applied[-1].default_model == "deepseek-r1" and watcher.generation == 2
    broken = base_config(default_model="ghost")
    write_version("..v3", broken)
    assert await watcher.check() is False
    assert len(applied) == 1 and "default_model: unknown model 'ghost'" in watcher.last_error
    assert watcher.status()["reloads_failed"] == 1
