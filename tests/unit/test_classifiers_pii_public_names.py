"""classifiers/pii_public_names.py: a public figure's or a fictional character's name is
no one's personal data; a private name that happens to share a word with one stays."""

from __future__ import annotations

import pytest

from classifiers.pii_merge import merge_entities
from classifiers.types import PiiEntity


def persons(text: str, *pieces: str) -> list[str]:
    spans = []
    for piece in pieces:
        i = text.index(piece)
        spans.append(PiiEntity("PERSON", i, i + len(piece), 0.9))
    return [text[e.start : e.end] for e in merge_entities(text, spans) if e.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Explain Einstein's theory of relativity simply.", ("Einstein's",)),
        ("Why does Gandalf tell Frodo to leave?", ("Gandalf", "Frodo")),
        ("Was Sherlock Holmes based on a real doctor?", ("Sherlock Holmes",)),
        ("Summarise Dr. Martin Luther King's speech.", ("Martin Luther King's",)),
    ],
)
def test_a_public_name_is_no_ones(text: str, pieces: tuple[str, ...]) -> None:
    assert persons(text, *pieces) == []


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Please call Adam Smith about the invoice.", "Adam Smith"),  # a common name
        ("My neighbour Mr. Newton fixed the fence.", "Newton"),  # a surname alone
        ("Michelangelo Rossi will sign the lease.", "Michelangelo Rossi"),
    ],
)
def test_a_private_name_stays(text: str, piece: str) -> None:
    assert persons(text, piece) == [piece]


def test_a_piece_of_a_written_public_name_is_no_ones() -> None:
    text = "Who was Abraham Lincoln's vice president in 1861?"
    assert persons(text, "Abraham") == []
