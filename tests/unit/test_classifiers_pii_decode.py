"""Word-level constrained BIO decoding of the PII head's token probabilities."""

from __future__ import annotations

import re

import numpy as np

from classifiers.pii_decode import decode_window
from classifiers.pii_merge import merge_entities
from classifiers.types import PiiEntity

LABELS = ("O", "B-PERSON", "I-PERSON", "B-STREET_ADDRESS", "I-STREET_ADDRESS")


def _tokens(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"\w+|[^\w\s]", text)]


def _probs(text: str, offsets: list[tuple[int, int]], tags: dict[str, dict[str, float]]):
    """One row per token: the tag given for its text (a label -> probability map), else O."""
    rows = []
    for a, b in offsets:
        row = np.full(len(LABELS), 0.0)
        for lab, p in tags.get(text[a:b], {"O": 1.0}).items():
            row[LABELS.index(lab)] = p
        rows.append(row / row.sum())
    return np.array(rows)


def _decode(text: str, tags: dict[str, dict[str, float]]) -> list[tuple[str, str]]:
    offs = _tokens(text)
    spans = decode_window(text, _probs(text, offs, tags), LABELS, offs, True, True)
    return [(e.type, text[e.start : e.end]) for e in spans]


def test_name_inside_address_stays_in_the_address() -> None:
    text = "Ship to 314 Morgan Forge, Port Spencer today"
    addr_i = {"I-STREET_ADDRESS": 0.8, "O": 0.2}
    tags = {
        "314": {"B-STREET_ADDRESS": 0.8, "O": 0.2},
        "Morgan": {"B-PERSON": 0.5, "I-STREET_ADDRESS": 0.3, "O": 0.2},
        "Forge": addr_i,
        ",": {"O": 0.7, "I-STREET_ADDRESS": 0.3},
        "Port": addr_i,
        "Spencer": addr_i,
    }
    assert _decode(text, tags) == [("STREET_ADDRESS", "314 Morgan Forge, Port Spencer")]


def test_separate_people_and_edge_punctuation() -> None:
    text = "Ask Alice, Bob Ritter-Aumann."
    tags = {
        "Alice": {"B-PERSON": 0.9, "O": 0.1},
        "Bob": {"B-PERSON": 0.9, "O": 0.1},
        "Ritter": {"I-PERSON": 0.9, "O": 0.1},
        "-": {"O": 0.6, "I-PERSON": 0.4},
        "Aumann": {"I-PERSON": 0.8, "O": 0.2},
    }
    assert _decode(text, tags) == [("PERSON", "Alice"), ("PERSON", "Bob Ritter-Aumann")]


def test_closing_bracket_of_the_span_is_kept() -> None:
    text = "Send it to Via Tiziana, 530, Sulbiate (MB)?"
    inside = {"I-STREET_ADDRESS": 0.9, "O": 0.1}
    tags = {w: inside for w in ("Tiziana", "530", "Sulbiate", "MB", ",", "(", ")")}
    tags["Via"] = {"B-STREET_ADDRESS": 0.9, "O": 0.1}
    assert _decode(text, tags) == [("STREET_ADDRESS", "Via Tiziana, 530, Sulbiate (MB)")]


def test_no_entity_words_no_spans() -> None:
    assert _decode("nothing personal here.", {}) == []


def test_a_name_ends_at_a_comma_or_line_break_an_address_does_not() -> None:
    # the head reads every word as inside a name: a comma or a line break still ends it
    person_i = {"I-PERSON": 0.7, "B-PERSON": 0.2, "O": 0.1}
    tags = {w: person_i for w in ("Eugenia", "Jorge", ",", "Lemiers")}
    tags["Brooke"] = {"B-PERSON": 0.9, "O": 0.1}
    text = "They had 3: Brooke, Eugenia, Jorge.\nLemiers"
    assert _decode(text, tags) == [
        ("PERSON", "Brooke"),
        ("PERSON", "Eugenia"),
        ("PERSON", "Jorge"),
        ("PERSON", "Lemiers"),
    ]
    addr_i = {"I-STREET_ADDRESS": 0.8, "O": 0.2}
    tags = {w: addr_i for w in ("Main", "St", ",", "Springfield", "IL")}
    tags["12"] = {"B-STREET_ADDRESS": 0.9, "O": 0.1}
    assert _decode("Ship to 12 Main St,\nSpringfield, IL", tags) == [
        ("STREET_ADDRESS", "12 Main St,\nSpringfield, IL")
    ]


