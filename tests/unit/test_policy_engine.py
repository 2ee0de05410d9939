"""Rules, decisions, model selection, validation and static analysis."""

from __future__ import annotations

import random

import pytest

from extproc.config import ConfigError, parse_config
from extproc.errors import OpenAIError
from extproc.policy.engine import PolicyEngine
from extproc.policy.rules import evaluate
from extproc.policy.schema import Decision, Rule
from extproc.policy.selection import MemoryBanditStore, Selector, candidates
from extproc.policy.validation import analysis_warnings
from extproc.signals.base import SignalResult
from tests.unit.policy_helpers import base_config, config_with


def res(**matched: float) -> dict[str, SignalResult]:
    return {k: SignalResult(k, "keyword", v > 0, v) for k, v in matched.items()}


def rule(data: dict) -> Rule:
    return Rule.model_validate(data)


def test_rule_combinations_and_confidence():
    r = rule({"and": [{"signal": "a"}, {"or": [{"signal": "b"}, {"signal": "c"}]}]})
    assert evaluate(r, res(a=0.9, b=0.0, c=0.6)) == (True, 0.6)
    assert evaluate(r, res(a=0.9, b=0.8, c=0.6)) == (True, 0.8)
    assert evaluate(r, res(a=0.0, b=0.8, c=0.6))[0] is False
    assert evaluate(rule({"not": {"signal": "a"}}), res(a=0.0)) == (True, 1.0)
    assert evaluate(rule({"not": {"signal": "a"}}), {})[0] is True  # missing = not matched
    assert evaluate(rule({"always": True}), {}) == (True, 1.0)
    with pytest.raises(ValueError):
        rule({"signal": "a", "and": [{"signal": "b"}]})
    with pytest.raises(ValueError):
        rule({"or": []})


def decisions_config(decisions: list[dict]) -> dict:
    return base_config(
        signals={"keyword": [{"name": n, "patterns": [n]} for n in ("a", "b", "c")]},
        decisions=decisions,
    )


def engine(decisions: list[dict], seed: int = 0) -> PolicyEngine:
    cfg = parse_config(decisions_config(decisions))
    return PolicyEngine(cfg, Selector(MemoryBanditStore(), random.Random(seed)))


def test_priority_wins_then_confidence_then_default():
    e = engine(
        [
            {
                "name": "low",
                "priority": 1,
                "rules": {"signal": "a"},
                "models": [{"model": "qwen3-8b"}],
            },
            {
                "name": "high",
                "priority": 9,
                "rules": {"signal": "b"},
                "models": [{"model": "deepseek-r1"}],
            },
            {
                "name": "tie",
                "priority": 9,
                "rules": {"signal": "c"},
                "models": [{"model": "partner-llm"}],
            },
        ]
    )
    assert e.decide(res(a=1, b=0, c=0), "auto").decision.name == "low"
    r = e.decide(res(a=1, b=1, c=0), "auto")
    assert (r.decision.name, r.model.name) == ("high", "deepseek-r1")
    assert e.decide(res(a=1, b=0.5, c=0.9), "auto").decision.name == "tie"
    assert e.decide(res(a=0, b=0, c=0), "auto").decision.name == "default"
    assert e.decide(res(a=0, b=0, c=0), "auto").model.name == "qwen3-8b"


def test_explicit_model_is_honoured_and_unknown_is_404():
    e = engine(
        [
            {
                "name": "x",
                "priority": 1,
                "rules": {"signal": "a"},
                "models": [{"model": "deepseek-r1"}],
            }
        ]
    )
    assert e.decide(res(a=1), "partner-llm").model.name == "partner-llm"
    assert e.decide(res(a=1), "Qwen/Qwen3-8B").model.name == "qwen3-8b"
    with pytest.raises(OpenAIError) as info:
        e.decide(res(a=1), "nope")
    assert info.value.status == 404 and info.value.code == "model_not_found"


def context_engine(windows: dict[str, int]) -> PolicyEngine:
    data = decisions_config(
        [
            {
                "name": "pair",
                "priority": 1,
                "rules": {"signal": "a"},
                "models": [{"model": "qwen3-8b"}, {"model": "deepseek-r1"}],
            },
            {
                "name": "stop",
                "priority": 5,
                "rules": {"signal": "b"},
                "plugins": {"block": {}},
            },
        ]
    )
    for m in data["models"]:
        if m["name"] in windows:
            m["max_context_tokens"] = windows[m["name"]]
    return PolicyEngine(parse_config(data), Selector(MemoryBanditStore(), random.Random(0)))


def test_max_context_tokens_rules_out_models_too_small_for_the_prompt():
    e = context_engine({"qwen3-8b": 1000, "deepseek-r1": 8000})
    assert e.context_limited
    # static selection would pick deepseek-r1 (quality 0.9) anyway: make qwen3 the only fit
    small = context_engine({"qwen3-8b": 8000, "deepseek-r1": 1000})
    r = small.decide(res(a=1), "auto", 5000)
    assert r.model.name == "qwen3-8b" and "too small" in r.reason
    assert small.decide(res(a=1), "auto", 500).model.name == "deepseek-r1"
    with pytest.raises(OpenAIError) as info:
        e.decide(res(a=1), "auto", 9000)
    assert info.value.status == 400 and info.value.code == "context_length_exceeded"
    assert "8000" in info.value.message
    with pytest.raises(OpenAIError) as info:
        e.decide(res(a=1), "qwen3-8b", 2000)  # the client's explicit model is too small
    assert info.value.code == "context_length_exceeded"
    with pytest.raises(OpenAIError):
        e.decide(res(a=0), "auto", 2000)  # the default decision's model is too small
    # a blocked request is answered by Prism whatever its size
    assert e.decide(res(a=1, b=1), "auto", 10**6).decision.name == "stop"
    assert not context_engine({}).context_limited


