"""classifiers/pii_not_names.py: a model name span that is a label, a place, a firm named by
its trade or a code word is dropped; names beside them stay."""

from __future__ import annotations

import pytest

from classifiers.pii_not_names import not_a_name
from classifiers.types import PiiEntity
from tests.unit.pii_helpers import merged


def _span(text: str, piece: str) -> PiiEntity:
    i = text.index(piece)
    return PiiEntity("PERSON", i, i + len(piece), 0.9)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("REG_NO|PRODUCT|PURCHASE_DT|OWNER|EMAIL", "OWNER"),
        ("REG_NO|PRODUCT|PURCHASE_DT|OWNER|EMAIL", "PURCHASE_DT"),
        ("Customer          Grace Reyes", "Customer"),
        ('{"city": "North Travis", "state": "NM"}', "North Travis"),
        ("UA369  Lake Matthew   17:15  B07", "Lake Matthew"),
        ("2014-03-01 06:12  East Kenneth  Arrived at regional hub", "Kenneth"),
        ("1998-06-01 POS COFFEE HOUSE Melanieborough  147.49", "Melanieborough"),
        ("2022-01-09 05:02  Reneeton DC   AR  ARRIVAL SCAN", "Reneeton"),
        ("Thomas-Perry ELECTRIC - STATEMENT", "Thomas-Perry ELECTRIC - STATEMENT"),
        ("ACCOUNT SUMMARY - Hunt, Erickson and Frank FITNESS", "Erickson"),
        ("ACH CREDIT King-May PAYROLL +990.92", "King-May"),
        ("$ git log --oneline -6", "oneline"),
        ("Wt 1 lb 4 oz", "oz"),
    ],
)
def test_not_a_name(text: str, piece: str) -> None:
    assert not_a_name(text, _span(text, piece))


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Dear Mr. Price, thank you for meeting me.", "Price"),  # a label word after a title
        ("Ship to: Andrew Obrien\nSuite 4", "Andrew Obrien"),
        ("Meet Kenneth at the lake house.", "Kenneth"),
        ("Rojas, Davis and Fischer are coming to dinner.", "Davis"),  # may be three people
        ('{"first": "maria", "last": "lopez"}', "maria"),  # a quoted lower-case name
        ("Jean DUPONT signed the lease.", "Jean DUPONT"),  # a surname in capitals
    ],
)
def test_names_stay(text: str, piece: str) -> None:
    assert not not_a_name(text, _span(text, piece))


def test_merge_drops_them_and_keeps_the_name_beside() -> None:
    text = "SHIPMENT HISTORY\nCONSIGNEE  Ana Ruiz\n2024-01-02  North Keith HUB  IN TRANSIT"
    got = merged(text, ("Ana Ruiz", "PERSON"), ("North Keith HUB", "PERSON"))
    assert got == [("Ana Ruiz", "PERSON")]
