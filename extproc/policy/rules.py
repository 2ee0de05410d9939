"""Evaluate AND/OR/NOT rules over signal results, with a confidence."""

from __future__ import annotations

from collections.abc import Mapping

from extproc.policy.schema import Rule
from extproc.signals.base import SignalResult


def rule_signals(rule: Rule) -> set[str]:
    out: set[str] = set()
    if rule.signal is not None:
        out.add(rule.signal)
    for child in (rule.and_ or []) + (rule.or_ or []):
        out |= rule_signals(child)
    if rule.not_ is not None:
        out |= rule_signals(rule.not_)
    return out


def satisfies(rule: Rule, truth: Mapping[str, bool]) -> bool:
    if rule.always is not None:
        return rule.always
    if rule.signal is not None:
        return truth.get(rule.signal, False)
    if rule.and_ is not None:
        return all(satisfies(r, truth) for r in rule.and_)
    if rule.or_ is not None:
        return any(satisfies(r, truth) for r in rule.or_)
    assert rule.not_ is not None
    return not satisfies(rule.not_, truth)


def evaluate(rule: Rule, results: Mapping[str, SignalResult]) -> tuple[bool, float]:
    """(matched, confidence): AND takes the weakest confidence, OR the strongest."""
    if rule.always is not None:
        return rule.always, 1.0
    if rule.signal is not None:
        r = results.get(rule.signal)
        return (True, r.confidence) if r is not None and r.matched else (False, 0.0)
    if rule.and_ is not None:
        confidence = 1.0
        for child in rule.and_:
            ok, c = evaluate(child, results)
            if not ok:
                return False, 0.0
            confidence = min(confidence, c)
        return True, confidence
    if rule.or_ is not None:
        best: float | None = None
        for child in rule.or_:
            ok, c = evaluate(child, results)
            if ok:
                best = c if best is None else max(best, c)
        return (True, best) if best is not None else (False, 0.0)
    assert rule.not_ is not None
    ok, _ = evaluate(rule.not_, results)
    return (not ok), 1.0
