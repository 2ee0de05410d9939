"""The model card's sections read from the blind sets' results (``bench/results/``): the
multilingual branch's sealed sets and the encoded sets (the sets of messages are in
``model_card_messages``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
MODELS = ROOT / "models"


BLIND = ROOT / "bench" / "results"


def languages_section() -> list[str]:
    """The multilingual branch: validation, and the sealed set v3 per language (with and
    without the branch) once ``bench.multilingual_scan`` has written them."""
    cfg = json.loads((MODELS / "classifier_config.json").read_text()).get("multilingual")
    if cfg is None:
        return []
    v = cfg["validation"]
    out = [
        "\n## Languages — the multilingual branch\n",
        f"Text the language detector places in {', '.join(cfg['languages'])} is read by "
        f"{cfg['base_model']} (frozen, 12 layers) with two linear heads trained on the rows "
        "above and hand-written rows in those languages (`multilingual.int8.onnx`); its domain "
        "and jailbreak scores take over from MiniLM's for that text. The jailbreak score is the "
        "highest over 128-token windows and"
        + (
            f" sentence segments (a segment's threshold set on harmless segments: "
            f"segment_shift {cfg['segment_shift']:.3f})"
            if cfg.get("segment_shift") is not None
            else " no segments"
        )
        + ". **On by default** (`classifiers.multilingual`) since candidate G met its sealed "
        "release rule (docs/classifiers.md, 'Candidate G'). Validation (English rows): domain "
        f"accuracy {v['val_domain_accuracy']:.4f}, jailbreak recall at 1 % false positives "
        f"{v['val_jailbreak_recall_at_1pct_fpr']:.4f}.\n",
    ]
    vote = cfg.get("domain_exemplars")
    if vote is not None:
        vv = vote["validation"]
        out.append(
            "The branch's domain is its head blended with a vote of the "
            f"{vote['k']} nearest training prompts in e5's space (weight {vote['weight']}, "
            "`ml_domain_exemplars.npz`; candidate Y, docs/classifiers.md). Validation, head "
            f"alone -> blended: English domain prompts {vv['head_english']:.3f} -> "
            f"{vv['vote_english']:.3f}, hand-written rows in the branch's languages "
            f"{vv['head_hand']:.3f} -> {vv['vote_hand']:.3f}."
            + (
                " The bank also holds hand-written questions in languages its training rows "
                "lacked: "
                + ", ".join(f"{a['rows']} from `{a['source']}`" for a in vote["added_rows"])
                + " (candidates Y2-Y8, docs/classifiers.md)."
                if vote.get("added_rows")
                else ""
            )
            + "\n"
        )
    jb_vote = cfg.get("jailbreak_exemplars")
    if jb_vote is not None:
        jv = jb_vote["validation"]
        head, blend = jv["head_recall_at_1pct_fpr"], jv["blend_recall_at_1pct_fpr"]
        out.append(
            "A whole text the branch reads in one window scores the higher of its jailbreak "
            "head and the head blended with a vote of the "
            f"{jb_vote['k']} nearest training prompts (weight {jb_vote['weight']}, "
            f"`{jb_vote['file']}`, {jv['dims']} dims; candidate X2, docs/classifiers.md). "
            "Validation recall at 1 % false positives, head -> blend: English "
            f"{head['english']:.3f} -> {blend['english']:.3f}, hand-written rows in the "
            f"branch's languages {head['hand']:.3f} -> {blend['hand']:.3f}.\n"
        )
        terse = jb_vote.get("terse")
        if terse:
            rows = sum(a["rows"] for a in terse.get("added_rows", []))
            out.append(
                f"A whole text of at most {terse['words']} words also takes the share of attacks "
                f"among its {jb_vote['k']} nearest rows of a terse bank (`{terse['file']}`, "
                f"{rows} rows: short attacks, terse queries, short questions and, since C1h, "
                "harmless courtesy sentences of business mail) when higher (candidate J1, "
                "docs/classifiers.md).\n"
            )
    moved = cfg.get("jailbreak_language_shift") or {}
    if moved:
        offsets = sorted(set(moved.values()))
        out.append(
            "In the languages the head was not calibrated on ("
            + ", ".join(moved)
            + "), a whole text of one window has that score moved by "
            + " / ".join(f"{v:+g}" for v in offsets)
            + " logits (chosen on development set v12; candidate L5, docs/classifiers.md).\n"
        )
    paths = [BLIND / "multilingual_v5_scan.json", BLIND / "multilingual_v5_scan_multilingual.json"]
    if not all(p.exists() for p in paths):
        return out
    out += [
        "Sealed set v5 (bench/blind/multilingual_v5.json, 12 languages, written by an engineer "
        "who never saw the training data, opened once for G; default config, float graph; "
        "`python -m bench.multilingual_scan --set multilingual_v5.json [--multilingual]`), "
        "branch off -> on (as shipped):\n",
        *scan_table(paths[0], paths[1], "mean, not English", "non_english_mean"),
    ]
    for stem, caption, after in LATER_SETS:
        paths = [BLIND / f"{stem}_scan_shipped.json", BLIND / f"{stem}_scan_{after}.json"]
        if all(p.exists() for p in paths):
            out += [f"\n{caption}\n", *scan_table(paths[0], paths[1], "all languages", "overall")]
    for stem, caption, after in DOMAIN_SETS:
        paths = [BLIND / f"{stem}_domain_shipped.json", BLIND / f"{stem}_domain_{after}.json"]
        if all(p.exists() for p in paths):
            out += [f"\n{caption}\n", *domain_table(paths[0], paths[1], f"{stem}.json")]
    return out


DOMAIN_SETS = (
    (
        "multilingual_v15",
        "Sealed set v15 (bench/blind/multilingual_v15.json: 420 domain questions in the ten "
        "languages L5 added, written blind, opened once for candidate Y2), domain accuracy "
        "before -> after the branch's bank gained hand rows in those languages:",
        "candidate_y2",
    ),
    (
        "multilingual_v16",
        "Sealed set v16 (bench/blind/multilingual_v16.json: 336 domain questions in pl, tr, sv, "
        "cs, el, he, hi, th, written blind, opened once for candidate Y3), domain accuracy "
        "before -> after the bank gained hand rows in those languages:",
        "candidate_y3",
    ),
    (
        "multilingual_v18",
        "Sealed set v18 (bench/blind/multilingual_v18.json: 504 domain questions in the "
        "eighteen languages of v15 and v16, written blind, opened once for candidate Y4), "
        "domain accuracy before -> after the bank gained a second batch of hand rows:",
        "candidate_y4",
    ),
    (
        "multilingual_v20",
        "Sealed set v20 (bench/blind/multilingual_v20.json: 336 domain questions, mostly short, "
        "in ca, ro, hr, sk, cs, da, nb, fi, pt, fr, it, es, written blind, opened once for "
        "candidate L7d), domain accuracy before -> after prose the detector places without "
        "confidence took the branch's domain:",
        "candidate_l7d",
    ),
    (
        "multilingual_v21",
        "Sealed set v21 (bench/blind/multilingual_v21.json: 336 short domain questions, 5-15 "
        "words, in the twelve languages of v20, written blind, opened once for candidate Y5), "
        "domain accuracy before -> after the branch's bank gained 652 short questions:",
        "candidate_y5",
    ),
    (
        "multilingual_v22",
        "Sealed set v22 (bench/blind/multilingual_v22.json: 280 domain questions in fi, he, ko, "
        "el, ar, written blind, opened once for candidate Y6), domain accuracy before -> after "
        "the branch's bank gained 409 questions in those languages:",
        "candidate_y6",
    ),
    (
        "multilingual_v24",
        "Sealed set v24 (bench/blind/multilingual_v24.json: 224 domain questions in he, ar, el, "
        "fi, written blind, opened once for candidates L8d and Y7), domain accuracy before -> "
        "after Finnish told by a wider word list took the branch's domain (L8d) and the bank "
        "gained 331 questions in those languages (Y7):",
        "candidate_y7",
    ),
    (
        "multilingual_v26",
        "Sealed set v26 (bench/blind/multilingual_v26.json: 420 terse, search-box style domain "
        "queries in fi, hu, pl, cs, tr, de, nl, sv, id, ro, hr, pt and English, written blind, "
        "opened once for candidate L9d), domain accuracy before -> after text whose words "
        "MiniLM breaks into many pieces took the branch's domain:",
        "candidate_l9d",
    ),
    (
        "multilingual_v27",
        "Sealed set v27 (bench/blind/multilingual_v27.json: 336 terse domain queries in fi, hu, "
        "tr, cs, pl, de, sv, pt, fr, ru, ja, ar, written blind, opened once for candidate Y8), "
        "domain accuracy before -> after the branch's bank gained 625 terse queries:",
        "candidate_y8",
    ),
)
"""Domain-only sets: (stem, caption, suffix of the after file), read by the engine alone."""


def _domain_counts(path: Path, key: str) -> tuple[dict[str, tuple[int, int]], int, int]:
    """(per language (right, items), right, items) of a domain reading: the engine's own
    (``{set: {"ok", "n", "per_lang": {lang: [ok, n]}}}``) or ``bench.multilingual_scan``'s."""
    data = json.loads(path.read_text())
    if "domain_accuracy" in data:
        acc = data["domain_accuracy"]
        per = {lang: (v["ok"], v["n"]) for lang, v in acc["per_lang"].items()}
        return per, acc["overall"]["ok"], acc["overall"]["n"]
    d = data[key]
    return {lang: (ok, n) for lang, (ok, n) in d["per_lang"].items()}, d["ok"], d["n"]


