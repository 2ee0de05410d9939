"""classifiers/pii_us_addresses.py: a model address cut short of its ZIP code, its state
and ZIP code, or its house number is grown over them; nothing else moves."""

from __future__ import annotations

import pytest

from classifiers.pii_us_addresses import complete_us_address
from classifiers.types import PiiEntity


def grown(text: str, span: str, typ: str = "STREET_ADDRESS") -> str:
    i = text.index(span)
    e = complete_us_address(text, PiiEntity(typ, i, i + len(span), 0.9))
    return text[e.start : e.end]


@pytest.mark.parametrize(
    ("text", "span", "want"),
    [
        (
            "Ship to 5544 Eric Canyon Apt. 802, Teresaburgh, WV 62757 today",
            "5544 Eric Canyon Apt. 802, Teresaburgh, WV",
            "5544 Eric Canyon Apt. 802, Teresaburgh, WV 62757",
        ),
        (
            "at 42916 Wright Ports, Trujillomouth, PR 43637-1234.",
            "42916 Wright Ports, Trujillomouth",
            "42916 Wright Ports, Trujillomouth, PR 43637-1234",
        ),
        (
            "Addr: 5776 Clifford Row, West Ann, SD 50649",
            "Clifford Row, West Ann, SD 50649",
            "5776 Clifford Row, West Ann, SD 50649",
        ),
        (
            "PSC 6088, Box 8653, APO AE 43844",
            "PSC 6088, Box 8653, APO",
            "PSC 6088, Box 8653, APO AE 43844",
        ),
    ],
)
def test_a_us_address_is_completed(text: str, span: str, want: str) -> None:
    assert grown(text, span) == want


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Hauptstraße 5, 10115 Berlin", "Hauptstraße 5"),  # a foreign postcode comes first
        ("Send it to Elm Street, XX 12345", "Elm Street"),  # not a USPS code
        ("the office at Main Street, WV hq 62757", "Main Street, WV"),  # no ZIP after the code
        ("meet at 10:30 Main Street", "Main Street"),  # the minutes of a time
    ],
)
def test_other_spans_do_not_move(text: str, span: str) -> None:
    assert grown(text, span) == span


def test_only_addresses_grow() -> None:
    text = "Call Dana, WV 62757"
    assert grown(text, "Dana, WV", "PERSON") == "Dana, WV"
