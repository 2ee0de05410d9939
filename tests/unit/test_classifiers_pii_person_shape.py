"""classifiers/pii_person_shape.py and its use in pii_merge.merge_entities: PERSON spans
cut at cells, labels and gaps, dropped inside web addresses and firms' names, and grown by a
capitalised surname or first name beside them; names themselves stay."""

from __future__ import annotations

import pytest

from classifiers.pii_greetings import greeted_names
from classifiers.pii_merge import merge_entities
from classifiers.pii_person_shape import reshape_persons
from classifiers.types import PiiEntity


def entity(text: str, span: str, typ: str = "PERSON") -> PiiEntity:
    i = text.index(span)
    return PiiEntity(typ, i, i + len(span), 0.9)


def spans(text: str, found: list[PiiEntity]) -> list[str]:
    return [text[e.start : e.end] for e in found]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Brian\tBoone\t891 James Turnpike", "Brian\tBoone", ["Brian", "Boone"]),
        ("Patient: Megan Moore    DOB: 2016-09-18", "Megan Moore    DOB", ["Megan Moore"]),
        ("Attn: Bobby Parker\n4538 Oak St", "Attn: Bobby Parker", ["Bobby Parker"]),
        ("--\nBryce Crosby | Civil engineer", "Bryce Crosby | Civil", ["Bryce Crosby"]),
        ("Call with Joan Rowe (Mcdaniel and Sons)", "Joan Rowe (Mcdaniel", ["Joan Rowe"]),
        ('{"nome": "Ada Gori", "via": "Corso Po 5"}', 'Ada Gori", "via": "Corso', ["Ada Gori"]),
    ],
)
def test_cut_at_cells_labels_and_gaps(text: str, span: str, expected: list[str]) -> None:
    assert spans(text, reshape_persons(text, [entity(text, span)])) == expected


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Track it at https://www.anthony-hall.com/ today", "anthony"),
        ("mail it to jmorales@example.org please", "morales"),
        ("Error 404 on http://scott-thomas.com/ again", "scott"),
        ("Bill to:\nGarcia and Sons\nAttn: Jerome Mason", "Garcia"),
        ("Company: Moses PLC\nRole: Doctor", "Moses"),
        ("Invoice 66699 from Saunders-Howard is due", "Saunders-Howard"),
        ('between Dominguez-Daniels ("Landlord") and Ann Lee', "Dominguez"),
        ("SKU 25764-BLK-XL is back in stock", "BLK"),
    ],
)
def test_not_a_person(text: str, span: str) -> None:
    assert reshape_persons(text, [entity(text, span)]) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Call Maria Lopez tomorrow.", "Maria Lopez"),
        ("Please ask Ms. Smith-Jones to sign.", "Smith-Jones"),
        ("Our new lead is Catherine Zeta-Jones.", "Zeta-Jones"),
        ("Jean-Luc Picard will join the call.", "Jean-Luc Picard"),
        ("Invite Maria Lopez from Hernandez Inc too", "Maria Lopez"),
        ("JOHN SMITH signed the form", "JOHN SMITH"),
        ("They had 6: Rick, Stacey and Luca.", "Stacey"),  # a list of people, not a firm
    ],
)
def test_names_stay(text: str, span: str) -> None:
    e = entity(text, span)
    assert reshape_persons(text, [e]) == [e]


@pytest.mark.parametrize(
    ("text", "span", "grown"),
    [
        ("Emergency contact: Kevin Sloan, 432.812.5373", "Kevin", "Kevin Sloan"),
        ("Attendees: Erin Smith, Evan Grant\n", "Evan", "Evan Grant"),
        ("2011-05-02\n\nRachael Dunlap\n9580 Ortega Green", "Dunlap", "Rachael Dunlap"),
        ("Customer: Mark Shea <gina04@hotmail.com>", "Shea", "Mark Shea"),
    ],
)
def test_one_word_name_grows(text: str, span: str, grown: str) -> None:
    assert spans(text, reshape_persons(text, [entity(text, span)])) == [grown]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Meet Billy and Arcelia at the cafe.", "Billy"),  # a verb opens the sentence
        ("Ask Jacqueline if she can cover the shift.", "Jacqueline"),
        ("Call Kevin on Monday about it.", "Kevin"),  # a weekday is no surname
        ("Monsieur Legrand, je vous écris car", "Legrand"),  # a title is no first name
        ("Madame Colin,\nNous vous confirmons", "Colin"),
        ("Send it to Torres LLC today.", "Torres"),  # dropped as a firm, not grown
    ],
)
def test_no_growth_into_other_words(text: str, span: str) -> None:
    out = spans(text, reshape_persons(text, [entity(text, span)]))
    assert out in ([span], [])
    assert out == ([] if span == "Torres" else [span])


def test_other_types_pass_unchanged() -> None:
    text = "Write to jmorales@example.org at 12 Oak St"
    e = entity(text, "jmorales@example.org", "EMAIL_ADDRESS")
    assert reshape_persons(text, [e]) == [e]


def test_merge_entities_reshapes_model_names() -> None:
    text = "Patient: Megan Moore    DOB: 2016-09-18"
    merged = merge_entities(text, [entity(text, "Megan Moore    DOB")])
    assert [(text[e.start : e.end], e.type) for e in merged] == [("Megan Moore", "PERSON")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Hi Thomas, thanks for your order!", ["Thomas"]),
        ("Hello Ana Ruiz: your table is ready", ["Ana Ruiz"]),
        ("Thanks for riding, Maya\nTrip ID 6b1f", ["Maya"]),
        ("Hi team, the build is green.", []),
        ("Dear Hiring Committee,\n\nI am writing", []),
        ("Dear Myers, Johnson and Smith LLP,", []),  # a firm's letter
    ],
)
def test_greeted_names(text: str, want: list[str]) -> None:
    assert [text[e.start : e.end] for e in greeted_names(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Geachte heer van Asten,\nUw pakket", ["van Asten"]),
        ("Gentile Sig.ra Battisti, la sua pratica", ["Battisti"]),
        ("Hallo Agata, Ihre Bestellung ist unterwegs.", ["Agata"]),
        ("Liefs, Senna", ["Senna"]),
        ("Liebe Freunde, wir feiern!", []),  # a German noun, not a name
        ("Sehr geehrte Frau Kollegin,", []),
    ],
)
def test_greetings_and_closings_in_other_languages(text: str, want: list[str]) -> None:
    assert [text[e.start : e.end] for e in greeted_names(text)] == want


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        (
            "Anwesend waren Silja Köhler und Uwe Hartung. Alwine Renner übernimmt.",
            "Uwe Hartung. Alwine Renner",
            ["Uwe Hartung", "Alwine Renner"],
        ),
        ("Até logo no café. Beijinhos, Ivo", "café. Beijinhos, Ivo", ["Ivo"]),
        ("Ticket: klant felix muller meldt", "klant felix muller", ["felix muller"]),
        ("Mrs. Dalloway said", "Mrs. Dalloway", ["Mrs. Dalloway"]),  # a title's stop
    ],
)
def test_cut_at_sentence_ends_and_leading_closings(
    text: str, span: str, expected: list[str]
) -> None:
    i = text.index(span)
    got = reshape_persons(text, [PiiEntity("PERSON", i, i + len(span), 0.9)])
    assert [text[e.start : e.end] for e in got] == expected
