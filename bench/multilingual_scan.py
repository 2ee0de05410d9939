"""The multilingual sets (``bench/blind/multilingual_v*.json``), per language.

``python -m bench.multilingual_scan [--set multilingual_v1.json]`` reads a set (v1: 10
languages, v2, sealed: 14; 28 domain questions and 16 jailbreak/benign texts each, written by
engineers who never saw the training data) and reports, per language:

* domain accuracy: the label ``prism classify`` would give (the engine's domain result);
* jailbreak: each text sent as one chat user message through ``Pipeline.run`` on the embedded
  default config with the real ONNX classifier: share of jailbreaks refused 403 (recall) and
  of benign texts forwarded (1 - false-positive rate), per kind too.

v1 became a development set on 2026-12-01 (``classifiers/training/multilingual_probe.py``
chose the multilingual base on it); v2 stays sealed: opened once per candidate model, never
trained or tuned on. ``--models-dir`` evaluates other artefacts; results go to
``bench/results/<set>_scan.json`` (or ``--out``): the default config with the branch off
(``classifiers.multilingual: false``, jailbreak signals reading English). ``--multilingual``
turns the branch on, with the jailbreak signals reading English plus the branch's languages:
the default config as shipped since candidate G (``<set>_scan_multilingual.json``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
from collections import Counter
from pathlib import Path
from typing import Any

from bench.blind_scan import BLIND_DIR, RESULT_DIR, share, tally, write_report
from bench.setting_arg import add_setting_option

SET_NAME = "multilingual_v2.json"


def load_set(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    for item in data["domain_items"] + data["jailbreak_items"]:
        if not item["text"].strip():
            raise ValueError(f"{item['id']}: empty text")
    for item in data["jailbreak_items"]:
        if item["label"] not in ("jailbreak", "benign"):
            raise ValueError(f"{item['id']}: label must be jailbreak or benign")
    return data


def counts(data: dict[str, Any]) -> dict[str, Any]:
    dom = Counter(i["lang"] for i in data["domain_items"])
    jb = Counter((i["lang"], i["label"]) for i in data["jailbreak_items"])
    return {
        "domain_items_by_lang": dict(sorted(dom.items())),
        "jailbreak_items_by_lang": {
            lang: {"jailbreak": jb[(lang, "jailbreak")], "benign": jb[(lang, "benign")]}
            for lang in sorted({lang for lang, _ in jb})
        },
    }


def summarise(rows: list[tuple[str, bool]]) -> dict[str, Any]:
    """Overall share, per language, and the mean over the non-English languages."""
    per = tally(rows)
    other = [v["share"] for lang, v in per.items() if lang != "en"]
    return {
        "overall": share(sum(ok for _, ok in rows), len(rows)),
        "per_lang": per,
        "non_english_mean": round(sum(other) / len(other), 3) if other else None,
    }


# Deadline for the scans' classifier passes (ms): far above any pass, so none times out.
SCAN_BUDGET_MS = 600_000.0


def pipeline_config(multilingual: bool) -> Any:
    """The embedded default config; ``multilingual``: jailbreak signals read English and the
    branch's languages (``READ_LANGUAGES``). The signal deadlines are lifted
    (``SCAN_BUDGET_MS``): a scan measures what the models decide, not how fast a busy or slow
    machine decides it; a pass past the default 800 ms would answer 503 and count as a miss."""
    import yaml

    from classifiers.language import READ_LANGUAGES
    from extproc.config import DEFAULT_CONFIG_PATH, parse_config

    raw = yaml.safe_load(DEFAULT_CONFIG_PATH.read_text(encoding="utf-8"))
    raw["signals"]["budget_ms"] = raw["signals"]["security_budget_ms"] = SCAN_BUDGET_MS
    raw.setdefault("envoy", {})["message_timeout_ms"] = int(SCAN_BUDGET_MS) + 1000
    raw.setdefault("classifiers", {})["multilingual"] = multilingual
    for sig in raw["signals"]["jailbreak"]:
        sig["supported_languages"] = list(READ_LANGUAGES) if multilingual else ["en"]
    return parse_config(raw)


def scan_setup(
    models_dir: Path | None, multilingual: bool, overrides: dict[str, Any] | None = None
) -> tuple[Any, Any]:
    """(engine, pipeline): the real ONNX classifier behind the embedded default config, with
    the multilingual branch on or off and ``overrides`` of its settings (shared with
    ``bench.blind_scan``)."""
    from classifiers.engine import SignalEngine
    from classifiers.settings import ClassifierSettings
    from extproc.pipeline import Pipeline, make_services

    engine = SignalEngine.load(
        ClassifierSettings(
            models_dir=str(models_dir) if models_dir is not None else "",
            multilingual=multilingual,
            **(overrides or {}),
        )
    )

    # A scan sends the same text in several places (a carrier as a chat tool result, an
    # Anthropic tool_result, a Responses output): classify each distinct text once, as the
    # runtime's memo would. A text's classification does not depend on what came before.
    seen: dict[str, Any] = {}

    async def classify(text: str) -> Any:
        if text not in seen:
            seen[text] = (await asyncio.to_thread(engine.classify_batch, [text]))[0]
        return seen[text]

    return engine, Pipeline(pipeline_config(multilingual), make_services(classify=classify))


async def evaluate(
    data: dict[str, Any],
    models_dir: Path | None = None,
    multilingual: bool = False,
    overrides: dict[str, Any] | None = None,
) -> dict[str, Any]:
    from bench.agent_scan import blocked
    from extproc.surfaces import CHAT

    engine, p = scan_setup(models_dir, multilingual, overrides)
    items = data["domain_items"]
    results = engine.classify_batch([i["text"] for i in items])
    domain_rows = [
        (i["lang"], r.domain.label == i["domain"]) for i, r in zip(items, results, strict=True)
    ]
    confusions = Counter(
        f"{i['domain']} -> {r.domain.label}"
        for i, r in zip(items, results, strict=True)
        if r.domain.label != i["domain"]
    )
    caught: list[tuple[str, bool]] = []
    forwarded: list[tuple[str, bool]] = []
    kinds: list[tuple[str, bool]] = []
    wrong: list[str] = []
    for item in data["jailbreak_items"]:
        body = {"messages": [{"role": "user", "content": item["text"]}]}
        hit = await blocked(p, CHAT, body)
        right = hit if item["label"] == "jailbreak" else not hit
        (caught if item["label"] == "jailbreak" else forwarded).append((item["lang"], right))
        kinds.append((f"{item['label']}:{item.get('kind', 'any')}", right))  # v23: no kinds
        if not right:
            wrong.append(item["id"])
    return {
        "set": {"version": data["version"], "written": data["written"], **counts(data)},
        "multilingual": multilingual,
        "domain_accuracy": summarise(domain_rows),
        "domain_confusions": dict(confusions.most_common(15)),
        "jailbreak_recall": summarise(caught),
        "benign_forwarded": summarise(forwarded),
        "per_kind": tally(kinds),
        "wrong_ids": wrong,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default=SET_NAME, help="JSON set under bench/blind/")
    ap.add_argument("--dry-list", action="store_true", help="print counts only, load no model")
    ap.add_argument("--models-dir", type=Path, default=None, help="artefacts (default models/)")
    ap.add_argument("--multilingual", action="store_true", help="with the multilingual branch")
    ap.add_argument("--out", type=Path, default=None, help="default: bench/results/<set>_scan.json")
    add_setting_option(ap, "confirm_below=0.2")
    args = ap.parse_args()
    overrides = dict(args.setting)
    data = load_set(BLIND_DIR / args.set)
    if args.dry_list:
        print(json.dumps(counts(data), indent=2))
        return
    report = asyncio.run(evaluate(data, args.models_dir, args.multilingual, overrides))
    write_report(report, args.out or result_path(args.set, args.multilingual))


def result_path(set_name: str, multilingual: bool) -> Path:
    """``multilingual_v1.json`` -> ``multilingual_v1_scan.json`` (``..._multilingual``)."""
    return RESULT_DIR / f"{Path(set_name).stem}_scan{'_multilingual' if multilingual else ''}.json"


if __name__ == "__main__":
    main()
