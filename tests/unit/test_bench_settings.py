"""`python -m bench --setting KEY=JSON`: a classifiers setting reaches Prism's config."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
import yaml

from bench.__main__ import parse
from bench.procs import bench_config
from bench.setting_arg import setting_arg
from extproc.config import load_config


def test_settings_parse_as_json_values() -> None:
    a = parse(["--setting", "max_batch_tokens=2048", "--setting", "multilingual=false"])
    assert dict(a.setting) == {"max_batch_tokens": 2048, "multilingual": False}


@pytest.mark.parametrize("raw", ["max_batch_tokens", "=3", "max_batch_tokens=big"])
def test_a_malformed_setting_is_refused(raw: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        setting_arg(raw)


def test_the_setting_lands_in_the_classifiers_section(tmp_path: Path) -> None:
    path = bench_config(tmp_path, {"max_batch_tokens": 2048, "segment_screen": False})
    raw = yaml.safe_load(path.read_text())
    assert raw["classifiers"]["max_batch_tokens"] == 2048
    # the settings already in the default config are kept
    assert "max_queue_requests" in raw["classifiers"]
    cfg = load_config(path)
    assert cfg.classifiers.max_batch_tokens == 2048
    assert cfg.classifiers.segment_screen is False
    # without settings: the default
    assert load_config(bench_config(tmp_path)).classifiers.max_batch_tokens == 1024