def domain_table(before_path: Path, after_path: Path, key: str) -> list[str]:
    """Domain accuracy per language and in total, before -> after."""
    (per_b, ok_b, n_b), (per_a, ok_a, n_a) = (
        _domain_counts(p, key) for p in (before_path, after_path)
    )
    out = ["| language | domain accuracy |", "| --- | --- |"]
    for lang, (ok, n) in per_b.items():
        out.append(f"| {lang} | {ok / n:.2f} -> {per_a[lang][0] / n:.2f} |")
    total = f"{ok_b / n_b:.3f} -> {ok_a / n_a:.3f}"
    out.append(f"| all languages | {total} |")
    return out


LATER_SETS = (
    (
        "multilingual_v8",
        "Sealed set v8 (bench/blind/multilingual_v8.json: Polish, Turkish, Swedish, Czech, "
        "written blind, opened once for candidate L2), before -> after the branch read them "
        "(docs/classifiers.md, 'Four more languages'):",
        "multilingual",
    ),
    (
        "multilingual_v9",
        "Sealed set v9 (bench/blind/multilingual_v9.json: Greek, Hebrew, Hindi, Thai, "
        "written blind, opened once for candidate L3), abstaining -> read by the branch:",
        "multilingual",
    ),
    (
        "multilingual_v10",
        "Sealed set v10 (bench/blind/multilingual_v10.json: eleven languages, written blind, "
        "opened once for candidate Y), the branch's domain head alone -> blended with the vote:",
        "candidate_y",
    ),
    (
        "multilingual_v11",
        "Sealed set v11 (bench/blind/multilingual_v11.json: ten of the branch's languages and "
        "English, written blind, opened once for candidate X2), the branch's jailbreak head "
        "alone -> with the vote for short texts:",
        "candidate_x2",
    ),
    (
        "multilingual_v12",
        "Set v12 (bench/blind/multilingual_v12.json: Vietnamese, Indonesian, Romanian, "
        "Hungarian, Slovak, Danish, Norwegian, Finnish, Catalan, Croatian, written blind, "
        "opened once for candidate L4, which was not shipped; then development data for L5, "
        "whose offset was chosen on it, so not evidence), MiniLM reading them as English -> "
        "the branch with L5's line:",
        "candidate_l5",
    ),
    (
        "multilingual_v13",
        "Sealed set v13 (bench/blind/multilingual_v13.json: the same ten languages, written "
        "blind, opened once for candidate L5), MiniLM reading them as English -> the branch "
        "with L5's line:",
        "candidate_l5",
    ),
)
"""The sets that judged changes after G: (result stem, caption, suffix of the after file)."""


