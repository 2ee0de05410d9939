"""The model card's section on short and look-alike user turns (candidates L9t, J1, J2, C1h
and L1a): the sealed sets each was read on, per language, before -> after."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parents[2] / "bench" / "results"

TERSE_SETS = (
    (
        "multilingual_v30",
        "candidate_j1",
        "Sealed set v30 (bench/blind/multilingual_v30.json: 14 harmless terse queries, 4 of "
        "them with alarming words, and 8 short attacks in each of twelve languages, written "
        "blind, opened once for candidate J1), before -> after the branch read terse queries "
        "MiniLM cannot read and voted on terse texts with its terse bank:",
    ),
    (
        "multilingual_v31",
        "candidate_j2",
        "Sealed set v31 (bench/blind/multilingual_v31.json: 14 harmless terse queries, 4 of "
        "them with alarming words, and 6 short attacks in each of fourteen languages with "
        "English, written blind, opened once for candidate J2), before -> after terse foreign "
        "texts MiniLM reads took the terse bank's vote too:",
    ),
    (
        "multilingual_v34",
        "candidate_c1h",
        "Sealed set v34 (bench/blind/multilingual_v34.json: 122 harmless courtesy and "
        "procedural sentences of business mail and 120 polite attacks in twenty languages, "
        "written blind, opened once for candidate C1h), before -> after the terse bank took "
        "harmless courtesy sentences in 25 languages:",
    ),
    (
        "multilingual_v35",
        "candidate_l1a",
        "Sealed set v35 (bench/blind/multilingual_v35.json: 193 harmless user messages that "
        "look like manipulation, such as questions about prompt injection quoting an attack, "
        "usage policies, corrections of an earlier request, role-play and quoted notices, and "
        "98 attacks in the same registers, in fourteen languages, written blind, opened once "
        "for candidate L1a), before -> after the branch's jailbreak head was refitted on "
        "foreign look-alikes, attacks in their registers and harmless service notices:",
    ),
    (
        "multilingual_v36",
        "candidate_l1kp",
        "Sealed set v36 (bench/blind/multilingual_v36.json: 222 harmless machine texts sent as "
        "user turns, such as READMEs, HTML, logs, commit headers, commands, config, code and "
        "data records, and 90 attacks carried in such text, prose in nineteen languages, "
        "written blind, opened once for candidate L1k'), before -> after machine-shaped whole "
        "texts the branch reads were read by the branch's stored (pre-L1a) line:",
    ),
)


def _cells(before: dict[str, Any], after: dict[str, Any], group: str, lang: str) -> str:
    if lang == "all":
        b, a, n = before[group]["blocked"], after[group]["blocked"], before[group]["n"]
    else:
        n, b = before[group]["by_language"][lang]
        a = after[group]["by_language"][lang][1]
    return f"{b} -> {a} of {n}"


def terse_section() -> list[str]:
    """Harmless and attacks blocked per language through the default config
    (``python -m bench.user_turns_scan models --set ...``), shipped before -> candidate."""
    out: list[str] = []
    for stem, after_name, caption in TERSE_SETS:
        paths = [
            RESULTS / f"{stem}_blocks_shipped.json",
            RESULTS / f"{stem}_blocks_{after_name}.json",
        ]
        if not all(p.exists() for p in paths):
            continue
        before, after = (json.loads(p.read_text())["groups"] for p in paths)
        if not out:
            out.append("\n## Terse queries, look-alikes and short attacks — sealed sets\n")
        else:
            out.append("")
        out += [
            caption,
            "",
            "| language | harmless blocked | attacks blocked |",
            "| --- | --- | --- |",
        ]
        for lang in [*before["ml_benign"]["by_language"], "all"]:
            cells = [_cells(before, after, g, lang) for g in ("ml_benign", "ml_attack")]
            out.append(f"| {lang} | " + " | ".join(cells) + " |")
    return out
