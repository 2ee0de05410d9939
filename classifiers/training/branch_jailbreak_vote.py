"""Probe: a jailbreak exemplar vote for the multilingual branch (docs/classifiers.md,
"A jailbreak vote in e5's space: probe X").

The branch's jailbreak head is linear over the frozen e5 embedding, and every head tried on
that embedding (linear, MLP, more rows) traded foreign recall against foreign false
positives along one curve (candidates C, D, E, H). Candidate Y showed that a vote of the
nearest labelled training prompts in e5's space reads the domain of a foreign question better
than the head. This probe asks the same of the jailbreak score, without shipping anything:

1. The bank: jailbreak-labelled rows of the training split (every attack, a seeded sample
   of the benign rows outside MMLU and the PII rounds) and the hand-written guard rows of
   the branch's languages (``ml_rows_guard*``, ``hand_split`` train), embedded by the
   shipped branch graph as Prism reads a text (first window).
2. k, temperature and weight are chosen on validation: English validation rows (a seeded
   sample) and the hand-written validation rows, by the mean of their recall at 1 % false
   positives (each group's own threshold, as the branch's head is calibrated).
3. Development sets, read as whole texts by the head alone and by the blend: every
   non-English guard item of ``bench/blind/multilingual_v*.json`` and every non-English
   message of the agent sets (carriers with and without their injection, look-alikes).
   Reported: ROC AUC per set (threshold-free), and recall / benign forwarded at the
   validation thresholds.

4. ``--segments``: the agent sets' non-English messages as the runtime reads a document:
   the head on its whole windows (unchanged in both arms), and each sentence segment read
   alone, by the head or by the blend, each against its own threshold at 2 % of the benign
   validation texts' segments (the stricter of the English and hand-written groups, as
   candidate G calibrates the segments).

Usage: ``PYTHONPATH=. .venv-train/bin/python -m classifiers.training.branch_jailbreak_vote
[--segments]`` (about 15 minutes on two cores; the bank's embeddings are cached in
``.train-cache/``). Writes ``bench/results/branch_jailbreak_vote_probe[_segments].json``."""

from __future__ import annotations

import itertools
import json
import random
import sys
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import roc_auc_score

from bench.blind import fill, pairs
from classifiers.domain_exemplars import DomainExemplars, ExemplarSettings
from classifiers.labels import DOMAINS
from classifiers.multilingual import BranchConfig, MultilingualBranch
from classifiers.segments import scored_segments
from classifiers.sessions import session_options
from classifiers.settings import ClassifierSettings
from classifiers.training.ml_rows_guard import ROWS as GUARD_ROWS
from classifiers.training.ml_rows_guard_extra import ROWS as EXTRA_GUARD_ROWS
from classifiers.training.ml_rows_guard_more import ROWS as MORE_GUARD_ROWS
from classifiers.training.segment_calibration import (
    SEGMENT_FPR,
    benign_segments,
    segment_threshold,
)
from classifiers.training.sources import hand_split
from classifiers.training.train import CACHE, all_examples

ROOT = Path(__file__).resolve().parents[2]
MODELS = ROOT / "models"
BLIND = ROOT / "bench" / "blind"
OUT = ROOT / "bench" / "results" / "branch_jailbreak_vote_probe.json"
BANK_CACHE = CACHE / "jailbreak_vote_bank.npz"
LEFT_OUT = ("mmlu", "mmlu-wrapped", "pii-own", "pii-presidio", "pii-neg")
BENIGN_BANK = 15000
VAL_SAMPLE = (2000, 3000)  # English validation attacks, benign
FPR = 0.01
GRID_K = (5, 10, 25)
GRID_T = (0.05, 0.1)
GRID_W = (0.3, 0.5, 0.7)
HAND = GUARD_ROWS + EXTRA_GUARD_ROWS + MORE_GUARD_ROWS


def reader() -> MultilingualBranch:
    ml = json.loads((MODELS / "classifier_config.json").read_text())["multilingual"]
    settings = ClassifierSettings(models_dir=str(MODELS), precision="int8", warmup=False)
    opts = session_options(settings, 2, ["CPUExecutionProvider"])
    return MultilingualBranch(
        MODELS, BranchConfig.from_json(ml), opts, len(DOMAINS), settings.max_batch_tokens
    )


def english(split: str) -> tuple[list[str], list[int]]:
    rng = random.Random(1234)
    ex = [e for e in all_examples() if e.split == split and e.jailbreak >= 0]
    ex = [e for e in ex if e.source not in LEFT_OUT]
    pos = [e.text for e in ex if e.jailbreak == 1]
    neg = [e.text for e in ex if e.jailbreak == 0]
    if split == "train":
        neg = rng.sample(neg, min(BENIGN_BANK, len(neg)))
    else:
        pos, neg = rng.sample(pos, VAL_SAMPLE[0]), rng.sample(neg, VAL_SAMPLE[1])
    return pos + neg, [1] * len(pos) + [0] * len(neg)


