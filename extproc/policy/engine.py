"""Decide: the highest-priority matching decision wins (ties: confidence), then a model."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from extproc.config import Model, PrismConfig
from extproc.errors import RouterError
from extproc.policy.affinity import SessionAffinity
from extproc.policy.rules import evaluate, rule_signals
from extproc.policy.schema import Decision, Rule
from extproc.policy.selection import Selector, candidates
from extproc.signals.base import SignalResult
from extproc.surfaces.base import AUTO_MODEL

DEFAULT_DECISION = "default"


@dataclass(frozen=True)
class DecisionTrace:
    name: str
    priority: int
    matched: bool
    confidence: float


@dataclass
class Routing:
    decision: Decision
    model: Model
    reason: str
    confidence: float
    evaluated: list[DecisionTrace] = field(default_factory=list)

    def public(self) -> dict[str, Any]:
        return {
            "decision": self.decision.name,
            "decision_description": self.decision.description,
            "model": self.model.name,
            "model_description": self.model.description,
            "reason": self.reason,
            "confidence": round(self.confidence, 4),
            "evaluated": [vars(t) for t in self.evaluated],
        }


class PolicyEngine:
    def __init__(
        self, config: PrismConfig, selector: Selector, affinity: SessionAffinity | None = None
    ) -> None:
        self.config = config
        self.selector = selector
        self.affinity = affinity
        self.models = {m.name: m for m in config.models}
        named_default = next((d for d in config.decisions if d.name == DEFAULT_DECISION), None)
        self.default = named_default or Decision(
            name=DEFAULT_DECISION, priority=-(10**9), rules=Rule(always=True)
        )
        # Order once: priority descending, config order among equals.
        self.decisions = sorted(
            (d for d in config.decisions if d is not self.default),
            key=lambda d: -d.priority,
        )
        self.signals_needed: set[str] = set()
        for d in config.decisions:
            self.signals_needed |= rule_signals(d.rules)
        self.any_pii_plugin = any(
            d.plugins.pii is not None and d.plugins.pii.enabled for d in config.decisions
        )

    def by_name(self, name: str) -> Decision | None:
        if name == self.default.name:
            return self.default
        return next((d for d in self.decisions if d.name == name), None)

    def decide(
        self,
        results: dict[str, SignalResult],
        requested: str,
        prompt_tokens: int = 0,
        session: str | None = None,
    ) -> Routing:
        """``prompt_tokens`` (an estimate; 0 = unknown) rules out models whose
        ``max_context_tokens`` it exceeds; ``session`` keeps a conversation on one model."""
        evaluated: list[DecisionTrace] = []
        winner: Decision | None = None
        best = -1.0
        for d in self.decisions:
            if winner is not None and d.priority < winner.priority:
                break  # lower priorities cannot win; not evaluated
            ok, conf = evaluate(d.rules, results)
            evaluated.append(DecisionTrace(d.name, d.priority, ok, conf))
            if ok and (winner is None or conf > best):
                winner, best = d, conf
        if winner is None:
            winner, best = self.default, 1.0
            evaluated.append(DecisionTrace(winner.name, winner.priority, True, 1.0))
        # A blocked request is answered by Prism: no model's context window applies.
        tokens = 0 if winner.plugins.block is not None else prompt_tokens
        model, reason = self._model_for(winner, requested, tokens, session)
        return Routing(winner, model, reason, best, evaluated)

    @property
    def context_limited(self) -> bool:
        """Whether any model has a context window (else nobody needs a token estimate)."""
        return any(m.max_context_tokens is not None for m in self.config.models)

    def _model_for(
        self, decision: Decision, requested: str, prompt_tokens: int, session: str | None
    ) -> tuple[Model, str]:
        if requested != AUTO_MODEL:
            model = self.explicit(requested)
            _check_fits([model], prompt_tokens)
            return model, "explicit model requested by the client"
        if not decision.models:
            model = self.models[self.config.default_model]
            _check_fits([model], prompt_tokens)
            return model, "default model"
        every = candidates(decision, self.models)
        fitting = [c for c in every if _fits(c.model, prompt_tokens)]
        if not fitting:
            _check_fits([c.model for c in every], prompt_tokens)
        cand, reason = self.selector.choose(decision, fitting)
        if session is not None and self.affinity is not None and len(fitting) > 1:
            rank = self.selector.ranking(decision)
            cand, why = self.affinity.choose(session, decision.name, cand, fitting, rank)
            reason = f"{why} ({reason})" if why else reason
        if len(fitting) < len(every):
            reason += f" ({len(every) - len(fitting)} candidate(s) too small for the prompt)"
        return cand.model, reason

    def explicit(self, requested: str) -> Model:
        model = self.models.get(requested) or next(
            (m for m in self.config.models if m.served_name == requested), None
        )
        if model is None:
            raise RouterError(
                404,
                f"The model '{requested}' does not exist or you do not have access to it.",
                code="model_not_found",
                param="model",
            )
        return model


def _fits(model: Model, prompt_tokens: int) -> bool:
    limit = model.max_context_tokens
    return limit is None or prompt_tokens <= limit


def _check_fits(models: list[Model], prompt_tokens: int) -> None:
    """400 ``context_length_exceeded`` when the prompt fits none of ``models``."""
    if any(_fits(m, prompt_tokens) for m in models):
        return
    largest = max(m.max_context_tokens or 0 for m in models)
    names = ", ".join(m.name for m in models)
    raise RouterError(
        400,
        f"This request has about {prompt_tokens} tokens, more than the context window of "
        f"{names} (largest: {largest} tokens).",
        code="context_length_exceeded",
        param="messages",
    )
