"""Candidate J1: the branch's terse jailbreak bank, short attacks and terse queries
(docs/classifiers.md, "Short attacks and terse queries for the branch: candidate J1").

The jailbreak bank (``ml_jailbreak_exemplars.npz``, candidate X) holds the training prompts,
few of them a terse query: a harmless two-word query in Croatian found five attacks as its
nearest neighbours, and a short attack's unanimous vote was capped near 0.7 by the blend.
This script builds a second bank for whole texts of at most ``--terse-words`` words
(``JailbreakVote.terse``), on the main bank's axes, and leaves the main bank alone:
* it embeds the training fifths (``hand_split``) of a rows module as Prism reads a text:
  ``ml_rows_guard_terse`` (short attacks, terse harmless queries and harmless queries with
  alarming words in 36 languages), ``ml_rows_domain_terse`` (Y8's terse queries, harmless)
  or ``short_domain_questions`` (the other domain rows of at most ``TERSE_WORDS`` words:
  harmless short questions, which the first two left to the attacks' "how do I ...") or
  ``ml_rows_courtesy`` (courtesy sentences of business mail and short polite attacks in 25
  languages, candidate C1);
* stores them as int8 rows (0 harmless, 1 attack) in ``ml_jailbreak_terse.npz``, creating it
  (and the config's ``multilingual.jailbreak_exemplars.terse``) on the first module;
* prints the validation fifths' flags at the policy's 0.8.

With ``--bank main`` the rows go to the main bank instead (candidate C1: a courtesy sentence's
main-bank neighbours were all attacks, and that vote takes 0.7 of every blend). With
``--harmless-only`` only the module's harmless rows are added (candidate C1h: the courtesy
sentences without their polite attacks).

Usage: ``python -m classifiers.training.branch_guard_rows MODELS_DIR --rows MODULE
[--terse-words N] [--bank terse|main] [--harmless-only]``; it refuses a bank that already holds
a module's rows."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.engine import CONFIG_FILE
from classifiers.jailbreak_vote import JailbreakVote, VoteSettings
from classifiers.labels import DOMAINS
from classifiers.multilingual import BranchConfig, MultilingualBranch
from classifiers.reader_split import TERSE_WORDS, letter_words
from classifiers.sessions import session_options
from classifiers.settings import ClassifierSettings
from classifiers.training.branch_bank_rows import SOURCES as DOMAIN_SOURCES
from classifiers.training.branch_bank_rows import rows_of, save_rows, stored_rows
from classifiers.training.ml_rows_courtesy import ROWS as COURTESY_ROWS
from classifiers.training.ml_rows_guard_terse import ROWS as GUARD_ROWS
from classifiers.training.sources import hand_split

SOURCES = (
    "ml_rows_guard_terse",
    "ml_rows_domain_terse",
    "short_domain_questions",
    "ml_rows_courtesy",
)
"""``short_domain_questions``: the rows of the branch's other domain modules
(``branch_bank_rows.SOURCES``) of at most ``TERSE_WORDS`` words, harmless short questions."""
FILE = "ml_jailbreak_terse.npz"
POLICY = 0.8


def labelled(source: str) -> list[tuple[str, int]]:
    """(text, 1 for an attack) of a rows module: guard rows carry their label, domain rows
    are harmless."""
    if source in ("ml_rows_guard_terse", "ml_rows_courtesy"):
        rows = GUARD_ROWS if source == "ml_rows_guard_terse" else COURTESY_ROWS
        return [(t, int(lab == "jailbreak")) for _, _, lab, t in rows]
    if source == "short_domain_questions":
        return [
            (t, 0)
            for module in DOMAIN_SOURCES
            if module != "ml_rows_domain_terse"
            for _, _, t in rows_of(module)
            if letter_words(t) <= TERSE_WORDS
        ]
    return [(t, 0) for _, _, t in rows_of(source)]


def reader(models: Path) -> MultilingualBranch:
    cfg = json.loads((models / CONFIG_FILE).read_text())
    settings = ClassifierSettings(models_dir=str(models), precision="int8", warmup=False)
    opts = session_options(settings, settings.intra_op_threads, ["CPUExecutionProvider"])
    return MultilingualBranch(
        models,
        BranchConfig.from_json(cfg["multilingual"]),
        opts,
        len(DOMAINS),
        settings.max_batch_tokens,
    )


def validation_flags(models: Path, r: MultilingualBranch) -> dict[str, list[int]]:
    """Per source and label: [flagged by the terse vote at the policy's line, rows] over the
    validation fifths."""
    cfg = json.loads((models / CONFIG_FILE).read_text())
    settings = VoteSettings.from_json(cfg["multilingual"]["jailbreak_exemplars"])
    assert settings is not None
    vote = JailbreakVote.load(models, settings)
    out: dict[str, list[int]] = {}
    for source in SOURCES:
        val = [(t, y) for t, y in labelled(source) if hand_split(t) == "val"]
        share = vote.terse(r.embed([t for t, _ in val]))
        for label in (0, 1):
            picked = [v for v, (_, y) in zip(share, val, strict=True) if y == label]
            if picked:
                key = f"{source} {'attack' if label else 'harmless'}"
                out[key] = [int(sum(v >= POLICY for v in picked)), len(picked)]
    return out


def open_terse_bank(
    argv: list[str] | None,
) -> tuple[Path, str, bool, dict[str, Any], dict[str, Any], dict[str, np.ndarray]]:
    """Parse the arguments; return the models folder, the rows module, whether to add its
    harmless rows only, the config, the bank's entry and arrays (new ones, on the main bank's
    axes, the first time)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("models_dir", type=Path)
    ap.add_argument("--rows", choices=SOURCES, default=SOURCES[0])
    ap.add_argument("--terse-words", type=int, default=TERSE_WORDS)
    ap.add_argument(
        "--bank",
        choices=("terse", "main"),
        default="terse",
        help="main: add the rows to the main bank, whose vote every text's blend takes (C1)",
    )
    ap.add_argument(
        "--harmless-only",
        action="store_true",
        help="add only the module's harmless rows (C1h)",
    )
    args = ap.parse_args(argv)
    models, source = args.models_dir, args.rows
    cfg = json.loads((models / CONFIG_FILE).read_text())
    main_entry = cfg["multilingual"]["jailbreak_exemplars"]
    if args.bank == "main":
        entry = main_entry
    else:
        entry = main_entry.setdefault("terse", {"file": FILE, "words": args.terse_words})
    if any(a["source"] == source for a in entry.get("added_rows", [])):
        raise SystemExit(f"{entry['file']} already holds {source}")
    if (models / entry["file"]).exists():
        with np.load(models / entry["file"]) as z:
            bank = {k: z[k] for k in z.files}
    else:
        with np.load(models / main_entry["file"]) as z:
            dims = z["q"].shape[1]
            bank = {
                "mean": z["mean"],
                "components": z["components"],
                "q": np.zeros((0, dims), dtype=np.int8),
                "scale": np.zeros(0, dtype=np.float32),
                "labels": np.zeros(0, dtype=z["labels"].dtype),
            }
    return models, source, args.harmless_only, cfg, entry, bank


def main(argv: list[str] | None = None) -> int:
    models, source, harmless_only, cfg, entry, bank = open_terse_bank(argv)
    train = [
        (t, y)
        for t, y in labelled(source)
        if hand_split(t) == "train" and not (harmless_only and y)
    ]
    r = reader(models)
    new = stored_rows(r.embed([t for t, _ in train]), bank["mean"], bank["components"])
    labels = np.array([y for _, y in train], dtype=bank["labels"].dtype)
    note = {"harmless_only": True} if harmless_only else None
    save_rows(models, cfg, entry, bank, new, labels, source, note)
    print(f"{entry['file']}: {len(bank['labels'])} rows ({len(train)} added)", flush=True)
    for key, (flagged, n) in validation_flags(models, r).items():
        print(f"validation {key}: {flagged} of {n} at >= {POLICY}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
