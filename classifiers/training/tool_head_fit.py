"""What the tool-result head builders share (candidates T4 and T5, docs/classifiers.md): the
documents a carrier makes with and without an injection, a logistic head fitted from the
shipped one by Newton's method, and the lines set on out-of-fold scores.

A head's features are a piece's (window or sentence segment) features ``x`` plus two
indicator columns, window and segment, whose weights are the two biases. ``theta0`` is the
shipped head in those terms (the start and the anchor); ``reg`` the L2 pull towards it per
weight (0 for the biases)."""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.artifacts import write_manifest
from classifiers.engine import CONFIG_FILE

SLOT = "{inj}"
ROW_WEIGHT = 3.0
POLICY = 0.8
GRID = np.round(np.arange(-4.0, 4.0001, 0.1), 2)


@dataclass
class Rows:
    x: np.ndarray  # (n, d) each window's or segment's features
    seg: np.ndarray  # (n,) True for a sentence segment
    y: np.ndarray  # (n,) 1 where the piece holds the injection
    p0: np.ndarray  # (n,) the shipped head's probability (segments shifted)
    doc: np.ndarray  # (n,) the document each piece belongs to
    fold: np.ndarray  # (n,) the document's fold
    doc_injected: np.ndarray  # (docs,) True for a carrier holding an injection


def logit(p: float) -> float:
    return math.log(p / (1 - p))


def logits(p: np.ndarray) -> np.ndarray:
    q = np.clip(p.astype(np.float64), 1e-7, 1 - 1e-7)
    return np.log(q / (1 - q))


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def documents(data: dict[str, Any], pairs: int) -> list[tuple[str, tuple[int, int] | None, int]]:
    """(text, the injection's character span or None, carrier number) per document: each
    carrier clean, and with ``pairs`` injections of its language (by stride)."""
    by_lang: dict[str, list[str]] = {}
    for inj in data["injections"]:
        by_lang.setdefault(inj["lang"], []).append(inj["text"])
    out: list[tuple[str, tuple[int, int] | None, int]] = []
    for n, c in enumerate(data["carriers"]):
        text = c["text"]
        at = text.index(SLOT)
        out.append((text[:at] + text[at + len(SLOT) :], None, n))
        pool = by_lang[c["lang"]]
        for k in range(pairs):
            inj = pool[(n + k * 3) % len(pool)]
            out.append((text[:at] + inj + text[at + len(SLOT) :], (at, at + len(inj)), n))
    return out


def segment_label(a: int, b: int, span: tuple[int, int] | None) -> int:
    """A segment's label: 0 in a clean carrier, 1 when at least half of the shorter of it
    and the injection overlaps the other, -1 (left out) otherwise."""
    if span is None:
        return 0
    inside = max(0, min(b, span[1]) - max(a, span[0]))
    return 1 if inside >= 0.5 * min(b - a, span[1] - span[0]) else -1


def fit(rows: Rows, keep: np.ndarray, theta0: np.ndarray, reg: np.ndarray) -> np.ndarray:
    """The head's weights (features, window bias, segment bias) from ``theta0``: Newton's
    method on the rows in ``keep``, each label ``ROW_WEIGHT`` times a KL anchor to the
    shipped probability on the same row, plus the L2 pull ``reg`` (deterministic)."""
    x = np.hstack([rows.x[keep], (~rows.seg[keep])[:, None], rows.seg[keep][:, None]])
    target = (rows.p0[keep] + ROW_WEIGHT * rows.y[keep]) / (1 + ROW_WEIGHT)

    def loss(t: np.ndarray) -> float:
        z = x @ t
        bce = np.logaddexp(0.0, z) - target * z
        return float((1 + ROW_WEIGHT) * bce.sum() + 0.5 * (reg * (t - theta0) ** 2).sum())

    theta, now = theta0.copy(), loss(theta0)
    for _ in range(50):
        p = sigmoid(x @ theta)
        grad = (1 + ROW_WEIGHT) * x.T @ (p - target) + reg * (theta - theta0)
        hess = (1 + ROW_WEIGHT) * (x.T * (p * (1 - p))) @ x + np.diag(reg) + 1e-9 * np.eye(len(reg))
        step = np.linalg.solve(hess, grad)
        scale = 1.0
        while loss(theta - scale * step) > now and scale > 1e-6:
            scale /= 2  # backtracking keeps each step a descent
        theta = theta - scale * step
        before, now = now, loss(theta)
        if before - now < 1e-9 * max(1.0, abs(before)):
            break
    return theta


def head_logits(rows: Rows, theta: np.ndarray, where: np.ndarray) -> np.ndarray:
    return rows.x[where] @ theta[:-2] + np.where(rows.seg[where], theta[-1], theta[-2])


def out_of_fold(rows: Rows, theta0: np.ndarray, reg: np.ndarray) -> np.ndarray:
    """Each piece's logit by a head fitted without its fold."""
    z = np.zeros(len(rows.y))
    for f in np.unique(rows.fold):
        test = rows.fold == f
        z[test] = head_logits(rows, fit(rows, ~test, theta0, reg), test)
    return z


def flagged(rows: Rows, z: np.ndarray, dw: float, ds: float) -> np.ndarray:
    """Per document, whether any of its pieces reaches the policy's line."""
    hit = z + np.where(rows.seg, ds, dw) >= logit(POLICY)
    out = np.zeros(len(rows.doc_injected), dtype=bool)
    np.logical_or.at(out, rows.doc, hit)
    return out


