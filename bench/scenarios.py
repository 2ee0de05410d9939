"""The side-by-side scenarios, run interleaved on one machine, and the derived numbers.

(a) client -> demo pool directly
(b) client -> Envoy (no ext_proc) -> pool
(c) client -> Envoy + Prism -> pool, all configured signals, semantic cache miss
(d) the same as (c) with a small repeated prompt set (semantic cache hit, when it can hit)
(e) client -> LiteLLM proxy -> pool (no classification)
"""

from __future__ import annotations

import asyncio
import json
import os
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bench.loadgen import (
    Connection,
    HttpError,
    PromptSet,
    Recorder,
    Target,
    run_closed,
    run_open,
)
from bench.procs import LITELLM_KEY, Procs, cpu_seconds, rss_kib, tree

NAMES = {
    "a": "pool direct",
    "b": "Envoy, no ext_proc",
    "c": "Envoy + Prism, cache miss",
    "d": "Envoy + Prism, repeated prompts (cache-hit case)",
    "e": "LiteLLM proxy",
}
CACHE_HEADER = "x-prism-cache"


@dataclass(frozen=True)
class Plan:
    sizes: tuple[int, ...] = (16, 64, 512)
    concurrencies: tuple[int, ...] = (1, 32)
    rounds: int = 2
    duration_s: float = 3.0
    warmup_s: float = 0.5
    open_loop: bool = True
    profile_s: float = 10.0
    seed: int = 0


def scenario_targets(procs: Procs) -> dict[str, tuple[Target, str, bool]]:
    """scenario -> (target, body model, distinct prompts)."""
    out = {
        "a": (Target("127.0.0.1", procs.pool_port), "qwen3-8b", True),
        "b": (Target("127.0.0.1", procs.plain_envoy_port), "qwen3-8b", True),
        "c": (Target("127.0.0.1", procs.envoy_port, watch_header=CACHE_HEADER), "auto", True),
        "d": (Target("127.0.0.1", procs.envoy_port, watch_header=CACHE_HEADER), "auto", False),
    }
    if procs.litellm_port:
        auth = (("Authorization", f"Bearer {LITELLM_KEY}"),)
        out["e"] = (Target("127.0.0.1", procs.litellm_port, headers=auth), "qwen3-8b", True)
    return out


@dataclass
class Cell:
    scenario: str
    tokens: int
    concurrency: int
    mode: str = "closed"
    rate: float = 0.0
    rec: Recorder = field(default_factory=Recorder)
    loadavg: list[float] = field(default_factory=list)
    cpu_s: dict[str, float] = field(default_factory=dict)
    unclassified: float = 0.0  # requests whose classifier pass missed the signal budget

    def row(self) -> dict[str, Any]:
        n = max(1, len(self.rec.latencies_ms) + self.rec.errors)
        cpu = {k: round(v * 1000 / n, 3) for k, v in self.cpu_s.items() if v > 0}
        return {
            "scenario": self.scenario,
            "name": NAMES[self.scenario],
            "tokens": self.tokens,
            "concurrency": self.concurrency,
            "mode": self.mode,
            "rate": self.rate,
            "loadavg_1m": [round(x, 2) for x in self.loadavg],
            **self.rec.stats(),
            "cpu_ms_per_req": cpu,
            "unclassified_share": round(self.unclassified / n, 4),
        }


def loadavg() -> float:
    return os.getloadavg()[0]