def test_a_double_quote_ends_an_entity() -> None:
    # a JSON record: the head reads every word from the street to the zip code as inside one
    # address; the quotes that close each field end it, and the keys between are no entity
    addr_i = {"I-STREET_ADDRESS": 0.8, "O": 0.2}
    text = '{"line1": "37888 Jessica Skyway", "line2": "Suite 477", "zip": "38705"}'
    tags = {w: addr_i for w in ("Jessica", "Skyway", '"', ",", ":", "line2", "477", "zip")}
    tags["37888"] = {"B-STREET_ADDRESS": 0.9, "O": 0.1}
    tags["Suite"] = {"B-STREET_ADDRESS": 0.6, "I-STREET_ADDRESS": 0.3, "O": 0.1}
    assert _decode(text, tags) == [
        ("STREET_ADDRESS", "37888 Jessica Skyway"),
        ("STREET_ADDRESS", "Suite 477"),
    ]


def test_edge_function_words_are_not_part_of_an_address() -> None:
    # the head pulls "in" and "and" into the address: lower-case function words at an edge
    # are dropped, the same words inside stay, a capitalised edge word stays
    addr_b = {"B-STREET_ADDRESS": 0.8, "O": 0.2}
    addr_i = {"I-STREET_ADDRESS": 0.8, "O": 0.2}
    tags = {w: addr_i for w in ("68385", "William", "Way", ",", "MT", "and", "The", "Strand")}
    tags["in"] = addr_b
    text = "I live in 68385 William Way, MT and can be reached by mail."
    assert _decode(text, tags) == [("STREET_ADDRESS", "68385 William Way, MT")]
    tags["The"] = addr_b
    assert _decode("Send it to The Strand", tags) == [("STREET_ADDRESS", "The Strand")]
    # "in" read as an address of its own: no span
    tags = {"in": addr_b, "Unit": addr_b, "6401": addr_i}
    assert _decode("lived in Unit 6401", tags) == [("STREET_ADDRESS", "Unit 6401")]


def test_a_faint_surname_continues_a_name() -> None:
    # "Eric" read surely, "Harris" only faintly (I-PERSON 0.04): the surname joins the name
    # and does not lower its score; nothing joins below the floor, across a comma or a
    # capitalisation change, or a function word
    first = {"B-PERSON": 0.99, "O": 0.01}
    tags = {"Eric": first, "Harris": {"I-PERSON": 0.04, "O": 0.96}}
    offs = _tokens("by Eric Harris today")
    spans = decode_window(
        "by Eric Harris today", _probs("by Eric Harris today", offs, tags), LABELS, offs, True, True
    )
    assert [("by Eric Harris today"[e.start : e.end], round(e.score, 2)) for e in spans] == [
        ("Eric Harris", 0.99)
    ]
    assert _decode("by Eric Harris", {**tags, "Harris": {"I-PERSON": 0.001, "O": 0.999}}) == [
        ("PERSON", "Eric")
    ]
    assert _decode("by Eric, Harris", tags) == [("PERSON", "Eric")]
    assert _decode("by Eric harris", {**tags, "harris": tags["Harris"]}) == [("PERSON", "Eric")]
    assert _decode("ask eric harris", {"eric": first, "harris": tags["Harris"]}) == [
        ("PERSON", "eric harris")
    ]
    assert _decode("Eric and Ann", {"Eric": first, "and": tags["Harris"]}) == [("PERSON", "Eric")]


def test_titles_anchor_a_name_but_are_not_part_of_it() -> None:
    faint = {"I-PERSON": 0.2, "O": 0.8}
    # a surname after a title, read faintly, is a name with the rule's fixed score
    offs = _tokens("Mr. Legendre flew home")
    spans = decode_window(
        "Mr. Legendre flew home",
        _probs("Mr. Legendre flew home", offs, {"Legendre": faint}),
        LABELS,
        offs,
        True,
        True,
    )
    assert [(e.type, e.start, e.end, e.score) for e in spans] == [("PERSON", 4, 12, 0.8)]
    assert _decode("join with ms. Shawn", {"Shawn": faint}) == [("PERSON", "Shawn")]
    assert _decode("Herr Horst Mies spoke", {"Horst": faint, "Mies": faint}) == [
        ("PERSON", "Horst Mies")
    ]
    # the head pulled the title in: it is trimmed; a title alone is no name
    tags = {"Miss": {"B-PERSON": 0.6, "O": 0.4}, "Payet": {"I-PERSON": 0.99, "O": 0.01}}
    assert _decode("my take on Miss Payet, see", tags) == [("PERSON", "Payet")]
    assert _decode("Miss", {"Miss": {"B-PERSON": 0.9, "O": 0.1}}) == [("PERSON", "Miss")]
    # no anchor without a title, below the floor, lower-case, or across a line break
    assert _decode("Legendre flew home", {"Legendre": faint}) == []
    assert _decode("Mr. Legendre", {"Legendre": {"B-PERSON": 0.001, "O": 0.999}}) == []
    assert _decode("Mr. legendre", {"legendre": faint}) == []
    assert _decode("Mr.\nLegendre", {"Legendre": faint}) == []


