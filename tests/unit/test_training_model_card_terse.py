"""classifiers/training/model_card_terse.py: the model card's tables for the terse sealed sets,
read from the committed results, one table per set, each after a blank line."""

from __future__ import annotations

import json

from classifiers.training import model_card_terse as mct


def test_each_sealed_set_has_its_table_with_the_results_totals() -> None:
    out = mct.terse_section()
    assert out[0].startswith("\n## Terse queries")
    for stem, after, caption in mct.TERSE_SETS:
        at = out.index(caption)
        assert out[at - 1] in ("", out[0]) and out[at + 1] == ""
        before = json.loads((mct.RESULTS / f"{stem}_blocks_shipped.json").read_text())
        cand = json.loads((mct.RESULTS / f"{stem}_blocks_{after}.json").read_text())
        b, a = before["groups"]["ml_attack"], cand["groups"]["ml_attack"]
        total = next(r for r in out[at:] if r.startswith("| all |"))
        assert f"{b['blocked']} -> {a['blocked']} of {b['n']}" in total
