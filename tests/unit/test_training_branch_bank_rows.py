"""classifiers/training/branch_bank_rows.py (candidate Y2): the hand rows it adds to the
branch's domain bank, how it stores them, and that the shipped bank holds them once."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from classifiers.labels import DOMAINS
from classifiers.training import branch_bank_rows as bbr
from classifiers.training.ml_rows_domain_ten import ROWS
from tests.unit.classifier_support import MODELS, last_rows_vote_for_their_labels

TEN = {"vi", "id", "ro", "hu", "da", "nb", "fi", "ca", "sk", "hr"}


def test_the_rows_cover_every_domain_of_the_ten_languages_four_times() -> None:
    counts = Counter((lang, domain) for lang, domain, _ in ROWS)
    assert {lang for lang, _ in counts} == TEN
    assert {d for _, d in counts} == set(DOMAINS)
    assert set(counts.values()) == {4}
    assert len({t for _, _, t in ROWS}) == len(ROWS)


def test_rows_are_stored_on_the_banks_axes_as_int8_unit_vectors() -> None:
    rng = np.random.default_rng(0)
    mean = rng.normal(size=384).astype(np.float32)
    components = np.linalg.qr(rng.normal(size=(384, 192)))[0].astype(np.float32)
    emb = rng.normal(size=(5, 384))
    got = bbr.stored_rows(emb, mean, components)
    assert got["q"].dtype == np.int8 and got["q"].shape == (5, 192)
    assert (np.abs(got["q"]).max(axis=1) == 127).all()
    want = (emb - mean) @ components
    want /= np.linalg.norm(want, axis=1, keepdims=True)
    assert np.allclose(got["q"] * got["scale"][:, None], want, atol=got["scale"].max())


def test_the_shipped_bank_holds_each_rows_module_once_at_its_end() -> None:
    cfg = json.loads((MODELS / "classifier_config.json").read_text())["multilingual"]
    entry = cfg["domain_exemplars"]
    added = entry["added_rows"]
    assert added[0]["source"] == bbr.SOURCES[0]
    assert len({a["source"] for a in added}) == len(added)
    with np.load(MODELS / entry["file"]) as z:
        labels, q = z["labels"], z["q"]
        start = len(labels) - sum(a["rows"] for a in added)
        for a in added:
            rows = bbr.rows_of(a["source"])
            assert a["rows"] == len(rows)
            got = labels[start : start + len(rows)]
            assert got.tolist() == [DOMAINS.index(d) for _, d, _ in rows]
            start += len(rows)
        assert len(labels) == len(q)
    # a stored row's nearest neighbour in the bank is itself: the vote names its label
    last_rows_vote_for_their_labels(MODELS / entry["file"])


def test_a_bank_that_holds_the_rows_is_refused(tmp_path: Path) -> None:
    cfg = {
        "multilingual": {
            "domain_exemplars": {"file": "b.npz", "added_rows": [{"source": bbr.SOURCES[0]}]}
        }
    }
    (tmp_path / "classifier_config.json").write_text(json.dumps(cfg))
    with pytest.raises(SystemExit, match="already holds"):
        bbr.main([str(tmp_path)])
