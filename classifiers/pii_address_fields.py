"""Streets, house numbers and flats in the address fields of records: a record that splits
an address over fields ("strasse": ..., "hausnummer": ..., a semicolon export's columns, a
form's "Type et nom de voie :" line) is read by the fields' names (candidates U15-U18 in
docs/classifiers.md)."""

from __future__ import annotations

import re

from classifiers.pii_fields import ADDRESS_FIELDS, ROW_NUMBERS, field_name
from classifiers.pii_records import XML_ELEMENT, table_cells_of
from classifiers.types import PiiEntity

# a flat's or a suite's value: short, a word and a number ("Apt. 49", "Suite 702", "Wohnung
# 3"); a bare floor ("3º B") or a price ("83.81") is not read alone
_UNIT_VALUE = re.compile(r"(?=.*\d)(?=.*[^\W\d_]{2})[\w.º°ª/ -]{1,16}")
# a key-value whose key is an address field (searched by its keys: cheaper than every key)
_ADDRESS_KEY_VALUE = re.compile(
    r"""(?:(?<=[{(,\s])|^)["']?(?P<key>(?:\w+[_.])?(?:"""
    + "|".join(
        sorted(
            (re.escape(k).replace("_", "[_ .-]{1,2}") for k in ADDRESS_FIELDS),
            key=len,
            reverse=True,
        )
    )
    + r"""))\.?(?:[ _](?:di|de|del|da|do|du|des)[ _][^\W\d_]+)?["']?[ \t]*[:=][ \t]*"""
    r"""(?P<q>["']?)(?P<value>[^"'\n,{}\[\]()=\t ]"""
    r"""(?:[^"'\n,{}\[\]()=\t ]| (?![ /|])){0,59})(?P=q)""",  # " / " ends a value
    re.IGNORECASE | re.MULTILINE,
)
_PLACE_FIELD = re.compile(
    r"(?i)[\"'\s;,|](?:zip|postcode|postal_code|plz|ort|stadt|code_postal|cp|ville|"
    r"codigo_postal|código_postal|ciudad|localidad|cap|citt[aà]|comune|plaats|woonplaats|"
    r"cidade|localidade|codigo-postal|código-postal|c\.p\.|poblaci[oó]n|municipio|gemeente|"
    r"postleitzahl|wohnort)[\"']?[ \t]*[:=;,|\t\n]"
)
# "via" is an Italian record's street only beside its other address fields
_ITALIAN_RECORD = re.compile(r"(?i)\b(?:civico|cap|citt[aà]|provincia)\b")
# a house number after a street field's value and its comma, the value's end after it
_NUMBER_AFTER = re.compile(
    r",[ \t]*(\d{1,5}[a-zA-Z]?(?:[-/]\d{1,4}[a-zA-Z]?)?)(?=[ \t]*(?:[,;\n]|[ \t]\u2013|$))"
)
_HOUSE_NUMBER = re.compile(r"\d{1,5}[a-zA-Z]?(?:[ ]?[-/][ ]?\d{1,4}[a-zA-Z]?)?|S/N")
_STREET_VALUE = re.compile(r"(?=.*[A-Za-zÀ-ÿ]{3})[\w .,'’/-]{3,60}")


def _address_value(text: str, start: int, end: int, field: str) -> PiiEntity | None:
    """A street's or a house number's field value as an address span (candidate U15)."""
    while start < end and text[start] in " \t\"'":
        start += 1
    while end > start and text[end - 1] in " \t\"'":
        end -= 1
    value = text[start:end]
    shape = {"number": _HOUSE_NUMBER, "unit": _UNIT_VALUE}.get(ADDRESS_FIELDS[field], _STREET_VALUE)
    if not value or shape.fullmatch(value) is None:
        return None
    return PiiEntity("STREET_ADDRESS", start, end, 0.85)


_LABEL_END = re.compile(r"\.?[ \t]*:")
_FIELD_WORDS = frozenset(w for k in ADDRESS_FIELDS for w in k.split("_")) - {"de", "et", "y"}


def is_field_label(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a form's label before its colon, made only of address
    fields' words ("Straße, Hausnr.: ..."): a model address that read the label (U18)."""
    if _LABEL_END.match(text, end) is None:
        return False
    words = re.findall(r"[^\W\d_]+", text[start:end].lower())
    return bool(words) and all(w in _FIELD_WORDS for w in words)


def _address_key(name: str) -> str:
    """The address field ``name`` is or ends with ("customer.street" -> "street"), or ""."""
    field = field_name(name).strip("_")  # "Haus-Nr." -> "haus_nr"
    for part in (field, *field.split("/")):  # "Piso/Puerta"
        last = part.rsplit("_", 1)[-1]
        if part in ADDRESS_FIELDS or last in ADDRESS_FIELDS:
            return part if part in ADDRESS_FIELDS else last
    return ""


def address_fields(text: str) -> list[PiiEntity]:
    """Streets and house numbers in the address fields of the records ``text`` holds: a
    record that splits an address over its fields ("strasse": ..., "hausnummer": ...) is
    read by their names, in the seven languages (candidate U15)."""
    if not any(sep in text for sep in (",", "|", "\t", ":", "=", ";", "</")):
        return []
    low = text.lower()
    if not any(key in low for key in ADDRESS_FIELDS):  # most texts: no field's name at all
        return []
    found: dict[tuple[int, int], PiiEntity] = {}
    kinds: set[str] = set()
    for m in _ADDRESS_KEY_VALUE.finditer(text) if ":" in text or "=" in text else ():
        field = _address_key(m.group("key"))
        if field == "via" and not _ITALIAN_RECORD.search(text):  # "Sent via: Outlook"
            continue
        if field in ADDRESS_FIELDS:
            end = m.end("value")
            number = _NUMBER_AFTER.match(text, end) if not m.group("q") else None
            if number is not None and ADDRESS_FIELDS[field] == "street":
                end = number.end(1)  # "Domicilio: C. Jose Ignacio Quesada, 41"
            e = _address_value(text, m.start("value"), end, field)
            if e is not None:
                found[(e.start, e.end)] = e
                kinds.add(ADDRESS_FIELDS[field])
    for m in XML_ELEMENT.finditer(text) if "</" in text else ():  # <voie>rue ...</voie>
        field = _address_key(m.group("key"))
        if field:
            e = _address_value(text, m.start("value"), m.end("value"), field)
            if e is not None:
                found[(e.start, e.end)] = e
                kinds.add(ADDRESS_FIELDS[field])
    for field, header, a, b in table_cells_of(text):
        if field in ADDRESS_FIELDS and (
            field not in ROW_NUMBERS  # "| Nr. |" is a row's number beside no street
            or any(ADDRESS_FIELDS.get(h) == "street" for h in header)
        ):
            e = _address_value(text, a, b, field)
            if e is not None:
                found[(e.start, e.end)] = e
                kinds.add(ADDRESS_FIELDS[field])
    spans = sorted(found.values(), key=lambda e: e.start)
    # a house number's or a flat's field counts beside a street's or a postcode's or town's
    # field: "N°: 48213" on an invoice is no address, nor "Suite 4" in a hotel's offer
    if "street" not in kinds and not (kinds & {"number"} and _PLACE_FIELD.search(text)):
        return []
    return spans
