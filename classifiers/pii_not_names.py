"""Model name spans that a printed record's shape says are no one's name (candidate U9).

Receipts, statements, shipping scans and exports are written in capitals, columns and
labels, and the PII layers, trained mostly on sentences, read some of their words as names.
Five things hold in such text whatever the template:

* a column's or a label's own word is no name: "OWNER", "PURCHASE_DT", "Customer" (a
  word with an underscore or a digit is never one either);
* a place is no person: a span that is a place field's value (``"city": "North Travis"``,
  ``facility=...``), a span that starts with, or follows, a place word ("North", "Lake",
  "Port", "Fort", "Mount", "New": "Lake Matthew", "East Kenneth"), a single word with a
  place's ending ("Melanieborough", "Lisaview"), and a span that a depot word follows
  ("Reneeton DC", "Jeffreyland HUB");
* a firm is named by its trade, written in capitals after it ("Thomas-Perry ELECTRIC",
  "Garcia PLC POWER", "Hunt, Erickson and Frank FITNESS");
* a lower-case word glued to code punctuation ("--oneline", ``"eta_s"``, "feature/shard")
  or after a count ("4 oz", "1 row") is a token or a unit.

``not_a_name`` answers for one PERSON span; the merge drops the spans it names.
"""

from __future__ import annotations

import re

from classifiers.pii_fields import PERSON_ROLES, PLACE_COLUMNS
from classifiers.pii_person_shape import ORGANISATION_WORDS
from classifiers.pii_records import HEADER, cell_field
from classifiers.types import PiiEntity

# the words of column headers and form labels (never a person's name on their own)
_LABELS = frozenset(
    "name first last customer client recipient contact patient tenant employee owner "
    "assignee reporter requester author sender cardholder passenger attendee member "
    "student guardian manager technician physician beneficiary applicant signer witness "
    "borrower shipper consignee prescriber shopper courier cashier subscriber payee "
    "claimant renter address email e-mail phone mobile salary total subtotal amount balance "
    "status account serial product quantity description service billing shipping delivery "
    "mailing property premises location subject notes payment remit "
    # the polite "you" of the branch's languages, which opens a letter's first line
    "uw ihr ihre votre vous usted ustedes você jij "
    # the same fields' words in the branch's languages, as header cells
    "vorname nachname straße strasse hausnummer plz ort wohnort stadt telefon anschrift "
    "prénom rue ville adresse téléphone nombre apellido apellidos calle ciudad teléfono "
    "dirección cognome città indirizzo telefono civico naam voornaam achternaam straat "
    "huisnummer plaats woonplaats adres telefoon morada rua cidade localidade telefone "
    "apelido nome".split()
)
# a trade written in capitals after a firm's name ("Ayala-Adams FITNESS")
_TRADES = (
    frozenset(
        "electric electrical power energy gas water utilities utility payroll fitness gym "
        "pharmacy drug drugs checking savings statement insurance credit union market grocery "
        "foods hardware auto motors dental medical health clinic animal veterinary vet law "
        "legal realty properties construction plumbing heating roofing services solutions "
        "systems logistics freight transport airlines telecom wireless cable internet store "
        "shop coffee cafe restaurant bakery pizza deli salon spa studio cleaners laundry "
        "rentals storage towing repair garage pets supply supplies".split()
    )
    | ORGANISATION_WORDS
)
_PLACE_WORDS = r"(?:North|South|East|West|Lake|Port|Fort|Mount|New)"
_PLACE_FIRST = re.compile(rf"{_PLACE_WORDS} [A-Z]")
_PLACE_BEFORE = re.compile(rf"(?:^|[^\w-]){_PLACE_WORDS} $")
_PLACE_ENDING = re.compile(r"[A-Z][a-z]+(?:borough|burgh|mouth|furt|stad|shire|haven|view)")
_DEPOT = re.compile(
    r"[ \t]+(?:HUB|DC|GTWY|GATEWAY|DEPOT|ORIGIN|TERMINAL|FACILITY|WAREHOUSE|STATION)\b"
)
_DEPOT_LAST = re.compile(r"\b(?:HUB|DC|GTWY|GATEWAY|DEPOT|ORIGIN|TERMINAL|FACILITY)$")
# "city": "...", city_name=..., facility: ... (the value a span sits in)
_PLACE_KEY = re.compile(
    r"""["']?(?:city|city_name|town|facility|location|locality|origin|destination|region|"""
    r"""county|province|state|country|hub|street|street_name)["']?[ \t]*[:=][ \t]*["']?$""",
    re.IGNORECASE,
)
_CAPS_WORD = re.compile(r"[A-Z][A-Z&]+\b")
_TRADE_AFTER = re.compile(r"[ \t]+([A-Z][A-Z&]+)\b")
_FIRM_LIST = re.compile(r"[A-Z][a-z'-]+(?:, [A-Z][a-z'-]+)*,? (?:and|&) [A-Z][a-z'-]+")
_CODE_BEFORE = re.compile(r"[-/_.=\[]$|\d[ \t]$")
_CODE_AFTER = re.compile(r"""[-/_=(\[.]\w|["']:""")
_LOOK = 60
_LABEL_COLON = re.compile(r"[ \t]*:")
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Miss|Prof)\.? $")


