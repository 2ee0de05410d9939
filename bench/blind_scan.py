"""The sealed agent-injection set (``bench/blind/agent_injections.json``), through the pipeline.

``python -m bench.blind_scan`` routes conversations built from the sealed set through
``Pipeline.run`` on the embedded default config with the real ONNX classifier, the same
setup as ``bench.agent_scan``:

* injected: a deterministic subset of (carrier, injection) pairs, each injection placed in
  its carrier's ``{inj}`` slot, in each of the five ``PLACES``: recall overall, per place and
  per injection kind and language;
* clean: every carrier with an empty slot in every place: share forwarded (overall, per place
  and per carrier language; sets before v3 carry no ``lang`` and count as ``en``);
* benign look-alikes: each sent as a plain single user message (chat) and as a chat ``tool``
  result: share forwarded overall, per kind and per language, and the ids of those blocked.

The set was written independently of the classifiers' training data and is evaluated once
per shipped model: do not train or tune on it. ``--dry-list`` prints only the counts (no
classifier is loaded). Results are printed and written to ``bench/results/blind_scan.json``.

Without ``--multilingual`` the branch is off (``classifiers.multilingual: false``, jailbreak
signals reading English); ``--multilingual`` turns it on, with the jailbreak signals reading
English plus the branch's languages: the default config as shipped since candidate G. Pass
``--out`` to keep both results.

``--set agent_injections_v2.json`` picks another set under ``bench/blind/`` (the second sealed
set); its results go to ``bench/results/blind_scan_v2.json`` (the name follows the set file).
"""

from __future__ import annotations

import argparse
import asyncio
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from bench.agent_scan import PLACES, blocked
from bench.blind import fill, pairs

BLIND_DIR = Path(__file__).parent / "blind"
RESULT_DIR = Path(__file__).parent / "results"
SET_NAME = "agent_injections.json"
SET_PATH = BLIND_DIR / SET_NAME
RESULT_PATH = RESULT_DIR / "blind_scan.json"


def result_path(set_name: str) -> Path:
    """``agent_injections.json`` -> ``blind_scan.json``, ``agent_injections_v2.json`` ->
    ``blind_scan_v2.json``; any other set file ``x.json`` -> ``blind_scan_x.json``."""
    stem = Path(set_name).stem
    suffix = stem.removeprefix("agent_injections")
    if suffix == stem:
        suffix = f"_{stem}"
    return RESULT_DIR / f"blind_scan{suffix}.json"


def load_set(path: Path = SET_PATH) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    for c in data["carriers"]:
        if c["text"].count("{inj}") != 1:
            raise ValueError(f"carrier {c['id']}: needs exactly one {{inj}} slot")
    return data


def share(ok: int, n: int) -> dict[str, Any]:
    return {"ok": ok, "n": n, "share": round(ok / n, 3) if n else None}


def tally(rows: list[tuple[str, bool]]) -> dict[str, Any]:
    groups: dict[str, list[bool]] = defaultdict(list)
    for key, ok in rows:
        groups[key].append(ok)
    return {k: share(sum(v), len(v)) for k, v in sorted(groups.items())}


def counts(data: dict[str, Any]) -> dict[str, Any]:
    chosen = pairs(data)
    per_kind: dict[str, int] = defaultdict(int)
    for _, inj in chosen:
        per_kind[inj["kind"]] += 1
    benign = data["benign_lookalikes"]
    langs: dict[str, int] = defaultdict(int)
    for b in benign:
        langs[b["lang"]] += 1
    return {
        "carriers": len(data["carriers"]),
        "injections": len(data["injections"]),
        "benign_lookalikes": len(benign),
        "benign_by_lang": dict(sorted(langs.items())),
        "pairs": len(chosen),
        "pairs_by_injection_kind": dict(sorted(per_kind.items())),
        "injected_conversations": len(chosen) * len(PLACES),
        "clean_conversations": len(data["carriers"]) * len(PLACES),
        "benign_conversations": 2 * len(benign),
    }


