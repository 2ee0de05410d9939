"""classifiers/training/exemplar_bank_rows.py (candidate E-T): MiniLM's domain bank holds the
terse English rows once, at its end, stored on the bank's own axes."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from classifiers.labels import DOMAINS
from classifiers.training import exemplar_bank_rows as ebr
from classifiers.training.rows_domain_terse_en import ROWS
from tests.unit.classifier_support import MODELS, last_rows_vote_for_their_labels


def test_the_rows_are_terse_english_queries_in_every_domain() -> None:
    assert set(Counter(d for d, _ in ROWS)) == set(DOMAINS)
    assert len({t for _, t in ROWS}) == len(ROWS)
    assert max(len(t.split()) for _, t in ROWS) <= 7


def test_the_shipped_bank_holds_the_rows_once_at_its_end() -> None:
    entry = json.loads((MODELS / "classifier_config.json").read_text())["domain_exemplars"]
    assert entry["added_rows"] == [{"source": "rows_domain_terse_en", "rows": len(ROWS)}]
    with np.load(MODELS / entry["file"]) as z:
        assert z["labels"][-len(ROWS) :].tolist() == [DOMAINS.index(d) for d, _ in ROWS]
    last_rows_vote_for_their_labels(MODELS / entry["file"])


def test_a_bank_that_holds_the_rows_is_refused(tmp_path: Path) -> None:
    cfg = {"domain_exemplars": {"file": "b.npz", "added_rows": [{"source": ebr.SOURCES[0]}]}}
    (tmp_path / "classifier_config.json").write_text(json.dumps(cfg))
    with pytest.raises(SystemExit, match="already holds"):
        ebr.main([str(tmp_path)])