def scan_table(before_path: Path, after_path: Path, total: str, total_key: str) -> list[str]:
    """A ``bench.multilingual_scan`` result before -> after, per language and in total."""
    before, after = (json.loads(p.read_text()) for p in (before_path, after_path))
    keys = ("domain_accuracy", "jailbreak_recall", "benign_forwarded")

    def share(d: dict[str, Any], k: str, key: str) -> float:
        v = d[k][key]
        return float(v["share"] if isinstance(v, dict) else v)

    out = [
        "| language | domain accuracy | jailbreak recall | benign forwarded |",
        "| --- | --- | --- | --- |",
    ]
    for lang in before["domain_accuracy"]["per_lang"]:
        cells = [
            f"{before[k]['per_lang'][lang]['share']:.2f} -> "
            f"{after[k]['per_lang'][lang]['share']:.2f}"
            for k in keys
        ]
        out.append(f"| {lang} | " + " | ".join(cells) + " |")
    cells = [f"{share(before, k, total_key):.3f} -> {share(after, k, total_key):.3f}" for k in keys]
    out.append(f"| {total} | " + " | ".join(cells) + " |")
    return out


ENCODED_SETS = (
    (
        "encoded_injections_v7",
        "sealed, read once on 2026-12-05 (the second opinion `o6`, decoder `n5`: harmless "
        "blocked 17 -> 13/60)",
    ),
    (
        "encoded_injections_v6",
        "sealed, read once on 2026-12-05 (hidden sentences, E1: 414 -> 434/480, 0.904, at "
        "its reading; the decoder fix `n4` came after)",
    ),
    ("encoded_injections_v2", "sealed, read once on 2026-12-04 (the second opinion `o2`)"),
    ("encoded_injections_v3", "sealed, read once on 2026-12-04 (a blind check)"),
    ("encoded_injections_v5", "sealed, read once on 2026-12-04 (the second opinion `o4`)"),
    ("encoded_injections_v4", "sealed, read once on 2026-12-04 (the second opinion `o5`)"),
    ("encoded_injections_v1", "development (written and read the same day, never sealed)"),
)


