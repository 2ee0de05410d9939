"""Reading-mode replay of agent sets for several tool-result readers at the cost of one
(docs/classifiers.md, candidates T7-T10).

``python -m bench.agent_replay --set agent_injections_v18.json [--set ...] --variant
HEAD|SHIFT|BRANCH_HEAD [--variant ...] [--memo FILE] --out FILE`` scores every tool result of
the sets (each injection in its carrier, each clean carrier) as ``bench.message_scores
--reading`` does, once per variant: MiniLM's tool-result head ``HEAD`` (an ``.npz``; ``none``
for no head), ``addressed_segment_shift`` ``SHIFT`` and, optionally, the branch's tool-result
head ``BRANCH_HEAD``. Every ONNX session run is memoised by its inputs (and kept in ``--memo``
between runs), so the encoders run once and each further variant costs only what the engine
does around them. The heads and the shift change no session input, so a replay's scores are
the reading's own (on agent v18 it reproduced ``message_scores --reading``: 218 of 300
injected, 11 of 60 clean flagged)."""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import pickle
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import onnxruntime as ort

from bench.blind import fill, pairs
from bench.message_scores import signal_score
from classifiers.engine import SignalEngine
from classifiers.settings import ClassifierSettings
from classifiers.tool_head import ToolHead
from extproc.signals.reading import read_text

BLIND_DIR = Path(__file__).parent / "blind"
THRESHOLD = 0.8  # the default config's jailbreak signal


def _key(session: Any, names: Any, feeds: dict[str, np.ndarray]) -> bytes:
    h = hashlib.blake2b(digest_size=16)
    h.update(repr((getattr(session, "_model_path", ""), tuple(names or ()))).encode())
    for name in sorted(feeds):
        v = np.ascontiguousarray(feeds[name])
        h.update(name.encode() + repr((v.dtype.str, v.shape)).encode() + v.tobytes())
    return h.digest()


@contextmanager
def memoised_sessions(memo: dict[bytes, list[np.ndarray]]) -> Iterator[dict[str, int]]:
    """Within the block, every ``InferenceSession.run`` answers from ``memo`` when it has
    seen the same inputs; yields the counts of runs made and answered."""
    run = ort.InferenceSession.run
    counts = {"ran": 0, "answered": 0}

    def cached(self: Any, names: Any, feeds: Any, *args: Any, **kw: Any) -> Any:
        key = _key(self, names, feeds)
        if key in memo:
            counts["answered"] += 1
        else:
            counts["ran"] += 1
            memo[key] = run(self, names, feeds, *args, **kw)
        return [x.copy() for x in memo[key]]

    ort.InferenceSession.run = cached  # type: ignore[method-assign]
    try:
        yield counts
    finally:
        ort.InferenceSession.run = run  # type: ignore[method-assign]


def tool_results(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The set's tool results: each injection in its carriers, then each clean carrier."""
    out = [
        {
            "kind": "inj",
            "lang": inj.get("lang", "en"),
            "carrier": c["id"],
            "inj": inj["id"],
            "text": fill(c, inj["text"]),
        }
        for c, inj in pairs(data)
    ]
    return out + [
        {"kind": "clean", "lang": c.get("lang", "en"), "carrier": c["id"], "text": fill(c, "")}
        for c in data["carriers"]
    ]


def tool_result_scores(eng: SignalEngine, texts: list[str]) -> list[float]:
    """The default jailbreak signal's score of each text read as a tool result."""

    async def classify(text: str) -> tuple[Any, str]:
        return eng.classify_batch([text])[0], ""

    return [signal_score(asyncio.run(read_text(classify, t))[0], True) for t in texts]


def set_variant(eng: SignalEngine, base: ClassifierSettings, variant: str) -> None:
    """``HEAD|SHIFT|BRANCH_HEAD`` (the last two optional) onto a loaded engine."""
    head, shift, branch_head = ([*variant.split("|"), "", ""])[:3]
    eng._tool = None if head == "none" else ToolHead.load(Path(head))
    if branch_head and eng._branch is not None:
        eng._branch._tool = ToolHead.load(Path(branch_head))
    eng.settings = base.model_copy(update={"addressed_segment_shift": float(shift or 0.0)})


def replay(
    eng: SignalEngine, sets: dict[str, list[dict[str, Any]]], variants: list[str]
) -> dict[str, Any]:
    base = eng.settings
    out: dict[str, Any] = {}
    try:
        for variant in variants:
            set_variant(eng, base, variant)
            scores = {
                name: tool_result_scores(eng, [m["text"] for m in ms]) for name, ms in sets.items()
            }
            total = {"inj": 0, "inj_n": 0, "clean": 0, "clean_n": 0, "inj_en": 0, "clean_en": 0}
            for name, ms in sets.items():
                for m, x in zip(ms, scores[name], strict=True):
                    k, hit = m["kind"], int(x >= THRESHOLD)
                    total[k] += hit
                    total[k + "_n"] += 1
                    total[k + "_en"] += hit if m["lang"] == "en" else 0
            out[variant] = {"total": total, "scores": scores}
    finally:
        eng.settings = base
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", action="append", required=True, help="set file under bench/blind/")
    ap.add_argument("--variant", action="append", required=True, help="HEAD|SHIFT|BRANCH_HEAD")
    ap.add_argument("--models", type=Path, default=None)
    ap.add_argument("--memo", type=Path, default=None, help="keep the session runs here")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    memo: dict[bytes, list[np.ndarray]] = {}
    if args.memo is not None and args.memo.exists():
        memo = pickle.loads(args.memo.read_bytes())
    sets = {
        s: tool_results(json.loads((BLIND_DIR / s).read_text(encoding="utf-8"))) for s in args.set
    }
    where = {"models_dir": str(args.models)} if args.models is not None else {}
    with memoised_sessions(memo) as counts:
        eng = SignalEngine.load(ClassifierSettings(warmup=False, **where))  # type: ignore[arg-type]
        result = replay(eng, sets, args.variant)
    if args.memo is not None and counts["ran"]:
        args.memo.write_bytes(pickle.dumps(memo))
    for variant, r in result.items():
        print(variant, json.dumps(r["total"]))
    messages = {
        s: [{k: v for k, v in m.items() if k != "text"} for m in ms] for s, ms in sets.items()
    }
    args.out.write_text(json.dumps({"sets": args.set, "messages": messages, "variants": result}))


if __name__ == "__main__":
    main()
