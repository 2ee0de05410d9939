"""classifiers/pii_not_phones.py: a phone-shaped number that a record's label or key names as
an id, that is the front of a longer number, or that stands in a row of numbers is no phone
number; phone numbers under phone words and keys stay."""

from __future__ import annotations

import pytest

from classifiers.pii_not_phones import not_a_phone
from classifiers.types import PiiEntity
from tests.unit.pii_helpers import merged


def _span(text: str, piece: str) -> PiiEntity:
    i = text.index(piece)
    return PiiEntity("PHONE_NUMBER", i, i + len(piece), 0.8)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("ACCOUNT 0041-778-2290   BILL DATE 2024-01-02", "0041-778-2290"),
        ("03.11  SEPA DD  REF 7781-0042-19      -89.99", "7781-0042-19"),
        ("Order #4812-7730-19 confirmed", "4812-7730-19"),
        ("MFR: Acme  NDC 68180-011858", "68180-011858"),
        ("PARCEL NO      88220-473", "88220-473"),
        ("record_type=W2 ein=47-1183920 employee=x", "47-1183920"),
        ('{"id":"cus_1","created":1764547200,"email":"a@b.c"}', "1764547200"),
        ('{"carrier":"FEDEX","tracking_number":"7946 5530 2184"}', "7946 5530 2184"),
        ("0010044712 Randall Woods   North Alicia   73371 184,220.50", "73371 184"),
        ("00000038380  NUT M8 NYLOC   10", "00000038380"),
        (" 48213  1102 12.4  1.4 812344 118220 ?  Sl", "812344 118220"),
        ("Confirmation: RZ-48119027", "48119027"),
    ],
)
def test_an_id_or_a_count_is_no_phone(text: str, piece: str) -> None:
    assert not_a_phone(text, _span(text, piece))


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Phone no. 555-201-8842", "555-201-8842"),
        ('{"name": "Ana", "direct": "531-947-2103"}', "531-947-2103"),
        ('{"courier_phone": "9068416432"}', "9068416432"),
        ('{"From":"9508584512","To":"72941"}', "9508584512"),
        ("Réponse avant le 15 juin au 03 64 63 67 62.", "03 64 63 67 62"),
        ("name,phone,shift\nSarah Davis,696.226.5900x147,20:27", "696.226.5900x147"),
        ("Tel.: (00002) 887247", "(00002) 887247"),
    ],
)
def test_phone_numbers_stay(text: str, piece: str) -> None:
    assert not not_a_phone(text, _span(text, piece))


def test_bare_digits_after_a_phone_key_or_a_printed_label_are_a_phone() -> None:
    assert merged('{"courier_phone": "9068416432"}') == [("9068416432", "PHONE_NUMBER")]
    assert ("3613469557", "PHONE_NUMBER") in merged("NAME: Dylan\nPH: 3613469557")
    assert merged("ACCOUNT 0041-778-2290") == []
