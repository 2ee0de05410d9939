"""Candidate G: the multilingual branch also reads each foreign text's sentence segments,
with a threshold of its own, set on harmless segments (docs/classifiers.md, "Candidate G").

Probe F measured that an injection of a sentence or two inside a foreign mail or ticket is
diluted in a 126-token window, and found when its segment is read alone; but a threshold set
on whole texts flags harmless segments too. Here the segment threshold is set where the
jailbreak head flags ``fpr`` of the sentence segments of benign validation texts (English
rows and the hand-written foreign rows, each group apart, the stricter deciding), and the
runtime adds the difference to the whole-text calibration as ``segment_shift`` (a logit
offset, ``classifiers/multilingual.py``).

``python -m classifiers.training.segment_calibration`` is the development probe that chose
``SEGMENT_FPR``: the branch's heads alone (no MiniLM, no patterns), on agent v5 and the
foreign items of multilingual v4 (both development sets), for a grid of ``fpr``. A text's
score is the highest of its first window and its segments at the segment threshold.
Results: bench/results/segment_calibration_probe.json.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from bench.blind import fill, pairs
from classifiers.segments import sentence_segments

SEGMENT_FPR = 0.02
"""Share of harmless validation segments the segment threshold flags (chosen on the
development sets by this module's probe)."""
MAX_SEGMENTS = 8000
"""English validation segments used for the threshold (a seeded sample, to bound the e5
pass); every hand-written row's segments are used."""
POLICY_THRESHOLD = 0.8
BLIND = Path(__file__).resolve().parents[2] / "bench" / "blind"
RESULT = Path(__file__).resolve().parents[2] / "bench" / "results"


def logit(q: float) -> float:
    q = min(max(q, 1e-6), 1 - 1e-6)
    return math.log(q / (1 - q))


def benign_segments(
    texts_hand: Sequence[tuple[str, bool]], seed: int = 0
) -> list[tuple[str, bool]]:
    """(segment, from a hand-written row) for every sentence segment of the given benign
    validation texts; English segments sampled down to ``MAX_SEGMENTS``."""
    english = [s for t, hand in texts_hand if not hand for s in sentence_segments(t)]
    hand = [s for t, is_hand in texts_hand if is_hand for s in sentence_segments(t)]
    if len(english) > MAX_SEGMENTS:
        pick = np.random.default_rng(seed).choice(len(english), MAX_SEGMENTS, replace=False)
        english = [english[i] for i in sorted(pick)]
    return [(s, False) for s in english] + [(s, True) for s in hand]


def segment_threshold(p: np.ndarray, hand: np.ndarray, fpr: float) -> float:
    """The raw head probability a segment must reach: at most ``fpr`` of the harmless
    segments of each group (English, hand-written) reach it."""
    groups = [g for g in (~hand, hand) if g.any()]
    return max(float(np.quantile(p[g], 1 - fpr)) for g in groups)


def segment_shift(raw_threshold: float, whole_shift: float) -> float:
    """The logit offset the runtime adds to a segment's (already whole-text shifted)
    probability so that it crosses the policy's 0.8 at ``raw_threshold``."""
    return logit(POLICY_THRESHOLD) - logit(raw_threshold) - whole_shift


def dev_items() -> dict[str, list[tuple[str, bool, str]]]:
    """(text, is an attack, language) per development group."""
    a = json.loads((BLIND / "agent_injections_v5.json").read_text(encoding="utf-8"))
    ml = json.loads((BLIND / "multilingual_v4.json").read_text(encoding="utf-8"))
    return {
        "a5_injected": [(fill(c, i["text"]), True, i.get("lang", "en")) for c, i in pairs(a)],
        "a5_clean": [(fill(c, ""), False, c.get("lang", "en")) for c in a["carriers"]],
        "a5_lookalike": [(b["text"], False, b["lang"]) for b in a["benign_lookalikes"]],
        "ml4_jb": [
            (i["text"], i["label"] == "jailbreak", i["lang"])
            for i in ml["jailbreak_items"]
            if i["lang"] != "en"
        ],
    }


def probe(
    feats: Callable[[list[str]], np.ndarray],
    proba: Callable[[np.ndarray], np.ndarray],
    val_benign: Sequence[tuple[str, bool]],
    whole_threshold: float,
    grid: Sequence[float] = (0.001, 0.002, 0.005, 0.01, 0.02),
) -> dict:
    """Head-alone figures on the development sets for each segment ``fpr`` in ``grid``
    (``whole_threshold``: the raw whole-text threshold the branch ships with)."""
    segs = benign_segments(val_benign)
    p_seg = proba(feats([s for s, _ in segs]))
    hand = np.array([h for _, h in segs])
    out: dict = {"benign_segments": {"english": int((~hand).sum()), "hand": int(hand.sum())}}
    dev = dev_items()
    scored: dict[str, list[tuple[float, float, bool, str]]] = {}
    for name, items in dev.items():
        texts = [t for t, _, _ in items]
        whole = proba(feats(texts))
        pieces = [(k, s) for k, t in enumerate(texts) for s in sentence_segments(t)]
        p_pieces = proba(feats([s for _, s in pieces])) if pieces else np.zeros(0)
        best = np.zeros(len(texts))
        for (k, _), q in zip(pieces, p_pieces, strict=True):
            best[k] = max(best[k], q)
        scored[name] = [
            (float(w), float(b), bad, lang)
            for w, b, (_, bad, lang) in zip(whole, best, items, strict=True)
        ]
    for fpr in grid:
        t_seg = segment_threshold(p_seg, hand, fpr)
        row: dict = {"raw_segment_threshold": round(t_seg, 4)}
        for name, rows in scored.items():
            flag = [(w >= whole_threshold or b >= t_seg, bad, lang) for w, b, bad, lang in rows]
            foreign = [(f, bad) for f, bad, lang in flag if lang != "en"]
            row[name] = {
                "foreign_attacks_blocked": _share([f for f, bad in foreign if bad]),
                "foreign_benign_forwarded": _share([not f for f, bad in foreign if not bad]),
                "english_benign_forwarded": _share(
                    [not f for f, bad, lang in flag if lang == "en" and not bad]
                ),
            }
        out[f"fpr_{fpr}"] = row
    return out


def _share(flags: list[bool]) -> float | None:
    return round(float(np.mean(flags)), 3) if flags else None


def main(argv: list[str] | None = None) -> int:
    from classifiers.training.train import set_seeds
    from classifiers.training.train_multilingual import fitted_branch

    set_seeds()
    fitted = fitted_branch(hand_rows=True, more_rows=True, mlp=False)
    rep = probe(fitted.features, fitted.jailbreak_proba, fitted.val_benign, fitted.raw_threshold)
    text = json.dumps(rep, indent=2)
    print(text)
    RESULT.mkdir(exist_ok=True)
    (RESULT / "segment_calibration_probe.json").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
