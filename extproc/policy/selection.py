"""Pick a model among a decision's candidates: static, weighted, cost-aware, or a bandit."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from extproc.config import Model
from extproc.policy.schema import Decision, ModelRef


@dataclass(frozen=True)
class Candidate:
    model: Model
    weight: float
    quality: float


def candidates(decision: Decision, models: dict[str, Model]) -> list[Candidate]:
    return [_candidate(ref, models[ref.model]) for ref in decision.models]


def _candidate(ref: ModelRef, model: Model) -> Candidate:
    return Candidate(model, ref.weight, ref.quality if ref.quality is not None else model.quality)


class BanditStore(Protocol):
    def counts(self, decision: str) -> dict[str, tuple[float, float]]:
        """model -> (successes, failures) observed so far."""
        ...

    def record(self, decision: str, model: str, success: bool) -> None: ...


class MemoryBanditStore:
    def __init__(self) -> None:
        self._counts: dict[str, dict[str, list[float]]] = defaultdict(dict)

    def counts(self, decision: str) -> dict[str, tuple[float, float]]:
        return {m: (c[0], c[1]) for m, c in self._counts[decision].items()}

    def arms(self) -> int:
        """(decision, model) pairs counted: bounded by the config's decisions x models."""
        return sum(len(models) for models in self._counts.values())

    def record(self, decision: str, model: str, success: bool) -> None:
        c = self._counts[decision].setdefault(model, [0.0, 0.0])
        c[0 if success else 1] += 1.0


class Selector:
    def __init__(self, store: BanditStore, rng: random.Random | None = None) -> None:
        self.store = store
        self.rng = rng or random.Random()

    def choose(self, decision: Decision, cands: list[Candidate]) -> tuple[Candidate, str]:
        algo = decision.selection.algorithm
        if len(cands) == 1:
            return cands[0], "only candidate"
        if algo == "weighted":
            total = sum(c.weight for c in cands)
            if total <= 0:
                return cands[0], "weighted: all weights zero, first candidate"
            pick = self.rng.choices(cands, weights=[c.weight for c in cands])[0]
            return pick, f"weighted random (weight {pick.weight:g} of {total:g})"
        if algo == "cost":
            floor = decision.selection.quality_floor
            ok = [c for c in cands if c.quality >= floor]
            if not ok:
                best = max(cands, key=lambda c: c.quality)
                return best, f"cost: no model meets quality {floor:g}; best quality instead"
            cheapest = min(ok, key=lambda c: (c.model.cost, -c.quality))
            return (
                cheapest,
                f"cost: cheapest ({cheapest.model.cost:g}/1M) with quality >= {floor:g}",
            )
        if algo == "bandit":
            return self._thompson(decision, cands)
        best = max(cands, key=lambda c: c.quality)
        return best, f"static: best quality {best.quality:g}"

    def _thompson(self, decision: Decision, cands: list[Candidate]) -> tuple[Candidate, str]:
        prior = decision.selection.exploration
        counts = self.store.counts(decision.name)
        best, best_draw = cands[0], -1.0
        for c in cands:
            s, f = counts.get(c.model.name, (0.0, 0.0))
            draw = self.rng.betavariate(prior + s, prior + f)
            if draw > best_draw:
                best, best_draw = c, draw
        return best, f"bandit: thompson sample {best_draw:.3f}"

    def ranking(self, decision: Decision) -> Callable[[Candidate], float] | None:
        """How this decision's algorithm ranks candidates (session affinity's switch margin):
        quality for static and cost, the expected success rate for the bandit, none for
        weighted (a traffic split ranks no model above another)."""
        algo = decision.selection.algorithm
        if algo == "weighted":
            return None
        if algo == "bandit":
            prior = decision.selection.exploration
            counts = self.store.counts(decision.name)

            def mean(c: Candidate) -> float:
                s, f = counts.get(c.model.name, (0.0, 0.0))
                return (prior + s) / (2 * prior + s + f)

            return mean
        return lambda c: c.quality

    def feedback(self, decision: Decision, model: str, success: bool) -> None:
        if decision.selection.algorithm == "bandit":
            self.store.record(decision.name, model, success)