class Runner:
    def __init__(self, procs: Procs, plan: Plan, log: Callable[[str], None] = print) -> None:
        self.procs = procs
        self.plan = plan
        self.log = log
        self.targets = scenario_targets(procs)
        self.prompts: dict[tuple[str, int], PromptSet] = {}
        self.cells: dict[tuple[str, int, int, str, float], Cell] = {}
        self.rss_samples: list[dict[str, dict[str, int]]] = []
        self.trees = {name: tree(pid) for name, pid in procs.pids().items()}

    async def probe(self) -> dict[str, str]:
        """One request per scenario: did it reach the demo pool and come back as a completion?

        A failing (e) is dropped (with the reason in ``procs.litellm_error``); any other
        failing scenario stops the run."""
        out: dict[str, str] = {}
        for s, (target, model, _) in list(self.targets.items()):
            conn = Connection(target)
            try:
                status, headers, data = await conn.post(PromptSet(16, model, seed=99).next())
                ok = status == 200 and b"Demo answer from pool" in data
                sel = headers.get("x-selected-model", "-")
                out[s] = f"ok, x-selected-model={sel}" if ok else f"{status} {data[:160]!r}"
            except (OSError, HttpError, asyncio.IncompleteReadError) as exc:
                ok, out[s] = False, f"error: {exc!r}"
            finally:
                conn.close()
            if not ok and s == "e":
                self.procs.litellm_error = f"LiteLLM probe failed: {out[s]}"
                del self.targets[s]
            elif not ok:
                raise RuntimeError(f"scenario ({s}) probe failed: {out[s]}")
        return out

    def _prompts(self, scenario: str, tokens: int) -> PromptSet:
        key = (scenario, tokens)
        if key not in self.prompts:
            _, model, distinct = self.targets[scenario]
            # Distinct seeds per scenario: (c) never sees a prompt another scenario stored.
            seed = self.plan.seed * 100 + ord(scenario)
            self.prompts[key] = PromptSet(tokens, model, seed=seed, distinct=distinct)
        return self.prompts[key]

    def sample_rss(self) -> None:
        self.rss_samples.append({n: rss_kib(t) for n, t in self.trees.items()})

    def cpu(self) -> dict[str, float]:
        out = {n: cpu_seconds(t) for n, t in self.trees.items()}
        out["loadgen"] = time.process_time()  # this process: the load generator itself
        return out

    async def _one_cell(self, s: str, tokens: int, conc: int, mode: str, rate: float) -> None:
        target = self.targets[s][0]
        prompts = self._prompts(s, tokens)
        p = self.plan
        # Warm-up (not recorded), then the measured window with CPU accounting around it.
        skipped0 = await self._unclassified() if s in ("c", "d") else 0.0
        if mode == "open":
            await run_open(target, prompts.next, rate, p.warmup_s, 0.0)
            skipped0 = await self._unclassified() if s in ("c", "d") else 0.0
            before = self.cpu()
            rec = await run_open(target, prompts.next, rate, p.duration_s, 0.0)
        else:
            await run_closed(target, prompts.next, conc, p.warmup_s, 0.0)
            skipped0 = await self._unclassified() if s in ("c", "d") else 0.0
            before = self.cpu()
            rec = await run_closed(target, prompts.next, conc, p.duration_s, 0.0)
        after = self.cpu()
        skipped = (await self._unclassified() - skipped0) if s in ("c", "d") else 0.0
        key = (s, tokens, conc, mode, rate)
        cell = self.cells.setdefault(key, Cell(s, tokens, conc, mode, rate))
        cell.rec.merge(rec)
        cell.unclassified += skipped
        for name, t in after.items():
            cell.cpu_s[name] = cell.cpu_s.get(name, 0.0) + t - before.get(name, t)
        cell.loadavg.append(loadavg())
        st = rec.stats()
        self.log(
            f"  {s} {tokens:>4}tok {mode} c={conc:<3} r={rate:<6.0f} p50={st['p50_ms']:8.2f}ms "
            f"p99={st['p99_ms']:8.2f}ms rps={st['rps']:8.1f} err={st['errors']} "
            f"load={cell.loadavg[-1]:.2f}"
        )

    async def classifier_status(self) -> dict[str, Any]:
        """What Prism's ``/readyz`` says of its classifier: providers, the graph loaded and
        why (``precision_reason``; ``precision_probe_ms`` when it timed both graphs)."""
        url = f"http://127.0.0.1:{self.procs.config.server.admin_port}/readyz"
        try:
            ready = json.loads(await asyncio.to_thread(_fetch, url))
        except (OSError, ValueError) as exc:
            return {"error": repr(exc)}
        return dict(ready.get("classifier") or {})

    async def _unclassified(self) -> float:
        """Prism's count of jailbreak-signal failures (the signal every request computes):
        requests routed without their classifier pass because it missed the budget."""
        url = f"http://127.0.0.1:{self.procs.config.server.admin_port}/metrics"
        text = await asyncio.to_thread(_fetch, url)
        return sum(
            float(line.rsplit(" ", 1)[1])
            for line in text.splitlines()
            if line.startswith("prism_signal_failures_total{") and 'signal="jailbreak"' in line
        )

    async def run_closed_matrix(self) -> None:
        order = list(self.targets)
        for tokens in self.plan.sizes:
            for conc in self.plan.concurrencies:
                for r in range(self.plan.rounds):
                    # Rotate the order every round so no scenario always runs first or last.
                    k = r % len(order)
                    for s in order[k:] + order[:k]:
                        await self._one_cell(s, tokens, conc, "closed", 0.0)
                self.sample_rss()

    async def run_open_block(
        self, tokens: int, among: tuple[str, ...], skip: tuple[str, ...] = ()
    ) -> float:
        """Open loop at half the slowest saturated throughput of the ``among`` scenarios,
        for every scenario but ``skip`` (one that could not keep up would only queue)."""
        top = max(self.plan.concurrencies)
        sat = [
            self.cells[(s, tokens, top, "closed", 0.0)].rec.stats()["rps"]
            for s in among
            if (s, tokens, top, "closed", 0.0) in self.cells
        ]
        if not sat:
            return 0.0
        rate = float(max(1, round(0.5 * min(sat))))
        order = [s for s in self.targets if s not in skip]
        for r in range(self.plan.rounds):
            k = r % len(order)
            for s in order[k:] + order[:k]:
                await self._one_cell(s, tokens, 0, "open", rate)
        self.sample_rss()
        return rate

    async def load_for(self, seconds: float, scenario: str = "c", tokens: int = 64) -> Recorder:
        target = self.targets[scenario][0]
        prompts = self._prompts(scenario, tokens)
        conc = max(self.plan.concurrencies)
        return await run_closed(target, prompts.next, conc, seconds, warmup_s=0.0)

    def rows(self) -> list[dict[str, Any]]:
        return [c.row() for c in self.cells.values()]


