"""`make bench` = `python -m bench`: all scenarios interleaved, results JSON + the report.

python -m bench                 # full run (~6-9 minutes on 2 cores)
python -m bench --quick         # 64-token prompts only, short windows, no soak (~2 minutes)
python -m bench --soak-s 60     # a short soak (bench/soak.py; default 600 s, 0 = skip)
python -m bench --no-litellm --no-profile --sizes 64 --concurrency 1 8
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path
from typing import Any

from bench import report
from bench.procs import BENCH_VENV, ROOT, Procs, find_tool
from bench.profiling import finish_pyspy, start_pyspy
from bench.scenarios import NAMES, Plan, Runner, derive, hit_rate
from bench.setting_arg import add_setting_option
from extproc.stack import find_envoy


def setup_tools() -> None:
    """Install the `bench` extra's tools into .venv-bench (kept apart from .venv: LiteLLM's
    proxy pulls uvloop, which Prism would then pick up and no longer be measured as shipped)."""
    extra = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    specs = extra["optional-dependencies"]["bench"]
    if not (BENCH_VENV / "bin" / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(BENCH_VENV)], check=True)
    pip = [str(BENCH_VENV / "bin" / "python"), "-m", "pip", "install", "-q"]
    print(f"installing into {BENCH_VENV}: {' '.join(specs)}", flush=True)
    subprocess.run([*pip, "--disable-pip-version-check", *specs], check=True)


def _run(args: list[str], prefix: str = "") -> str:
    """The first output line of a command (starting with ``prefix``, which is cut off)."""
    try:
        out = subprocess.run(args, capture_output=True, text=True, timeout=60)
        lines = (out.stdout or out.stderr).strip().splitlines()
        return next(x[len(prefix) :].strip() for x in lines if x.startswith(prefix))
    except (OSError, subprocess.SubprocessError, StopIteration):
        return "unknown"


def machine_info() -> dict[str, Any]:
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kib = int(Path("/proc/meminfo").read_text().split()[1])
    litellm = find_tool("litellm")
    return {
        "nproc": os.cpu_count(),
        "cpu_model": cpu,
        "mem_gib": round(mem_kib / 2**20, 1),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "envoy": _run([find_envoy(), "--version"]).split("version:")[-1].strip(),
        "litellm": _run(
            [str(Path(litellm).parent / "python"), "-m", "pip", "show", "litellm"], "Version:"
        )
        if litellm
        else "not installed",
        "loadavg_start": [round(x, 2) for x in os.getloadavg()],
    }


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true", help="64-token prompts, 1 round, 1.5 s windows")
    p.add_argument("--sizes", type=int, nargs="+", help="prompt sizes in tokens (16 64 512)")
    p.add_argument("--concurrency", type=int, nargs="+", help="closed-loop levels (1 32)")
    p.add_argument("--rounds", type=int, help="interleaved rounds per cell (2)")
    p.add_argument("--duration", type=float, help="measured seconds per scenario per round (3)")
    p.add_argument("--profile-s", type=float, help="py-spy window under load (10)")
    p.add_argument("--no-native", action="store_true", help="skip the py-spy --native profile")
    p.add_argument("--no-litellm", action="store_true", help="skip scenario (e)")
    p.add_argument("--no-profile", action="store_true")
    p.add_argument("--no-open-loop", action="store_true")
    p.add_argument(
        "--soak-s", type=float, help="RSS soak after the matrix, seconds (600; --quick: 0)"
    )
    p.add_argument(
        "--conversation-reps",
        type=int,
        help="rounds of bench/conversations.py: 8k-token agent conversation, next turn, "
        "exact repeat (12; --quick: 4; 0 = skip)",
    )
    add_setting_option(p, "max_batch_tokens=1024 (for Prism in this run: an A/B)")
    p.add_argument("--keep-workdir", action="store_true", help="keep configs and logs in /tmp")
    p.add_argument("--no-setup", action="store_true", help="never install the bench tools")
    p.add_argument("--setup", action="store_true", help="(re)install the bench tools and exit")
    p.add_argument(
        "--out", type=Path, help="results JSON (bench/results/latest.json; quick.json with --quick)"
    )
    p.add_argument("--doc", type=Path, default=ROOT / "docs" / "BENCHMARKS.md")
    p.add_argument("--no-doc", action="store_true", help="do not update docs/BENCHMARKS.md")
    p.add_argument("--render", type=Path, help="only re-render the doc from this results JSON")
    a = p.parse_args(argv)
    if a.out is None:
        a.out = ROOT / "bench" / "results" / ("quick.json" if a.quick else "latest.json")
    return a


def make_plan(a: argparse.Namespace) -> Plan:
    base = Plan(sizes=(64,), rounds=1, duration_s=1.5, profile_s=4.0) if a.quick else Plan()
    return Plan(
        sizes=tuple(a.sizes or base.sizes),
        concurrencies=tuple(a.concurrency or base.concurrencies),
        rounds=a.rounds or base.rounds,
        duration_s=a.duration or base.duration_s,
        warmup_s=base.warmup_s,
        open_loop=not a.no_open_loop,
        profile_s=0.0 if a.no_profile else (a.profile_s or base.profile_s),
    )


async def profile(runner: Runner, seconds: float, workdir: Path, native: bool) -> dict[str, Any]:
    """py-spy on Prism while (c) runs at the highest concurrency with 64-token prompts."""
    name = "prism-profile-native.txt" if native else "prism-profile.txt"
    target = workdir / name
    started = start_pyspy(runner.procs.prism_pid, seconds, target, native)
    if isinstance(started, str):
        return {"error": started}
    await asyncio.sleep(0.3)
    rec = await runner.load_for(seconds + 0.5)
    prof = await asyncio.to_thread(finish_pyspy, started, target, 30.0)
    stats = rec.stats()
    stats.pop("watched", None)
    prof["native"] = native
    prof["load"] = {"scenario": "c", "tokens": 64, **stats}
    if target.exists():
        shutil.copy(target, ROOT / "bench" / "results" / name)
    return prof


async def measure(runner: Runner, plan: Plan, workdir: Path, native: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"probe": await runner.probe()}
    out["classifier"] = await runner.classifier_status()
    await runner.run_closed_matrix()
    if plan.open_loop:
        tokens = 64 if 64 in plan.sizes else plan.sizes[0]
        # Half of LiteLLM's ceiling (every scenario), then half of Prism's (without (e)).
        out["open_loop_rates"] = [
            await runner.run_open_block(tokens, among=("a", "c", "e")),
            await runner.run_open_block(tokens, among=("a", "c"), skip=("e",)),
        ]
    if plan.profile_s > 0:
        out["profile"] = await profile(runner, plan.profile_s, workdir, native=False)
        if native:
            out["profile_native"] = await profile(runner, plan.profile_s / 2, workdir, True)
    return out


def encoder_ceiling(seconds_budget: float = 8.0) -> dict[str, Any]:
    """The shared encoder's own batched throughput on this machine, 64-token prompts, with
    the settings Prism runs (batch 16, its batch workers x 1 onnxruntime thread)."""
    from bench.bench_classifiers import prompt_of, throughput
    from classifiers.engine import SignalEngine
    from classifiers.settings import ClassifierSettings

    settings = ClassifierSettings()
    engine = SignalEngine.load(settings)
    text = prompt_of(engine, 64)
    n = 256
    t0 = time.perf_counter()
    rps = throughput(
        engine,
        [f"{i} {text}" for i in range(n)],
        settings.max_batch_size,
        workers=settings.batch_workers,
    )
    if time.perf_counter() - t0 < seconds_budget / 4:  # a longer sample when it is fast
        rps = throughput(
            engine,
            [f"{i} {text}" for i in range(n * 4)],
            settings.max_batch_size,
            workers=settings.batch_workers,
        )
    return {"rps": rps, "batch": settings.max_batch_size, "workers": settings.batch_workers}


def main(argv: list[str] | None = None) -> int:
    a = parse(argv)
    if a.setup:
        setup_tools()
        return 0
    if a.render:
        report.update_doc(a.doc, json.loads(a.render.read_text()))
        return 0
    wanted = ([] if a.no_litellm else ["litellm"]) + ([] if a.no_profile else ["py-spy"])
    if not a.no_setup and any(find_tool(t) is None for t in wanted):
        setup_tools()
    plan = make_plan(a)
    machine = machine_info()
    ceiling = encoder_ceiling()
    print(f"encoder ceiling: {ceiling}", flush=True)
    print(f"machine: {machine}", flush=True)
    workdir = Path(tempfile.mkdtemp(prefix="prism-bench-"))
    a.out.parent.mkdir(parents=True, exist_ok=True)
    procs = Procs(workdir, classifiers=dict(a.setting))
    started = time.monotonic()
    try:
        procs.start(litellm=not a.no_litellm)
        if procs.litellm_error:
            print(f"scenario (e) skipped: {procs.litellm_error}", flush=True)
        runner = Runner(procs, plan, log=lambda s: print(s, flush=True))
        extra = asyncio.run(measure(runner, plan, workdir, not a.no_native))
        runner.sample_rss()
    except BaseException:
        for log in sorted(workdir.glob("*.log")):
            print(f"--- {log.name}\n{log.read_text(errors='replace')[-2000:]}", file=sys.stderr)
        raise
    finally:
        procs.stop()
        if not a.keep_workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    rows = runner.rows()
    peak: dict[str, int] = {}
    for sample in runner.rss_samples:
        for name, mem in sample.items():
            peak[name] = max(peak.get(name, 0), mem.get("VmHWM", 0), mem.get("VmRSS", 0))
    machine["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    results: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "command": " ".join(["python -m bench", *(sys.argv[1:] if argv is None else argv)]),
        "wall_s": round(time.monotonic() - started, 1),
        "machine": machine,
        "plan": plan.__dict__,
        "scenarios": NAMES,
        "litellm_error": procs.litellm_error,
        "rows": rows,
        "added": derive(rows),
        "cache_hit_rate": {"c": hit_rate(rows, "c"), "d": hit_rate(rows, "d")},
        "peak_rss_mib": {k: round(v / 1024, 1) for k, v in sorted(peak.items())},
        "encoder_ceiling": ceiling,
        **extra,
    }
    reps = a.conversation_reps if a.conversation_reps is not None else (4 if a.quick else 12)
    if reps > 0:
        from bench.conversations import run as conversations

        print(f"conversations: {reps} rounds", flush=True)
        results["conversations"] = asyncio.run(conversations(reps))
    soak_s = a.soak_s if a.soak_s is not None else (0.0 if a.quick else 600.0)
    if soak_s > 0:
        from bench.soak import soak

        print(f"soak: {soak_s:.0f} s of mixed traffic", flush=True)
        results["soak"] = asyncio.run(soak(soak_s, clients=8, sample_s=10.0))
    results["targets"] = report.targets(results)
    a.out.write_text(json.dumps(results, indent=1) + "\n")
    print(f"wrote {a.out}")
    if not a.no_doc:
        report.update_doc(a.doc, results)
        print(f"updated {a.doc}")
    for t in results["targets"]:
        print(f"target: {t['target']}: {t['status']} ({t['detail']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
