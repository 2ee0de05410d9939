"""classifiers/pii_public_addresses.py: a street address known worldwide is no one's
personal data; a private address on the same street is."""

from __future__ import annotations

import pytest

from classifiers.pii_merge import merge_entities
from classifiers.types import PiiEntity


def addresses(text: str, piece: str) -> list[str]:
    i = text.index(piece)
    found = merge_entities(text, [PiiEntity("STREET_ADDRESS", i, i + len(piece), 0.9)])
    return [text[e.start : e.end] for e in found if e.type == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        (
            "Is 1600 Pennsylvania Avenue NW, Washington, DC 20500 the right address?",
            "1600 Pennsylvania Avenue NW, Washington, DC 20500",
        ),
        ("Why is 221B Baker Street a museum?", "221B Baker Street"),
        ("What happened at 10 Downing St. in 1990?", "10 Downing St"),
        ("The Empire State Building is at 350 5th Ave.", "350 5th Ave"),
    ],
)
def test_a_famous_address_is_no_ones(text: str, piece: str) -> None:
    assert addresses(text, piece) == []


def test_a_private_address_on_a_famous_street_stays() -> None:
    text = "Ship it to 1612 Pennsylvania Avenue, Apt. 3, Denver, CO 80203."
    piece = "1612 Pennsylvania Avenue, Apt. 3, Denver, CO 80203"
    assert addresses(text, piece) == [piece]
