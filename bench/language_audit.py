"""How the language detector tells every labelled text of the opened sets.

    python -m bench.language_audit [--out FILE] [--compare FILE]

Reads the texts of ``bench/blind/`` that carry a ``lang`` (multilingual domain and guard
items, agent carriers, injections and look-alikes) and the multilingual smoke fixture,
runs ``classifiers.language.detect_language`` on each, and reports per labelled language
how many are told right. ``--out`` keeps every text's answer; ``--compare`` names an earlier
``--out`` file and lists the texts whose answer changed (a detector candidate's development
check: docs/classifiers.md, "Ten more languages"). Sealed sets (``bench/sealed/``) are never
read.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from classifiers.language import detect_language

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "bench" / "blind"
SMOKE = ROOT / "tests" / "fixtures" / "multilingual_smoke.jsonl"
LISTS = ("domain_items", "jailbreak_items", "carriers", "injections", "benign_lookalikes")


def labelled_texts() -> list[dict[str, str]]:
    """Every (source, id, lang, text) of the opened sets that names its language."""
    rows: list[dict[str, str]] = []
    for path in sorted(BLIND.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            continue
        for key in LISTS:
            for i, item in enumerate(data.get(key) or []):
                if isinstance(item, dict) and item.get("lang") and item.get("text"):
                    rows.append(
                        {
                            "source": f"{path.stem}:{key}",
                            "id": str(item.get("id", i)),
                            "lang": item["lang"],
                            "text": item["text"],
                        }
                    )
    for i, line in enumerate(SMOKE.read_text(encoding="utf-8").splitlines()):
        row = json.loads(line)
        rows.append({"source": "smoke", "id": str(i), "lang": row["lang"], "text": row["text"]})
    return rows


def audit(rows: list[dict[str, str]]) -> dict[str, Any]:
    told: list[dict[str, Any]] = []
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for r in rows:
        lang, conf = detect_language(r["text"])
        told.append(
            {"source": r["source"], "id": r["id"], "lang": r["lang"], "told": lang, "conf": conf}
        )
        total[r["lang"]] += 1
        right[r["lang"]] += lang == r["lang"]
    per_lang = {k: f"{right[k]}/{total[k]}" for k in sorted(total)}
    return {
        "texts": len(rows),
        "right": sum(right.values()),
        "per_language": per_lang,
        "told": told,
    }


def changed(before: dict[str, Any], after: dict[str, Any]) -> list[dict[str, Any]]:
    old = {(t["source"], t["id"]): t for t in before["told"]}
    out = []
    for t in after["told"]:
        o = old.get((t["source"], t["id"]))
        if o is not None and (o["told"], o["conf"]) != (t["told"], t["conf"]):
            out.append({**t, "was": o["told"], "was_conf": o["conf"]})
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.language_audit", description=__doc__)
    p.add_argument("--out", type=Path)
    p.add_argument("--compare", type=Path)
    args = p.parse_args(argv)
    result = audit(labelled_texts())
    print(json.dumps({k: v for k, v in result.items() if k != "told"}, indent=1))
    if args.compare is not None:
        moved = changed(json.loads(args.compare.read_text()), result)
        gained = sum(1 for m in moved if m["told"] == m["lang"] != m["was"])
        lost = sum(1 for m in moved if m["was"] == m["lang"] != m["told"])
        print(f"changed: {len(moved)} (now right {gained}, no longer right {lost})")
        for m in moved:
            if m["was"] == m["lang"] or m["told"] != m["lang"]:
                print(
                    f"  {m['source']} {m['id']} [{m['lang']}] {m['was']} {m['was_conf']} -> "
                    f"{m['told']} {m['conf']}"
                )
    if args.out is not None:
        args.out.write_text(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
