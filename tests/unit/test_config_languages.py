"""Which languages a jailbreak signal reads when the config does not say: what the classifier
reads (extproc/config.py ``PrismConfig._read_languages``)."""

from __future__ import annotations

import yaml

from classifiers.language import READ_LANGUAGES
from extproc.config import DEFAULT_CONFIG_PATH, parse_config


def _raw(**classifiers: object) -> dict:
    raw = yaml.safe_load(DEFAULT_CONFIG_PATH.read_text(encoding="utf-8"))
    raw["classifiers"] = {**raw.get("classifiers", {}), **classifiers}
    return raw


def test_the_default_reads_english_and_the_branch_languages() -> None:
    (sig,) = parse_config(_raw()).signals.jailbreak
    assert list(sig.supported_languages) == list(READ_LANGUAGES)


def test_with_the_branch_off_the_default_is_english_alone() -> None:
    (sig,) = parse_config(_raw(multilingual=False)).signals.jailbreak
    assert list(sig.supported_languages) == ["en"]


def test_a_listed_set_of_languages_is_kept_either_way() -> None:
    for on in (True, False):
        raw = _raw(multilingual=on)
        raw["signals"]["jailbreak"][0]["supported_languages"] = ["en", "de"]
        (sig,) = parse_config(raw).signals.jailbreak
        assert list(sig.supported_languages) == ["en", "de"]
