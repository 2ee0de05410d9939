"""classifiers/pii_records.py: a value in a record's person field (CSV or TSV column,
markdown table column, SQL insert column, JSON or YAML key) is a name when it looks like
one; nothing else is read."""

from __future__ import annotations

import pytest

from classifiers.pii_records import record_names


def names(text: str) -> list[str]:
    return [text[e.start : e.end] for e in record_names(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "first_name,last_name,email\nMargaret,Navarro,mn@example.com\nluis,ortega,lo@x.org",
            ["Margaret", "Navarro", "luis", "ortega"],
        ),
        (
            "| Stop | Recipient | Address |\n|---|---|---|\n| 1 | Tyler Jones | 12 Oak St |",
            ["Tyler Jones"],
        ),
        (
            "INSERT INTO customers (first_name, last_name, city) VALUES ('David', 'Clay', 'Reno');",
            ["David", "Clay"],
        ),
        ('{"id": 9, "name": "wanda george", "email": "w@x.com"}', ["wanda george"]),
        ("patient_name: Dr. Anne Romero\ntier: gold", ["Anne Romero"]),  # the title stays out
        ('user = User(first="Paul", last="Klein")', ["Paul", "Klein"]),
        ("Account holder: Sara Owen.", ["Sara Owen"]),  # the sentence's period stays out
    ],
)
def test_a_person_field_holds_a_name(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "name: prism-router\nversion: 1.2",  # a package
        "customer: Acme Corp",  # a firm
        "Customer: hi i moved, new address is 12 Oak St",  # a transcript's line
        "Customer: USCGC May, FPO AE 35205",  # a ship
        "id,title,price\n1,Lamp,20",  # no person column
        "The name of the game is chess.",  # prose
    ],
)
def test_no_name_where_the_field_or_the_value_says_otherwise(text: str) -> None:
    assert names(text) == []


def test_a_field_name_after_other_words_still_counts() -> None:
    text = "SELECT * FROM customers WHERE last_name = 'Reed' AND zip = '48363';"
    assert names(text) == ["Reed"]
