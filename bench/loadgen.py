"""An asyncio HTTP/1.1 load generator over keep-alive raw streams (TCP_NODELAY on every socket).

Two modes:

* closed loop (`run_closed`): ``concurrency`` workers, each on its own keep-alive connection,
  send the next request as soon as the previous answer is fully read;
* open loop (`run_open`): requests start on a fixed schedule (``rate`` per second) whatever
  the answers do; latency is measured from the *scheduled* start, so a stalled server shows
  up as queueing delay instead of being hidden (no coordinated omission).

Latency = request write start (closed) or scheduled start (open) -> last body byte read.
A request is an error when the status is not 200 or the connection fails; errored requests
are counted and excluded from the latency percentiles.
"""

from __future__ import annotations

import asyncio
import math
import random
import socket
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson

# Everyday, neutral sentences (no PII, no signal keywords): realistic input for the
# classifiers, unlike random word salad, which a jailbreak detector rightly finds odd.
SENTENCES = (
    "I am planning a weekend trip to the coast with my family.",
    "Could you suggest a few places to visit and things to pack?",
    "We usually like quiet beaches, long walks and local food markets.",
    "The weather forecast says it will be sunny but a little windy.",
    "My garden has tomatoes, basil and a few rows of lettuce this year.",
    "What is a simple way to keep the soil moist during a dry summer?",
    "I want to bake bread at home without a special machine.",
    "Please give me a short list of ingredients and the main steps.",
    "Our book club is reading a novel about a lighthouse keeper.",
    "Can you summarise the main themes in a few friendly sentences?",
    "I would like to start running three times a week after work.",
    "How should a beginner build up distance without getting hurt?",
    "The office is organising a small party for the end of the year.",
    "Help me write a cheerful invitation that mentions music and snacks.",
    "My old laptop is slow when I open many browser tabs at once.",
    "Which habits help a computer stay tidy and responsive over time?",
    "We are choosing colours for the living room walls and curtains.",
    "Warm neutral tones feel cosy, but we also like a bit of green.",
    "I enjoy listening to podcasts about travel and history on the train.",
    "Recommend a few topics that would make a relaxing evening episode.",
)

# ~0.88 English words per token (measured with the MiniLM tokenizer on these sentences).
WORDS_PER_TOKEN = 0.88


def make_prompt(tokens: int, rng: random.Random, tag: str = "") -> str:
    """A varied, neutral prompt of about ``tokens`` tokens, made of everyday sentences."""
    words_wanted = max(1, round(tokens * WORDS_PER_TOKEN) - (2 if tag else 0))
    out: list[str] = []
    count = 0
    while count < words_wanted:
        sentence = rng.choice(SENTENCES)
        out.append(sentence)
        count += len(sentence.split())
    body = " ".join(" ".join(out).split()[:words_wanted])
    return f"{tag} {body}" if tag else body


@dataclass
class PromptSet:
    """Request bodies for one prompt size.

    ``distinct=True``: every body differs (a unique tag per request, so a cache misses);
    ``distinct=False``: a small fixed set of ``repeat`` bodies, cycled (so a cache can hit).
    """

    tokens: int
    model: str
    seed: int = 0
    distinct: bool = True
    repeat: int = 8
    _rng: random.Random = field(init=False)
    _i: int = field(init=False, default=0)
    _fixed: list[bytes] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        self._rng = random.Random(f"{self.seed}:{self.tokens}:{self.distinct}")
        if not self.distinct:
            self._fixed = [
                self._body(make_prompt(self.tokens, self._rng, f"q{i}")) for i in range(self.repeat)
            ]

    def _body(self, prompt: str) -> bytes:
        msg = {"role": "user", "content": prompt}
        return orjson.dumps({"model": self.model, "messages": [msg], "max_tokens": 16})

    def next(self) -> bytes:
        self._i += 1
        if self.distinct:
            return self._body(make_prompt(self.tokens, self._rng, f"r{self.seed}-{self._i}"))
        return self._fixed[self._i % len(self._fixed)]


@dataclass(frozen=True)
class Target:
    host: str
    port: int
    path: str = "/v1/chat/completions"
    headers: tuple[tuple[str, str], ...] = ()
    watch_header: str = ""  # count the values of this response header (e.g. x-prism-cache)


class HttpError(Exception):
    pass


