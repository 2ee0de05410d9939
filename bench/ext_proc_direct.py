"""Prism's ext_proc server driven over gRPC as Envoy drives it, with no Envoy and no pool.

    python -m bench.ext_proc_direct --providers CUDAExecutionProvider CPUExecutionProvider
    python -m bench.ext_proc_direct --reps 5 --json out.json      # the CPU provider

For machines that have no Envoy (the GPU leases carry Prism's Python packages only) and to
see Prism's own part of a request without the proxy's: ``prism serve`` runs the embedded
default config (memory cache, every untrusted message scanned) in its own process, with
``classifiers.providers`` as given, and this client plays Envoy on one ``Process`` stream
per request: request headers, request body, and, when Prism lets the request through,
the pool's answer (response headers and a complete JSON body, so a cacheable answer is
stored). The time of a request is from its first message to Prism's answer to the body
(an ``override_message_timeout`` sent meanwhile is read and skipped). A 429/503 with
``retry-after`` is retried after that many seconds, as an agent's client does, and counts.

Scenarios, one request at a time unless said (the same texts as ``bench.conversations``):
``short`` (a fresh 64-token chat), ``first_sight`` (a fresh ~8k-token agent conversation
with 24 tool results), ``next_turn`` (that conversation plus two new messages),
``exact_repeat`` (a coding question answered by the pool, then sent again), and
``saturated`` (``--concurrency`` streams of fresh 64-token chats for ``--seconds``: answered
requests per second). Per scenario: p50/p99, answers by kind, Prism's CPU seconds per
request and, where ``nvidia-smi`` exists, the GPU's mean utilisation while it ran.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import grpc
import yaml
from envoy.service.ext_proc.v3 import external_processor_pb2_grpc as ext_proc_grpc

from bench.conversations import conversation, next_turn
from bench.loadgen import make_prompt
from bench.procs import cpu_seconds
from bench.soak import default_config_on_free_ports
from tests.unit.ext_proc_client import (
    request_body,
    request_headers,
    response_body,
    response_headers,
)

ANSWER = {
    "id": "chatcmpl-direct",
    "object": "chat.completion",
    "created": 0,
    "model": "Qwen/Qwen3-8B",
    "choices": [{"index": 0, "finish_reason": "stop",
                 "message": {"role": "assistant", "content": "Use a dict comprehension."}}],
    "usage": {"prompt_tokens": 12, "completion_tokens": 5, "total_tokens": 17},
}  # fmt: skip
MODELS = Path(__file__).resolve().parents[1] / "models"
REPEAT = "How do I invert a dictionary in Python? Show a short example."


def write_config(workdir: Path, providers: list[str]) -> tuple[Path, int]:
    data = default_config_on_free_ports()
    data["cache"] = {"backend": "memory"}
    data.setdefault("classifiers", {}).update(providers=providers, models_dir=str(MODELS))
    path = workdir / "prism.yaml"
    path.write_text(yaml.safe_dump(data))
    return path, int(data["server"]["grpc_port"])


def chat(messages: list[dict[str, Any]]) -> bytes:
    return json.dumps({"model": "auto", "messages": messages}).encode()


async def send(stub: Any, body: bytes, answer: bool = True) -> tuple[float, str, float]:
    """One request as Envoy sends it: (ms to Prism's body answer, its kind, retry-after)."""
    call = stub.Process()
    t0 = time.perf_counter()
    await call.write(request_headers())
    await call.read()
    await call.write(request_body(body))
    while True:
        resp = await call.read()
        which = resp.WhichOneof("response")
        if which in ("request_body", "immediate_response"):
            break
    ms = (time.perf_counter() - t0) * 1000
    if which == "immediate_response":
        imm = resp.immediate_response
        hdrs = {h.header.key: (h.header.raw_value.decode() or h.header.value)
                for h in imm.headers.set_headers}  # fmt: skip
        kind = "hit" if hdrs.get("x-prism-cache") == "hit" else str(imm.status.code)
        wait = float(hdrs.get("retry-after", "0") or 0)
        call.cancel()
        return ms, kind, wait
    if answer:
        await call.write(response_headers(200))
        await call.read()
        await call.write(response_body(json.dumps(ANSWER).encode(), True))
        await call.read()
    await call.done_writing()
    call.cancel()
    return ms, "pass", 0.0


async def answered(stub: Any, body: bytes, max_tries: int = 12) -> tuple[float, str]:
    t0 = time.perf_counter()
    for tries in range(1, max_tries + 1):
        _, kind, wait = await send(stub, body)
        if kind not in ("429", "503") or not wait or tries == max_tries:
            break
        await asyncio.sleep(wait)
    return (time.perf_counter() - t0) * 1000, f"{kind} x{tries}"


def cpu_s(pid: int) -> float:
    return cpu_seconds([pid])


class GpuUtil:
    """Mean GPU utilisation (%) over a block, sampled by ``nvidia-smi`` every 100 ms."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen[str] | None = None

    def __enter__(self) -> GpuUtil:
        if shutil.which("nvidia-smi"):
            self.proc = subprocess.Popen(
                ["nvidia-smi", "--query-gpu=utilization.gpu", "--format=csv,noheader,nounits",
                 "-lms", "100"], stdout=subprocess.PIPE, text=True)  # fmt: skip
        return self

    def __exit__(self, *exc: object) -> None:
        self.mean: float | None = None
        if self.proc is not None:
            self.proc.terminate()
            out = [float(x) for x in self.proc.communicate()[0].split() if x.strip()]
            self.mean = round(statistics.fmean(out), 1) if out else None


def summary(ms: list[float], kinds: list[str], cpu: float, util: GpuUtil) -> dict[str, Any]:
    ms_sorted = sorted(ms)
    return {
        "n": len(ms),
        "p50_ms": round(statistics.median(ms), 2),
        "p99_ms": round(ms_sorted[min(len(ms) - 1, int(0.99 * len(ms)))], 2),
        "answers": {k: kinds.count(k) for k in sorted(set(kinds))},
        "prism_cpu_ms_per_request": round(cpu * 1000 / max(1, len(ms)), 2),
        "gpu_util_mean_pct": util.mean,
    }


async def scenarios(stub: Any, pid: int, reps: int, seconds: float, conc: int) -> dict[str, Any]:
    rng = random.Random(7)
    out: dict[str, Any] = {}
    for i in range(20):  # warm the sessions, tokenizer and memo paths
        await answered(stub, chat([{"role": "user", "content": make_prompt(64, rng, f"w{i}")}]))

    async def timed(name: str, bodies: list[bytes], prime: list[bytes] | None = None) -> None:
        ms: list[float] = []
        kinds: list[str] = []
        cpu = 0.0
        with GpuUtil() as util:
            for i, body in enumerate(bodies):
                if prime:
                    await answered(stub, prime[i])
                c0 = cpu_s(pid)
                t, k = await answered(stub, body)
                cpu += cpu_s(pid) - c0
                ms.append(t)
                kinds.append(k)
        out[name] = summary(ms, kinds, cpu, util)
        print(name, out[name], flush=True)

    await timed("short", [chat([{"role": "user", "content": make_prompt(64, rng, f"s{i}")}])
                          for i in range(max(50, reps * 10))])  # fmt: skip
    convs = [conversation(rng, f"c{i}") for i in range(reps)]
    await timed("first_sight", [chat(c) for c in convs])
    await timed("next_turn", [chat(next_turn(c, rng, f"c{i}")) for i, c in enumerate(convs)])
    repeat = [chat([{"role": "user", "content": f"{REPEAT} ({i})"}]) for i in range(reps * 4)]
    await timed("exact_repeat", repeat, prime=repeat)

    done: list[float] = []
    kinds: list[str] = []
    stop = time.perf_counter() + seconds

    async def client(cid: int) -> None:
        r = random.Random(cid)
        n = 0
        while time.perf_counter() < stop:
            body = chat([{"role": "user", "content": make_prompt(64, r, f"sat{cid}.{n}")}])
            n += 1
            t, k = await answered(stub, body)
            done.append(t)
            kinds.append(k)

    c0, t0 = cpu_s(pid), time.perf_counter()
    with GpuUtil() as util:
        await asyncio.gather(*(client(i) for i in range(conc)))
    wall = time.perf_counter() - t0
    out["saturated"] = {**summary(done, kinds, cpu_s(pid) - c0, util),
                        "concurrency": conc, "req_per_s": round(len(done) / wall, 1),
                        "prism_cpu_cores_busy": round((cpu_s(pid) - c0) / wall, 2)}  # fmt: skip
    print("saturated", out["saturated"], flush=True)
    return out


async def drive(
    port: int, proc: subprocess.Popen[bytes], args: argparse.Namespace
) -> dict[str, Any]:
    channel = grpc.aio.insecure_channel(f"127.0.0.1:{port}")
    deadline = time.perf_counter() + args.start_timeout
    while True:
        if proc.poll() is not None or time.perf_counter() > deadline:
            raise RuntimeError(f"prism serve did not start (exit code {proc.returncode})")
        try:
            await asyncio.wait_for(channel.channel_ready(), timeout=1.0)
            break
        except TimeoutError:
            continue
    try:
        return await scenarios(ext_proc_grpc.ExternalProcessorStub(channel), proc.pid,
                               args.reps, args.seconds, args.concurrency)  # fmt: skip
    finally:
        await channel.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--providers", nargs="+", default=["CPUExecutionProvider"])
    ap.add_argument("--reps", type=int, default=8, help="conversations (and 4x repeats)")
    ap.add_argument("--seconds", type=float, default=15.0, help="saturated run length")
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--start-timeout", type=float, default=120.0)
    ap.add_argument("--json", help="write the results here")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        config, port = write_config(Path(tmp), args.providers)
        log = open(Path(tmp) / "prism.log", "w")
        proc = subprocess.Popen([sys.executable, "-m", "extproc.cli", "serve", "--config",
                                 str(config)], stdout=log, stderr=subprocess.STDOUT)  # fmt: skip
        try:
            results = asyncio.run(drive(port, proc, args))
        finally:
            proc.terminate()
            proc.wait(timeout=30)
            log.close()
            text = (Path(tmp) / "prism.log").read_text()
            head, tail = text[:3000], text[-3000:]
            print(head, tail[-1500:], sep="\n...\n", file=sys.stderr)
    results["providers"] = args.providers
    results["prism_log_head"], results["prism_log_tail"] = head, tail
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
