"""classifiers/pii_person_shape.py's finders, through pii_merge.merge_entities: a surname
by its household ("the Santos family"), the name under a letter's sign-off, and record
values that name a firm, not a person."""

from __future__ import annotations

import pytest

from classifiers.pii_merge import merge_entities


def persons(text: str) -> list[str]:
    return [text[e.start : e.end] for e in merge_entities(text, []) if e.type == "PERSON"]


def test_a_household_names_its_surname() -> None:
    text = "Carpool: the Santos family, the Castro family and us. The Monday family? No."
    assert persons(text) == ["Santos", "Castro"]  # "Monday" is no surname


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Thanks for your time.\n\nBest regards,\nLaura Villegas\nProduct designer",
            ["Laura Villegas"],
        ),
        ("See you then.\n\nCheers,\n-- Sam\n", ["Sam"]),
        ("Details attached.\n\nBest regards,\nRecruiting Team", []),  # a team signs
        ("Please remedy this.\n\nSincerely,\nDuran, Barker and Miller", []),  # a firm signs
        ("Sincerely,\nSpence-Williams HOA Board", []),
    ],
)
def test_the_line_under_a_sign_off_is_a_name(text: str, want: list[str]) -> None:
    assert persons(text) == want


def test_a_record_value_that_names_a_firm_is_no_name() -> None:
    assert persons("Beneficiary: Reed-Castillo\nIBAN: none") == []
