"""Candidate L1s: keep the branch graph's jailbreak head, and its segment line, for the foreign
stretches of English text before a refit replaces them (docs/classifiers.md, "Foreign
stretches keep their head").

Writes ``ml_jailbreak_stretch_head.npz`` (the graph's ``jb.weight`` and ``jb.bias``) and the
branch config's ``stretch_head`` entry (that file and the current ``segment_shift``), and adds
the file to the manifest. ``train.sh`` runs it just before L1a's refit
(``branch_jailbreak_head ... --anchor-rows``), so the stored head is the one L1a started from.
``--graph FILE --segment-shift X`` reads the head and line of another graph instead (how the
shipped artefacts were given the head L1a replaced, from the graph before it).
``--machine-share S`` (candidate L1k, "Machine text keeps the stored line") has the stored
line read whole texts at least that share machine-shaped too.

Usage: ``PYTHONPATH=. python -m classifiers.training.branch_stretch_head MODELS_DIR
[--graph FILE --segment-shift X [--source TEXT]] [--machine-share S]``"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import onnx

from classifiers.artifacts import write_manifest
from classifiers.engine import CONFIG_FILE
from classifiers.training.branch_jailbreak_head import graph_head

STRETCH_HEAD = "ml_jailbreak_stretch_head.npz"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("models", type=Path)
    ap.add_argument("--graph", type=Path, help="the graph whose head to keep (default: MODELS')")
    ap.add_argument("--segment-shift", type=float, help="its segment line (default: MODELS')")
    ap.add_argument("--source", help="what --graph is, for the config entry")
    ap.add_argument("--machine-share", type=float, help="machine-shaped whole texts too (L1k)")
    args = ap.parse_args(argv)
    if (args.graph is None) != (args.segment_shift is None):
        ap.error("--graph and --segment-shift go together")
    models: Path = args.models
    cfg_path = models / CONFIG_FILE
    cfg = json.loads(cfg_path.read_text())
    ml = cfg["multilingual"]
    graph = onnx.load(str(args.graph or models / ml["onnx"]))
    w, b = graph_head(graph)
    shift = args.segment_shift if args.segment_shift is not None else ml.get("segment_shift")
    if shift is None:
        raise SystemExit("the branch has no segment line to keep")
    np.savez(models / STRETCH_HEAD, w=w.astype(np.float32), b=np.float32(b))
    ml["stretch_head"] = {
        "file": STRETCH_HEAD,
        "segment_shift": round(float(shift), 6),
        "candidate": "L1s",
        "graph": args.source or (args.graph.name if args.graph else ml["onnx"]),
    }
    if args.machine_share is not None:
        ml["stretch_head"]["machine_share"] = args.machine_share
        ml["stretch_head"]["candidate"] = "L1s, L1k'"
    cfg_path.write_text(json.dumps(cfg, indent=2) + "\n")
    names = list(json.loads((models / "manifest.json").read_text())["files"])
    write_manifest(models, list(dict.fromkeys([*names, STRETCH_HEAD])))
    print(json.dumps(ml["stretch_head"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
