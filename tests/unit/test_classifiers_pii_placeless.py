"""classifiers/pii_placeless.py and its use in pii_merge.merge_entities: an address span
with no number and no word for a street is a name typed as an address (two or more
capitalised words) or no address at all."""

from __future__ import annotations

import pytest

from classifiers.pii_placeless import is_placeless
from classifiers.types import PiiEntity
from tests.unit.pii_helpers import merged


@pytest.mark.parametrize(
    ("piece", "placeless"),
    [
        ("Deliver", True),
        ("Jonathanville", True),
        ("Donna Brewer (mother)", True),
        ("Tiffany Islands", False),  # a USPS street suffix
        ("Lisa Hwy.", False),
        ("Heinrichgasse", False),  # a German compound's kind
        ("Rua Mariana Antunes, S/N", False),
        ("R. Vitória Andrade", False),  # an abbreviated kind keeps its period
        ("Praça Ema Pinho", False),
        ("12 Rock Road", False),
    ],
)
def test_a_place_has_a_number_or_a_street_word(piece: str, placeless: bool) -> None:
    text = f"see {piece} now"
    e = PiiEntity("STREET_ADDRESS", 4, 4 + len(piece), 0.9)
    assert is_placeless(text, e) is placeless


def test_a_name_typed_as_an_address_becomes_a_name() -> None:
    text = "Emergency contact 1: Donna Brewer (mother) 555-0100"
    got = merged(text, ("Donna Brewer (mother)", "STREET_ADDRESS"))
    assert ("Donna Brewer", "PERSON") in got
    assert not any(t == "STREET_ADDRESS" for _, t in got)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Rx ready\nDeliver to: the pharmacy", "Deliver"),
        ("Erik Graves, of Kristieville, passed away", "Kristieville"),
    ],
)
def test_a_label_or_a_town_alone_is_no_address(text: str, piece: str) -> None:
    assert merged(text, (piece, "STREET_ADDRESS")) == []


def test_a_name_read_into_an_address_stays_a_name() -> None:
    text = (
        "can you format it as an envelope? "
        "Michelle Barnes - 287 Matthews Dam Apt. 602 West Michael GU 65487"
    )
    got = merged(text, (text[text.index("envelope") :], "STREET_ADDRESS"))
    assert got == [
        ("Michelle Barnes", "PERSON"),
        ("287 Matthews Dam Apt. 602 West Michael GU 65487", "STREET_ADDRESS"),
    ]


def test_a_town_and_state_is_no_name_and_a_date_no_address() -> None:
    text = "FROM:\nReturns Dept.\nPort Michelle, KS\n\nPatient DOB 1986-10-01"
    assert merged(text, ("Port Michelle, KS", "PERSON"), ("DOB 1986-10-01", "STREET_ADDRESS")) == []


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("MILK 2% 1GAL            4.29\nEGGS LRG 12CT           3.89", "1GAL            4.29"),
        ("geo:\n  default_center: [40.416775, -3.703790]", "center: [40.416775, -3.703790"),
        ("doorbell motion conf=0.93 clip=ev_88213.mp4 size=4.2MB", "clip=ev_88213.mp4"),
    ],
)
def test_an_address_across_columns_or_symbols_is_none(text: str, piece: str) -> None:
    assert merged(text, (piece, "STREET_ADDRESS")) == []


