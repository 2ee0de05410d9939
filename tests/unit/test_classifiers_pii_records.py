"""classifiers/pii_records.py: a value in a record's person field (CSV or TSV column,
markdown table column, SQL insert column, JSON or YAML key) is a name when it looks like
one; nothing else is read."""

from __future__ import annotations

import pytest

from classifiers.pii_records import record_names
from tests.unit.pii_helpers import merged


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


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a value ends at a wide gap, where the next field starts
        (
            "Borrower: Noah Anthony   Co-borrower: James Sandoval",
            ["Noah Anthony", "James Sandoval"],
        ),
        ("Customer: Joshua Rios   Tel: 820.918.7156", ["Joshua Rios"]),
        # "Surname, First" is two names
        ("CUSTOMER: Edwards, Stacy\nSERVICE AT: 12 Oak St", ["Edwards", "Stacy"]),
        # a printed form's label, a wide gap and the value (no colon)
        ("Customer          Ryan Carter\nMeter number      88410", ["Ryan Carter"]),
        ("  PT      Williams, Daniel\n  QTY 30", ["Williams", "Daniel"]),
        # a title says a person follows, even in lower case
        ("Account holder: Mr. sharon gill", ["sharon gill"]),
        ("cardholder: shelly gray", ["shelly gray"]),
        ("SERVER: Kyle\nCHK 1123", ["Kyle"]),
        # a bar-separated export whose header has no leading bar
        ("REG_NO|PRODUCT|OWNER|EMAIL\n97058|DW-5500|Ronald Patrick|r@x.com", ["Ronald Patrick"]),
        # psql's rule line between the header and the rows
        (
            " id | full_name | city\n----+-----------+------\n  1 | Troy Monroe | Reno",
            ["Troy Monroe"],
        ),
    ],
)
def test_printed_records(text: str, want: list[str]) -> None:
    assert names(text) == want


def test_fixed_width_columns() -> None:
    text = (
        "CUST_ID   LAST_NAME      FIRST_NAME  STREET               ZIP\n"
        "53914     Cooley         Nicholas    566 Gill Inlet       36753\n"
        "OPS-1  x\n"
    )
    assert names(text) == ["Cooley", "Nicholas"]
    frame = "      name         city  orders\n412   Ann Lee      Reno      14\n"
    assert names(frame) == ["Ann Lee"]  # a data frame's index is one cell more


@pytest.mark.parametrize(
    "text",
    [
        "item_id|name|category|price\n38738|Spicy Tuna Roll|SUSHI|327.30",  # a menu's "name"
        '{"sku": "A-1", "name": "Green Tea", "price": 4.5}',
        "Server: Apache\nContent-Type: text/html",  # software
        "Name    Age    City\n",  # a header row, not a label and its value
    ],
)
def test_no_name_in_catalogues_headers_or_software(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("NAME: Rodriguez/Charles Mrs.\nFROM: Denver", ["Rodriguez", "Charles"]),
        ("LAST NAME ........ Meadows\nDOB ......... 1990", ["Meadows"]),  # leader dots
        (
            "BILL TO                         SHIP TO\nAna Ruiz                        Bo Li",
            ["Ana Ruiz", "Bo Li"],
        ),
        (
            "NO.   PLAYER          PARENT/GUARDIAN\n 4    Ann Lee         Tom Lee",
            ["Ann Lee", "Tom Lee"],
        ),
        ("EMP:  Garcia, Hannah          EMP ID: 43143", ["Garcia", "Hannah"]),
    ],
)
def test_more_printed_records(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Member       Curtis Small\nPlan         ALL-ACCESS MONTHLY\nAmount       560.87",
        "Bill to: Cole, Cole and Perez\nAttn: accounts",  # a firm
    ],
)
def test_a_form_is_no_table_and_a_firm_no_name(text: str) -> None:
    assert "Plan" not in names(text) and "Cole" not in names(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('{"naam": "Pleun van Leeuwen", "adres": "Nieklaan 31"}', ["Pleun van Leeuwen"]),
        ("Nombre: Palmira\nApellidos: Bravo", ["Palmira", "Bravo"]),
        ("Empfängerin: Traute Staude", ["Traute Staude"]),
        ("Aan: Klantenservice Mann-Johnson", []),  # a desk, not a person
    ],
)
def test_person_fields_in_other_languages(text: str, want: list[str]) -> None:
    assert names(text) == want


def test_address_fields_are_read_by_their_names() -> None:
    from classifiers.pii_address_fields import address_fields

    text = '{"nome": "Ada Riva", "via": "Viale Tasca", "civico": "49", "cap": "14030"}'
    got = [text[e.start : e.end] for e in address_fields(text)]
    assert got == ["Viale Tasca", "49"]
    csv = "naam;straat;huisnummer;postcode\nPleun Smit;Kerklaan;12a;1234 AB"
    assert [csv[e.start : e.end] for e in address_fields(csv)] == ["Kerklaan", "12a"]
    assert address_fields('{"street": "n/a", "number": "12"}') == []  # "number" is no field


def test_a_whole_address_the_grammar_reads_is_kept_over_its_fields() -> None:
    text = "street,city,state,zip\n48103 Gallagher Flat,Davidborough,OK,53929"
    got = merged(text)
    assert ("48103 Gallagher Flat,Davidborough,OK,53929", "STREET_ADDRESS") in got


def test_via_is_a_street_field_only_in_an_italian_record() -> None:
    from classifiers.pii_address_fields import address_fields

    assert address_fields("From: a@b.com\nSent via: Microsoft Outlook\nSubject: hi") == []