def hand(split: str) -> tuple[list[str], list[int]]:
    rows = [(t, int(lab == "jailbreak")) for _, _, lab, t in HAND if hand_split(t) == split]
    return [t for t, _ in rows], [y for _, y in rows]


def read(r: MultilingualBranch, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(head jailbreak probability, embedding) of each text's first window."""
    jbs, embs = [], []
    for s in range(0, len(texts), 64):
        chunk = texts[s : s + 64]
        _, jb, _, emb, _ = r._score([(i, t, False) for i, t in enumerate(chunk)], len(chunk), True)
        assert emb is not None
        jbs.append(jb)
        embs.append(emb)
    return np.concatenate(jbs), np.concatenate(embs)


def bank(r: MultilingualBranch) -> tuple[np.ndarray, np.ndarray]:
    if BANK_CACHE.exists():
        with np.load(BANK_CACHE) as z:
            return z["emb"], z["labels"]
    et, ey = english("train")
    ht, hy = hand("train")
    _, emb = read(r, et + ht)
    labels = np.array(ey + hy, dtype=np.int64)
    CACHE.mkdir(exist_ok=True)
    np.savez(BANK_CACHE, emb=emb, labels=labels)
    return emb, labels


def voter(emb: np.ndarray, labels: np.ndarray, k: int, t: float, w: float) -> DomainExemplars:
    d = emb.shape[1]
    settings = ExemplarSettings("probe", k, t, w)
    return DomainExemplars(np.zeros(d), np.eye(d), emb, labels, 2, settings)


def blend(v: DomainExemplars, head: np.ndarray, emb: np.ndarray) -> np.ndarray:
    w = v.settings.weight
    return (1 - w) * head + w * v.vote(emb)[:, 1]


def threshold(scores: np.ndarray, y: np.ndarray) -> float:
    """The lowest score that flags at most FPR of the benign rows."""
    neg = np.sort(scores[y == 0])
    return float(neg[min(len(neg) - 1, int(np.ceil((1 - FPR) * len(neg))))]) + 1e-9


def recall_at(scores: np.ndarray, y: np.ndarray, th: float) -> float:
    return float((scores[y == 1] >= th).mean())


def group_recall(scores: np.ndarray, y: np.ndarray, hand: np.ndarray) -> dict[str, float]:
    """Recall at FPR of the English and of the hand-written rows, each at its own threshold."""
    out = {}
    for name, m in (("english", ~hand), ("hand", hand)):
        out[name] = round(recall_at(scores[m], y[m], threshold(scores[m], y[m])), 4)
    return out


def auc(scores: np.ndarray, y: np.ndarray) -> float:
    if y.min() == y.max():
        return float("nan")
    return float(roc_auc_score(y, scores))


def dev_sets() -> dict[str, tuple[list[str], list[int]]]:
    out: dict[str, tuple[list[str], list[int]]] = {}
    for path in sorted(BLIND.glob("multilingual_v*.json")):
        items = json.loads(path.read_text(encoding="utf-8"))["jailbreak_items"]
        rows = [(i["text"], int(i["label"] == "jailbreak")) for i in items if i["lang"] != "en"]
        out[path.stem] = ([t for t, _ in rows], [y for _, y in rows])
    agent_t: list[str] = []
    agent_y: list[int] = []
    for path in sorted(BLIND.glob("agent_injections_v*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        # what the sets hold, as bench.message_scores reads them: each injection in its
        # carriers, each carrier clean, each look-alike; foreign carriers and look-alikes
        for c, inj in pairs(data):
            if c.get("lang", "en") != "en":
                agent_t.append(fill(c, inj["text"]))
                agent_y.append(1)
        for c in data["carriers"]:
            if c.get("lang", "en") != "en":
                agent_t.append(fill(c, ""))
                agent_y.append(0)
        for b in data.get("benign_lookalikes", []):
            if b.get("lang", "en") != "en":
                agent_t.append(b["text"])
                agent_y.append(0)
    out["agent_foreign"] = (agent_t, agent_y)
    return out


def main() -> None:
    r = reader()
    bank_emb, bank_y = bank(r)
    vt, vy = english("val")
    ht, hy = hand("val")
    v_head, v_emb = read(r, vt + ht)
    y = np.array(vy + hy)
    is_hand = np.array([False] * len(vt) + [True] * len(ht))
    report: dict[str, Any] = {"bank": {"rows": len(bank_y), "attacks": int(bank_y.sum())}}

    def val_recall(scores: np.ndarray) -> dict[str, float]:
        return group_recall(scores, y, is_hand)

    report["validation_head"] = val_recall(v_head)
    best: tuple[float, tuple[int, float, float]] | None = None
    grid = []
    for k, t, w in itertools.product(GRID_K, GRID_T, GRID_W):
        got = val_recall(blend(voter(bank_emb, bank_y, k, t, w), v_head, v_emb))
        grid.append({"k": k, "t": t, "w": w, **got})
        score = (got["english"] + got["hand"]) / 2
        if best is None or score > best[0]:
            best = (score, (k, t, w))
    assert best is not None
    k, t, w = best[1]
    report["grid"] = grid
    report["chosen"] = {"k": k, "temperature": t, "weight": w}
    v = voter(bank_emb, bank_y, k, t, w)
    blended = blend(v, v_head, v_emb)
    # thresholds as the branch sets them: the stricter of the two groups at 1 % FPR
    th_head = max(threshold(v_head[m], y[m]) for m in (~is_hand, is_hand))
    th_blend = max(threshold(blended[m], y[m]) for m in (~is_hand, is_hand))
    report["thresholds"] = {"head": th_head, "blend": th_blend}
    report["dev"] = {}
    for name, (texts, labels) in dev_sets().items():
        if not texts:
            continue
        head, emb = read(r, texts)
        yy = np.array(labels)
        b = blend(v, head, emb)
        report["dev"][name] = {
            "n": [int((yy == 1).sum()), int((yy == 0).sum())],
            "auc": [round(auc(head, yy), 4), round(auc(b, yy), 4)],
            "recall": [
                round(recall_at(head, yy, th_head), 4),
                round(recall_at(b, yy, th_blend), 4),
            ],
            "benign_forwarded": [
                round(float((head[yy == 0] < th_head).mean()), 4),
                round(float((b[yy == 0] < th_blend).mean()), 4),
            ],
        }
        print(name, report["dev"][name], flush=True)
    OUT.write_text(json.dumps(report, indent=1) + "\n")
    print(json.dumps({k: report[k] for k in ("bank", "validation_head", "chosen", "thresholds")}))


def agent_messages() -> list[tuple[str, str]]:
    """(kind, text) of every non-English agent-set message: injected carriers, clean
    carriers, look-alikes."""
    out: list[tuple[str, str]] = []
    for path in sorted(BLIND.glob("agent_injections_v*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out += [("inj", fill(c, i["text"])) for c, i in pairs(data) if c.get("lang", "en") != "en"]
        out += [("clean", fill(c, "")) for c in data["carriers"] if c.get("lang", "en") != "en"]
        out += [
            ("look", b["text"])
            for b in data.get("benign_lookalikes", [])
            if b.get("lang", "en") != "en"
        ]
    return out


def segments_main() -> None:
    r = reader()
    chosen = json.loads(OUT.read_text())["chosen"]
    bank_emb, bank_y = bank(r)
    v = voter(bank_emb, bank_y, chosen["k"], chosen["temperature"], chosen["weight"])
    vt, vy = english("val")
    ht, hy = hand("val")
    benign = [(t, False) for t, y in zip(vt, vy, strict=True) if not y]
    benign += [(t, True) for t, y in zip(ht, hy, strict=True) if not y]
    segs = benign_segments(benign)
    s_head, s_emb = read(r, [t for t, _ in segs])
    s_hand = np.array([h for _, h in segs])
    s_blend = blend(v, s_head, s_emb)

    th_s = {
        "head": segment_threshold(s_head, s_hand, SEGMENT_FPR),
        "blend": segment_threshold(s_blend, s_hand, SEGMENT_FPR),
    }
    w_head, _ = read(r, [t for t, _ in benign])
    w_hand = np.array([h for _, h in benign])
    th_w = segment_threshold(w_head, w_hand, FPR)  # the same rule, for whole texts
    msgs = agent_messages()
    whole, _ = read(r, [t for _, t in msgs])
    pieces = [
        (m, seg) for m, (_, t) in enumerate(msgs) for seg in scored_segments(t, r.min_letter_share)
    ]
    p_head, p_emb = read(r, [seg for _, seg in pieces])
    p_blend = blend(v, p_head, p_emb)
    best = {"head": np.zeros(len(msgs)), "blend": np.zeros(len(msgs))}
    for (m, _), h, b in zip(pieces, p_head, p_blend, strict=True):
        best["head"][m] = max(best["head"][m], h / th_s["head"])
        best["blend"][m] = max(best["blend"][m], b / th_s["blend"])
    report: dict[str, Any] = {
        "thresholds": {"window": th_w, "segment": th_s},
        "segments": len(pieces),
    }
    kinds = np.array([k for k, _ in msgs])
    for arm in ("head", "blend"):
        flagged = (whole >= th_w) | (best[arm] >= 1.0)
        report[arm] = {
            k: [int(flagged[kinds == k].sum()), int((kinds == k).sum())]
            for k in ("inj", "clean", "look")
        }
    report["windows_alone"] = {
        k: [int((whole >= th_w)[kinds == k].sum()), int((kinds == k).sum())]
        for k in ("inj", "clean", "look")
    }
    OUT.with_name(OUT.stem + "_segments.json").write_text(json.dumps(report, indent=1) + "\n")
    print(json.dumps(report))


if __name__ == "__main__":
    segments_main() if "--segments" in sys.argv else main()
