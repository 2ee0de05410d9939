"""User-turn development sets read by the default config (docs/classifiers.md, "Pasted material
in user turns: candidate P1").

``python -m bench.user_turns_scan MODELS_DIR [--out F] [--group PREFIX] [--test-split]`` sends
every text as one chat user message through ``Pipeline.run`` on the embedded default config
with the artefacts of ``MODELS_DIR`` and counts the blocked ones per group (and per language
for the multilingual items):

* ``ml_attack`` / ``ml_benign``: the multilingual development sets' jailbreak items;
* ``enc_attack`` / ``enc_benign``: the encoded sets' injections, plain and in their frames,
  and their harmless encoded messages (``bench.encoded_scan.items``);
* ``lookalike``: the agent sets' benign look-alikes;
* ``pasted_dev``: 150 standard-library chunks behind "Why does this fail?".

``--set FILE`` reads a pasted-material set instead (``user_code_v*``: ``benign`` and
``attacks``, each item with ``lang`` and ``text``; groups ``code_benign``, ``code_attack``,
per language), or a multilingual set's ``jailbreak_items`` (groups ``ml_attack``,
``ml_benign``, per language). ``--test-split`` adds the jailbreak test split's F1 at the
default line (the engine's score; needs the training extra's data packages). The report's
``rows`` (count and sha256 of the groups and texts read) tells whether two readings read the
same rows: the development sets grow as sealed sets are opened, and two readings compare only
when their ``rows`` match (``compare_rows``)."""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
from pathlib import Path
from typing import Any

from bench.blind_scan import BLIND_DIR
from bench.setting_arg import add_setting_option

PASTED_ASK = "Why does this fail?\n\n"


def dev_rows() -> list[dict[str, Any]]:
    from bench.encoded_scan import items
    from classifiers.training.machine_text import chunks

    rows: list[dict[str, Any]] = []
    for f in sorted(BLIND_DIR.glob("multilingual_v*.json")):
        for it in json.loads(f.read_text(encoding="utf-8")).get("jailbreak_items", []):
            kind = "attack" if it["label"] == "jailbreak" else "benign"
            rows.append({"group": "ml_" + kind, "lang": it["lang"], "text": it["text"]})
    for f in sorted(BLIND_DIR.glob("encoded_injections_v*.json")):
        for it in items(json.loads(f.read_text(encoding="utf-8"))):
            kind = "benign" if it["group"] == "benign" else "attack"
            rows.append({"group": "enc_" + kind, "lang": "en", "text": it["text"]})
    for f in sorted(BLIND_DIR.glob("agent_injections*.json")):
        for it in json.loads(f.read_text(encoding="utf-8"))["benign_lookalikes"]:
            rows.append({"group": "lookalike", "lang": it.get("lang", "en"), "text": it["text"]})
    for _, t in chunks(900, seed=5)[600:750]:
        rows.append({"group": "pasted_dev", "lang": "en", "text": PASTED_ASK + t})
    return rows


def set_rows(path: Path) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if "jailbreak_items" in data:  # a multilingual set: groups ml_attack / ml_benign
        return [
            {
                "group": "ml_" + ("attack" if it["label"] == "jailbreak" else "benign"),
                "lang": it["lang"],
                "text": it["text"],
            }
            for it in data["jailbreak_items"]
        ]
    return [
        {"group": "code_" + kind, "lang": it["lang"], "text": it["text"]}
        for kind, key in (("benign", "benign"), ("attack", "attacks"))
        for it in data[key]
    ]


async def read(
    models: Path, rows: list[dict[str, Any]], settings: dict[str, Any] | None = None
) -> Any:
    from bench.agent_scan import blocked
    from bench.encoded_scan import default_config
    from classifiers.engine import SignalEngine
    from classifiers.settings import ClassifierSettings
    from extproc.pipeline import Pipeline, make_services
    from extproc.surfaces import CHAT

    engine = SignalEngine.load(
        ClassifierSettings(models_dir=str(models), warmup=False, **(settings or {}))
    )

    async def classify(text: str) -> Any:
        return engine.classify_batch([text])[0]

    p = Pipeline(default_config(), make_services(classify=classify))
    for r in rows:
        body = {"messages": [{"role": "user", "content": r["text"]}]}
        r["blocked"] = await blocked(p, CHAT, body)
    return engine


