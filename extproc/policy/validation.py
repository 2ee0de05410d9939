"""Checks beyond the schema: references (by YAML path) and a static analysis of decisions."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from classifiers.labels import DOMAINS
from classifiers.labels import PII_TYPES as PII_LABELS
from extproc.policy.rules import rule_signals, satisfies
from extproc.policy.schema import Rule

if TYPE_CHECKING:
    from extproc.config import PrismConfig

DOMAIN_LABELS = frozenset(DOMAINS)
PII_TYPES = frozenset(PII_LABELS)
MAX_ANALYSED_SIGNALS = 14


def _dupes(names: list[str], where: str) -> Iterator[str]:
    seen: set[str] = set()
    for i, n in enumerate(names):
        if n in seen:
            yield f"{where}[{i}].name: duplicate name {n!r}"
        seen.add(n)


def _rule_refs(rule: Rule, path: str, known: set[str]) -> Iterator[str]:
    if rule.signal is not None and rule.signal not in known:
        yield f"{path}: unknown signal {rule.signal!r}"
    for key, children in (("and", rule.and_), ("or", rule.or_)):
        for i, child in enumerate(children or []):
            yield from _rule_refs(child, f"{path}.{key}[{i}]", known)
    if rule.not_ is not None:
        yield from _rule_refs(rule.not_, f"{path}.not", known)


def _regex_errors(patterns: list[str], path: str) -> Iterator[str]:
    for j, pattern in enumerate(patterns):
        try:
            re.compile(pattern)
        except re.error as exc:
            yield f"{path}[{j}]: invalid regex: {exc}"


def reference_errors(config: PrismConfig) -> list[str]:
    errors: list[str] = []
    errors += _dupes([p.name for p in config.pools], "pools")
    errors += _dupes([m.name for m in config.models], "models")
    errors += _dupes([d.name for d in config.decisions], "decisions")
    pools = {p.name for p in config.pools}
    models = {m.name for m in config.models}
    for i, m in enumerate(config.models):
        if m.pool not in pools:
            errors.append(f"models[{i}].pool: unknown pool {m.pool!r}")
        if m.reasoning_family and m.reasoning_family not in config.families:
            errors.append(f"models[{i}].reasoning_family: unknown family {m.reasoning_family!r}")
        target = m.pii_policy.reroute_to
        if target and target not in models:
            errors.append(f"models[{i}].pii_policy.reroute_to: unknown model {target!r}")
        for j, t in enumerate(m.pii_policy.allowed_types):
            if t not in PII_TYPES:
                errors.append(f"models[{i}].pii_policy.allowed_types[{j}]: unknown type {t!r}")
    if config.default_model not in models:
        errors.append(f"default_model: unknown model {config.default_model!r}")
    errors += _fallback_errors(config)
    budgets = [("default", config.limits.default)]
    budgets += [(f"tenants.{t}", b) for t, b in config.limits.tenants.items()]
    for where, budget in budgets:
        for name in budget.models:
            if name not in models:
                errors.append(f"limits.{where}.models: unknown model {name!r}")

    sig = config.signals
    names: list[str] = []
    if sig.security_budget_ms >= config.envoy.message_timeout_ms:
        errors.append(
            "signals.security_budget_ms: must be below envoy.message_timeout_ms "
            f"({config.envoy.message_timeout_ms}), or Envoy gives up before the verdict"
        )
    for kind in type(sig).model_fields:
        if not isinstance(getattr(sig, kind), list):  # budget_ms, security_budget_ms
            continue
        for i, s in enumerate(getattr(sig, kind)):
            if s.name in names:
                errors.append(f"signals.{kind}[{i}].name: duplicate signal {s.name!r}")
            names.append(s.name)
    for i, k in enumerate(sig.keyword):
        if k.regex:
            errors += _regex_errors(k.patterns, f"signals.keyword[{i}].patterns")
    for i, h in enumerate(sig.header):
        if h.regex:
            errors += _regex_errors(h.values, f"signals.header[{i}].values")
    for i, dom in enumerate(sig.domain):
        for j, label in enumerate(dom.labels):
            if label not in DOMAIN_LABELS:
                errors.append(f"signals.domain[{i}].labels[{j}]: unknown domain {label!r}")
    for i, p in enumerate(sig.pii):
        for j, t in enumerate(p.types):
            if t not in PII_TYPES:
                errors.append(f"signals.pii[{i}].types[{j}]: unknown PII type {t!r}")
    for i, request in enumerate(sig.model_request):
        for j, name in enumerate(request.models):
            if name not in models:
                errors.append(f"signals.model_request[{i}].models[{j}]: unknown model {name!r}")

    known = set(names)
    for i, d in enumerate(config.decisions):
        errors += _rule_refs(d.rules, f"decisions[{i}].rules", known)
        for j, ref in enumerate(d.models):
            if ref.model not in models:
                errors.append(f"decisions[{i}].models[{j}].model: unknown model {ref.model!r}")
    from extproc.signals.failsafe import classifier_errors

    errors += classifier_errors(config)
    return errors


def analysis_warnings(config: PrismConfig) -> list[str]:
    """Decisions that can never win, and models no decision reaches.

    Signals are treated as independent booleans: decision B (lower priority) is shadowed by
    A when every assignment that satisfies B's rules also satisfies A's.
    """
    warnings: list[str] = []
    ordered = sorted(enumerate(config.decisions), key=lambda p: -p[1].priority)
    for pos, (i, low) in enumerate(ordered):
        for j, high in ordered[:pos]:
            if high.priority == low.priority:
                continue
            if _implies(low.rules, high.rules):
                warnings.append(
                    f"decisions[{i}] ({low.name!r}) can never match: decisions[{j}] "
                    f"({high.name!r}, priority {high.priority}) matches whenever it does"
                )
                break
    reached = {config.default_model}
    for d in config.decisions:
        reached |= {r.model for r in d.models}
    reached |= {m.pii_policy.reroute_to for m in config.models if m.pii_policy.reroute_to}
    for i, m in enumerate(config.models):
        if m.name not in reached:
            warnings.append(
                f"models[{i}] ({m.name!r}): no decision routes to it (only explicit requests)"
            )
    return warnings


def _implies(a: Rule, b: Rule) -> bool:
    names = sorted(rule_signals(a) | rule_signals(b))
    if len(names) > MAX_ANALYSED_SIGNALS:
        return False
    any_a = False
    for values in itertools.product((False, True), repeat=len(names)):
        truth = dict(zip(names, values, strict=True))
        if satisfies(a, truth):
            any_a = True
            if not satisfies(b, truth):
                return False
    return any_a


def _fallback_errors(config: PrismConfig) -> list[str]:
    """Fallbacks name other models, each on a pool of its own (one priority per pool)."""
    errors: list[str] = []
    by_name = {m.name: m for m in config.models}
    for i, m in enumerate(config.models):
        pools = [m.pool]
        for j, name in enumerate(m.fallbacks):
            where = f"models[{i}].fallbacks[{j}]"
            other = by_name.get(name)
            if other is None:
                errors.append(f"{where}: unknown model {name!r}")
            elif other.pool in pools:
                errors.append(
                    f"{where}: {name!r} is on pool {other.pool!r}, already in this chain "
                    "(a fallback must be on another pool)"
                )
            else:
                pools.append(other.pool)
    chained = {n for m in config.models if m.fallbacks for n in (m.name, *m.fallbacks)}
    for i, m in enumerate(config.models):
        if m.name in chained and any(c in m.upstream_name for c in '"\\;='):
            errors.append(
                f"models[{i}].served_name: a model in a fallback chain must not contain "
                "quotes, backslashes, ';' or '='"
            )
    return errors
