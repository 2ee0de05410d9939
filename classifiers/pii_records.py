"""Names in records, read by their field (candidate U4, docs/classifiers.md).

Agents pass records around: CSV and TSV rows under a header, markdown tables, SQL inserts,
JSON and YAML objects. Their fields say what a value is ("first_name", "Recipient",
"customer"), where the PII layers have to guess from a cell's look and often join two cells
("Margaret,Navarro") or miss a lowercase name. A value in a field whose name says *person*
is a name, when it looks like one: one to four words of letters (apostrophes, hyphens and
initials allowed), no digit, no "@", no firm's word. Nothing else is read, so a record
without such a field is left to the layers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from classifiers.pii_fields import (
    ADDRESS_FIELDS,
    CHILD,
    NAME_FIELDS,
    NAME_PARTICLES,
    PERSON_FIELDS,
    ROMANCE_ROLES,
    field_name,
)
from classifiers.pii_names import TITLES
from classifiers.pii_person_shape import ORGANISATION_WORDS
from classifiers.types import PiiEntity

# person fields no transcript uses for a speaker: their value may be a lower-case name
_NOT_SPEAKERS = frozenset(
    "cardholder card_holder account_holder holder borrower co_borrower consignee "
    "beneficiary payee policyholder insured signer signed_by".split()
)
# a firm's or a desk's words: "Aan: Klantenservice Mann-Johnson", "To: Billing Team"
_NOT_A_PERSON = ORGANISATION_WORDS | frozenset(
    "team support service services desk helpdesk servicedesk department dept billing "
    "klantenservice afdeling kundenservice kundendienst abteilung servicio atención "
    "assistenza servizio serviço atendimento équipe equipo".split()
)
# "Server: nginx" is software: the one person field that also names programs
_SOFTWARE = frozenset(
    "apache nginx envoy caddy gunicorn uvicorn kestrel jetty tomcat openresty lighttpd "
    "cloudflare iis gws tengine varnish traefik haproxy cowboy werkzeug express".split()
)
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿ"
_NAME_WORD = rf"[{_LETTER}][{_LETTER}'’-]*\.?"
_NAME_VALUE = re.compile(rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}")
_TITLE_WORD = re.compile(r"([A-Za-zñ]+)(?:\.ra)?\.? ")  # "Dr. ", "dhr. ", "Sig.ra ", "M. "
# "key": "value" / key: value / key = 'value', one line
_KEY_VALUE = re.compile(
    r"""(?:(?<=[{(,\s])|^)["']?(?P<key>[A-Za-z][\w /-]{0,30}?)["']?[ \t]*[:=][ \t]*"""
    r"""(?P<q>["']?)(?P<value>[^"'\n,{}\[\]()=\t ](?:[^"'\n,{}\[\]()=\t ]| (?! )){0,59})(?P=q)""",
    re.M,
)
# fields that name a thing as often as a person, and the fields that say it is a thing
_ANY_NAME = frozenset({"name", "display_name", "displayname", "fullname", "full_name"})
_PRODUCT_FIELDS = frozenset(
    "item item_id item_name product product_id sku price unit_price category qty quantity "
    "stock available brand model size calories cost".split()
)
_PRODUCT_KEY = re.compile(
    r"""\b(?:item_id|product_id|sku|price|unit_price|category|qty|quantity|stock)\b"""
    r"""["']?[ \t]*[:=]""",
    re.IGNORECASE,
)
_GAP = re.compile(r"[ \t]{2,}|\t")
# the fields a record splits an address into, in en, de, fr, es, it, nl and pt
# an XML element on one line: <naam>Cato Nieuwstraten</naam>, <civico>12</civico>
XML_ELEMENT = re.compile(r"<(?P<key>[A-Za-z_][\w.-]{0,30})>(?P<value>[^<>\n]{1,60})</(?P=key)>")
_WIDE_CELL = re.compile(r"\S+(?: \S+)*")
_RULE_LINE = re.compile(r"[\s|:+=-]*")
_NAME_PART = rf"[{_LETTER}][{_LETTER}'’-]*"
_SURNAME_FIRST = re.compile(rf"[ \t]*({_NAME_PART}),[ \t]?({_NAME_PART}(?: [A-Z]\.)?)[ \t]*")
_FIRM_TAIL = re.compile(r"(?:,[ \t]?[A-Z][\w'’-]*)*,?[ \t]+(?:and|&)[ \t]+[A-Z]")
# an airline's "SURNAME/FIRST TITLE" ("Rodriguez/Charles Mrs.")
_SURNAME_SLASH = re.compile(
    rf"[ \t]*({_NAME_PART})/({_NAME_PART})(?:[ \t]+(?i:mr|mrs|ms|mx|dr|miss|mstr)\.?)?[ \t]*"
)
_FIRST_AFTER_COMMA = re.compile(
    rf",[ \t]?[A-Z][{_LETTER}'’-]*(?: [A-Z]\.)?(?=[ \t]{{2,}}|[ \t]*(?:\n|$))"
)
# a printed form's label and its value, a wide gap between them and nothing after
_LABEL_GAP = re.compile(
    r"^[ \t]*(?P<key>[A-Za-z][A-Za-z .#/'-]{0,28}?)(?:[ \t]{2,}|[ \t]*\.{3,}[ \t]*)"
    r"(?P<value>\S+(?: \S+)*)[ \t]*$",
    re.M,
)
# a header row's next column ("Name    Age"), not a name
_HEADER_WORDS = frozenset(
    "age city state zip email phone role title department dept status date id score total "
    "amount address street country team rank grade notes type".split()
)
_INSERT = re.compile(
    r"INSERT\s+INTO\s+[\w.\"`]+\s*\((?P<cols>[^)]*)\)\s*VALUES\s*(?P<rows>(?:\([^;]*?\)\s*,?\s*)+)",
    re.I,
)
_ROW = re.compile(r"\(([^()]*)\)")
_SQL_VALUE = re.compile(r"'((?:[^']|'')*)'|([^,\s][^,]*)")


def _name_span(
    text: str, start: int, end: int, lower_ok: bool = True, column: bool = False
) -> PiiEntity | None:
    """The name in ``text[start:end]`` (a field's value), titles outside, or None; a
    lower-case name only where ``lower_ok`` (a field called "...name", a table's column)."""
    while start < end and text[start] in " \t\"'":
        start += 1
    while end > start and text[end - 1] in " \t\"'":
        end -= 1
    titled = False  # a title says a person follows, in any case ("Sra. christopher bell")
    while (title := _TITLE_WORD.match(text, start, end)) is not None and (
        title.group(1).lower() in TITLES or title.group(0) == "M. "
    ):
        start, titled = title.end(), True
    if end - start > 2 and text[end - 1] == "." and text[end - 3] != " ":
        end -= 1  # a sentence's period, not an initial's ("Sara Owen.", "John Q.")
    value = text[start:end]
    if not value or _NAME_VALUE.fullmatch(value) is None:
        return None
    words = value.split()
    if any(len(w) > 1 and w.isupper() for w in words):  # "USCGC May": a code, not a name
        return None
    # "Customer: hi i moved" is a transcript's line; "Pleun van Leeuwen" keeps its particle
    if not (lower_ok or titled) and not all(w[0].isupper() or w in NAME_PARTICLES for w in words):
        return None
    if any(w.lower().strip(".,") in _NOT_A_PERSON for w in value.split()):
        return None
    if " " not in value and not value[0].isupper() and not (column and value.isalpha()):
        return None  # "name: prism-router", "name: nginx"; a column's "luis" is a name
    return PiiEntity("PERSON", start, end, 0.9)


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a CSV/TSV line (a quoted cell keeps its commas)."""
    out, i, n = [], 0, len(line)
    while i <= n:
        if line[i : i + 1] == '"':
            j = line.find('"', i + 1)
            j = n if j < 0 else j
            out.append((i + 1, j))
            k = line.find(sep, j)
            i = n + 1 if k < 0 else k + 1
        else:
            k = line.find(sep, i)
            k = n if k < 0 else k
            out.append((i, k))
            i = k + 1
    return out


_MAX_HEADER = 1000
"""Characters a table's header row may hold (a longer line is prose)."""
HEADER = "<header>"
"""The field :func:`cell_field` gives a header's own cell."""


def _table_cells(text: str) -> Iterator[tuple[str, list[str], int, int]]:
    """(header field, header, start, end) of every cell of the CSV/TSV blocks (semicolons
    too: a European spreadsheet's export) and markdown tables ``text`` holds; a header's own
    cells have the field :data:`HEADER`."""
    lines, offsets, pos = text.split("\n"), [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    k = 0
    while k < len(lines):
        line = lines[k]
        if len(line) > _MAX_HEADER:  # a paragraph, not a header row
            k += 1
            continue
        bars = line.strip().startswith("|") or line.count("|") >= 2  # "REG_NO|PRODUCT|OWNER"
        semicolons = line.count(";") >= 2 and "\t" not in line
        sep = "|" if bars else "\t" if "\t" in line else ";" if semicolons else ","
        header = [field_name(line[a:b]).strip("_") for a, b in _cells(line, sep)]
        if len(header) < 2 or not any(
            _person_column(h, header) or h in ADDRESS_FIELDS for h in header
        ):
            k += 1
            continue
        for a, b in _cells(line, sep):
            yield HEADER, header, offsets[k] + a, offsets[k] + b
        j = k + 1
        while j < len(lines) and (
            lines[j].count(sep) >= len(header) - 1 - (sep == "|")
            or (sep == "|" and lines[j].strip() and _RULE_LINE.fullmatch(lines[j]))
        ):
            row = lines[j]
            if not _RULE_LINE.fullmatch(row):  # a markdown or psql rule line ("----+----")
                for c, (a, b) in enumerate(_cells(row, sep)[: len(header)]):
                    yield header[c], header, offsets[j] + a, offsets[j] + b
            j += 1
        k = j


@lru_cache(maxsize=8)
def table_cells_of(text: str) -> tuple[tuple[str, list[str], int, int], ...]:
    """``_table_cells`` once per text: the name reader and the address reader both read them."""
    return tuple(_table_cells(text))


@lru_cache(maxsize=8)
def _cell_fields(text: str) -> dict[tuple[int, int], str]:
    out: dict[tuple[int, int], str] = {}
    for field, _header, a, b in table_cells_of(text):
        while a < b and text[a] in " \t\"'":
            a += 1
        while b > a and text[b - 1] in " \t\"'":
            b -= 1
        out[(a, b)] = field
    return out


def cell_field(text: str, start: int, end: int) -> str | None:
    """The header field of the table cell that is exactly ``text[start:end]``
    (:data:`HEADER` for a header's own cell), or None (candidate U16)."""
    if not any(sep in text for sep in (",", ";", "|", "\t")):
        return None
    return _cell_fields(text).get((start, end))


def _table_rows(text: str) -> Iterator[PiiEntity]:
    """Names under a person header in CSV/TSV blocks and markdown tables."""
    for field, header, a, b in table_cells_of(text):
        if _person_column(field, header):
            e = _name_span(text, a, b, column=True)
            if e is not None:
                yield e


def _inserts(text: str) -> Iterator[PiiEntity]:
    for m in _INSERT.finditer(text):
        cols = [field_name(c) for c in m.group("cols").split(",")]
        cols = [c if _person_column(c, cols) else "" for c in cols]
        base = m.start("rows")
        for row in _ROW.finditer(m.group("rows")):
            values = list(_SQL_VALUE.finditer(row.group(1)))
            for c, v in zip(cols, values, strict=False):
                if c and v.group(1) is not None:
                    start = base + row.start(1) + v.start(1)
                    e = _name_span(text, start, start + len(v.group(1)), column=True)
                    if e is not None:
                        yield e


def _person_column(field: str, header: list[str]) -> bool:
    """A person column; a bare "name" only in a header without a product's fields (a menu's
    or a catalogue's "name" is the item's)."""
    person = any(part in PERSON_FIELDS for part in field.split("/"))  # "parent/guardian"
    return person and not (field in _ANY_NAME and _PRODUCT_FIELDS & set(header))


def _person_key(name: str) -> str:
    """The person field ``name`` ends with ("WHERE last_name", "e Employee name"), or a
    Romance role it starts with ("Técnico asignado", "Alunno/a"), or ""."""
    if field_name(name) in ADDRESS_FIELDS:  # "Tipo de vía y nombre", "Nom de voie": a street's
        return ""
    words = field_name(name).split("_")
    keys = ["_".join(words[i:]) for i in range(len(words))]
    found = next((k for k in keys if k in PERSON_FIELDS), "")
    if found:
        return found
    first = words[0].split("/")
    if first[0] in ROMANCE_ROLES:  # "Técnico asignado", "Alunno/a"
        return first[0]
    if len(words) == 1:  # "Ouder/verzorger"
        return next((w for w in first if w in PERSON_FIELDS), "")
    if first[0] in NAME_FIELDS and any(w in PERSON_FIELDS or w in CHILD for w in words[1:]):
        return first[0]  # "Nachname des Kindes", "Nom de l'enfant", "Nombre del alumno"
    return ""


def _values(
    text: str, start: int, end: int, key: str, column: bool = False, label: str = ""
) -> Iterator[PiiEntity]:
    """The name (or "Surname, First" as two) a person field's value holds; a ``label`` of
    two words or more that the role leads ("Técnico asignado", not "Nota para el
    repartidor") is no transcript's speaker, so its value may be a lower-case name."""
    if key == "server" and text[start:end].strip().lower() in _SOFTWARE:
        return
    gap = _GAP.search(text, start, end)  # "Borrower: Noah Anthony   Co-borrower: ..."
    end = gap.start() if gap else end
    both = _SURNAME_FIRST.fullmatch(text, start, end) or _SURNAME_SLASH.fullmatch(text, start, end)
    spans = [(both.start(1), both.end(1)), (both.start(2), both.end(2))] if both else [(start, end)]
    for a, b in spans:
        # "Customer: hi i moved" is a transcript's line, "name: wanda george" a field
        words = field_name(label).split("_")
        lower_ok = (
            "name" in key or key in _NOT_SPEAKERS or (len(words) > 1 and words[0].startswith(key))
        )
        e = _name_span(text, a, b, lower_ok, column)
        if e is not None:
            yield e


def _wide_cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of the cells of a fixed-width line (cells part at two blanks or a tab)."""
    return [m.span() for m in _WIDE_CELL.finditer(line)]


def _fixed_width_rows(text: str) -> Iterator[PiiEntity]:
    """Names under a person header in fixed-width exports ("CUST_ID   LAST_NAME   FIRST_NAME",
    a shell's `jira issue list`, sqlite's columns): a row has the header's cells, or one more
    in front (a data frame's index)."""
    if "  " not in text:
        return
    pos = 0
    lines = text.split("\n")
    offsets = []
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    k = 0
    while k < len(lines):
        if "  " not in lines[k] and "\t" not in lines[k]:  # no header: one blank apart
            k += 1
            continue
        cells = _wide_cells(lines[k])
        header = [field_name(lines[k][a:b]) for a, b in cells]
        columns = [c for c, h in enumerate(header) if _person_column(h, header)]
        # two cells are a header only in capitals ("BILL TO    SHIP TO"), not a form's label
        # and its value ("Member       Curtis Small")
        two = len(header) == 2 and all(lines[k][a:b].isupper() for a, b in cells)
        if (len(header) < 3 and not two) or not columns or any(len(h) > 30 for h in header):
            k += 1
            continue
        j = k + 1
        while j < len(lines) and lines[j].strip():
            row = _wide_cells(lines[j])
            if _RULE_LINE.fullmatch(lines[j]) is None:
                if len(row) not in (len(header), len(header) + 1):
                    break
                shift = len(row) - len(header)
                for c in columns:
                    a, b = row[c + shift]
                    key = header[c]
                    yield from _values(text, offsets[j] + a, offsets[j] + b, key, column=True)
            j += 1
        k = j


def _key_values(text: str) -> Iterator[PiiEntity]:
    for m in XML_ELEMENT.finditer(text) if "</" in text else ():  # <naam>Cato ...</naam>
        key = _person_key(m.group("key"))
        if key:
            yield from _values(text, m.start("value"), m.end("value"), key)
    for m in _KEY_VALUE.finditer(text) if ":" in text or "=" in text else ():
        key = _person_key(m.group("key"))
        if key and not (
            key in _ANY_NAME and _PRODUCT_KEY.search(text, max(0, m.start() - 200), m.end() + 200)
        ):
            end = m.end("value")
            if _FIRM_TAIL.match(text, end):  # "Bill to: Cole, Cole and Perez" is a firm
                continue
            tail = _FIRST_AFTER_COMMA.match(text, end) if not m.group("q") else None
            value_end = tail.end() if tail else end
            yield from _values(text, m.start("value"), value_end, key, label=m.group("key"))
    for m in (
        _LABEL_GAP.finditer(text) if "  " in text or "..." in text else ()
    ):  # "Customer          Ryan Carter" (a printed form)
        key = _person_key(m.group("key"))
        if key and m.group("value").strip().lower() not in _HEADER_WORDS:
            yield from _values(text, m.start("value"), m.end("value"), key)


def record_names(text: str) -> list[PiiEntity]:
    """Names in the person fields of the records ``text`` holds (none for plain prose)."""
    if not any(sep in text for sep in (",", ";", "|", "\t", ":", "=", "  ", "...", "</")):
        return []
    found = {
        (e.start, e.end): e
        for e in (
            *_table_rows(text),
            *_inserts(text),
            *_key_values(text),
            *_fixed_width_rows(text),
        )
    }
    return sorted(found.values(), key=lambda e: e.start)
