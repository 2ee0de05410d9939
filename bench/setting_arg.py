"""``--setting KEY=JSON``: one classifiers setting for a bench run (shared by ``python -m
bench``, ``bench.message_scores`` and ``bench.multilingual_scan``)."""

from __future__ import annotations

import argparse
import json
from typing import Any


def setting_arg(raw: str) -> tuple[str, Any]:
    """``KEY=JSON`` -> (key, value): ``max_batch_tokens=1024``, ``multilingual=false``."""
    key, sep, value = raw.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"expected KEY=JSON, got {raw!r}")
    try:
        return key, json.loads(value)
    except json.JSONDecodeError as exc:
        raise argparse.ArgumentTypeError(f"{key}: value is not JSON: {value!r}") from exc


def add_setting_option(ap: argparse.ArgumentParser, example: str) -> None:
    """``--setting KEY=JSON``, repeatable (a list of (key, value) in ``args.setting``)."""
    ap.add_argument(
        "--setting",
        action="append",
        default=[],
        type=setting_arg,
        metavar="KEY=JSON",
        help=f"a classifiers setting, e.g. {example}",
    )