def selection_decision(algorithm: str, **sel) -> tuple[Decision, list]:
    cfg = config_with(
        decisions=[
            {
                "name": "d",
                "rules": {"always": True},
                "selection": {"algorithm": algorithm, **sel},
                "models": [
                    {"model": "qwen3-8b", "weight": 3},
                    {"model": "deepseek-r1", "weight": 1},
                    {"model": "partner-llm", "weight": 0},
                ],
            }
        ]
    )
    d = cfg.decisions[0]
    return d, candidates(d, {m.name: m for m in cfg.models})


def test_static_weighted_and_cost_selection():
    sel = Selector(MemoryBanditStore(), random.Random(1))
    d, c = selection_decision("static")
    assert sel.choose(d, c)[0].model.name == "deepseek-r1"  # best quality 0.9
    d, c = selection_decision("weighted")
    picks = [sel.choose(d, c)[0].model.name for _ in range(2000)]
    assert picks.count("partner-llm") == 0
    assert 0.7 < picks.count("qwen3-8b") / len(picks) < 0.8
    d, c = selection_decision("cost", quality_floor=0.7)
    assert sel.choose(d, c)[0].model.name == "deepseek-r1"  # 1.5/1M beats partner 5.0/1M
    d, c = selection_decision("cost", quality_floor=0.5)
    assert sel.choose(d, c)[0].model.name == "qwen3-8b"
    d, c = selection_decision("cost", quality_floor=0.95)
    assert sel.choose(d, c)[0].model.name == "deepseek-r1"  # none qualifies: best quality


def test_bandit_converges_to_the_better_arm():
    rng = random.Random(7)
    sel = Selector(MemoryBanditStore(), rng)
    d, c = selection_decision("bandit")
    success_rate = {"qwen3-8b": 0.3, "deepseek-r1": 0.8, "partner-llm": 0.5}
    picks = []
    for _ in range(1500):
        cand, _ = sel.choose(d, c)
        picks.append(cand.model.name)
        sel.feedback(d, cand.model.name, rng.random() < success_rate[cand.model.name])
    assert picks[-500:].count("deepseek-r1") / 500 > 0.85


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (
            lambda d: (
                d["decisions"][1]["rules"].update({"and": [{"signal": "a"}, {"signal": "mathh"}]})
                or d["decisions"][1]["rules"].pop("signal")
            ),
            "decisions[1].rules.and[1]: unknown signal 'mathh'",
        ),
        (
            lambda d: d["decisions"][0]["models"].append({"model": "gpt-9"}),
            "decisions[0].models[1].model: unknown model 'gpt-9'",
        ),
        (lambda d: d["models"][0].update(pool="nowhere"), "models[0].pool: unknown pool 'nowhere'"),
        (lambda d: d["decisions"][0].update(colour="red"), "decisions[0].colour: Extra inputs"),
        (
            lambda d: d["signals"]["keyword"][0].update(patterns=["(unclosed"], regex=True),
            "signals.keyword[0].patterns[0]: invalid regex",
        ),
        (lambda d: d.update(default_model="ghost"), "default_model: unknown model 'ghost'"),
        (
            lambda d: d["decisions"].append(dict(d["decisions"][0])),
            "decisions[2].name: duplicate name 'first'",
        ),
    ],
)
def test_validation_messages_name_the_yaml_path(mutate, message):
    data = decisions_config(
        [
            {
                "name": "first",
                "priority": 2,
                "rules": {"signal": "a"},
                "models": [{"model": "qwen3-8b"}],
            },
            {"name": "second", "priority": 1, "rules": {"signal": "b"}},
        ]
    )
    mutate(data)
    with pytest.raises(ConfigError) as info:
        parse_config(data)
    assert message in str(info.value)


def test_static_analysis_finds_shadowed_decisions_and_unreached_models():
    cfg = parse_config(
        decisions_config(
            [
                {
                    "name": "broad",
                    "priority": 10,
                    "rules": {"or": [{"signal": "a"}, {"signal": "b"}]},
                    "models": [{"model": "qwen3-8b"}],
                },
                {
                    "name": "narrow",
                    "priority": 5,
                    "rules": {"and": [{"signal": "a"}, {"signal": "c"}]},
                    "models": [{"model": "deepseek-r1"}],
                },
                {
                    "name": "fine",
                    "priority": 1,
                    "rules": {"not": {"signal": "a"}},
                    "models": [{"model": "deepseek-r1"}],
                },
            ]
        )
    )
    warnings = analysis_warnings(cfg)
    assert any("decisions[1] ('narrow') can never match" in w and "'broad'" in w for w in warnings)
    assert not any("'fine'" in w for w in warnings)
    assert any("models[2] ('partner-llm')" in w for w in warnings)