def test_a_street_the_grammar_reads_in_aligned_columns_still_counts() -> None:
    text = "Ship to:    4751 Mark Inlet, Springfield, IL 62701    Qty 2"
    got = merged(text, ("4751 Mark Inlet, Springfield, IL 62701    Qty", "STREET_ADDRESS"))
    assert got == [("4751 Mark Inlet, Springfield, IL 62701", "STREET_ADDRESS")]


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Plate: 7KXM34324\nEntry 09:12", "7KXM34324"),
        ('{"lock_id": "QX-31098", "fw": "3.1"}', "QX-31098"),
        ("Rx 73454  DOB on file", "Rx 73454"),
        ("--- DINE IN  TBL 22 ---", "TBL 22"),
        ("1 WINGS 12PC  HOT", "12PC"),
        ('"id":"cus_Qx81LmZ0aa27"', "cus_Qx81LmZ0aa27"),
        ("Paid VISA ****72186", "VISA ****72186"),
    ],
)
def test_a_code_with_a_number_is_no_address(text: str, piece: str) -> None:
    assert merged(text, (piece, "STREET_ADDRESS")) == []


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Send it to 12 Oak Street.", "12 Oak Street"),
        ("Apt 4B, please ring", "Apt 4B"),
        ("Keizersgracht 12, 1015AB Amsterdam", "Keizersgracht 12, 1015AB Amsterdam"),
        ("Parque das Nações, S/N, 9832-507 Barcelos", "Parque das Nações, S/N, 9832-507 Barcelos"),
    ],
)
def test_an_address_with_a_number_stays(text: str, piece: str) -> None:
    assert merged(text, (piece, "STREET_ADDRESS")) == [(piece, "STREET_ADDRESS")]


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("SIZE 5X5   NO   827.53", "5X5"),  # one token
        ("Connector C031 free", "C031"),
        ("lookup ok geo 29.7604 ms=3", "geo 29.7604"),  # a decimal
        ("[mailmerge] batch 7 row 31", "batch 7"),  # a lower-case word and a number
        ("PUMP 07\nUNLEADED 87\nGALLONS 12.384", "87\nGALLONS"),  # a label's line
        ("SKU-1001,1842,55260.00,31", "SKU-1001,1842,55260.00,31"),  # CSV fields
    ],
)
def test_more_codes_with_a_number_are_no_address(text: str, piece: str) -> None:
    assert merged(text, (piece, "STREET_ADDRESS")) == []


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Samuelhof 426\n1669BY Amstenrade", "Samuelhof 426\n1669BY Amstenrade"),
        ("Grafstr. 0, 55304 Wesel", "Grafstr. 0, 55304 Wesel"),
        ("Kimhof 6, 7220 YQ Hee", "Kimhof 6, 7220 YQ Hee"),
    ],
)
def test_european_addresses_with_their_postcode_line_stay(text: str, piece: str) -> None:
    assert merged(text, (piece, "STREET_ADDRESS")) == [(piece, "STREET_ADDRESS")]


def test_a_model_address_is_cut_at_the_cells_of_a_semicolon_row() -> None:
    text = "name;strasse;hausnr;plz;ort\nJiri Dörschner;Corinna-Stey-Gasse;21-32;28440;Kronach"
    got = merged(text, ("Corinna-Stey-Gasse;21-32;28440;Kronach", "STREET_ADDRESS"))
    # the cell, not the whole row (the house number's field is read by its name, U15)
    assert [p for p, t in got if t == "STREET_ADDRESS"] == ["Corinna-Stey-Gasse", "21-32"]
    prose = "Wir treffen uns Dienstag; Adresse: Hauptstraße 5, 10115 Berlin"
    assert merged(prose, ("Hauptstraße 5, 10115 Berlin", "STREET_ADDRESS")) == [
        ("Hauptstraße 5, 10115 Berlin", "STREET_ADDRESS")
    ]


def test_a_semicolon_row_ends_at_its_line_and_its_header_holds_no_names() -> None:
    text = "Name;Vorname;Straße;Ort\nHenck;Felicitas;Aysel-Fritsch-Gasse;Aue\nDowerg;Heinz;Weg;Bonn"
    got = merged(
        text,
        ("Vorname;Straße;Ort", "PERSON"),
        ("Aysel-Fritsch-Gasse;Aue\nDowerg", "STREET_ADDRESS"),
    )
    assert ("Aysel-Fritsch-Gasse", "STREET_ADDRESS") in got
    assert not any(piece in ("Vorname", "Straße", "Ort", "Aue\nDowerg") for piece, _ in got)
