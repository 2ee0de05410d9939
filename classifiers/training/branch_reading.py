"""Set how the engine splits a text between MiniLM and the multilingual branch (the branch
config's reading flags; no artefact is trained):

* ``--segments-to-branch`` (candidate P6, shipped): a sentence segment in one of the
  branch's languages, and not English, of a text the branch does not read as a whole is read
  by the branch alone (as a foreign stretch), not by MiniLM as well (docs/classifiers.md,
  "The branch reads foreign sentences alone: candidate P6");
* ``--segments-by-words`` (candidate P6'): with the above, only a segment the detector tells
  by its script or by at least two of its language's own words;
* ``--unsure-stopword-share X`` (candidate L7, not shipped): the branch also reads prose in
  its languages that the detector places without confidence;
* ``--unsure-domain-share X`` (candidate L7d): the same prose takes the branch's domain, its
  jailbreak score staying MiniLM's.

Usage: ``PYTHONPATH=. python -m classifiers.training.branch_reading MODELS_DIR
--segments-to-branch`` (rewrites classifier_config.json and manifest.json)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from classifiers.artifacts import write_manifest
from classifiers.training.tool_head_fit import CONFIG_FILE


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("models_dir", type=Path)
    ap.add_argument("--segments-to-branch", action="store_true", help="(P6) set it")
    ap.add_argument("--segments-by-words", action="store_true", help="(P6') set it")
    ap.add_argument("--unsure-stopword-share", type=float, default=None, help="(L7) set it")
    ap.add_argument("--unsure-domain-share", type=float, default=None, help="(L7d) set it")
    ap.add_argument(
        "--unsure-keep-minilm", default=None, help="(L7f) comma-separated languages, e.g. fi"
    )
    args = ap.parse_args(argv)
    models: Path = args.models_dir
    cfg = json.loads((models / CONFIG_FILE).read_text())
    branch = cfg["multilingual"]
    if args.segments_to_branch:
        branch["segments_to_branch"] = True
    if args.segments_by_words:
        branch["segments_by_words"] = True
    if args.unsure_stopword_share is not None:
        branch["unsure_stopword_share"] = args.unsure_stopword_share
    if args.unsure_domain_share is not None:
        branch["unsure_domain_share"] = args.unsure_domain_share
    if args.unsure_keep_minilm is not None:
        branch["unsure_keep_minilm"] = [c for c in args.unsure_keep_minilm.split(",") if c]
    (models / CONFIG_FILE).write_text(json.dumps(cfg, indent=2) + "\n")
    write_manifest(models, list(json.loads((models / "manifest.json").read_text())["files"]))
    keys = (
        "segments_to_branch",
        "segments_by_words",
        "unsure_stopword_share",
        "unsure_domain_share",
        "unsure_keep_minilm",
    )
    print(json.dumps({k: branch.get(k) for k in keys}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