class Connection:
    """One keep-alive HTTP/1.1 connection (raw asyncio streams, Nagle off)."""

    def __init__(self, target: Target) -> None:
        self.target = target
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        head = f"POST {target.path} HTTP/1.1\r\nHost: {target.host}:{target.port}\r\n"
        head += "Content-Type: application/json\r\nConnection: keep-alive\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in target.headers)
        self._head = head.encode()

    async def _connect(self) -> None:
        self.reader, self.writer = await asyncio.open_connection(self.target.host, self.target.port)
        sock = self.writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None

    async def post(self, body: bytes) -> tuple[int, dict[str, str], bytes]:
        if self.writer is None:
            await self._connect()
        assert self.reader is not None and self.writer is not None
        self.writer.write(self._head + b"Content-Length: %d\r\n\r\n" % len(body) + body)
        try:
            return await self._read_response(self.reader)
        except BaseException:
            self.close()
            raise

    async def _read_response(self, r: asyncio.StreamReader) -> tuple[int, dict[str, str], bytes]:
        status_line = await r.readline()
        if not status_line:
            raise HttpError("connection closed")
        parts = status_line.split(b" ", 2)
        if len(parts) < 2 or not parts[1].isdigit():
            raise HttpError(f"bad status line {status_line[:80]!r}")
        status = int(parts[1])
        headers: dict[str, str] = {}
        while True:
            line = await r.readline()
            if line in (b"\r\n", b"\n", b""):
                break
            k, _, v = line.decode("latin-1").partition(":")
            headers[k.strip().lower()] = v.strip()
        if headers.get("transfer-encoding", "").lower() == "chunked":
            chunks: list[bytes] = []
            while True:
                size = int((await r.readline()).split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while (await r.readline()) not in (b"\r\n", b"\n", b""):
                        pass
                    break
                chunks.append(await r.readexactly(size))
                await r.readexactly(2)
            data = b"".join(chunks)
        else:
            data = await r.readexactly(int(headers.get("content-length", "0")))
        if headers.get("connection", "").lower() == "close":
            self.close()
        return status, headers, data


def percentile(sorted_values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in [0, 100]) of an ascending sequence; 0.0 when empty."""
    if not sorted_values:
        return 0.0
    rank = max(1, min(len(sorted_values), math.ceil(q / 100 * len(sorted_values))))
    return float(sorted_values[rank - 1])


@dataclass
class Recorder:
    latencies_ms: list[float] = field(default_factory=list)
    errors: int = 0
    error_kinds: Counter[str] = field(default_factory=Counter)
    watched: Counter[str] = field(default_factory=Counter)
    elapsed_s: float = 0.0
    # Open loop only: how late the generator sent each request vs. its schedule.
    lag_ms: list[float] = field(default_factory=list)

    def merge(self, other: Recorder) -> None:
        self.latencies_ms += other.latencies_ms
        self.errors += other.errors
        self.error_kinds.update(other.error_kinds)
        self.watched.update(other.watched)
        self.elapsed_s += other.elapsed_s
        self.lag_ms += other.lag_ms

    def stats(self) -> dict[str, Any]:
        lat = sorted(self.latencies_ms)
        lag = sorted(self.lag_ms)
        n = len(lat)
        extra = {"send_lag_p50_ms": round(percentile(lag, 50), 3)} if lag else {}
        if lag:
            extra["send_lag_p99_ms"] = round(percentile(lag, 99), 3)
        return {
            "requests": n + self.errors,
            "ok": n,
            "errors": self.errors,
            "error_kinds": dict(self.error_kinds),
            "elapsed_s": round(self.elapsed_s, 3),
            "rps": round(n / self.elapsed_s, 1) if self.elapsed_s > 0 else 0.0,
            "mean_ms": round(sum(lat) / n, 3) if n else 0.0,
            "p50_ms": round(percentile(lat, 50), 3),
            "p90_ms": round(percentile(lat, 90), 3),
            "p99_ms": round(percentile(lat, 99), 3),
            "max_ms": round(lat[-1], 3) if n else 0.0,
            "watched": dict(self.watched),
            **extra,
        }


async def _one(conn: Connection, body: bytes, t0: float, rec: Recorder, record: bool) -> None:
    try:
        status, headers, _ = await conn.post(body)
    except (OSError, HttpError, asyncio.IncompleteReadError, ValueError) as exc:
        if record:
            rec.errors += 1
            rec.error_kinds[type(exc).__name__] += 1
        return
    if not record:
        return
    if status != 200:
        rec.errors += 1
        rec.error_kinds[f"http_{status}"] += 1
        return
    rec.latencies_ms.append((time.perf_counter() - t0) * 1000)
    if conn.target.watch_header:
        rec.watched[headers.get(conn.target.watch_header, "-")] += 1


async def run_closed(
    target: Target,
    next_body: Callable[[], bytes],
    concurrency: int,
    duration_s: float,
    warmup_s: float = 0.5,
) -> Recorder:
    """``concurrency`` keep-alive workers for ``warmup_s`` (not recorded) + ``duration_s``."""
    rec = Recorder()
    start = time.perf_counter()
    measure_from = start + warmup_s
    end = measure_from + duration_s

    async def worker() -> None:
        conn = Connection(target)
        try:
            while (now := time.perf_counter()) < end:
                await _one(conn, next_body(), now, rec, now >= measure_from)
        finally:
            conn.close()

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    rec.elapsed_s = max(1e-9, time.perf_counter() - measure_from)
    return rec


async def run_open(
    target: Target,
    next_body: Callable[[], bytes],
    rate: float,
    duration_s: float,
    warmup_s: float = 0.5,
    max_connections: int = 256,
) -> Recorder:
    """Start requests at ``rate``/s; latency from the scheduled start (includes queueing)."""
    rec = Recorder()
    idle: list[Connection] = []
    sem = asyncio.Semaphore(max_connections)
    tasks: set[asyncio.Task[None]] = set()
    start = time.perf_counter()
    measure_from = start + warmup_s
    total = int((warmup_s + duration_s) * rate)

    async def fire(scheduled: float, body: bytes) -> None:
        async with sem:
            conn = idle.pop() if idle else Connection(target)
            if scheduled >= measure_from:
                rec.lag_ms.append((time.perf_counter() - scheduled) * 1000)
            await _one(conn, body, scheduled, rec, scheduled >= measure_from)
            idle.append(conn)

    for i in range(total):
        scheduled = start + i / rate
        delay = scheduled - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        task = asyncio.create_task(fire(scheduled, next_body()))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
    if tasks:
        await asyncio.gather(*tasks)
    for conn in idle:
        conn.close()
    # Requests were offered over duration_s; completions may trail a little.
    rec.elapsed_s = max(duration_s, 1e-9)
    return rec