def _trade_follows(text: str, end: int) -> bool:
    m = _TRADE_AFTER.match(text, end)
    return m is not None and m.group(1).lower() in _TRADES


def _in_trade_firm(text: str, e: PiiEntity) -> bool:
    span = text[e.start : e.end]
    if any(w.lower() in _TRADES for w in _CAPS_WORD.findall(span)) and not span.isupper():
        return True  # "Thomas-Perry ELECTRIC - STATEMENT", "Garcia PLC POWER"
    if _trade_follows(text, e.end):
        return True
    lo = max(0, e.start - _LOOK)
    for m in _FIRM_LIST.finditer(text, lo, min(len(text), e.end + _LOOK)):
        if m.start() <= e.start and e.end <= m.end() and _trade_follows(text, m.end()):
            return True  # "Hunt, Erickson and Frank FITNESS"
    return False


def _is_place(text: str, e: PiiEntity) -> bool:
    span = text[e.start : e.end]
    before = text[max(0, e.start - 24) : e.start]
    if _PLACE_KEY.search(before) or _PLACE_FIRST.match(span) or _PLACE_BEFORE.search(before):
        return True
    if _PLACE_ENDING.fullmatch(span.split()[0]) and len(span.split()) <= 2:
        return True
    return bool(_DEPOT.match(text, e.end) or _DEPOT_LAST.search(span))


def _is_code_word(text: str, e: PiiEntity) -> bool:
    span = text[e.start : e.end]
    if " " in span or not span.islower():
        return False
    return bool(
        _CODE_BEFORE.search(text[max(0, e.start - 2) : e.start]) or _CODE_AFTER.match(text, e.end)
    )


def not_a_name(text: str, e: PiiEntity) -> bool:
    """Whether PERSON span ``e`` is a label, a place, a firm by its trade or a code word."""
    span = text[e.start : e.end]
    if not span.strip() or "_" in span or any(ch.isdigit() for ch in span):
        return True
    if span.lower().strip(" .:") in _LABELS and not _TITLE_BEFORE.search(
        text[max(0, e.start - 8) : e.start]
    ):
        return True
    field = cell_field(text, e.start, e.end)
    if field == HEADER or field in PLACE_COLUMNS:
        return True  # a header's cell, or a town under its column ("Ort", "Città")
    last = span.lower().split()[-1].strip(" .")
    if _LABEL_COLON.match(text, e.end) and (last in _LABELS or last in PERSON_ROLES):
        return True  # "Personeelsdossier - Medewerker: Berat Brands" leaves a label
    return _is_place(text, e) or _in_trade_firm(text, e) or _is_code_word(text, e)


def drop_not_names(text: str, entities: list[PiiEntity]) -> list[PiiEntity]:
    """``entities`` without the PERSON spans ``not_a_name`` names."""
    return [e for e in entities if e.type != "PERSON" or not not_a_name(text, e)]