def encoded_section() -> list[str]:
    """Encoded injections and harmless encoded data through the pipeline
    (``bench.encoded_scan``), as shipped, per set."""
    rows = []
    for stem, how in ENCODED_SETS:
        path = BLIND / f"encoded_scan_{stem}.json"
        if not path.exists():
            continue
        r = json.loads(path.read_text())
        worst = min(r["encodings"], key=lambda e: r[e]["share"])
        rows.append(
            f"| `{stem}` | {how} | {r['plain']['blocked']}/{r['plain']['n']} | "
            f"{r['encoded_all']['blocked']}/{r['encoded_all']['n']} "
            f"(**{r['encoded_all']['share']:.3f}**) | {worst} {r[worst]['share']:.3f} | "
            f"{r['benign']['blocked']}/{r['benign']['n']} ({r['benign']['share']:.3f}) |"
        )
    if not rows:
        return []
    return [
        "\n## Encoded injections — blind sets\n",
        "Each injection sentence hidden in 12 encodings inside a neutral frame, each message "
        "alone through the pipeline on the default config (normalisation, decoded parts, "
        "disguised stretches and the second opinion on opaque runs included), blocked = 403 "
        "(`python -m bench.encoded_scan --set NAME`; the figures of the code as shipped, which "
        "includes what was developed on a set after it was read: disguised stretches on v2, "
        "the hidden-sentence line E1 on v1-v5, the decoder fix `n4` on v6, `o6` on v1-v6, "
        "the user-turn head P3 on v1-v7). "
        "Issue 18's targets: encoded recall >= 0.90, harmless blocked <= 0.01.\n",
        "| set | how it was used | plain | encoded | weakest encoding | harmless blocked |",
        "| --- | --- | --- | --- | --- | --- |",
        *rows,
    ]