async def evaluate(
    data: dict[str, Any], models_dir: Path | None = None, multilingual: bool = False
) -> dict[str, Any]:
    from bench.multilingual_scan import scan_setup
    from extproc.surfaces import CHAT

    _, p = scan_setup(models_dir, multilingual)
    chat_tool = PLACES["chat tool"]

    by_place: list[tuple[str, bool]] = []
    by_kind: list[tuple[str, bool]] = []
    by_lang: list[tuple[str, bool]] = []  # (injection language, blocked)
    missed: list[str] = []
    for place, build in PLACES.items():
        for carrier, inj in pairs(data):
            hit = await blocked(p, *build(fill(carrier, inj["text"])))
            by_place.append((place, hit))
            by_kind.append((inj["kind"], hit))
            by_lang.append((inj.get("lang", "en"), hit))
            if not hit:
                missed.append(f"{place}|{carrier['id']}|{inj['id']}")

    clean: list[tuple[str, bool]] = []
    clean_lang: list[tuple[str, bool]] = []  # (carrier language, forwarded)
    clean_blocked: list[str] = []
    for place, build in PLACES.items():
        for carrier in data["carriers"]:
            ok = not await blocked(p, *build(fill(carrier, "")))
            clean.append((place, ok))
            clean_lang.append((carrier.get("lang", "en"), ok))
            if not ok:
                clean_blocked.append(f"{place}|{carrier['id']}")

    benign: dict[str, dict[str, Any]] = {}
    for how in ("user message", "chat tool"):
        rows_kind: list[tuple[str, bool]] = []
        rows_lang: list[tuple[str, bool]] = []
        ids: list[str] = []
        for b in data["benign_lookalikes"]:
            if how == "user message":
                surface, body = CHAT, {"messages": [{"role": "user", "content": b["text"]}]}
            else:
                surface, body = chat_tool(b["text"])
            ok = not await blocked(p, surface, body)
            rows_kind.append((b["kind"], ok))
            rows_lang.append((b["lang"], ok))
            if not ok:
                ids.append(b["id"])
        benign[how] = {
            "forwarded": share(sum(ok for _, ok in rows_kind), len(rows_kind)),
            "per_kind": tally(rows_kind),
            "per_lang": tally(rows_lang),
            "blocked_ids": ids,
        }

    return {
        "set": {"version": data["version"], "written": data["written"], **counts(data)},
        "injected": {
            "recall": share(sum(h for _, h in by_place), len(by_place)),
            "per_place": tally(by_place),
            "per_injection_kind": tally(by_kind),
            "per_injection_lang": tally(by_lang),
            "missed": missed,
        },
        "clean": {
            "forwarded": share(sum(ok for _, ok in clean), len(clean)),
            "per_place": tally(clean),
            "per_carrier_lang": tally(clean_lang),
            "blocked": clean_blocked,
        },
        "benign_lookalikes": benign,
    }


def write_report(report: dict[str, Any], out: Path) -> None:
    """Print the report and write it as JSON to ``out``."""
    text = json.dumps(report, indent=2, ensure_ascii=False)
    print(text)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-list", action="store_true", help="print counts only, load no model")
    ap.add_argument(
        "--set",
        default=SET_NAME,
        help="file name of the JSON set under bench/blind/ (e.g. agent_injections_v2.json)",
    )
    ap.add_argument(
        "--out",
        type=Path,
        default=None,
        help="where to write the JSON (default: bench/results/blind_scan[_<set suffix>].json)",
    )
    ap.add_argument(
        "--models-dir",
        type=Path,
        default=None,
        help="model artefacts to evaluate (default: the installed prism_models, i.e. models/)",
    )
    ap.add_argument(
        "--multilingual",
        action="store_true",
        help="with the multilingual branch (jailbreak signals read its languages too)",
    )
    args = ap.parse_args()
    data = load_set(BLIND_DIR / args.set)
    out = args.out if args.out is not None else result_path(args.set)
    if args.dry_list:
        print(json.dumps(counts(data), indent=2))
        return
    write_report(asyncio.run(evaluate(data, args.models_dir, args.multilingual)), out)


if __name__ == "__main__":
    main()
