"""Candidate X4: the branch's jailbreak head refitted with harmful role-play rows, anchored to
the shipped head (docs/classifiers.md, "Harmful role-play in the branch's head").

X3 put ``ml_rows_roleplay`` (harmful role-play and persona attacks with close harmless
role-plays, eleven languages) into the jailbreak vote's bank and gained 4 of 122 harmful
role-plays: a blend reaches the policy's line only where the head already gives ~0.4, and
the head gives a German or Japanese harmful role-play ~0.1. X4 moves the head itself,
without retraining the encoder or moving what no new row speaks to:

1. the head's features are the branch graph's ``embedding`` output (what the head reads),
   computed by the shipped graph: the vote bank's training rows (``branch_jailbreak_vote``,
   cached) and the role-play rows' training four fifths (``hand_split``);
2. a logistic head is fitted from the shipped one (its weights and bias are read from the
   graph) on: the KL divergence from the shipped head's probability on every bank row (the
   anchor, ``ANCHOR``), plus the role-play rows' labels, each ``ROW_WEIGHT`` times an anchor
   row (the weight of a hand-written row in ``train_multilingual``);
3. each line keeps the shipped head's operating point: the whole-text line (0.8), the
   segment offset and the vote's blend (X2's bank, k, temperature and weight unchanged) are
   set so that, in each group of harmless validation rows (English; hand-written with the
   role-play validation fifth) and of their sentence segments, no more are flagged than the
   shipped head flags (the stricter group decides);
4. the graph's ``jb.weight`` and ``jb.bias`` are replaced; the config gains the new offsets
   and a ``jailbreak_head`` record; the manifest is rewritten.

With ``--rows ml_rows_lookalike`` (candidate L1) the rows are foreign look-alikes (harmless
messages about prompt injection, policies, corrections, role-play, notices) and attacks in
the same registers instead of the role-plays; with ``--line recall`` (L1r) the whole-text line
keeps the shipped head's validation attacks per group instead of its harmless count; with
``--vote-shift shipped`` (L1v) the vote's blend keeps the shipped shift over the new head;
``--rows ml_rows_lookalike ml_rows_notices`` (L1n) adds service notices, and
``--harmless-only ml_rows_notices`` (L1h) keeps their harmless rows alone; ``--anchor-rows``
(L1a) adds every other rows module's texts to the anchor.

Usage: ``PYTHONPATH=. .venv-train/bin/python -m classifiers.training.branch_jailbreak_head
MODELS_DIR [--rows MODULE ...] [--harmless-only MODULE ...] [--line harmless|recall]
[--vote-shift follow|shipped] [--anchor-rows]`` (rewrites the branch graph,
classifier_config.json and manifest.json)."""

from __future__ import annotations

import argparse
import importlib
import json
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np
import onnx
import torch
from onnx import numpy_helper

from classifiers.domain_exemplars import DomainExemplars, ExemplarSettings
from classifiers.engine import CONFIG_FILE
from classifiers.multilingual import MultilingualBranch
from classifiers.training import branch_jailbreak_vote as probe
from classifiers.training.branch_jailbreak_bank import bank_only_rows, head_reader, validation
from classifiers.training.export import write_manifest
from classifiers.training.segment_calibration import benign_segments
from classifiers.training.sources import HARMLESS_ONLY

ANCHOR = 1.0
ROW_WEIGHT = 10.0
POLICY = 0.8
WEIGHT, BIAS = "jb.weight", "jb.bias"
USER_HEAD = "ml_jailbreak_user_head.npz"
ROWS_MODULES = ("ml_rows_roleplay", "ml_rows_lookalike", "ml_rows_notices", "machine_rows")


def logit(p: float) -> float:
    return math.log(p / (1 - p))


def graph_head(model: onnx.ModelProto) -> tuple[np.ndarray, float]:
    inits = {i.name: i for i in model.graph.initializer}
    w = numpy_helper.to_array(inits[WEIGHT]).astype(np.float64).reshape(-1)
    b = float(numpy_helper.to_array(inits[BIAS]).reshape(-1)[0])
    return w, b


