"""classifiers/pii_list_items.py: a model address over a list's items is cut into one
address per item, and the name that leads an item is a name (candidate U19)."""

from __future__ import annotations

from tests.unit.pii_helpers import merged

LIST = (
    "Ruta de reparto:\n"
    "1. Ascensión Prat – Callejón Mirta Niño, 7, 35062 Sevilla\n"
    "2. Modesto Cazorla – Rambla Marita Velázquez 45, León, 34831\n"
    "3. Griselda Gomila – Callejón de Bienvenida Mancebo, 51, 20828 Baleares"
)


def test_each_item_is_a_name_and_an_address() -> None:
    span = LIST[LIST.index("Ascensión") :]
    got = merged(LIST, (span, "STREET_ADDRESS"))
    for name in ("Ascensión Prat", "Modesto Cazorla", "Griselda Gomila"):
        assert (name, "PERSON") in got
    assert ("Rambla Marita Velázquez 45, León, 34831", "STREET_ADDRESS") in got
    assert not any("\n" in piece for piece, _ in got)


def test_an_address_inside_one_line_is_left_alone() -> None:
    text = "Envíalo a Callejón Mirta Niño, 7, 35062 Sevilla, por favor."
    span = "Callejón Mirta Niño, 7, 35062 Sevilla"
    assert (span, "STREET_ADDRESS") in merged(text, (span, "STREET_ADDRESS"))


def test_one_item_with_a_colon_or_a_lower_case_name_and_no_name_before_a_street() -> None:
    text = "Trie par code postal :\n- Lefèvre Sabine : 44 rue Bruneau, 19225 Adam\n- x"
    got = merged(text, ("Lefèvre Sabine : 44 rue Bruneau, 19225 Adam", "STREET_ADDRESS"))
    assert ("Lefèvre Sabine", "PERSON") in got
    assert ("44 rue Bruneau, 19225 Adam", "STREET_ADDRESS") in got
    low = "1. émilie dumas – 5 rue de Dupuy, 32654 Mercier\n2. ok"
    assert ("émilie dumas", "PERSON") in merged(
        low, ("émilie dumas – 5 rue de Dupuy, 32654 Mercier", "STREET_ADDRESS")
    )
    street = "- Rue de la Paix, 12, 75002 Paris\n- x"
    got = merged(street, ("Rue de la Paix, 12, 75002 Paris", "STREET_ADDRESS"))
    assert not any(kind == "PERSON" for _, kind in got)


# U21'': lines without bullets, in a text the detector does not call English
UNMARKED = (
    "Vérifie les codes postaux :\n"
    "62 avenue Leleu, 95425 Martel\n"
    "Michelle Faivre : 4, boulevard Vincent, 59147 Saint Thomas-les-Bains\n"
    "Sophie Da Silva : 569 rue Constance Bouvet, 20434 Perrin\n"
    "Merci"
)


def test_an_address_that_runs_into_the_next_entries_is_cut_where_each_ends() -> None:
    span = UNMARKED[UNMARKED.index("62 avenue") :]
    got = merged(UNMARKED, (span, "STREET_ADDRESS"))
    assert ("62 avenue Leleu, 95425 Martel", "STREET_ADDRESS") in got
    assert ("Michelle Faivre", "PERSON") in got
    assert ("4, boulevard Vincent, 59147 Saint Thomas-les-Bains", "STREET_ADDRESS") in got
    assert ("Sophie Da Silva", "PERSON") in got
    assert not any("Merci" in piece for piece, _ in got)


def test_a_name_on_the_next_line_or_in_brackets_leaves_the_address() -> None:
    text = (
        "Etiquetas de envío, por favor:\nPaseo de Evita Melero, 2, 29407 Lleida (Sr. Calvo)\n"
        "Alameda Soraya Mendez 5, 01580 Lleida (yago giner)"
    )
    got = merged(text, (text[text.index("Paseo") :], "STREET_ADDRESS"))
    assert ("Paseo de Evita Melero, 2, 29407 Lleida", "STREET_ADDRESS") in got
    assert ("Calvo", "PERSON") in got
    assert ("Alameda Soraya Mendez 5, 01580 Lleida", "STREET_ADDRESS") in got
    assert ("yago giner", "PERSON") in got
    nxt = "Ordena por ciudad:\nCañada Anselma Navas, 56, 39282 Guipúzcoa\nRicardo Taboada"
    got = merged(nxt, (nxt[nxt.index("Cañada") :], "STREET_ADDRESS"))
    assert ("Cañada Anselma Navas, 56, 39282 Guipúzcoa", "STREET_ADDRESS") in got
    assert ("Ricardo Taboada", "PERSON") in got


def test_an_envelope_a_form_and_english_text_keep_their_address_whole() -> None:
    envelope = "Envie para:\nTravessa Barbosa, 384\n4700-728 Vila Nova de Gaia"
    span = "Travessa Barbosa, 384\n4700-728 Vila Nova de Gaia"
    assert (span, "STREET_ADDRESS") in merged(envelope, (span, "STREET_ADDRESS"))
    house = "Absender:\nOran Bauer\n06168 Lindenstraße\nPontevedra 32030"
    span = "06168 Lindenstraße\nPontevedra 32030"
    assert (span, "STREET_ADDRESS") in merged(house, (span, "STREET_ADDRESS"))
    # English text is the US grammar's: no cut at the line's end (U21 failed there)
    english = "Return address:\nGeorgia Hudson\n44 Main Street, 95425 Martel\nThanks a lot"
    got = merged(english, ("44 Main Street, 95425 Martel\nThanks a lot", "STREET_ADDRESS"))
    assert ("44 Main Street, 95425 Martel", "STREET_ADDRESS") not in got


# U22: the name that leads a model address, in a text the detector does not call English
def test_a_name_before_a_colon_a_dash_or_a_comma_is_a_name() -> None:
    one = "Spedisci a Valerio Scalera: Strada Carullo 9, 44121 Carovilli grazie"
    got = merged(one, ("Valerio Scalera: Strada Carullo 9, 44121 Carovilli", "STREET_ADDRESS"))
    assert got == [
        ("Valerio Scalera", "PERSON"),
        ("Strada Carullo 9, 44121 Carovilli", "STREET_ADDRESS"),
    ]
    both = "Ordena:\nBoada, Venceslás: Callejón de Amaya Ibarra 88, Málaga, 40737"
    got = merged(both, (both[both.index("Boada") :], "STREET_ADDRESS"))
    assert ("Boada", "PERSON") in got and ("Venceslás", "PERSON") in got
    assert ("Callejón de Amaya Ibarra 88, Málaga, 40737", "STREET_ADDRESS") in got


def test_an_envelope_name_line_is_a_name_and_a_street_first_address_stays() -> None:
    block = "Etiqueta:\nD. Chus Batlle\nAvenida de Miriam Echeverría 24\n31937 Vizcaya"
    got = merged(block, (block[block.index("D. Chus") :], "STREET_ADDRESS"))
    assert ("Chus Batlle", "PERSON") in got
    assert ("Avenida de Miriam Echeverría 24\n31937 Vizcaya", "STREET_ADDRESS") in got
    street = "Envía el paquete a Calle Mayor, 5, 28013 Madrid, gracias"
    got = merged(street, ("Calle Mayor, 5, 28013 Madrid", "STREET_ADDRESS"))
    assert got == [("Calle Mayor, 5, 28013 Madrid", "STREET_ADDRESS")]
