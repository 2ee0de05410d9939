"""PII quality per language, through the runtime engine, for one or more artifact folders.

* ``--split val|test``: our own splits; the English rows (every row with PII labels, the
  texts without personal data included: the population of ``models/metrics.json``'s PII
  figures before the seventh round) apart from the rows written in each other language
  (``pii-lang-xx``, ``data_pii.language_examples``).
* ``--spurious``: texts without personal data in other languages (the domain questions of
  the multilingual development sets v1-v4, everyday questions with no names or addresses
  asked for) and the share of them where a name or an address is found: the false
  positives a redaction policy would act on. A few of those questions name a historical
  person, which the labelling convention counts as a name, so read the spans printed.

Usage: python -m classifiers.training.pii_by_language [--split val] [--spurious] DIR [DIR ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from classifiers.engine import SignalEngine
from classifiers.settings import ClassifierSettings
from classifiers.training.evaluate import LANG_SOURCE, score_rows
from classifiers.training.train import all_examples

ROOT = Path(__file__).resolve().parents[2]
DEV_SETS = [f"multilingual_v{i}.json" for i in (1, 2, 3, 4)]
NAME_TYPES = frozenset({"PERSON", "STREET_ADDRESS"})


def engine(models: str) -> SignalEngine:
    return SignalEngine.load(
        ClassifierSettings(precision="int8", intra_op_threads=2, warmup=False, models_dir=models)
    )


def by_language(eng: SignalEngine, split: str) -> dict[str, dict]:
    groups: dict[str, list] = defaultdict(list)
    for e in all_examples(pii_languages=True):
        if e.split != split or e.spans is None:
            continue
        lang = e.source.removeprefix(LANG_SOURCE) if e.source.startswith(LANG_SOURCE) else "en"
        groups[lang].append(e)
    out = {}
    for lang, rows in sorted(groups.items()):
        r = score_rows(eng, rows)
        strict = r["strict"]
        out[lang] = {
            "n": r["n_sentences"],
            "strict_f1": strict["overall"]["f1"],
            "overlap_f1": r["overlap"]["overall"]["f1"],
            "per_type": {k: v["f1"] for k, v in strict["per_type"].items() if v.get("support")},
        }
    return out


def spurious(eng: SignalEngine, types: frozenset[str] = NAME_TYPES) -> dict[str, dict]:
    texts: dict[str, list[str]] = defaultdict(list)
    for name in DEV_SETS:
        data = json.loads((ROOT / "bench" / "blind" / name).read_text())
        for item in data["domain_items"]:
            texts[item["lang"]].append(item["text"])
    out = {}
    for lang, rows in sorted(texts.items()):
        found = []
        for text, sig in zip(rows, eng.classify_batch(rows), strict=True):
            spans = [text[p.start : p.end] for p in sig.pii if p.type in types]
            if spans:
                found.append(spans)
        out[lang] = {"n": len(rows), "with_name_or_address": len(found), "spans": found}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--split", default="", choices=("", "val", "test"))
    ap.add_argument("--spurious", action="store_true")
    ap.add_argument(
        "--spurious-types",
        default="",
        help="comma-separated entity types --spurious counts (default: names and addresses)",
    )
    args = ap.parse_args(argv)
    types = frozenset(filter(None, args.spurious_types.split(","))) or NAME_TYPES
    for d in args.dirs:
        eng = engine(d)
        if args.split:
            for lang, r in by_language(eng, args.split).items():
                print(json.dumps({"models": d, "split": args.split, "lang": lang, **r}))
        if args.spurious:
            for lang, r in spurious(eng, types).items():
                print(json.dumps({"models": d, "set": "dev v1-v4 domain", "lang": lang, **r}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
