"""Compute the signals decisions reference: lazily, concurrently, within a time budget.

Routing signals (domain, embedding) that cannot be computed within ``signals.budget_ms``
are "not matched" (or matched, with ``on_failure: match``) and the request routes on.
Security signals (jailbreak, PII) never fail open: the classifier pass they need gets the
longer ``signals.security_budget_ms``, and when it still cannot be computed (timeout,
shed by admission control, error, no classifier) :class:`SecurityUnavailable` is raised
(``on_failure: refuse``, the default) or the signal counts as matched (``match``)."""

from __future__ import annotations

import asyncio
import functools
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from classifiers.errors import ClassifierOverloaded
from classifiers.language import detect_language
from extproc.policy.schema import Signals
from extproc.signals.base import ClassifierOutput, Classify, Embed, SignalInput, SignalResult
from extproc.signals.corrections import Corrections
from extproc.signals.failsafe import SECURITY_KINDS, SecurityUnavailable
from extproc.signals.keywords import KeywordCheck
from extproc.signals.long_scan import Budget, BulkLane, plan
from extproc.signals.reading import judge_jailbreak
from extproc.signals.reading_memo import ReadingMemo
from extproc.signals.scan import Scan, read_deferred, scan, scoped_check
from extproc.surfaces.base import AUTO_MODEL, Kind, Message, Scope, TextSlot
from extproc.token_estimate import estimate_conversation, estimate_tokens

ML_KINDS = frozenset({"domain", "embedding", "jailbreak", "pii"})
TextCheck = Callable[[SignalInput], tuple[bool, float, Any]]
MlCheck = Callable[[ClassifierOutput], tuple[bool, float, Any]]


@dataclass(frozen=True)
class CompiledSignal:
    name: str
    kind: str
    text_check: TextCheck | None = None
    ml_check: MlCheck | None = None
    match_on_failure: bool = False
    scope: Scope = "last_user"
    tool_result_check: MlCheck | None = None
    """judges tool and function results instead of ``ml_check`` (jailbreak's own line)"""

    @property
    def security(self) -> bool:
        return self.kind in SECURITY_KINDS


def _context(defn: Any) -> TextCheck:
    def check(inp: SignalInput) -> tuple[bool, float, Any]:
        n = (
            estimate_conversation(m.text for m in inp.messages)
            if inp.messages
            else estimate_tokens(inp.conversation_text)
        )
        ok = n >= defn.min_tokens and (defn.max_tokens is None or n <= defn.max_tokens)
        return ok, 1.0 if ok else 0.0, n

    return check


def _language(defn: Any) -> TextCheck:
    wanted = {code.lower() for code in defn.languages}

    def check(inp: SignalInput) -> tuple[bool, float, Any]:
        code, conf = detect_language(inp.user_text)
        ok = code in wanted
        return ok, conf if ok else 0.0, code

    return check


def _header(defn: Any) -> TextCheck:
    key = defn.header.lower()
    regexes = [re.compile(v) for v in defn.values] if defn.regex else []

    def check(inp: SignalInput) -> tuple[bool, float, Any]:
        value = inp.headers.get(key)
        if value is None:
            return False, 0.0, None
        if not defn.values:
            ok = True
        elif regexes:
            ok = any(r.fullmatch(value) for r in regexes)
        else:
            ok = value in defn.values
        return ok, 1.0 if ok else 0.0, value

    return check


def _model_request(defn: Any) -> TextCheck:
    def check(inp: SignalInput) -> tuple[bool, float, Any]:
        model = inp.requested_model
        ok = model != AUTO_MODEL and (not defn.models or model in defn.models)
        return ok, 1.0 if ok else 0.0, model

    return check


def _domain(defn: Any) -> MlCheck:
    labels = set(defn.labels)

    def check(out: ClassifierOutput) -> tuple[bool, float, Any]:
        probs = out.domain.probs or {out.domain.label: out.domain.score}
        score = max((probs.get(label, 0.0) for label in labels), default=0.0)
        ok = score >= defn.threshold
        return ok, float(score), {"label": out.domain.label, "score": round(out.domain.score, 4)}

    return check


def _jailbreak(defn: Any, threshold: float | None = None, tool_result: bool = False) -> MlCheck:
    supported = frozenset(code.lower() for code in defn.supported_languages)
    line = defn.threshold if threshold is None else threshold

    hidden = defn.hidden_threshold

    def check(out: ClassifierOutput) -> tuple[bool, float, Any]:
        p, value = judge_jailbreak(
            out, supported, defn.abstain_min_confidence, tool_result, hidden, line
        )
        return p >= line, p, value

    return check


def _tool_result_check(kind: str, defn: Any) -> MlCheck | None:
    """The jailbreak signal's check for tool and function results: the model's score for
    them (its line per role, classifiers/roles.py) at the signal's ``tool_result_threshold``
    (default: its threshold)."""
    if kind != "jailbreak":
        return None
    line = defn.tool_result_threshold
    return _jailbreak(defn, defn.threshold if line is None else line, tool_result=True)


