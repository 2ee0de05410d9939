"""CPU profile of the running Prism process with py-spy (sampling, attaches by pid).

py-spy's ``raw`` output is one collapsed stack per line: ``frame;frame;... count``, where a
frame reads ``function (path/file.py:line)``.  We aggregate it into the functions with the
most *self* samples and the files with the most *inclusive* samples.
"""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

from bench.procs import find_tool

_FRAME = re.compile(r"^(?P<func>.*?) \((?P<file>[^()]*?)(?::\d+)?\)$")

# Buckets, first match wins, tested against the file path of every frame of a stack.
# py-spy prints paths relative to the sys.path entry they came from (extproc/..., asyncio/...).
BUCKETS: tuple[tuple[str, str], ...] = (
    ("semantic cache", r"(^|/)cache/|extproc/cache_flow\.py"),
    ("signals (keyword/regex/header)", r"(^|/)extproc/signals/"),
    ("policy engine", r"(^|/)extproc/policy/"),
    ("request parsing (surfaces)", r"(^|/)extproc/surfaces/"),
    ("ext_proc message building", r"ext_proc_messages\.py"),
    ("telemetry/metrics", r"telemetry\.py|metrics\.py|prometheus_client|opentelemetry"),
    ("logging", r"(^|/)logging/|extproc/logs\.py"),
    ("processor (other)", r"extproc/(processor|pipeline|steps|servicer)\.py"),
    ("grpc.aio / protobuf", r"grpc|protobuf|_pb2|_message\.abi3"),
    ("asyncio event loop", r"(^|/)asyncio/|_asynciomodule"),
)


# Leaf functions of a thread that waits (py-spy --native cannot tell idle threads apart).
IDLE = frozenset(
    {
        "epoll_wait",
        "poll",
        "select",
        "pthread_cond_wait",
        "pthread_cond_timedwait",
        "sem_wait",
        "sem_timedwait",
        "__futex_abstimed_wait_common",
        "nanosleep",
        "clock_nanosleep",
        "EpollSelector.select",
    }
)


def _split(frame: str) -> tuple[str, str]:
    m = _FRAME.match(frame.strip())
    if not m:
        return frame.strip(), ""
    return m.group("func"), m.group("file")


def _short(path: str) -> str:
    for marker in ("site-packages/", "/lib/python3.12/", "/wt-bench/"):
        if marker in path:
            return path.split(marker, 1)[1]
    return path


def summarize(raw: str, top: int = 15) -> dict[str, Any]:
    self_counts: Counter[str] = Counter()
    file_incl: Counter[str] = Counter()
    buckets: Counter[str] = Counter()
    total = idle = 0
    for line in raw.splitlines():
        stack, _, count_s = line.rpartition(" ")
        if not stack or not count_s.isdigit():
            continue
        count = int(count_s)
        frames = [_split(f) for f in stack.split(";")]
        # py-spy prefixes the thread as a pseudo-frame ("process 12:\"...\"" / "thread (0x..)").
        frames = [f for f in frames if f[1]]
        if not frames:
            continue
        func, path = frames[-1]
        if func in IDLE:
            idle += count
            continue
        total += count
        self_counts[f"{func} ({_short(path)})"] += count
        for p in {_short(p) for _, p in frames}:
            file_incl[p] += count
        # Attribute the stack to the deepest frame that falls into a named bucket.
        bucket = "other"
        if func == "Thread.run":  # grpc.aio's poller: a Python thread running only C code
            bucket = "grpc.aio poller thread (C, no Python frames)"
        elif func == "Handle._run":  # a C callback or C task step run by the event loop
            bucket = "compiled code called by the event loop (cygrpc, C tasks)"
        for _, p in reversed(frames if bucket == "other" else []):
            hit = next((b for b, pat in BUCKETS if re.search(pat, p)), None)
            if hit:
                bucket = hit
                break
        buckets[bucket] += count

    def pct(c: Counter[str], n: int = top) -> list[dict[str, Any]]:
        return [
            {"name": k, "samples": v, "pct": round(100 * v / max(1, total), 1)}
            for k, v in c.most_common(n)
        ]

    return {
        "samples": total,
        "idle_samples_dropped": idle,
        "self": pct(self_counts),
        "inclusive_files": pct(file_incl, 60),
        "buckets": pct(buckets),
    }


def start_pyspy(
    pid: int, seconds: float, out: Path, native: bool = False
) -> subprocess.Popen[bytes] | str:
    """Start ``py-spy record`` on ``pid``; returns the process or why it cannot run.

    ``native`` also unwinds C/Cython frames (grpc's cygrpc, orjson, re), which pauses the
    process for each sample; without it py-spy reads memory without stopping Prism, and
    time spent in compiled code shows up as self time of the calling Python frame."""
    exe = find_tool("py-spy")
    if exe is None:
        return "py-spy not installed (pip install -e '.[bench]' or python -m bench --setup)"
    args = [exe, "record", "--pid", str(pid), "--duration", str(max(1, round(seconds)))]
    args += ["--rate", "250", "--format", "raw", "--output", str(out)]
    args += ["--native"] if native else ["--nonblocking"]
    with open(out.with_suffix(".log"), "wb") as log:  # the child keeps its own fd
        return subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT)


def finish_pyspy(proc: subprocess.Popen[bytes], out: Path, timeout: float) -> dict[str, Any]:
    try:
        rc = proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        rc = proc.wait()
    if rc != 0 or not out.exists():
        tail = out.with_suffix(".log").read_text(errors="replace")[-800:]
        return {"error": f"py-spy exited {rc}: {tail}"}
    return summarize(out.read_text())
