"""German and Dutch street addresses by their shape (classifiers/pii_streets.py) and how they
join the model's spans (pii_merge.merge_entities)."""

from __future__ import annotations

import pytest

from classifiers.pii_merge import merge_entities
from classifiers.pii_streets import street_addresses
from classifiers.types import PiiEntity


@pytest.mark.parametrize(
    ("text", "street", "postcode"),
    [
        (
            "Bitte an Hagedornstraße 14, 04109 Leipzig schicken.",
            "Hagedornstraße 14, 04109 Leipzig",
            True,
        ),
        # a "str." compound counts alone since candidate G, without a postcode
        ("Lieferung in die Kastanienstr. 3a bitte", "Kastanienstr. 3a", True),
        (
            "Anschrift:\nMarie-Curie-Ring 12/4\n60311 Frankfurt",
            "Marie-Curie-Ring 12/4\n60311 Frankfurt",
            True,
        ),
        ("Adres: Lindelaan 8, 3511 AB Utrecht", "Lindelaan 8, 3511 AB Utrecht", True),
    ],
)
def test_the_shape_is_found_with_its_postcode(text: str, street: str, postcode: bool) -> None:
    """``postcode``: whether the match counts alone (a postcode, or a street-only kind)."""
    got = [(text[e.start : e.end], p) for e, p, _ in street_addresses(text)]
    assert got == [(street, postcode)]


@pytest.mark.parametrize(
    ("text", "street", "postcode"),
    [
        (
            "Habito en Calle de la Luna 3, 28004 Madrid desde enero",
            "Calle de la Luna 3, 28004 Madrid",
            True,
        ),
        (
            "Livraison au 87, rue de Barre, 29793 Samson demain.",
            "87, rue de Barre, 29793 Samson",
            True,
        ),
        ("Mi trovi in via Roma 5 domani", "via Roma 5", False),
        (
            "Morada: Rua da Agra do Amial 73, 4000-111 Porto",
            "Rua da Agra do Amial 73, 4000-111 Porto",
            True,
        ),
    ],
)
def test_kind_first_streets(text: str, street: str, postcode: bool) -> None:
    got = [(text[e.start : e.end], p) for e, p, _ in street_addresses(text)]
    assert got == [(street, postcode)]


def test_a_landmark_without_number_or_postcode_is_not_an_address() -> None:
    assert street_addresses("Nos vemos en la Plaza Mayor a las cinco, ¿vale?") == []
    assert street_addresses("Ci vediamo in Piazza del Duomo alle sei, va bene?") == []


def test_confident_english_is_not_searched() -> None:
    assert street_addresses("The new Spring 2024 range ships on Monday, see the catalogue.") == []


def test_a_match_without_postcode_needs_a_model_span() -> None:
    text = "Der Arbeitsplatz 2 ist heute frei, ich sitze dort."
    assert merge_entities(text, []) == ()
    text = "Sie wohnt in der Kastanienstr. 3a seit Mai."
    start = text.index("Kastanienstr")
    model = [PiiEntity("STREET_ADDRESS", start + 14, start + 16, 0.8)]  # "3a" alone
    got = [(text[e.start : e.end], e.type) for e in merge_entities(text, model)]
    assert got == [("Kastanienstr. 3a", "STREET_ADDRESS")]


def test_a_street_read_as_a_name_becomes_the_address() -> None:
    text = "Paket an Anna-Seghers-Weg 5, 10115 Berlin."
    name = PiiEntity("PERSON", text.index("Anna"), text.index("-Weg"), 0.9)
    got = [(text[e.start : e.end], e.type) for e in merge_entities(text, [name])]
    assert got == [("Anna-Seghers-Weg 5, 10115 Berlin", "STREET_ADDRESS")]


def test_german_and_dutch_tails_candidate_g() -> None:
    """A postcode after a comma without a space (a CSV cell), and the lower-case words of
    German and Dutch town names, belong to the address; a compound of a kind that names only
    streets counts alone, a compound of another kind does not."""
    from classifiers.pii_streets import street_addresses

    def whole(text: str) -> list[tuple[str, bool]]:
        return [(text[e.start : e.end], alone) for e, alone, _ in street_addresses(text)]

    assert whole("Lieferung: Andrea-Wiek-Ring 43,09638,Eggenfelden bitte") == [
        ("Andrea-Wiek-Ring 43,09638,Eggenfelden", True)
    ]
    assert whole("Bitte an Täschestraße 622, 99578 Pfaffenhofen an der Ilm schicken.") == [
        ("Täschestraße 622, 99578 Pfaffenhofen an der Ilm", True)
    ]
    assert whole("Het adres is Adrianasteeg 1\n7547KY Hoek van Holland, graag.") == [
        ("Adrianasteeg 1\n7547KY Hoek van Holland", True)
    ]
    assert whole("Het adres is Fienesteeg 372\n7533AO 's Gravenmoer.") == [
        ("Fienesteeg 372\n7533AO 's Gravenmoer", True)
    ]
    assert whole("Wir wohnen in der Sauerstraße 8-7 seit Mai.") == [("Sauerstraße 8-7", True)]
    assert whole("Mein Arbeitsplatz 2 ist im dritten Stock.") == [("Arbeitsplatz 2", False)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("ik woon op Bilallaan 616, kom gerust langs", "Bilallaan 616"),  # a Dutch kind
        ("het pakket is afgeleverd op Mereldreef 658 in plaats van thuis", "Mereldreef 658"),
        ("Morada: Largo Pereira 31, ao pé da escola", "Largo Pereira 31"),  # kind first
        ("il pacco non è mai arrivato in Viale Tasca 952.", "Viale Tasca 952"),
    ],
)
def test_streets_that_count_alone_with_a_house_number(text: str, street: str) -> None:
    got = [(text[e.start : e.end], e.type) for e in merge_entities(text, [])]
    assert got == [(street, "STREET_ADDRESS")]


@pytest.mark.parametrize(
    "text",
    [
        "We tuinieren op de Julesbaan 7 niet meer sinds de loopbaan van mijn broer",  # "-baan"
        "Ci vediamo in Via Roma 12 alle sei?",  # "Via" is not alone: English shares it
        "Ik werk aan mijn loopbaan 3 dagen per week.",
    ],
)
def test_kinds_shared_with_other_words_still_need_a_model_span(text: str) -> None:
    assert merge_entities(text, []) == ()


def test_dutch_hof_and_boulevard_streets_with_a_postcode() -> None:
    text = "Nieuw adres: Lunaboulevard 2, 4968 GV Ees"
    got = [(text[e.start : e.end], e.type) for e in merge_entities(text, [])]
    assert got == [("Lunaboulevard 2, 4968 GV Ees", "STREET_ADDRESS")]
