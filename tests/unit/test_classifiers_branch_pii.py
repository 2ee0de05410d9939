"""The branch's PII reading (classifiers/branch_pii.py): which texts it reads, how its
SentencePiece tokens map back to characters, and that one window's logits decode to spans
with the same rules as MiniLM's."""

from __future__ import annotations

import numpy as np
import pytest

from classifiers.branch_pii import reads_pii, text_offsets, window_spans
from classifiers.labels import PII_TYPES

PII_LABELS = ("O", *(f"{p}-{t}" for t in PII_TYPES for p in ("B", "I")))


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Please send the contract to my lawyer before Friday, thanks a lot.", False),
        ("Bitte schick den Vertrag bis Freitag an meine Anwältin, danke dir.", True),
        ("Nom : Brunet\nPrénom : Suzanne\nAdresse : 67, avenue Bernard", True),
        ("Naam: Evelien Phillipsen\nAdres: Pippastraat 4", True),
    ],
)
def test_every_text_not_told_english_is_read(text: str, read: bool) -> None:
    assert reads_pii(text) is read


def test_offsets_leave_out_the_prefix_and_a_pieces_leading_space() -> None:
    text = "Herr Müller"
    # "query: Herr Müller" as the branch's tokenizer cuts it: "▁que", "ry", ":", "▁Herr",
    # "▁Mü", "ller" (a piece's offsets include the space in front of it)
    offsets = [(0, 3), (3, 5), (5, 6), (6, 11), (11, 14), (14, 18)]
    got = text_offsets(text, offsets, len("query: "))
    assert got == [None, None, None, (0, 4), (5, 7), (7, 11)]
    assert [text[a:b] for a, b in (o for o in got if o is not None)] == ["Herr", "Mü", "ller"]


def _logits(labels: list[str]) -> np.ndarray:
    out = np.full((len(labels), len(PII_LABELS)), -8.0, dtype=np.float32)
    for i, lab in enumerate(labels):
        out[i, PII_LABELS.index(lab)] = 8.0
    return out


def test_a_window_decodes_to_whole_words() -> None:
    text = "ruf Jana Nowak an"
    chars = [None, (0, 3), (4, 6), (6, 8), (9, 14), (15, 17)]  # prefix, ruf, Ja|na, Nowak, an
    logits = _logits(["O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O"])
    spans = window_spans(text, logits, chars, PII_LABELS)
    assert [(text[s.start : s.end], s.type) for s in spans] == [("Jana Nowak", "PERSON")]


def test_a_window_of_prefix_only_has_no_spans() -> None:
    assert window_spans("", _logits(["O", "O"]), [None, None], PII_LABELS) == []
