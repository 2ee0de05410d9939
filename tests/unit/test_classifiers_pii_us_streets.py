"""classifiers/pii_us_streets.py and its use in pii_merge.merge_entities: a US street or
military address found by its grammar replaces the model's pieces of it; a match without a
state, ZIP code or unit counts only where the model saw an address or a name, and never
overrides a model address of another country's shape."""

from __future__ import annotations

import pytest

from classifiers.pii_us_streets import us_streets
from tests.unit.pii_helpers import merged


def found(text: str) -> list[tuple[str, bool]]:
    return [(text[e.start : e.end], alone) for e, alone, _cued in us_streets(text)]


def cued(text: str) -> list[tuple[str, bool]]:
    return [(text[e.start : e.end], cue) for e, _alone, cue in us_streets(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "ship to 731 Skinner Vista, New Christopher, NM 52250 please",
            "731 Skinner Vista, New Christopher, NM 52250",
        ),
        ("956 Kristi Islands, Floresland 69841", "956 Kristi Islands, Floresland 69841"),
        ("22928 Julie Mount, Wrightside, 00948", "22928 Julie Mount, Wrightside, 00948"),
        (
            "1996 Bradley Islands Apt. 449, East Laurie, PW 26579",
            "1996 Bradley Islands Apt. 449, East Laurie, PW 26579",
        ),
        ("12 N Main St.\nSpringfield, IL 62701-1234", "12 N Main St.\nSpringfield, IL 62701-1234"),
        ("PSC 8463, Box 8482, APO AP 23448", "PSC 8463, Box 8482, APO AP 23448"),
        ("USS Bean, FPO AA 48610", "USS Bean, FPO AA 48610"),
        ("Unit 3374 Box 2271, DPO AE 19301", "Unit 3374 Box 2271, DPO AE 19301"),
        # candidate U2: a unit first, a ZIP code straight after, a town ending its line,
        # a CSV row
        ("Unit: Apt. 646, 9878 Poole Circles\nResident: R", "Apt. 646, 9878 Poole Circles"),
        (
            "Delivery address is 41159 Melissa Locks Suite 492, 53233",
            "41159 Melissa Locks Suite 492, 53233",
        ),
        (
            "Address: 8410 Rebecca Pass, Suite 185, North Joshua",
            "8410 Rebecca Pass, Suite 185, North Joshua",
        ),
        (
            "Sara Medina,36434 Hurst Parkways,Davieston,HI,62147",
            "36434 Hurst Parkways,Davieston,HI,62147",
        ),
    ],
)
def test_a_whole_address_counts_alone(text: str, want: str) -> None:
    assert found(text) == [(want, True)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("we live at 42 Oak Avenue.", "42 Oak Avenue"),  # a sentence's period is not "Ave."
        ("I have 3 Rock Creek maps", "3 Rock Creek"),  # a count of things, maybe
        ("meet at 10 Downing Street, London.", "10 Downing Street, London"),  # no US code
        ("at 52 Sally Bypass, Graceburgh, CT5B 7AU", "52 Sally Bypass"),  # a UK postcode
        ("(Victoria, 2588 John Light, Dannyburgh) before", "2588 John Light, Dannyburgh"),
        ("the 1996 World Food Summit, Thanks", "1996 World Food Summit"),  # no town
        ("at 12 Oak Street, Mary said", "12 Oak Street"),  # a clause goes on: no town
    ],
)
def test_a_bare_street_does_not_count_alone(text: str, want: str) -> None:
    assert found(text) == [(want, False)]


@pytest.mark.parametrize(
    "text",
    [
        "Turn left on Main Street after the bridge.",  # no house number
        "Version 3 of the report is due Friday.",  # no street kind
        "The 2024 Annual Report covers 12 regions.",
    ],
)
def test_no_street(text: str) -> None:
    assert found(text) == []


def test_the_model_pieces_of_a_whole_address_become_one() -> None:
    text = "Send it to 956 Kristi Islands, Floresland 69841 by Friday."
    got = merged(text, ("Kristi Islands", "PERSON"), ("Floresland 69841", "STREET_ADDRESS"))
    assert got == [("956 Kristi Islands, Floresland 69841", "STREET_ADDRESS")]


def test_labels_and_line_overruns_of_the_model_are_dropped() -> None:
    text = "Current address: 37911 Bell Loop Apt. 861, Hooperhaven, AK 56171\nMobile: none"
    got = merged(
        text,
        (
            "Current address: 37911 Bell Loop Apt. 861, Hooperhaven, AK 56171\nMobile",
            "STREET_ADDRESS",
        ),
    )
    assert got == [("37911 Bell Loop Apt. 861, Hooperhaven, AK 56171", "STREET_ADDRESS")]


def test_a_bare_street_counts_where_the_model_saw_a_name() -> None:
    text = "Drop the keys by 6393 Fisher Avenue tonight."
    assert merged(text, ("Fisher", "PERSON")) == [("6393 Fisher Avenue", "STREET_ADDRESS")]
    assert merged(text) == []  # and not alone


def test_a_bare_street_grows_over_the_town_the_model_adds() -> None:
    text = "Drop the keys at 6393 Fisher Avenue, Springfield tonight."
    got = merged(text, ("6393 Fisher Avenue, Springfield", "STREET_ADDRESS"))
    assert got == [("6393 Fisher Avenue, Springfield", "STREET_ADDRESS")]


