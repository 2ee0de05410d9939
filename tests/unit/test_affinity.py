"""Session affinity: one conversation stays on one model, bounded in time and size."""

from __future__ import annotations

import random

from extproc.config import Model
from extproc.policy.affinity import AffinitySettings, SessionAffinity, session_key
from extproc.policy.selection import Candidate


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def cand(name: str, quality: float = 0.5) -> Candidate:
    return Candidate(Model(name=name, pool="p", quality=quality), 1.0, quality)


def test_keys_from_the_header_or_the_conversation_opening():
    s = AffinitySettings(enabled=True)
    assert session_key(s, {"x-session-id": "abc"}, "t1", ("", "hi")) == "h:t1\x00abc"
    turn1 = session_key(s, {}, "t1", ("be brief", "plan my trip"))
    assert turn1 is not None and turn1 == session_key(s, {}, "t1", ("be brief", "plan my trip"))
    assert turn1 != session_key(s, {}, "t2", ("be brief", "plan my trip"))  # per tenant
    assert session_key(s, {}, "t1", ("", "")) is None
    assert session_key(AffinitySettings(derive=False), {}, "t", ("", "x")) is None


def test_a_session_keeps_its_model_while_weighted_selection_spreads_sessions():
    aff = SessionAffinity(AffinitySettings(enabled=True), Clock())
    a, b = cand("a"), cand("b")
    rng = random.Random(3)
    models = set()
    for _ in range(10):
        chosen = rng.choice([a, b])
        served, _ = aff.choose("s1", "d", chosen, [a, b])
        models.add(served.model.name)
    assert len(models) == 1 and aff.kept == 9
    firsts = {
        aff.choose(f"s{i}", "d", rng.choice([a, b]), [a, b])[0].model.name for i in range(2, 40)
    }
    assert firsts == {"a", "b"}  # different sessions still spread


def test_switches_for_a_much_better_model_a_new_decision_or_a_misfit():
    aff = SessionAffinity(AffinitySettings(enabled=True, switch_margin=0.1), Clock())
    low, high, mid = cand("low", 0.5), cand("high", 0.9), cand("mid", 0.55)
    quality = lambda c: c.quality  # noqa: E731
    assert aff.choose("s", "d", low, [low, high], quality)[0] is low
    assert aff.choose("s", "d", mid, [low, mid], quality)[0] is low  # +0.05: stays
    assert aff.choose("s", "d", high, [low, high])[0] is low  # unranked (weighted): stays
    served, why = aff.choose("s", "d", high, [low, high], quality)
    assert served is high and "better" in why and aff.switched == 1
    assert aff.choose("s", "other", low, [low, high])[0] is low  # new decision: fresh pick
    assert aff.choose("s", "other", mid, [mid])[0] is mid  # the kept model no longer fits


def test_ttl_and_size_bound():
    clock = Clock()
    aff = SessionAffinity(AffinitySettings(enabled=True, ttl_s=10, max_sessions=3), clock)
    a, b = cand("a"), cand("b")
    aff.choose("s", "d", a, [a, b])
    clock.now = 11
    assert aff.choose("s", "d", b, [a, b])[0] is b  # expired: chosen afresh
    for i in range(10):
        aff.choose(f"x{i}", "d", a, [a, b])
    assert len(aff) == 3


def test_a_derived_session_starts_at_the_second_turn():
    import orjson

    from extproc.fleet_steps import session_of
    from extproc.surfaces import CHAT, parse_request
    from tests.unit.policy_helpers import config_with

    config = config_with()

    def session(messages: list[dict], headers: dict | None = None) -> str | None:
        raw = orjson.dumps({"model": "auto", "messages": messages})
        req = parse_request(CHAT, raw, max_bytes=1 << 20, max_depth=32)
        return session_of(config, headers or {}, req)

    first = [{"role": "user", "content": "plan my trip"}]
    assert session(first) is None  # single-turn: no entry kept
    assert session(first, {"x-session-id": "s9"}) is not None  # the client's id: from turn 1
    second = [
        *first,
        {"role": "assistant", "content": "where to?"},
        {"role": "user", "content": "Rome"},
    ]
    third = [*second, {"role": "assistant", "content": "when?"}, {"role": "user", "content": "May"}]
    assert session(second) is not None and session(second) == session(third)
