"""Each signal kind, evaluated through the SignalEvaluator."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from classifiers.language import detect_language
from extproc.policy.schema import Signals
from extproc.signals.base import SignalInput
from extproc.signals.evaluator import SignalEvaluator, estimate_tokens
from tests.unit.policy_helpers import Domain, FakeOutput, Jailbreak, Span, unit


def inp(
    text: str = "",
    model: str = "auto",
    headers: dict[str, str] | None = None,
    conversation: str | None = None,
) -> SignalInput:
    return SignalInput(
        text, conversation if conversation is not None else text, model, headers or {}
    )


def run(spec: dict, i: SignalInput, output: FakeOutput | None = None, delay: float = 0.0):
    async def classify(_: str) -> FakeOutput:
        await asyncio.sleep(delay)
        if output is None:
            raise RuntimeError("classifier down")
        return output

    def embed(texts):
        return np.stack([unit(k) for k in range(len(texts))])

    ev = SignalEvaluator(Signals.model_validate(spec), classify, embed)
    results, _ = asyncio.run(ev.evaluate(set(ev.signals), i))
    return results, ev


def test_keyword_any_all_case_and_scope():
    spec = {
        "keyword": [
            {"name": "any", "patterns": ["Apple", "pear"]},
            {"name": "all", "patterns": ["apple", "pear"], "match": "all"},
            {"name": "cs", "patterns": ["Apple"], "case_sensitive": True},
            {"name": "rx", "patterns": [r"\bsolve\b.*\bx\b"], "regex": True},
            {"name": "conv", "patterns": ["earlier"], "scope": "conversation"},
        ]
    }
    r, _ = run(spec, inp("an apple a day, solve for x", conversation="earlier turn\nan apple"))
    assert r["any"].matched and not r["all"].matched and not r["cs"].matched
    assert r["rx"].matched and r["conv"].matched


def test_context_length_ranges():
    spec = {
        "context_length": [
            {"name": "short", "max_tokens": 50},
            {"name": "long", "min_tokens": 1000},
        ]
    }
    r, _ = run(spec, inp("word " * 20))
    assert r["short"].matched and not r["long"].matched
    r, _ = run(spec, inp("word " * 2000))
    assert not r["short"].matched and r["long"].matched
    assert 2000 <= estimate_tokens("word " * 2000) <= 3000


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("What is the capital of France and how is it governed?", "en"),
        ("Quelle est la capitale de la France et pourquoi est-elle si belle pour les gens ?", "fr"),
        ("Wie ist das Wetter heute und was ist nicht gut an der Stadt?", "de"),
        ("¿Cuál es la capital de España y por qué es la ciudad más grande del país?", "es"),
        ("东京是日本的首都吗？请详细介绍一下。", "zh"),
        ("Как дела? Расскажи мне о погоде в Москве.", "ru"),
        ("12345 !!!", "und"),
        ("Czy możesz mi powiedzieć, jak działa fotosynteza w liściach roślin?", "pl"),
        ("Bana fotosentezin yapraklarda nasıl çalıştığını anlatır mısın?", "tr"),
        ("Kan du förklara hur fotosyntesen fungerar i växternas blad?", "sv"),
        ("Můžeš mi vysvětlit, jak funguje fotosyntéza v listech rostlin?", "cs"),
        # a log with ISO timestamps and version tags is not Polish or Czech for its Z and v
        ("2026-11-30T02:14:07Z INFO v2.8.4 started the job on the gateway\n" * 3, "en"),
    ],
)
def test_language_detection(text: str, code: str):
    assert detect_language(text)[0] == code


def test_language_signal():
    r, _ = run(
        {"language": [{"name": "fr", "languages": ["fr"]}]},
        inp("Bonjour, je voudrais réserver une table pour deux personnes dans le centre"),
    )
    assert r["fr"].matched and r["fr"].value == "fr"


def test_header_and_model_request():
    spec = {
        "header": [
            {"name": "premium", "header": "X-User-Tier", "values": ["premium"]},
            {"name": "tenant", "header": "x-tenant-id"},
            {"name": "rx", "header": "x-role", "values": ["adm.*"], "regex": True},
        ],
        "model_request": [{"name": "any_explicit"}],
    }
    r, _ = run(spec, inp("x", "qwen3-8b", {"x-user-tier": "premium", "x-role": "admin"}))
    assert r["premium"].matched and not r["tenant"].matched and r["rx"].matched
    assert r["any_explicit"].matched
    r, _ = run(spec, inp("x", "auto", {"x-user-tier": "free", "x-tenant-id": "a"}))
    assert not r["premium"].matched and r["tenant"].matched and not r["any_explicit"].matched


def test_ml_signals_read_one_classifier_output():
    spec = {
        "domain": [{"name": "math", "labels": ["math"], "threshold": 0.6}],
        "jailbreak": [{"name": "jb", "threshold": 0.8}],
        "pii": [{"name": "email", "types": ["EMAIL_ADDRESS"]}, {"name": "anypii"}],
        "embedding": [{"name": "like0", "exemplars": ["a", "b"], "threshold": 0.9}],
    }
    out = FakeOutput(
        Domain("math", 0.7, {"math": 0.7, "physics": 0.2}),
        Jailbreak(0.95),
        [Span("PERSON", 0, 4)],
        unit(0),
    )
    r, _ = run(spec, inp("text"), out)
    assert r["math"].matched and r["math"].confidence == pytest.approx(0.7)
    assert r["jb"].matched and not r["email"].matched and r["anypii"].matched
    assert r["like0"].matched and r["like0"].confidence == pytest.approx(1.0)


def test_routing_signal_failure_and_timeout_are_not_matched_and_counted():
    spec = {"domain": [{"name": "dom", "labels": ["math"], "threshold": 0.1}], "budget_ms": 50}
    r, ev = run(spec, inp("x"), None)
    assert not r["dom"].matched and r["dom"].error == "error"
    r, ev = run(spec, inp("x"), FakeOutput(domain=Domain("math", 0.99)), delay=0.5)
    assert not r["dom"].matched and r["dom"].error == "timeout"
    assert ev.failures[("dom", "timeout")] == 1


def test_only_requested_signals_are_computed():
    calls = []

    async def classify(text: str) -> FakeOutput:
        calls.append(text)
        return FakeOutput()

    spec = Signals.model_validate(
        {"keyword": [{"name": "k", "patterns": ["x"]}], "jailbreak": [{"name": "jb"}]}
    )
    ev = SignalEvaluator(spec, classify, None)
    results, _ = asyncio.run(ev.evaluate({"k"}, inp("x")))
    assert set(results) == {"k"} and calls == []
    results, _ = asyncio.run(ev.evaluate({"k", "jb"}, inp("x")))
    assert set(results) == {"k", "jb"} and len(calls) == 1


def test_on_failure_match_fails_closed():
    spec = {
        "jailbreak": [{"name": "jb", "on_failure": "match"}],
        "domain": [{"name": "dom", "labels": ["math"]}],
        "budget_ms": 30,
        "security_budget_ms": 60,
    }
    r, _ = run(spec, inp("x"), FakeOutput(jailbreak=Jailbreak(0.01)), delay=0.3)
    assert r["jb"].matched and r["jb"].error == "timeout"  # could not check: treated as a hit
    assert not r["dom"].matched
    r, _ = run(spec, inp("x"), FakeOutput(jailbreak=Jailbreak(0.01)))
    assert not r["jb"].matched  # it ran: the real answer