def set_graph_head(model: onnx.ModelProto, w: np.ndarray, b: float) -> None:
    for init in model.graph.initializer:
        if init.name == WEIGHT:
            init.CopyFrom(numpy_helper.from_array(w.reshape(1, -1).astype(np.float32), WEIGHT))
        elif init.name == BIAS:
            init.CopyFrom(numpy_helper.from_array(np.array([b], dtype=np.float32), BIAS))


def fit(
    anchor_x: np.ndarray,
    rows_x: np.ndarray,
    rows_y: np.ndarray,
    w0: np.ndarray,
    b0: float,
    row_weight: float = ROW_WEIGHT,
) -> tuple[np.ndarray, float]:
    """The head from (w0, b0): KL to the shipped head on the anchor rows, plus the rows'
    labels at ROW_WEIGHT each; full-batch L-BFGS (deterministic)."""
    xa = torch.tensor(anchor_x, dtype=torch.float64)
    xr = torch.tensor(rows_x, dtype=torch.float64)
    yr = torch.tensor(rows_y, dtype=torch.float64)
    w = torch.tensor(w0, dtype=torch.float64, requires_grad=True)
    b = torch.tensor([b0], dtype=torch.float64, requires_grad=True)
    with torch.no_grad():
        target = torch.sigmoid(xa @ torch.tensor(w0) + b0)
    n = len(xa) + row_weight * len(xr)
    opt = torch.optim.LBFGS([w, b], lr=1, max_iter=500, line_search_fn="strong_wolfe")

    def loss_fn() -> torch.Tensor:
        opt.zero_grad()
        za, zr = xa @ w + b, xr @ w + b
        bce = torch.nn.functional.binary_cross_entropy_with_logits
        anchor = bce(za, target, reduction="sum")  # KL up to the target's own entropy
        rows = bce(zr, yr, reduction="sum")
        loss = (ANCHOR * anchor + row_weight * rows) / n
        loss.backward()
        return loss

    opt.step(loss_fn)
    return w.detach().numpy(), float(b.detach().numpy()[0])


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def anchor_texts(rows: tuple[str, ...]) -> list[str]:
    """(L1a) Every text of the branch's rows modules (``ml_rows_*``) other than ``rows`` and
    not already in the bank's hand-written rows (``probe.HAND``): the bank holds English and
    eleven languages, these hold the branch's others."""
    used = {m.removesuffix(HARMLESS_ONLY) for m in rows}
    in_bank = {row[-1] for row in probe.HAND}
    names = sorted(p.stem for p in Path(__file__).parent.glob("ml_rows_*.py"))
    return [
        row[-1]
        for name in names
        if name not in used
        for row in importlib.import_module(f"classifiers.training.{name}").ROWS
        if row[-1] not in in_bank
    ]


def to_logit(p: np.ndarray) -> np.ndarray:
    q = np.clip(p.astype(np.float64), 1e-7, 1 - 1e-7)
    return np.log(q / (1 - q))


def shifted_logit(p: np.ndarray, shift: float) -> np.ndarray:
    return to_logit(p) + shift


def matched(z: np.ndarray, flagged_before: np.ndarray, groups: list[np.ndarray]) -> float:
    """The lowest logit line at which, in every group, no more rows reach it than the
    shipped head flagged (ties resolved upwards)."""
    line = -np.inf
    for g in groups:
        if not g.any():
            continue
        allowed = int(flagged_before[g].sum())
        top = np.sort(z[g])[::-1]
        line = max(line, float(top[allowed]) + 1e-9 if allowed < len(top) else -np.inf)
    return float(line)


def kept_recall(z: np.ndarray, flagged_before: np.ndarray, groups: list[np.ndarray]) -> float:
    """The highest logit line at which, in every group (of attacks), at least as many rows
    are flagged as the shipped head flagged (candidate L1r)."""
    line = np.inf
    for g in groups:
        needed = int(flagged_before[g].sum())
        if needed:
            line = min(line, float(np.sort(z[g])[::-1][needed - 1]))
    return float(line)