def test_a_name_line_above_an_address_is_cut_off_it() -> None:
    # the head runs "Mme Lilia Oliver" on the line above into the address: an address starts
    # at its first line with a digit; the cut line is a person when read as one at all
    addr_b = {"B-STREET_ADDRESS": 0.9, "O": 0.1}
    addr_i = {"I-STREET_ADDRESS": 0.85, "I-PERSON": 0.05, "O": 0.1}
    text = "> Mme Lilia Oliver\n> 72 Burns Lodge\n> Vizcaya"
    tags = {w: addr_i for w in ("Lilia", "Oliver", "72", "Burns", "Lodge", "Vizcaya", ">")}
    tags["Mme"] = addr_b
    assert sorted(_decode(text, tags)) == [
        ("PERSON", "Lilia Oliver"),
        ("STREET_ADDRESS", "72 Burns Lodge\n> Vizcaya"),
    ]
    # not read as a name at all: the line is only dropped
    no_name = {w: {"I-STREET_ADDRESS": 0.9, "O": 0.1} for w in ("Lilia", "Oliver")}
    assert _decode(text, {**tags, **no_name}) == [("STREET_ADDRESS", "72 Burns Lodge\n> Vizcaya")]
    # the first line holds a number, or no line does: unchanged
    assert _decode(
        "> Apt 5\n> Burns Lodge",
        {w: addr_i for w in ("5", "Burns", "Lodge", ">")} | {"Apt": addr_b},
    ) == [("STREET_ADDRESS", "Apt 5\n> Burns Lodge")]
    assert _decode(
        "Burns Lodge\nVizcaya", {"Burns": addr_b, "Lodge": addr_i, "Vizcaya": addr_i}
    ) == [("STREET_ADDRESS", "Burns Lodge\nVizcaya")]


def _merged(text: str, model: list[tuple[str, str]]) -> list[tuple[str, str]]:
    spans = [PiiEntity(t, text.index(s), text.index(s) + len(s), 0.9) for t, s in model]
    return [(e.type, text[e.start : e.end]) for e in merge_entities(text, spans)]


def test_patterns_and_model_spans_merge() -> None:
    # an address that ran into the phone number on its next line keeps its address part
    text = "Kyle Gray\n175 avenue Louis Fontaine\nJonathantown 35820\n4752177257-Office"
    addr = "175 avenue Louis Fontaine\nJonathantown 35820\n4752177257"
    assert _merged(text, [("PERSON", "Kyle Gray"), ("STREET_ADDRESS", addr)]) == [
        ("PERSON", "Kyle Gray"),
        ("STREET_ADDRESS", "175 avenue Louis Fontaine\nJonathantown 35820"),
        ("PHONE_NUMBER", "4752177257"),
    ]
    # a flat and house number inside a model address is not a phone number ...
    text = "Deliver to Apt. 605 76-50 Pasaje Somoza, Lugo please"
    addr = "Apt. 605 76-50 Pasaje Somoza, Lugo"
    assert _merged(text, [("STREET_ADDRESS", addr)]) == [("STREET_ADDRESS", addr)]
    assert _merged(text, []) == [("PHONE_NUMBER", "605 76-50")]
    # ... but an international number is, wherever the model put it
    text = "Deliver to 5 Main St +33 5 58 15 48 40 Lyon"
    got = _merged(text, [("STREET_ADDRESS", "5 Main St +33 5 58 15 48 40 Lyon")])
    assert ("PHONE_NUMBER", "+33 5 58 15 48 40") in got
    assert ("STREET_ADDRESS", "5 Main St") in got
    # what is left of a model phone span beside a card number must still be a phone number
    text = "the amount for cc 378301270956184 please"
    got = _merged(text, [("PHONE_NUMBER", "cc 378301270956184")])
    assert got == [("CREDIT_CARD", "378301270956184")]
    # a model address that is a bare number is dropped; one with a street word is kept
    text = "They had 6: Rick, Stacey and Luca."
    assert _merged(text, [("STREET_ADDRESS", "6"), ("PERSON", "Rick")]) == [("PERSON", "Rick")]
    assert _merged("at 6 Elm Rd", [("STREET_ADDRESS", "6 Elm Rd")]) == [
        ("STREET_ADDRESS", "6 Elm Rd")
    ]
    # a lower-case word with no number is no address; a number or a capitalised name is
    text = "Is 4 Elm Rd inside the delivery zone?"
    got = _merged(text, [("STREET_ADDRESS", "4 Elm Rd"), ("STREET_ADDRESS", "zone")])
    assert got == [("STREET_ADDRESS", "4 Elm Rd")]
    for addr in ("Blochgasse", "12 main st"):
        assert _merged(f"at {addr} now", [("STREET_ADDRESS", addr)]) == [("STREET_ADDRESS", addr)]


