"""classifiers/training/branch_tool_head.py (candidates T4', T10): T10's foreign documents about
AI assistants are carriers in ten languages, each filled with its own language's injections
from T4's rows."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import classifiers.training
from classifiers.training.tool_head_fit import SLOT, documents

# branch_tool_head itself needs the training extra (onnx): its files are read by name
HERE = Path(classifiers.training.__file__).parent
AI_DOCS_FILE = HERE / "ml_tool_results_ai_docs.json"
ROWS_FILE = HERE / "ml_tool_results.json"
PAIRS = 4


def test_the_foreign_ai_documents_are_carriers_in_ten_languages_with_injections_to_fill() -> None:
    carriers = json.loads(AI_DOCS_FILE.read_text(encoding="utf-8"))["carriers"]
    langs = Counter(c["lang"] for c in carriers)
    assert len(langs) == 10 and min(langs.values()) >= 10
    assert all(c["text"].count(SLOT) == 1 for c in carriers)
    rows = json.loads(ROWS_FILE.read_text(encoding="utf-8"))
    data = {**rows, "carriers": rows["carriers"] + carriers}
    docs = documents(data, PAIRS)
    assert len(docs) == len(data["carriers"]) * (1 + PAIRS)
    by_lang: dict[str, set[str]] = {}
    for inj in rows["injections"]:
        by_lang.setdefault(inj["lang"], set()).add(inj["text"])
    first = len(rows["carriers"])
    for text, span, n in docs:
        if span is not None and n >= first:
            assert text[span[0] : span[1]] in by_lang[data["carriers"][n]["lang"]]
