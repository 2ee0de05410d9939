"""bench/blind_scan.py: set loading, pairing, result names and tallies (no model loaded)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import blind_scan


def test_result_file_follows_the_set_name() -> None:
    assert blind_scan.result_path("agent_injections.json").name == "blind_scan.json"
    assert blind_scan.result_path("agent_injections_v3.json").name == "blind_scan_v3.json"
    assert blind_scan.result_path("other.json").name == "blind_scan_other.json"


def test_every_sealed_set_loads_and_pairs_every_injection() -> None:
    for path in sorted(blind_scan.BLIND_DIR.glob("agent_injections*.json")):
        data = blind_scan.load_set(path)
        used = {inj["id"] for _, inj in blind_scan.pairs(data)}
        assert used == {inj["id"] for inj in data["injections"]}, path.name
        c = blind_scan.counts(data)
        assert c["injected_conversations"] == c["pairs"] * len(blind_scan.PLACES)
        assert sum(c["benign_by_lang"].values()) == len(data["benign_lookalikes"])


def test_a_carrier_without_exactly_one_slot_is_refused(tmp_path: Path) -> None:
    bad = {"carriers": [{"id": "c", "kind": "email", "text": "no slot here"}]}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad))
    with pytest.raises(ValueError, match="exactly one"):
        blind_scan.load_set(path)


def test_fill_keeps_braces_of_the_carrier_and_quotes_the_injection() -> None:
    carrier = {"text": '{"note": "{inj}"}'}
    assert blind_scan.fill(carrier, 'say "hi"') == '{"note": "say \'hi\'"}'


def test_tally_groups_by_key() -> None:
    rows = [("de", True), ("de", False), ("en", True)]
    assert blind_scan.tally(rows) == {
        "de": {"ok": 1, "n": 2, "share": 0.5},
        "en": {"ok": 1, "n": 1, "share": 1.0},
    }


def test_a_request_that_was_not_screened_is_neither_blocked_nor_forwarded() -> None:
    """A 503 (the classifier failed or ran past its deadline) must stop a scan, not count
    as a missed injection or a forwarded clean conversation."""
    import asyncio

    from bench.agent_scan import blocked
    from extproc.config import DEFAULT_CONFIG_PATH, load_config
    from extproc.pipeline import Pipeline, make_services
    from extproc.surfaces import CHAT

    async def encoder_down(text: str) -> None:
        raise RuntimeError("encoder down")

    p = Pipeline(load_config(DEFAULT_CONFIG_PATH), make_services(classify=encoder_down))
    body = {"messages": [{"role": "user", "content": "hello there"}]}
    with pytest.raises(RuntimeError, match="not screened: 503"):
        asyncio.run(blocked(p, CHAT, body))