def segment_offset(
    r: MultilingualBranch,
    ml: dict[str, Any],
    shipped: tuple[np.ndarray, float],
    new: tuple[np.ndarray, float],
    theta: float,
    val_y: np.ndarray,
    hand: np.ndarray,
    module: str | tuple[str, ...] = "ml_rows_roleplay",
) -> tuple[float, int]:
    """(segment offset, segments read): the new head's segment line flags no more of the
    harmless validation texts' sentence segments, per group, than the shipped line does."""
    vt, _ = probe.english("val")
    ht, _ = probe.hand("val")
    rt, _ = bank_only_rows("val", module)
    texts = vt + ht + rt
    assert len(texts) == len(val_y)
    segs = benign_segments(
        [(t, bool(h)) for t, y, h in zip(texts, val_y, hand, strict=True) if y == 0]
    )
    _, seg_x = probe.read(r, [s for s, _ in segs])
    seg_x = seg_x.astype(np.float64)
    seg_hand = np.array([h for _, h in segs])
    (w0, b0), (w, b) = shipped, new
    seg_shipped = seg_x @ w0 + b0 + float(ml.get("segment_shift") or 0.0) >= logit(POLICY)
    return theta - matched(seg_x @ w + b, seg_shipped, [~seg_hand, seg_hand]), len(segs)


