"""Measure a retrained classifier folder on the development sets that the agent-guard rules
judge (docs/classifiers.md, candidates T to T2), and total the figures per condition.

``python -m bench.candidate_conditions measure --tag t2 --models DIR --out-dir RUNS`` reads
the agent sets (``bench.message_scores --reading``) and the multilingual sets
(``bench.multilingual_scan --multilingual``) with the artefacts in DIR (``models/`` when
omitted, for the shipped figures) and writes one JSON per set under RUNS. With
``--test-split PYTHON`` it also runs ``classifiers.training.evaluate`` on the test split
(int8; the training environment's interpreter, since the training extra is needed).
``python -m bench.candidate_conditions compare --out-dir RUNS shipped t2`` prints the totals
the rules compare: condition 1 (test split) and condition 2 (development sets).
Each set takes about 40 s on two cores; the test split about 12 minutes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
AGENT_SETS = (6, 7, 8, 11, 12, 13, 14, 15)
MULTILINGUAL_SETS = (2, 3, 4, 5, 6, 7, 8, 9)
AGENT_GROUPS = ("injections", "clean_carriers", "lookalikes", "injections_net")
ML_GROUPS = {
    "domain_right": "domain_accuracy",
    "jailbreaks_blocked": "jailbreak_recall",
    "benign_forwarded": "benign_forwarded",
}


def _run(cmd: list[str], env: dict[str, str] | None = None) -> None:
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stderr[-2000:]}")


def measure(
    tag: str,
    models: Path | None,
    out_dir: Path,
    agent_sets: tuple[int, ...] = AGENT_SETS,
    ml_sets: tuple[int, ...] = MULTILINGUAL_SETS,
    test_python: str = "",
) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    agent = ["--reading", *(["--models", str(models)] if models else [])]
    ml_where = ["--models-dir", str(models)] if models else []
    jobs = [("message_scores", f"agent_injections_v{v}", agent, f"agent_v{v}") for v in agent_sets]
    jobs += [
        ("multilingual_scan", f"multilingual_v{v}", ["--multilingual", *ml_where], f"ml_v{v}")
        for v in ml_sets
    ]
    for module, set_name, flags, name in jobs:
        out = str(out_dir / f"{tag}_{name}.json")
        _run(
            [
                sys.executable,
                "-m",
                f"bench.{module}",
                "--set",
                f"{set_name}.json",
                *flags,
                "--out",
                out,
            ]
        )
    if test_python:
        import os

        env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": "0"}
        for flag in [k for k in env if k.startswith("PRISM_TRAIN_")]:
            env.pop(flag)  # the shared sources only: no candidate round's rows
        _run(
            [test_python, "-m", "classifiers.training.evaluate", "--precisions", "int8",
             "--no-baseline", "--pii-languages", *ml_where,
             "--out", str(out_dir / f"{tag}_test_split.json")],
            env,
        )  # fmt: skip


def agent_totals(out_dir: Path, tag: str, sets: tuple[int, ...] = AGENT_SETS) -> dict[str, Any]:
    tot = {g: [0, 0] for g in AGENT_GROUPS}
    for v in sets:
        s = json.loads((out_dir / f"{tag}_agent_v{v}.json").read_text())["summary"]["engine"]
        for g in AGENT_GROUPS:
            tot[g][0] += s[g]["flagged"]
            tot[g][1] += s[g]["n"]
    return {g: {"flagged": k, "n": n} for g, (k, n) in tot.items()}


def ml_totals(out_dir: Path, tag: str, sets: tuple[int, ...] = MULTILINGUAL_SETS) -> dict[str, Any]:
    tot = {g: [0, 0] for g in ML_GROUPS}
    for v in sets:
        d = json.loads((out_dir / f"{tag}_ml_v{v}.json").read_text())
        for g, key in ML_GROUPS.items():
            o = d[key]["overall"]
            tot[g][0] += o["ok"]
            tot[g][1] += o["n"]
    return {g: {"ok": k, "n": n} for g, (k, n) in tot.items()}


def test_split(out_dir: Path, tag: str) -> dict[str, Any] | None:
    path = out_dir / f"{tag}_test_split.json"
    if not path.exists():
        return None
    m = json.loads(path.read_text())["int8"]
    jb, pii = m["jailbreak"], m["pii"]
    return {
        "recall_at_policy": jb["recall_at_policy"],
        "user_benign_flagged_at_policy": round(
            jb["fpr_user_benign_at_policy"] * jb["n_user_benign"]
        ),
        "n_user_benign": jb["n_user_benign"],
        "domain_accuracy": m["domain"]["accuracy"],
        "pii_strict_f1": {
            "en": pii["prism"]["strict"]["overall"]["f1"],
            **{lang: v["strict"]["overall"]["f1"] for lang, v in pii["by_language"].items()},
        },
    }


def compare(
    out_dir: Path,
    tags: list[str],
    agent_sets: tuple[int, ...] = AGENT_SETS,
    ml_sets: tuple[int, ...] = MULTILINGUAL_SETS,
) -> dict[str, Any]:
    return {
        tag: {
            "condition_1_test_split": test_split(out_dir, tag),
            "condition_2_agent": agent_totals(out_dir, tag, agent_sets),
            "condition_2_multilingual": ml_totals(out_dir, tag, ml_sets),
        }
        for tag in tags
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("measure", help="score one folder on every set")
    m.add_argument("--tag", required=True)
    m.add_argument("--models", type=Path, default=None, help="default: models/ (shipped)")
    m.add_argument("--out-dir", type=Path, required=True)
    m.add_argument(
        "--test-split", default="", metavar="PYTHON", help="also the test split, with PYTHON"
    )
    c = sub.add_parser("compare", help="totals per condition for the tags measured")
    c.add_argument("--out-dir", type=Path, required=True)
    c.add_argument("tags", nargs="+")
    args = ap.parse_args()
    if args.cmd == "measure":
        measure(args.tag, args.models, args.out_dir, test_python=args.test_split)
    else:
        print(json.dumps(compare(args.out_dir, args.tags), indent=1))


if __name__ == "__main__":
    main()