def _find(rows: list[dict[str, Any]], s: str, key: tuple[Any, ...]) -> dict[str, Any] | None:
    for r in rows:
        if (r["scenario"], r["tokens"], r["concurrency"], r["mode"], r["rate"]) == (s, *key):
            return r
    return None


def derive(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Added latency (p50/p99 differences) and throughput ratios per (tokens, concurrency)."""
    out: list[dict[str, Any]] = []
    keys = sorted({(r["tokens"], r["concurrency"], r["mode"], r["rate"]) for r in rows})
    for key in keys:
        t, c, mode, rate = key
        for x, base in (("b", "a"), ("c", "b"), ("c", "a"), ("d", "a"), ("e", "a")):
            rx, rb = _find(rows, x, key), _find(rows, base, key)
            if rx is None or rb is None or not rx["ok"] or not rb["ok"]:
                continue
            out.append(
                {
                    "pair": f"{x}-{base}",
                    "tokens": t,
                    "concurrency": c,
                    "mode": mode,
                    "rate": rate,
                    "added_p50_ms": round(rx["p50_ms"] - rb["p50_ms"], 3),
                    "added_p99_ms": round(rx["p99_ms"] - rb["p99_ms"], 3),
                    "rps_ratio": round(rx["rps"] / rb["rps"], 3) if rb["rps"] else None,
                }
            )
    return out


def hit_rate(rows: list[dict[str, Any]], scenario: str) -> float | None:
    hits = total = 0
    for r in rows:
        if r["scenario"] == scenario:
            hits += r["watched"].get("hit", 0)
            total += sum(r["watched"].values())
    return round(hits / total, 4) if total else None


def _fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as resp:
        return str(resp.read().decode())