def test_titles_and_lead_words_of_the_branchs_languages_stay_outside_a_name() -> None:
    # the head pulls "Soy" ("I am"), "Hola" or "Senhor" into the name: they are trimmed
    name = {"B-PERSON": 0.9, "O": 0.1}
    tail = {"I-PERSON": 0.9, "O": 0.1}
    assert _decode("Soy Ana Páez, la nueva", {"Soy": name, "Ana": tail, "Páez": tail}) == [
        ("PERSON", "Ana Páez")
    ]
    assert _decode("Hola Marta, ¿qué tal?", {"Hola": name, "Marta": tail}) == [("PERSON", "Marta")]
    assert _decode("o Senhor Nogueira ligou", {"Senhor": name, "Nogueira": tail}) == [
        ("PERSON", "Nogueira")
    ]
    # a faint surname after a title of these languages is a name, after a lead word it is not
    faint = {"I-PERSON": 0.2, "O": 0.8}
    assert _decode("la señora Ruiz llamó", {"Ruiz": faint}) == [("PERSON", "Ruiz")]
    assert _decode("Hola Ruiz", {"Ruiz": faint}) == []
    # an English first name that is also a word elsewhere stays whole ("Don" is no title here)
    assert _decode("Don Ruiz called", {"Don": name, "Ruiz": tail}) == [("PERSON", "Don Ruiz")]


def test_a_greeting_alone_is_no_name() -> None:
    name = {"B-PERSON": 0.9, "O": 0.1}
    assert _decode("Hallo, wie geht's?", {"Hallo": name}) == []
    assert _decode("Hallo Jana, wie geht's?", {"Hallo": name, "Jana": name}) == [("PERSON", "Jana")]


def test_surname_particles_join_the_name() -> None:
    """Dutch and German particles: a bare surname after a title takes the particle before it,
    a name that ends at a particle takes the surname after it; "van" before a whole name or
    a first name alone is the preposition."""

    def merged(text: str, span: str) -> list[str]:
        i = text.index(span)
        return [
            text[e.start : e.end]
            for e in merge_entities(text, [PiiEntity("PERSON", i, i + len(span), 0.9)])
        ]

    assert merged("zeg tegen meneer van Vliet dat het klaar is", "Vliet") == ["van Vliet"]
    assert merged("De fiets van Faas staat bij Bas", "Faas") == ["Faas"]  # the preposition
    assert merged("meneer van den Eijssel belde", "den Eijssel") == ["van den Eijssel"]
    assert merged("Fay van Wel komt morgen", "Fay van") == ["Fay van Wel"]
    assert merged("ich habe mit Frau von der Heide gesprochen", "Heide") == ["von der Heide"]
    assert merged("een bericht van Renske van Praagh", "Renske van Praagh") == ["Renske van Praagh"]


def test_a_time_zone_is_no_address() -> None:
    text = "prefs:\n- timezone: America/Chicago\n- home: 769 Elizabeth Passage, Lake Sarah"
    model = [("STREET_ADDRESS", "Chicago"), ("STREET_ADDRESS", "769 Elizabeth Passage")]
    assert _merged(text, model) == [("STREET_ADDRESS", "769 Elizabeth Passage, Lake Sarah")]
    text = '{"tz": "America/Argentina/Buenos_Aires", "owner": "Chicago Smith"}'
    model = [("STREET_ADDRESS", "Buenos_Aires"), ("PERSON", "Chicago Smith")]
    assert _merged(text, model) == [("PERSON", "Chicago Smith")]
