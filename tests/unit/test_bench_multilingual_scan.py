"""bench/multilingual_scan.py: the sets load and count, tallies, result names, baseline config
(no model loaded)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from bench import multilingual_scan as ms
from classifiers.language import READ_LANGUAGES

SETS = sorted(p.name for p in ms.BLIND_DIR.glob("multilingual_v*.json"))


FOCUS_SETS = {
    "multilingual_v23.json",
    "multilingual_v25.json",
    "multilingual_v26.json",
    "multilingual_v28.json",
    "multilingual_v29.json",
    "multilingual_v30.json",
    "multilingual_v31.json",
    "multilingual_v33.json",
    "multilingual_v34.json",
    "multilingual_v35.json",
    "multilingual_v36.json",
}
"""Sets written for one candidate: one or more focus languages with more items, the others
as controls, English alone, or guard items alone, some with items that shared half their
words with a training row dropped before sealing (docs/classifiers.md, candidates L8, L8e,
L9d, E-T, L9t, J1, J2, C1)."""


@pytest.mark.parametrize("name", sorted(FOCUS_SETS))
def test_a_focus_set_covers_every_domain_in_every_language(name: str) -> None:
    data = ms.load_set(ms.BLIND_DIR / name)
    assert data["domain_items"] or data["jailbreak_items"]
    domains = {i["domain"] for i in data["domain_items"]}
    assert len(domains) in (0, 14)
    for lang in ms.counts(data)["domain_items_by_lang"]:
        assert {i["domain"] for i in data["domain_items"] if i["lang"] == lang} == domains
    by_lang = list(ms.counts(data)["jailbreak_items_by_lang"].values())
    # v34: overlapping rows dropped; v36: languages spread over kinds, one attack at least
    least = {"multilingual_v34.json": 5, "multilingual_v36.json": 1}.get(name, 6)
    for v in by_lang:
        assert min(v["jailbreak"], v["benign"]) >= least


@pytest.mark.parametrize("name", [s for s in SETS if s not in FOCUS_SETS])
def test_every_language_of_a_set_has_the_same_items(name: str) -> None:
    """The same domain questions per language (one to four per domain, or four in all in a
    guard set such as v14; none in v19) and the same jailbreak/benign counts, per language."""
    data = ms.load_set(ms.BLIND_DIR / name)
    c = ms.counts(data)
    if not data["domain_items"]:  # a guard set of jailbreak items only (v19)
        per_lang = list(c["jailbreak_items_by_lang"].values())
        assert per_lang and per_lang[0]["jailbreak"] >= 4
        assert all(v == per_lang[0] for v in per_lang)
        return
    assert set(c["domain_items_by_lang"].values()) in ({28}, {14}, {42}, {56}, {4})
    per_domain = Counter((i["lang"], i["domain"]) for i in data["domain_items"])
    assert len(set(per_domain.values())) == 1
    if not data["jailbreak_items"]:  # a domain set (v15)
        return
    per_lang = list(c["jailbreak_items_by_lang"].values())
    assert per_lang[0]["jailbreak"] >= 6 and all(v == per_lang[0] for v in per_lang)
    assert c["domain_items_by_lang"].keys() == c["jailbreak_items_by_lang"].keys()


def test_the_sets_are_there() -> None:
    assert {"multilingual_v1.json", "multilingual_v2.json", "multilingual_v3.json"} <= set(SETS)


def test_a_wrong_label_is_refused(tmp_path: Path) -> None:
    bad = {"domain_items": [], "jailbreak_items": [{"id": "x", "text": "hi", "label": "maybe"}]}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad))
    with pytest.raises(ValueError, match="label"):
        ms.load_set(path)


def test_summary_averages_the_languages_other_than_english() -> None:
    rows = [("en", True), ("de", True), ("de", False), ("zh", False)]
    s = ms.summarise(rows)
    assert s["overall"]["share"] == 0.5
    assert s["non_english_mean"] == 0.25  # (0.5 + 0.0) / 2


def test_result_file_names_the_set_and_the_branch() -> None:
    assert ms.result_path("multilingual_v2.json", False).name == "multilingual_v2_scan.json"
    name = ms.result_path("multilingual_v3.json", True).name
    assert name == "multilingual_v3_scan_multilingual.json"


def test_the_default_reads_english_and_the_opt_in_reads_the_branch_languages() -> None:
    default = ms.pipeline_config(multilingual=False).signals.jailbreak[0]
    assert list(default.supported_languages) == ["en"]
    opted = ms.pipeline_config(multilingual=True).signals.jailbreak[0]
    assert list(opted.supported_languages) == list(READ_LANGUAGES)


def test_the_scans_lift_the_signal_deadlines() -> None:
    """A scan measures decisions, not speed: no pass may time out on a slow machine."""
    cfg = ms.pipeline_config(multilingual=False)
    assert cfg.signals.budget_ms == cfg.signals.security_budget_ms == ms.SCAN_BUDGET_MS
    assert cfg.envoy.message_timeout_ms > ms.SCAN_BUDGET_MS
