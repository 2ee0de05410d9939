"""The jailbreak bias shift read on the engine itself (candidates W4 and W5, docs/classifiers.md).

``align`` and ``finetune_pooled --align`` choose a bias shift on pooled whole-text scores; the
engine also reads sentence segments, 256-token windows and P3's user-turn head, so a graph
aligned that way can lose attacks the engine flagged (W lost 44 of the test split's 2,176).
This script asks the engine: for each trial shift it writes a copy of ``--graph``'s artefacts
with ``jb_head.bias`` moved in both graphs, reads a split of the jailbreak data through
``SignalEngine`` (default settings, line 0.8) and prints attacks and harmless texts flagged,
next to ``--shipped``'s counts. Texts that ``--graph`` reads below ``--floor`` are not read
again (a shift of under a logit does not lift them to 0.8); the chosen shift should be
confirmed by a full read.

Usage (training venv): ``PYTHONPATH=. python -m classifiers.training.engine_align --graph DIR
--shifts 0.40,0.45 [--split val] [--shipped models] [--work /tmp/engine_align]``
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import numpy as np
import onnx
from onnx import numpy_helper

from classifiers.artifacts import write_manifest
from classifiers.engine import SignalEngine
from classifiers.settings import ClassifierSettings
from classifiers.training.data_jailbreak import jailbreak_examples

LINE = 0.8  # the default policy's block line
GRAPHS = ("prism_signals.int8.onnx", "prism_signals.float.onnx")


def shifted_copy(src: Path, dst: Path, shift: float) -> Path:
    """``src``'s artefacts in ``dst`` with ``jb_head.bias`` raised by ``shift`` logits."""
    shutil.copytree(src, dst, dirs_exist_ok=True)
    for name in GRAPHS:
        model = onnx.load(str(src / name))
        for init in model.graph.initializer:
            if init.name == "jb_head.bias":
                moved = numpy_helper.to_array(init).astype(np.float32) + np.float32(shift)
                init.CopyFrom(numpy_helper.from_array(moved, init.name))
        onnx.save(model, str(dst / name))
    write_manifest(dst, list(json.loads((src / "manifest.json").read_text())["files"]))
    return dst


def engine_scores(models: Path, texts: list[str], only: np.ndarray | None = None) -> np.ndarray:
    """The engine's jailbreak probability per text (NaN where ``only`` leaves it out)."""
    eng = SignalEngine.load(
        ClassifierSettings(models_dir=str(models), warmup=False, long_text_corroboration=0.4)
    )
    idx = np.arange(len(texts)) if only is None else only
    out = np.full(len(texts), np.nan)
    for s in range(0, len(idx), 32):
        batch = idx[s : s + 32]
        for i, sig in zip(batch, eng.classify_batch([texts[i] for i in batch]), strict=True):
            out[i] = sig.jailbreak.jailbreak_probability
    return out


def counts(p: np.ndarray, y: np.ndarray) -> dict[str, float]:
    hit = p >= LINE
    tp, fp = int((hit & (y == 1)).sum()), int((hit & (y == 0)).sum())
    fn = int((~hit & (y == 1)).sum())
    return {"attacks": tp, "harmless": fp, "f1": round(2 * tp / (2 * tp + fp + fn), 4)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--graph", type=Path, required=True, help="the candidate's artefacts")
    ap.add_argument("--shifts", required=True, help="comma-separated trial shifts (logits)")
    ap.add_argument("--split", default="val", choices=("val", "test"))
    ap.add_argument("--shipped", type=Path, default=Path("models"))
    ap.add_argument("--floor", type=float, default=0.1)
    ap.add_argument("--work", type=Path, default=Path("/tmp/engine_align"))
    args = ap.parse_args(argv)
    rows = [e for e in jailbreak_examples() if e.split == args.split and e.text.strip()]
    texts, y = [e.text for e in rows], np.array([e.jailbreak for e in rows])
    print("shipped", json.dumps(counts(engine_scores(args.shipped, texts), y)), flush=True)
    base = engine_scores(args.graph, texts)
    print("graph", json.dumps(counts(base, y)), flush=True)
    near = np.where((base >= args.floor) & (base < LINE))[0]
    for shift in (float(s) for s in args.shifts.split(",")):
        copy = shifted_copy(args.graph, args.work / f"shift_{shift:+.2f}", shift)
        p = base.copy()
        p[near] = engine_scores(copy, texts, near)[near]
        print(f"shift {shift:+.2f}", json.dumps(counts(p, y)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
