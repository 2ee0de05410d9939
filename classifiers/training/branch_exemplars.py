"""Candidate Y: a domain exemplar vote for the multilingual branch (docs/classifiers.md).

MiniLM's domain is the head blended with a vote of the nearest training prompts in its
embedding space ("Domain exemplars"). The branch's domain was its linear head alone. This
script gives the branch the same vote, in e5's space, where a German or Korean question
lands near English questions of the same topic:

1. ``multilingual.int8.onnx`` gains an output ``embedding``: the pooled, L2-normalised
   sentence embedding its domain head already reads (an Identity node on that tensor; no
   weight changes, every other output identical).
2. The bank: the training split's domain prompts (those of MiniLM's bank) and the
   hand-written domain rows in the branch's languages of the training split
   (``ml_rows_domain``, ``hand_split``), embedded by that graph as Prism reads a text,
   projected onto their top principal axes and stored as int8 rows
   (``ml_domain_exemplars.npz``).
3. k, temperature and weight are chosen on validation: the mean of the accuracy on the
   validation split's English domain prompts and on the hand-written validation rows.

Usage: ``python -m classifiers.training.branch_exemplars MODELS_DIR`` (rewrites the branch
graph, the bank, classifier_config.json and manifest.json in MODELS_DIR)."""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

import numpy as np
import onnx
from onnx import helper

from classifiers.domain_exemplars import DomainExemplars, ExemplarSettings
from classifiers.engine import CONFIG_FILE
from classifiers.labels import DOMAINS
from classifiers.multilingual import BranchConfig, MultilingualBranch
from classifiers.sessions import session_options
from classifiers.settings import ClassifierSettings
from classifiers.training.exemplars import LEFT_OUT_SOURCES, first_of_duplicates, project
from classifiers.training.export import write_manifest
from classifiers.training.ml_rows_domain import ROWS as DOMAIN_ROWS
from classifiers.training.sources import hand_split
from classifiers.training.train import all_examples

FILE = "ml_domain_exemplars.npz"
DIM = 192
GRID_K = (5, 10, 25)
GRID_T = (0.05, 0.1)
GRID_W = (0.3, 0.4, 0.5, 0.6, 0.7)


def add_embedding_output(path: Path) -> None:
    """Give the graph an ``embedding`` output: the input of its domain head's Gemm."""
    model = onnx.load(str(path))
    g = model.graph
    if any(o.name == "embedding" for o in g.output):
        return
    producer = {out: node for node in g.node for out in node.output}
    softmax = producer["domain_probs"]
    gemm = producer[softmax.input[0]]
    if gemm.op_type != "Gemm":
        raise ValueError(f"domain head is {gemm.op_type}, not Gemm")
    g.node.append(helper.make_node("Identity", [gemm.input[0]], ["embedding"], name="embedding"))
    g.output.append(
        helper.make_tensor_value_info("embedding", onnx.TensorProto.FLOAT, ["batch", 384])
    )
    onnx.checker.check_model(model)
    onnx.save(model, str(path))


def rows(split: str) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(texts, domain labels, is-hand-written) of one split: English domain prompts (MMLU
    wrapped in chat phrasing left out, as in MiniLM's bank) and hand-written rows."""
    ex = [
        e
        for e in all_examples()
        if e.split == split and e.domain >= 0 and e.source not in LEFT_OUT_SOURCES
    ]
    hand = [(d, t) for _, d, t in DOMAIN_ROWS if hand_split(t) == split]
    texts = [e.text for e in ex] + [t for _, t in hand]
    labels = np.array([e.domain for e in ex] + [DOMAINS.index(d) for d, _ in hand], np.int64)
    is_hand = np.array([False] * len(ex) + [True] * len(hand))
    return texts, labels, is_hand


def branch(models: Path, cfg: BranchConfig) -> MultilingualBranch:
    settings = ClassifierSettings(models_dir=str(models), precision="int8", warmup=False)
    opts = session_options(settings, settings.intra_op_threads, ["CPUExecutionProvider"])
    return MultilingualBranch(models, cfg, opts, len(DOMAINS), settings.max_batch_tokens)


def choose(
    bank: np.lib.npyio.NpzFile | dict,
    head: np.ndarray,
    emb: np.ndarray,
    y: np.ndarray,
    hand: np.ndarray,
) -> tuple[ExemplarSettings, dict]:
    """The grid point with the best mean of English and hand-written validation accuracy."""
    base = {
        "head_english": float((head.argmax(1) == y)[~hand].mean()),
        "head_hand": float((head.argmax(1) == y)[hand].mean()),
    }
    best: tuple[float, ExemplarSettings, dict] | None = None
    stored = bank["q"].astype(np.float32) * bank["scale"][:, None]
    for k, t, w in itertools.product(GRID_K, GRID_T, GRID_W):
        s = ExemplarSettings(FILE, k, t, w)
        ex = DomainExemplars(
            bank["mean"], bank["components"], stored, bank["labels"], len(DOMAINS), s
        )
        ok = ex.blend(head, emb).argmax(1) == y
        got = {"english": float(ok[~hand].mean()), "hand": float(ok[hand].mean())}
        score = (got["english"] + got["hand"]) / 2
        if best is None or score > best[0]:
            best = (score, s, got)
    assert best is not None
    return best[1], {**base, **{f"vote_{k}": round(v, 4) for k, v in best[2].items()}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("models_dir", type=Path)
    models = ap.parse_args(argv).models_dir
    cfg_path = models / CONFIG_FILE
    cfg = json.loads(cfg_path.read_text())
    ml = cfg["multilingual"]
    ml.pop("domain_exemplars", None)
    add_embedding_output(models / ml["onnx"])
    reader = branch(models, BranchConfig.from_json(ml))

    texts, labels, _ = rows("train")
    emb = reader.embed(texts).astype(np.float64)
    arrays = project(emb, DIM)
    keep = first_of_duplicates(arrays["q"], labels.astype(np.uint8))
    bank = {
        "labels": labels[keep].astype(np.uint8),
        "mean": arrays["mean"],
        "components": arrays["components"],
        "q": arrays["q"][keep],
        "scale": arrays["scale"][keep],
    }
    np.savez(models / FILE, **bank)
    print(f"{FILE}: {len(keep)} exemplars x {DIM} dims", flush=True)

    vtexts, vy, vhand = rows("val")
    settings, report = choose(bank, reader.head_domain(vtexts), reader.embed(vtexts), vy, vhand)
    ml["domain_exemplars"] = {
        "file": FILE,
        "k": settings.k,
        "temperature": settings.temperature,
        "weight": settings.weight,
        "validation": {
            **report,
            "english_rows": int((~vhand).sum()),
            "hand_rows": int(vhand.sum()),
        },
    }
    cfg_path.write_text(json.dumps(cfg, indent=2) + "\n")
    names = list(json.loads((models / "manifest.json").read_text())["files"])
    write_manifest(models, list(dict.fromkeys([*names, FILE])))
    print(json.dumps(ml["domain_exemplars"]), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