@pytest.mark.parametrize(
    ("text", "model"),
    [
        # an Eircode after the street: the model's longer address stands
        (
            "Property: 34 Landy Street N42 9YAD Alexander Ville\nRent due",
            "34 Landy Street N42 9YAD Alexander Ville",
        ),
        # a German postcode and town read as a house number and a street
        (
            "the heater at Rosa-Scheel-Gasse 6/2, 45675 Leipziger Land is broken",
            "Rosa-Scheel-Gasse 6/2, 45675 Leipziger Land",
        ),
    ],
)
def test_a_model_address_of_another_shape_stands(text: str, model: str) -> None:
    assert merged(text, (model, "STREET_ADDRESS")) == [(model, "STREET_ADDRESS")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "LOCATION:59913 Maria Pass, Lake Karenshire\nEND",
            ("59913 Maria Pass, Lake Karenshire", True),
        ),
        ("VALUES ('Charles Keith', '7890 Gordon Wall');", ("7890 Gordon Wall", True)),
        ("how do I get from the airport to 806 Foster Fork?", ("806 Foster Fork", True)),
        ("2. 2567 Barbara Lights (side entrance)", ("2567 Barbara Lights", True)),
        ("Since the 1996 World Food Summit", ("1996 World Food Summit", False)),
        ("I'm getting intermittent 502 Bad Gateway errors", ("502 Bad Gateway", False)),
    ],
)
def test_a_cue_says_a_bare_street_is_a_place(text: str, want: tuple[str, bool]) -> None:
    assert cued(text) == [want]


def test_a_cued_bare_street_counts_without_the_model() -> None:
    text = "what's the fastest way from the airport to 806 Foster Fork by bus?"
    assert merged(text) == [("806 Foster Fork", "STREET_ADDRESS")]
    assert merged("I have 3 Rock Creek maps") == []


def test_a_street_named_after_on_counts_where_the_model_saw_a_name() -> None:
    text = "I have known her for years as a neighbor on Tiffany Islands."
    assert merged(text, ("Tiffany Islands", "PERSON")) == [("Tiffany Islands", "STREET_ADDRESS")]
    assert merged(text) == []  # and not alone
    assert merged("based on Supreme Court precedent") == []


def test_a_unit_named_apart_from_its_street_counts_with_it() -> None:
    text = '{"line1": "3208 Lori Glens", "line2": "Apt. 670", "city": "Gordonshire", "state": "CO"}'
    got = merged(text, ("3208 Lori Glens", "STREET_ADDRESS"))
    assert got == [("3208 Lori Glens", "STREET_ADDRESS"), ("Apt. 670", "STREET_ADDRESS")]
    assert merged("Suite 12 is on the left") == []  # no street in the text: not alone


def test_a_csv_row_after_a_phone_number_is_read_to_its_zip_code() -> None:
    row = "Jill,Dixon,689-835-6768,3913 Velasquez Junctions,Jonathanside,MS,40928"
    assert found(row) == [("3913 Velasquez Junctions,Jonathanside,MS,40928", True)]
    assert found("we paid 1,234 Main Street") == []  # a number with a thousands comma


def test_a_street_is_cut_where_the_model_runs_past_the_sentence() -> None:
    text = "Leave it at the porch. Address: 0984 Stone Brooks. Gate code 64435."
    got = merged(text, ("0984 Stone Brooks. Gate code 64435", "STREET_ADDRESS"))
    assert got == [("0984 Stone Brooks", "STREET_ADDRESS")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "at 10684 Ellis Burgs, Suite 955, Spencerstad.'",
            "10684 Ellis Burgs, Suite 955, Spencerstad",
        ),
        (
            "| amy | 86144 Kimberly Junction, New Gina | Basic |",
            "86144 Kimberly Junction, New Gina",
        ),
    ],
)
def test_a_town_ends_at_a_quote_or_a_cell(text: str, want: str) -> None:
    assert [t for t, _ in found(text)] == [want]


def test_a_zip_plus_four_after_a_state_is_no_phone_number() -> None:
    text = "Internal Revenue Service, Ogden, UT 84201-0002"
    assert all(t != "PHONE_NUMBER" for _, t in merged(text))


def test_a_street_in_a_table_cell_is_not_held_back_by_the_row_before_it() -> None:
    text = "| Stop | Address |\n|---|---|\n| 1 | 0733 Hunt Villages, Alexandriashire |"
    model = text[text.index("| 1") :].rstrip(" |")
    got = merged(text, (model, "STREET_ADDRESS"))
    assert got == [("0733 Hunt Villages, Alexandriashire", "STREET_ADDRESS")]


def test_a_model_address_is_cut_at_a_tables_cell_bars() -> None:
    text = "| Tenant | Unit | Street |\n|---|---|---|\n| ann lee | Suite 697 | 38469 James Bridge |"
    model = "| Suite 697 | 38469 James Bridge |"
    got = merged(text, (model, "STREET_ADDRESS"))
    assert got == [
        ("ann lee", "PERSON"),  # the Tenant column (pii_records)
        ("Suite 697", "STREET_ADDRESS"),
        ("38469 James Bridge", "STREET_ADDRESS"),
    ]