def test_a_house_number_field_alone_is_no_address() -> None:
    from classifiers.pii_address_fields import address_fields

    assert address_fields("FACTURE\nN°: 48213\nTotal: 120,00 EUR") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a semicolon export with no other separator (candidate U16)
        (
            "Nachname;Vorname;PLZ\nEberth;Amir;63415\nHenck;Felicitas;71800",
            ["Eberth", "Amir", "Henck", "Felicitas"],
        ),
        ("Kontoinhaber: Romuald Oderwald", ["Romuald Oderwald"]),  # a role
        ("Técnico asignado: belen correa", ["belen correa"]),  # the role leads the label
        ("Tutor/a legal: Roxana Tur", ["Roxana Tur"]),
        ("Nachname des Kindes: Segebahn", ["Segebahn"]),  # a name field about a child
        ("Nombre del producto: Mesa Alba", []),  # ... not about a thing
        ("Ouder/verzorger: Azra van Veen", ["Azra van Veen"]),
        ("<lid>\n  <naam>Cato Nieuwstraten</naam>\n</lid>", ["Cato Nieuwstraten"]),
        ("Ansprechpartner: Hr. Wagenknecht", ["Wagenknecht"]),  # the title stays out
    ],
)
def test_roles_exports_and_elements_in_other_languages(text: str, want: list[str]) -> None:
    assert names(text) == want


def test_a_street_field_named_by_its_kind_is_the_street_over_the_model_pieces() -> None:
    text = '{"cliente": "Diana Nadal", "calle": "Rambla Ximena Villalobos", "numero": "20"}'
    got = merged(text, ("Rambla", "STREET_ADDRESS"), ("Ximena Villalobos", "PERSON"))
    assert ("Rambla Ximena Villalobos", "STREET_ADDRESS") in got
    assert ("Ximena Villalobos", "PERSON") not in got
    dom = "Domicilio: C. Jose Ignacio Quesada, 41\nCP y localidad: 03123 Granada"
    assert ("C. Jose Ignacio Quesada, 41", "STREET_ADDRESS") in merged(dom)


def test_header_cells_and_towns_under_their_column_are_no_names() -> None:
    text = "Nom;Prénom;Courriel;Ville\nJoubert;Renée;r@x.fr;Saint Audrey"
    got = merged(text, ("Courriel", "PERSON"), ("Saint Audrey", "PERSON"))
    assert ("Joubert", "PERSON") in got and ("Renée", "PERSON") in got
    assert not any(piece in ("Courriel", "Saint Audrey") for piece, _ in got)


def test_flat_fields_count_beside_a_street_and_labels_name_their_kind() -> None:
    from classifiers.pii_address_fields import address_fields

    form = "Straat: Pleunring\nHuisnummer: 36\nToevoeging: Suite 702\nPostcode: 5503UY"
    got = [form[e.start : e.end] for e in address_fields(form)]
    assert got == ["Pleunring", "36", "Suite 702"]
    assert address_fields("Hotel offer\nSuite: 4 nights\nPrice: 300") == []  # no street
    assert address_fields("Calle: Mayor\nPiso: 3º B")[1:] == []  # a bare floor is not read
    inline = "Nouvelle adresse - numéro : 72 / rue : chemin Franck Lagarde / CP : 72662"
    assert "chemin Franck Lagarde" in [inline[e.start : e.end] for e in address_fields(inline)]
    es = "Tipo de vía y nombre: Camino de Eva Querol\nNúmero: 51\nC.P.: 11656"
    assert names(es) == []  # a street's label that ends in "nombre" holds no name
    assert ("Camino de Eva Querol", "STREET_ADDRESS") in merged(
        es, ("Camino de Eva Querol", "PERSON")
    )


def test_a_model_address_that_holds_only_a_field_label_gives_way_to_the_field() -> None:
    text = "Rua: Av Nuno Marques\nNúmero: 15\nAndar: Suite 476\nCódigo postal: 1000-001"
    got = merged(text, ("Número: 15", "STREET_ADDRESS"))
    assert ("15", "STREET_ADDRESS") in got and ("Número: 15", "STREET_ADDRESS") not in got


def test_abbreviated_labels_row_numbers_and_label_only_addresses() -> None:
    from classifiers.pii_address_fields import address_fields, is_field_label

    form = "Str.: Sabina-Schottin-Ring\nHaus-Nr.: 847\nPLZ: 68830"
    assert [form[e.start : e.end] for e in address_fields(form)] == ["Sabina-Schottin-Ring", "847"]
    it = "Indirizzo di residenza: Contrada Ermanno\nN. civico: 92\nCittà: San Potito"
    assert [it[e.start : e.end] for e in address_fields(it)] == ["Contrada Ermanno", "92"]
    rows = "| Nr. | Name | Wohnort |\n|---|---|---|\n| 1 | Anna Berg | Aue |"
    assert address_fields(rows) == []  # a row's number beside no street
    streets = "| Name | Straße | Nr. |\n|---|---|---|\n| Anna Berg | Putzweg | 20-55 |"
    assert [streets[e.start : e.end] for e in address_fields(streets)] == ["Putzweg", "20-55"]
    label = "Straße, Hausnr.: Krokerallee 9"
    assert is_field_label(label, 0, len("Straße, Hausnr"))
    assert not is_field_label("3 rue Gros", 0, 5)  # a street's own word, no label's colon