def blend_line(
    models: Path,
    vote: dict[str, Any],
    head0: np.ndarray,
    p_val: np.ndarray,
    val_x: np.ndarray,
    groups: list[np.ndarray],
) -> float:
    """The logit line of the vote's blend (X2's bank and settings) over the new head that
    flags no more harmless validation rows, per group, than the shipped blend does."""
    with np.load(models / vote["file"]) as z:
        bank = {k: z[k] for k in z.files}
    stored = bank["q"].astype(np.float32) * bank["scale"][:, None]
    settings = ExemplarSettings(vote["file"], vote["k"], vote["temperature"], vote["weight"])
    ex = DomainExemplars(bank["mean"], bank["components"], stored, bank["labels"], 2, settings)
    votes = ex.vote(val_x)[:, 1]
    w_v = settings.weight
    old_blend = shifted_logit((1 - w_v) * head0 + w_v * votes, vote["shift"]) >= logit(POLICY)
    return matched(to_logit((1 - w_v) * p_val + w_v * votes), old_blend, groups)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("models_dir", type=Path)
    ap.add_argument("--row-weight", type=float, default=ROW_WEIGHT, help="a role-play row's weight")
    ap.add_argument(
        "--user-head",
        action="store_true",
        help="candidate X5: keep the graph's head and store the refitted one as the whole "
        f"one-window texts' second head ({USER_HEAD}); segment and vote offsets unchanged",
    )
    ap.add_argument(
        "--rows",
        choices=ROWS_MODULES,
        nargs="+",
        default=[ROWS_MODULES[0]],
        help="the rows modules the head is refitted on (L1: ml_rows_lookalike; L1n adds "
        "ml_rows_notices)",
    )
    ap.add_argument(
        "--harmless-only",
        choices=ROWS_MODULES,
        nargs="+",
        default=[],
        help="of these rows modules, the harmless rows alone (L1h: ml_rows_notices)",
    )
    ap.add_argument(
        "--anchor-rows",
        action="store_true",
        help="(L1a) the texts of every other ml_rows_* module join the anchor's rows",
    )
    ap.add_argument(
        "--line",
        choices=("harmless", "recall"),
        default="harmless",
        help="the whole-text line flags no more harmless validation rows per group than the "
        "shipped head (X4, L1), or at least as many validation attacks per group (L1r)",
    )
    ap.add_argument(
        "--vote-shift",
        choices=("follow", "shipped"),
        default="follow",
        help="the vote's blend line follows the new head (X4, L1, L1r) or keeps the shipped "
        "shift (L1v)",
    )
    args = ap.parse_args(argv)
    args.rows = tuple(m + HARMLESS_ONLY if m in args.harmless_only else m for m in args.rows)
    models = args.models_dir
    cfg_path = models / CONFIG_FILE
    cfg = json.loads(cfg_path.read_text())
    ml = cfg["multilingual"]
    graph_path = models / ml["onnx"]
    model = onnx.load(str(graph_path))
    w0, b0 = graph_head(model)
    r = head_reader(models, ml)
    # 1. features: the bank's training rows (anchor) and the role-play rows
    bank_x, _ = probe.bank(r)
    if args.anchor_rows:  # L1a: the languages the bank lacks held where the shipped head has them
        _, more_x = probe.read(r, anchor_texts(args.rows))
        bank_x = np.concatenate([bank_x, more_x])
    rp_texts, rp_y = bank_only_rows("train", args.rows)
    _, rp_x = probe.read(r, rp_texts)
    # 2. the anchored fit
    w, b = fit(bank_x, rp_x, np.array(rp_y, dtype=np.float64), w0, b0, args.row_weight)
    # 3. calibration: each line flags no more harmless validation rows (segments) of each
    # group than the shipped head does at its own line (the stricter group decides)
    head0, val_x, val_y, hand = validation(r, True, args.rows)
    val_x = val_x.astype(np.float64)
    z_val = val_x @ w + b
    benign = val_y == 0
    groups = [m & benign for m in (~hand, hand)]
    if args.line == "recall":  # L1r: keep the shipped head's attacks in each group
        attacks = [m & (val_y == 1) for m in (~hand, hand)]
        theta = kept_recall(z_val, head0 >= POLICY, attacks)
    else:
        theta = matched(z_val, head0 >= POLICY, groups)
    b_total = b + logit(POLICY) - theta
    p_val = sigmoid(z_val + logit(POLICY) - theta)
    report: dict[str, Any] = {
        "anchor_rows": len(bank_x),
        "roleplay_rows": len(rp_texts),
        "recall_at_line": {
            name: {
                "shipped": round(float((head0[m & (val_y == 1)] >= POLICY).mean()), 4),
                "x4": round(float((p_val[m & (val_y == 1)] >= POLICY).mean()), 4),
                "benign_flagged_shipped": round(float((head0[m & benign] >= POLICY).mean()), 4),
                "benign_flagged_x4": round(float((p_val[m & benign] >= POLICY).mean()), 4),
            }
            for name, m in (("english", ~hand), ("hand", hand))
        },
    }
    report.update(
        {
            "whole_theta": round(theta, 6),
            "segment_shift_shipped": ml.get("segment_shift"),
            "vote_shift_shipped": ml["jailbreak_exemplars"]["shift"],
            "weight_cosine": round(float(w @ w0 / np.linalg.norm(w) / np.linalg.norm(w0)), 6),
        }
    )
    report["row_weight"] = args.row_weight
    report["line"] = args.line
    report["vote_shift_rule"] = args.vote_shift
    report["anchor_rows_modules"] = args.anchor_rows
    names = list(json.loads((models / "manifest.json").read_text())["files"])
    vote = ml["jailbreak_exemplars"]
    if args.user_head:
        # the graph, the segment offset and the vote's shift stay as shipped
        np.savez(models / USER_HEAD, w=w.astype(np.float32), b=np.float32(b_total))
        vote["user_head"] = USER_HEAD
        names = list(dict.fromkeys([*names, USER_HEAD]))
    else:
        # the graph's head replaced: its segment offset and the vote's shift follow it
        seg_shift, report["segments"] = segment_offset(
            r, ml, (w0, b0), (w, b), theta, val_y, hand, args.rows
        )
        ml["segment_shift"] = round(seg_shift, 6)
        if args.vote_shift == "follow":
            vote["shift"] = round(
                logit(POLICY) - blend_line(models, vote, head0, p_val, val_x, groups), 6
            )
        set_graph_head(model, w, b_total)
        onnx.save(model, str(graph_path))
    ml["jailbreak_head"] = {
        "candidate": "X5" if args.user_head else "X4",
        "rows": args.rows[0] if len(args.rows) == 1 else list(args.rows),
        **report,
    }
    cfg_path.write_text(json.dumps(cfg, indent=2) + "\n")
    write_manifest(models, names)
    print(json.dumps({**report, "segment_shift": ml["segment_shift"], "vote_shift": vote["shift"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
