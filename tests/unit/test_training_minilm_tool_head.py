"""classifiers/training/minilm_tool_head.py (candidates T5, T6', T7): the writers' rows make
documents with the injection's span where the slot was, one fold per writer, and T7's soft
rows (``--soft-rows``) are three writers of their own next to T5's four."""

from __future__ import annotations

import json
from collections import Counter

from classifiers.training import minilm_tool_head as mth
from classifiers.training.tool_head_fit import SLOT

KINDS = {"verdict", "promotion", "concealment", "tool_call", "exfiltrate", "override"}


def soft_rows() -> dict[str, list[dict[str, str]]]:
    return json.loads(mth.SOFT_FILE.read_text(encoding="utf-8"))


def test_the_soft_rows_are_english_carriers_with_one_slot_and_injections_of_six_kinds() -> None:
    soft = soft_rows()
    assert len(soft["carriers"]) >= 100 and len(soft["injections"]) >= 150
    assert all(c["text"].count(SLOT) == 1 and c["lang"] == "en" for c in soft["carriers"])
    assert all(SLOT not in i["text"] and i["lang"] == "en" for i in soft["injections"])
    assert {i["kind"] for i in soft["injections"]} == KINDS
    texts = [r["text"] for r in soft["carriers"] + soft["injections"]]
    assert len(set(texts)) == len(texts)


def test_soft_writers_are_folds_of_their_own() -> None:
    base = json.loads(mth.ROWS_FILE.read_text(encoding="utf-8"))
    soft = soft_rows()
    writers = {c["id"].split("-")[0] for c in soft["carriers"]}
    old = {c["id"].split("-")[0] for c in base["carriers"]}
    assert len(writers) == 3 and not writers & old
    merged = {k: base[k] + soft[k] for k in ("carriers", "injections")}
    docs = mth.writer_documents(merged)
    folds = Counter(fold for *_, fold in docs)
    assert len(folds) == 7
    # each carrier is read clean and with PAIRS injections; a filled one holds its injection
    assert len(docs) == len(merged["carriers"]) * (1 + mth.PAIRS)
    injected = [(text, span) for text, span, _ in docs if span is not None]
    pool = {i["text"] for i in merged["injections"]}
    assert all(text[a:b] in pool for text, (a, b) in injected)
    clean = [text for text, span, _ in docs if span is None]
    assert not any(SLOT in t for t in clean)


def test_the_ai_documents_are_carriers_only_and_two_more_folds() -> None:
    docs_rows = json.loads(mth.AI_DOCS_FILE.read_text(encoding="utf-8"))
    carriers = docs_rows["carriers"]
    assert len(carriers) >= 100 and "injections" not in docs_rows
    assert all(c["text"].count(SLOT) == 1 and c["lang"] == "en" for c in carriers)
    base = json.loads(mth.ROWS_FILE.read_text(encoding="utf-8"))
    soft = soft_rows()
    merged = {
        "carriers": base["carriers"] + soft["carriers"] + carriers,
        "injections": base["injections"] + soft["injections"],
    }
    folds = Counter(fold for *_, fold in mth.writer_documents(merged))
    assert len(folds) == 9
