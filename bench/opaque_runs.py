"""What the second opinion on opaque runs changes (docs/classifiers.md, "A second opinion on
opaque runs"): per set, the messages it can change, blocked with it and without it.

``python -m bench.opaque_runs [--sealed FILE]`` collects every message of the agent sets
(each injection in its carrier, clean carriers, look-alikes), the multilingual sets'
jailbreak items, the opened encoded sets ``encoded_injections_v1-v6`` (each injection in
every encoding and frame of ``bench.encoded_scan``, and its harmless messages) and
``tests/fixtures/encoded_probe.jsonl``, and keeps those whose normalised text holds an
opaque run (``mask_runs`` changes it): no other message can move, since the second opinion
only replaces the score of a message with such a run. Those are read as the default
jailbreak signal reads them (``bench.message_scores.reading_scores``), with the second
opinion (its shipped ``FLOOR``) and without it (``FLOOR`` above 1), and counted blocked at
the default config's 0.8. ``--sealed`` adds an encoded set of the v1 schema
(``encoded_sealed``). Results go to ``bench/results/opaque_runs.json`` (``--out``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from bench.encoded_scan import items as encoded_items
from bench.message_scores import THRESHOLD, messages, reading_scores

BLIND_DIR = Path(__file__).parent / "blind"
RESULT_DIR = Path(__file__).parent / "results"
FIXTURE = Path(__file__).parent.parent / "tests" / "fixtures" / "encoded_probe.jsonl"
AGENT_SETS = (6, 7, 8, 11, 12, 13, 14, 15, 16)
MULTILINGUAL_SETS = (2, 3, 4, 5, 6, 7, 8, 9, 10)
ENCODED_SETS = (1, 2, 3, 4, 5, 6)  # the opened ones (v2-v6 were sealed until their reading)


def _load(name: str) -> dict[str, Any]:
    return json.loads((BLIND_DIR / name).read_text(encoding="utf-8"))


def collect(sealed: Path | None) -> dict[str, list[tuple[str, str]]]:
    """Per set, (group, text) of every message: ``inj``/``clean``/``look`` (agent),
    ``jailbreak``/``benign`` (multilingual), ``encoded``/``plain``/``benign`` (encoded)."""
    sets: dict[str, list[tuple[str, str]]] = {}
    for v in AGENT_SETS:
        data = _load(f"agent_injections_v{v}.json")
        sets[f"agent_v{v}"] = [(m["kind"], m["text"]) for m in messages(data)]
    for v in MULTILINGUAL_SETS:
        data = _load(f"multilingual_v{v}.json")
        sets[f"multilingual_v{v}"] = [(i["label"], i["text"]) for i in data["jailbreak_items"]]
    encoded = {f"encoded_v{v}": _load(f"encoded_injections_v{v}.json") for v in ENCODED_SETS}
    if sealed is not None:
        encoded["encoded_sealed"] = json.loads(sealed.read_text(encoding="utf-8"))
    for name, data in encoded.items():
        sets[name] = [
            (r["group"] if r["group"] in ("plain", "benign") else "encoded", r["text"])
            for r in encoded_items(data)
        ]
    rows = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    sets["fixture"] = [(r["label"], r["text"]) for r in rows]
    return sets


def measure(sets: dict[str, list[tuple[str, str]]]) -> dict[str, Any]:
    import extproc.signals.reading as reading
    from extproc.signals.normalize import normalize
    from extproc.signals.opaque_runs import FLOOR, mask_runs

    out: dict[str, Any] = {}
    for name, msgs in sets.items():
        touched = [(g, t) for g, t in msgs if mask_runs(normalize(t).text) != normalize(t).text]
        texts = [t for _, t in touched]
        saved = reading.FLOOR
        try:
            reading.FLOOR = 2.0
            before = [r["engine"] for r in reading_scores(texts, None, {})] if texts else []
        finally:
            reading.FLOOR = saved
        try:
            reading.FLOOR = FLOOR
            after = [r["engine"] for r in reading_scores(texts, None, {})] if texts else []
        finally:
            reading.FLOOR = saved
        groups: dict[str, dict[str, int]] = {}
        for g, _ in msgs:
            groups.setdefault(g, {"n": 0, "touched": 0, "blocked_before": 0, "blocked_after": 0})
            groups[g]["n"] += 1
        changed: list[dict[str, Any]] = []
        for (g, _), b, a in zip(touched, before, after, strict=True):
            groups[g]["touched"] += 1
            groups[g]["blocked_before"] += b >= THRESHOLD
            groups[g]["blocked_after"] += a >= THRESHOLD
            if (b >= THRESHOLD) != (a >= THRESHOLD):
                changed.append({"group": g, "before": round(b, 4), "after": round(a, 4)})
        out[name] = {"groups": groups, "changed": changed}
        print(name, json.dumps(groups), f"{len(changed)} changed", flush=True)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.opaque_runs", description=__doc__)
    ap.add_argument("--sealed", type=Path, help="an encoded set of the v1 schema, read once")
    ap.add_argument("--only", help="comma-separated set names (e.g. fixture,encoded_v1)")
    ap.add_argument("--out", type=Path, default=RESULT_DIR / "opaque_runs.json")
    a = ap.parse_args(argv)
    sets = collect(a.sealed)
    if a.only:
        sets = {k: v for k, v in sets.items() if k in a.only.split(",")}
    result = measure(sets)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