def _pii(defn: Any) -> MlCheck:
    types = set(defn.types)

    def check(out: ClassifierOutput) -> tuple[bool, float, Any]:
        found = [e for e in out.pii if e.score >= defn.threshold and (not types or e.type in types)]
        best = max((e.score for e in found), default=0.0)
        return bool(found), float(best), sorted({e.type for e in found}) or None

    return check


def _embedding(defn: Any, embed: Embed | None) -> MlCheck:
    if embed is None:
        raise RuntimeError("embedding signals need the classifier (classifiers.enabled)")
    exemplars = np.asarray(embed(list(defn.exemplars)), dtype=np.float32)

    def check(out: ClassifierOutput) -> tuple[bool, float, Any]:
        sims = exemplars @ np.asarray(out.embedding, dtype=np.float32)
        best = float(sims.max())
        return best >= defn.threshold, best, round(best, 4)

    return check


class SignalEvaluator:
    def __init__(
        self,
        spec: Signals,
        classify: Classify | None,
        embed: Embed | None,
        lane: BulkLane | None = None,
    ) -> None:
        self.budget_s = spec.budget_ms / 1000
        self.lane = lane
        """The classifier's bulk lane (``extproc/signals/long_scan.py``), if it has one."""
        self.security_budget_s = max(spec.security_budget_ms, spec.budget_ms) / 1000
        self.max_scan_tokens = spec.max_scan_tokens
        self._retry_after_s = 1
        self.classify = classify
        ops = spec.operator_exemplars
        self.corrections = Corrections.from_settings(ops, embed) if ops is not None else None
        self.readings = ReadingMemo()  # this generation's readings (its exemplars)
        self.failures: Counter[tuple[str, str]] = Counter()
        self.signals: dict[str, CompiledSignal] = {}
        text_builders = {
            "keyword": KeywordCheck,
            "context_length": _context,
            "language": _language,
            "header": _header,
            "model_request": _model_request,
        }
        ml_builders = {"domain": _domain, "jailbreak": _jailbreak, "pii": _pii}
        for name, (kind, defn) in spec.all().items():
            if kind in text_builders:
                self.signals[name] = CompiledSignal(
                    name, kind, text_check=text_builders[kind](defn)
                )
            else:
                check = _embedding(defn, embed) if kind == "embedding" else ml_builders[kind](defn)
                self.signals[name] = CompiledSignal(
                    name,
                    kind,
                    ml_check=check,
                    match_on_failure=defn.on_failure == "match",
                    scope=defn.scope,
                    tool_result_check=_tool_result_check(kind, defn),
                )

    def needs_classifier(self, names: set[str]) -> bool:
        return any(self.signals[n].ml_check is not None for n in names if n in self.signals)

    async def evaluate(
        self,
        names: set[str],
        inp: SignalInput,
        *,
        force_classify: bool = False,
        force_scopes: frozenset[Scope] = frozenset({"last_user"}),
        force_pii_scopes: frozenset[Scope] = frozenset(),
        defer_pii_scopes: frozenset[Scope] = frozenset(),
        require_classifier: bool = False,
    ) -> tuple[dict[str, SignalResult], Scan | None]:
        """Results for ``names``; the classifier runs once per distinct message text in
        the scopes the ML signals read, when an ML signal needs it or ``force_classify``
        (the cache needs ``force_scopes``, a PII policy ``force_pii_scopes``: what only
        PII reads skips the jailbreak-only work; what only ``defer_pii_scopes`` reads is
        left for :meth:`read_deferred`). ``require_classifier`` (a PII policy that can
        act) makes the pass a security one: its failure refuses.

        Raises :class:`SecurityUnavailable` when a security signal cannot be computed."""
        start = time.perf_counter()
        results: dict[str, SignalResult] = {}
        wanted = [self.signals[n] for n in names if n in self.signals]
        ml = [s for s in wanted if s.ml_check is not None]
        refuse = [s.name for s in ml if s.security and not s.match_on_failure]
        if require_classifier:
            refuse.append("pii_policy")
        security = bool(refuse) or any(s.security for s in ml)
        output: Scan | None = None
        error = ""
        if ml or require_classifier or (force_classify and self.classify is not None):
            forced = force_classify or require_classifier
            scopes = {s.scope for s in ml if s.kind != "pii"}
            pii_scopes = {s.scope for s in ml if s.kind == "pii"}
            if forced:
                scopes |= force_scopes
                pii_scopes |= force_pii_scopes
            budget = self.security_budget_s if security else self.budget_s
            later = defer_pii_scopes if forced else frozenset()
            output, error = await self.scan(inp, scopes, budget, pii_scopes, later, security)
        if output is None and refuse:
            raise SecurityUnavailable(error or "no_classifier", refuse, self._retry_after_s)
        ml_ms = (time.perf_counter() - start) * 1000
        for sig in wanted:
            t0 = time.perf_counter()
            where = ""
            try:
                if sig.text_check is not None:
                    ok, conf, value = sig.text_check(inp)
                elif output is None:
                    self.failures[(sig.name, error)] += 1
                    failed_closed = sig.match_on_failure
                    results[sig.name] = SignalResult(
                        sig.name,
                        sig.kind,
                        failed_closed,
                        1.0 if failed_closed else 0.0,
                        latency_ms=ml_ms,
                        error=error,
                    )
                    continue
                else:
                    assert sig.ml_check is not None
                    ok, conf, value, where = scoped_check(
                        sig.ml_check, output, sig.scope, sig.tool_result_check
                    )
            except Exception as exc:
                self.failures[(sig.name, "error")] += 1
                if sig.security and not sig.match_on_failure:
                    raise SecurityUnavailable("error", [sig.name]) from exc
                # a broken routing signal is "not matched"; a security one with
                # on_failure: match is matched
                matched = sig.security and sig.match_on_failure
                results[sig.name] = SignalResult(
                    sig.name, sig.kind, matched, float(matched), error=repr(exc)
                )
                continue
            latency = (time.perf_counter() - t0) * 1000 + (ml_ms if sig.ml_check else 0.0)
            results[sig.name] = SignalResult(
                sig.name, sig.kind, ok, conf, value, latency, message=where if ok else ""
            )
        return results, output

    async def scan(
        self,
        inp: SignalInput,
        scopes: set[Scope],
        budget_s: float | None = None,
        pii_scopes: set[Scope] | None = None,
        defer_pii_scopes: frozenset[Scope] = frozenset(),
        security: bool = False,
    ) -> tuple[Scan | None, str]:
        """Classify the messages in ``scopes`` and ``pii_scopes`` (each distinct text once,
        each within ``budget_s``), or (None, reason); those only in ``defer_pii_scopes``
        are left in ``Scan.deferred``. A ``security`` scan with more to read than its
        budget allows may be planned long (``extproc/signals/long_scan.py``)."""
        if self.classify is None:
            return None, "no_classifier"
        messages = list(inp.messages)
        if not messages and inp.user_text:  # an input built from a text alone: one user turn
            slot = TextSlot({"text": inp.user_text}, "text")
            messages = [Message(0, "user", Kind.MESSAGE, [slot], "user_text")]
        box = Budget(budget_s or self.budget_s)
        try:
            output, error = await scan(
                functools.partial(self.classify_text, budget_s=box),
                messages,
                scopes,
                self.corrections,
                self.max_scan_tokens,
                getattr(self.classify, "knows", None),
                pii_scopes or (),
                functools.partial(self.classify_text, budget_s=box, pii_only=True),
                self.readings,
                defer_pii_scopes,
                functools.partial(plan, self.lane, box) if security else None,
            )
        finally:
            box.end()
        if box.retry_after_s:
            self._retry_after_s = box.retry_after_s
        if output is not None and box.long:
            output.budget = box
        return output, error

    async def read_deferred(self, result: Scan, scopes: set[Scope], on_clock: bool = True) -> str:
        """Read ``result``'s deferred messages in ``scopes`` (PII only, within the security
        budget); "" or why it failed (a PII policy then refuses: security fails closed)."""
        if self.classify is None:
            return "no_classifier"
        # a long scan's deferred part, read before the answer, is long too, in its time
        long = result.budget if on_clock else None
        budget = long if long is not None else self.security_budget_s
        classify_pii = functools.partial(self.classify_text, budget_s=budget, pii_only=True)
        if long is not None:
            long.resume()
        try:
            return await read_deferred(
                result, scopes, classify_pii, self.corrections, self.readings
            )
        finally:
            if long is not None:
                long.end()

    @property
    def retry_after_s(self) -> int:
        return self._retry_after_s

    async def classify_text(
        self, text: str, budget_s: float | Budget | None = None, pii_only: bool = False
    ) -> tuple[ClassifierOutput | None, str]:
        """The classifier's output within ``budget_s`` (default: the routing budget), or
        (None, reason). On timeout the request is cancelled, so a batch that has not started
        yet skips it (no wasted work under overload). ``pii_only``: the classifier's PII
        reading (``read_pii``, when it has one)."""
        if self.classify is None:
            return None, "no_classifier"
        call = self.classify
        if pii_only:
            call = getattr(self.classify, "read_pii", self.classify)
        try:
            wait = budget_s.left() if isinstance(budget_s, Budget) else budget_s or self.budget_s
            return await asyncio.wait_for(call(text), wait), ""
        except TimeoutError:
            return None, "timeout"
        except ClassifierOverloaded as exc:
            self._retry_after_s = exc.retry_after_s
            return None, "overloaded"
        except Exception:
            return None, "error"