def lines(
    rows: Rows,
    z: np.ndarray,
    name: str,
    tied: bool = False,
    shipped_flags: np.ndarray | None = None,
) -> tuple[float, float, dict[str, Any]]:
    """The (window, segment) offsets that flag the fewest clean carriers while flagging at
    least the injected carriers the shipped head flags (ties: the most injected); with
    ``tied``, one offset for both (candidate T13: windows and segments on one scale);
    ``shipped_flags``: per document, whether the shipped reader flags it (default: the rows'
    shipped probability ``p0`` reaching the policy's line)."""
    inj = rows.doc_injected
    shipped = flagged(rows, logits(rows.p0), 0, 0) if shipped_flags is None else shipped_flags
    need = int(shipped[inj].sum())
    best: tuple[tuple[int, int, float, float], float] | None = None  # (key, segment offset)
    for dw in GRID:
        for ds in [dw] if tied else GRID:
            f = flagged(rows, z, float(dw), float(ds))
            caught, clean = int(f[inj].sum()), int(f[~inj].sum())
            if caught < need:
                continue
            # fewest clean, then most injected, then the smallest move, then the lower window
            key = (clean, -caught, abs(float(dw)) + abs(float(ds)), float(dw))
            if best is None or key < best[0]:
                best = (key, float(ds))
    assert best is not None
    (clean, neg_caught, _, dw_best), ds_best = best
    report = {
        "injected": int(inj.sum()),
        "clean": int((~inj).sum()),
        "shipped_injected_flagged": need,
        "shipped_clean_flagged": int(shipped[~inj].sum()),
        f"{name}_injected_flagged_oof": -neg_caught,
        f"{name}_clean_flagged_oof": clean,
    }
    return dw_best, ds_best, report


def head_arguments(doc: str, mix_help: str) -> argparse.ArgumentParser:
    """The arguments both builders take: the models folder, a rows cache, mix and offset."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("models_dir", type=Path)
    ap.add_argument("--rows-cache", type=Path, default=None, help="read rows kept here (npz)")
    ap.add_argument("--mix", type=float, default=1.0, help=mix_help)
    ap.add_argument("--offset", type=float, default=0.0, help="moves both lines (logits)")
    return ap


def cached_rows(cache: Path | None, build: Callable[[], Rows]) -> Rows:
    """Rows read from ``cache`` when it exists, else built (and kept there when named)."""
    if cache is not None and cache.exists():
        with np.load(cache) as c:
            return Rows(**{k: c[k] for k in c.files})
    rows = build()
    if cache is not None:
        np.savez(cache, **vars(rows))
    return rows


def write_head(models: Path, cfg: dict[str, Any], file: str, **arrays: Any) -> None:
    """The head's artefact, the classifier config ``cfg`` (its entry for the head already
    set by the caller) and the manifest, rewritten."""
    np.savez(models / file, **arrays)
    (models / CONFIG_FILE).write_text(json.dumps(cfg, indent=2) + "\n")
    names = list(json.loads((models / "manifest.json").read_text())["files"])
    write_manifest(models, list(dict.fromkeys([*names, file])))


def correcting_head(
    models: Path,
    key: str,
    file: str,
    rows: Rows,
    penalties: tuple[float, float],
    mix: float,
    offset: float,
    about: dict[str, Any],
    section: str | None = None,
) -> dict[str, Any]:
    """A correcting head (MiniLM's T5/T6', P3; the branch's P4) from ``rows`` (features: the shipped
    logit, then the embedding): fitted from the shipped reading (``own`` 1, ``w`` 0) with the
    L2 pulls ``penalties`` (on ``w``, on ``own``), its lines set on out-of-fold scores, mixed
    with the shipped reading (``mix``) and moved by ``offset``; written as ``file`` and named
    by the classifier config's ``key`` (in its ``section``, e.g. the branch's ``multilingual``,
    when named). Returns the report (``about`` after the counts)."""
    cfg = json.loads((models / CONFIG_FILE).read_text())
    dims = rows.x.shape[1] - 1
    theta0 = np.concatenate([[1.0], np.zeros(dims), [0.0, 0.0]])
    reg = np.concatenate([[penalties[1]], np.full(dims, penalties[0]), [0.0, 0.0]])
    dw, ds, report = lines(rows, out_of_fold(rows, theta0, reg), "oof")
    theta = fit(rows, np.ones(len(rows.y), dtype=bool), theta0, reg)
    report.update(
        {
            **about,
            "rows": len(rows.y),
            "l2": penalties[0],
            "own": round(float(theta[0]), 6),
            "w_norm": round(float(np.linalg.norm(theta[1:-2])), 6),
            "window_offset": dw,
            "segment_offset": ds,
            "mix": mix,
            "offset": offset,
        }
    )
    (cfg if section is None else cfg[section])[key] = {"file": file, **report}
    write_head(
        models,
        cfg,
        file,
        own=np.float32(mix * theta[0] + (1 - mix)),
        w=(mix * theta[1:-2]).astype(np.float32),
        b=np.float32(mix * (theta[-2] + dw) + offset),
        segment_b=np.float32(mix * (theta[-1] + ds) + offset),
    )
    return report
