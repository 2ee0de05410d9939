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