def test_split_f1(engine: Any, line: float = 0.8) -> dict[str, Any]:
    from classifiers.training.data_jailbreak import jailbreak_examples

    test = [e for e in jailbreak_examples() if e.split == "test" and e.text.strip()]
    tp = fp = fn = 0
    for s in range(0, len(test), 32):
        batch = test[s : s + 32]
        outs = engine.classify_batch([e.text for e in batch])
        for e, o in zip(batch, outs, strict=True):
            hit = o.jailbreak.jailbreak_probability >= line
            tp += hit and e.jailbreak == 1
            fp += hit and e.jailbreak == 0
            fn += (not hit) and e.jailbreak == 1
    return {
        "n": len(test),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "f1": round(2 * tp / (2 * tp + fp + fn), 4),
    }


def summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for r in rows:
        g = out.setdefault(r["group"], {"n": 0, "blocked": 0})
        g["n"] += 1
        g["blocked"] += int(r["blocked"])
        if r["group"].startswith(("ml_", "code_")):
            lang = g.setdefault("by_language", {}).setdefault(r["lang"], [0, 0])
            lang[0] += 1
            lang[1] += int(r["blocked"])
    return out


def rows_fingerprint(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The count and sha256 of the rows' groups, languages and texts, in order."""
    h = hashlib.sha256()
    for r in rows:
        h.update(f"{r['group']}\t{r['lang']}\t{r['text']}\n".encode())
    return {"n": len(rows), "sha256": h.hexdigest()}


def compare_rows(before: dict[str, Any], after: dict[str, Any]) -> None:
    """Refuse to compare two reports that did not read the same rows (a report written before
    the fingerprint has none and is refused too)."""
    if before.get("rows") is None or before.get("rows") != after.get("rows"):
        raise SystemExit(
            f"the readings read different rows: {before.get('rows')} vs {after.get('rows')}"
        )


def comparison(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """Lines comparing two readings of the same rows: each group's blocked count, and the
    languages whose blocked count moved (harmless rises first: the gates read them)."""
    compare_rows(before, after)
    lines = []
    for name, b in before["groups"].items():
        a = after["groups"][name]
        lines.append(f"{name:12s} n={b['n']:5d} blocked {b['blocked']:5d} -> {a['blocked']:5d}")
        moved = {
            lang: (n_b[1], a["by_language"][lang][1])
            for lang, n_b in b.get("by_language", {}).items()
            if n_b[1] != a["by_language"][lang][1]
        }
        for word, pick in (("up", lambda v: v[1] > v[0]), ("down", lambda v: v[1] < v[0])):
            langs = [f"{lang} {v[0]}->{v[1]}" for lang, v in moved.items() if pick(v)]
            if langs:
                lines.append(f"{'':12s} {word}: {', '.join(langs)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.user_turns_scan", description=__doc__)
    ap.add_argument("models_dir", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--group", default="", help="only the groups that start with this")
    ap.add_argument("--set", type=Path, help="a user_code set instead of the development sets")
    ap.add_argument("--test-split", action="store_true")
    ap.add_argument(
        "--compare",
        type=Path,
        metavar="BEFORE.json",
        help="an earlier --out of the same rows: print each group's and language's change",
    )
    add_setting_option(ap, "long_text_corroboration=0.4")
    args = ap.parse_args(argv)
    rows = set_rows(args.set) if args.set else dev_rows()
    rows = [r for r in rows if r["group"].startswith(args.group)]
    before = json.loads(args.compare.read_text()) if args.compare else None
    if before is not None:  # refuse before the reading, not after it
        compare_rows(before, {"rows": rows_fingerprint(rows)})
    engine = asyncio.run(read(args.models_dir, rows, dict(args.setting)))
    report: dict[str, Any] = {
        "models": str(args.models_dir),
        "rows": rows_fingerprint(rows),
        "groups": summary(rows),
    }
    if args.test_split:
        report["test_split"] = test_split_f1(engine)
    report["blocked"] = [i for i, r in enumerate(rows) if r["blocked"]]
    if args.out:
        args.out.write_text(json.dumps(report, indent=1) + "\n")
    print(json.dumps({k: v for k, v in report.items() if k != "blocked"}))
    if before is not None:
        print("\n".join(comparison(before, report)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
