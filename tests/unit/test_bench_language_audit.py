"""bench.language_audit: every labelled text of the opened sets, told by the detector."""

from __future__ import annotations

from bench.language_audit import audit, changed, labelled_texts


def test_it_reads_the_opened_sets_and_the_smoke_fixture() -> None:
    rows = labelled_texts()
    sources = {r["source"].split(":")[0] for r in rows}
    assert "smoke" in sources and "multilingual_v12" in sources
    assert not any("sealed" in r["source"] for r in rows)
    assert all(r["lang"] and r["text"] for r in rows)


def test_it_counts_the_texts_told_right_per_language() -> None:
    rows = [
        {
            "source": "t",
            "id": "1",
            "lang": "de",
            "text": "Wie ist das Wetter heute und was ist nicht gut?",
        },
        {"source": "t", "id": "2", "lang": "fr", "text": "12345 !!!"},
    ]
    result = audit(rows)
    assert result["per_language"] == {"de": "1/1", "fr": "0/1"}
    assert result["right"] == 1 and result["told"][1]["told"] == "und"


def test_it_lists_the_texts_whose_answer_changed() -> None:
    rows = [{"source": "t", "id": "1", "lang": "de", "text": "Was ist nicht gut an der Stadt?"}]
    before = audit(rows)
    after = {"told": [{**before["told"][0], "told": "nl", "conf": 0.2}]}
    moved = changed(before, after)
    assert len(moved) == 1 and moved[0]["was"] == before["told"][0]["told"]
    assert changed(before, before) == []
