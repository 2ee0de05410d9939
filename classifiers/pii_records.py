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

from classifiers.pii_names import TITLES
from classifiers.pii_person_shape import ORGANISATION_WORDS
from classifiers.types import PiiEntity

# field names that hold a person's name (compared lower-case, spaces and hyphens as "_")
_PERSON_FIELDS = frozenset(
    "name full_name fullname first_name firstname first given_name last_name lastname last "
    "surname family_name middle_name display_name customer customer_name client client_name "
    "recipient recipient_name contact contact_name patient patient_name tenant tenant_name "
    "employee employee_name owner owner_name assignee reporter requester author sender "
    "cardholder card_holder account_holder guest guest_name passenger passenger_name "
    "attendee driver driver_name member member_name student student_name parent "
    "parent_name guardian emergency_contact manager agent_name technician doctor physician "
    "beneficiary applicant candidate candidate_name signer witness".split()
)
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿ"
_NAME_WORD = rf"[{_LETTER}][{_LETTER}'’-]*\.?"
_NAME_VALUE = re.compile(rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}")
_TITLE_WORD = re.compile(r"([A-Za-zñ]+)(?:\.ra)?\.? ")  # "Dr. ", "dhr. ", "Sig.ra ", "M. "
# "key": "value" / key: value / key = 'value', one line
_KEY_VALUE = re.compile(
    r"""(?:(?<=[{(,\s])|^)["']?(?P<key>[A-Za-z][\w -]{0,30}?)["']?[ \t]*[:=][ \t]*"""
    r"""(?P<q>["']?)(?P<value>[^"'\n,{}\[\]()=]{1,60})(?P=q)""",
    re.M,
)
_INSERT = re.compile(
    r"INSERT\s+INTO\s+[\w.\"`]+\s*\((?P<cols>[^)]*)\)\s*VALUES\s*(?P<rows>(?:\([^;]*?\)\s*,?\s*)+)",
    re.I,
)
_ROW = re.compile(r"\(([^()]*)\)")
_SQL_VALUE = re.compile(r"'((?:[^']|'')*)'|([^,\s][^,]*)")


def _field(name: str) -> str:
    return re.sub(r"[\s-]+", "_", name.strip().strip("\"'`").lower())


def _name_span(
    text: str, start: int, end: int, lower_ok: bool = True, column: bool = False
) -> PiiEntity | None:
    """The name in ``text[start:end]`` (a field's value), titles outside, or None; a
    lower-case name only where ``lower_ok`` (a field called "...name", a table's column)."""
    while start < end and text[start] in " \t\"'":
        start += 1
    while end > start and text[end - 1] in " \t\"'":
        end -= 1
    while (title := _TITLE_WORD.match(text, start, end)) is not None and (
        title.group(1).lower() in TITLES or title.group(0) == "M. "
    ):
        start = title.end()
    if end - start > 2 and text[end - 1] == "." and text[end - 3] != " ":
        end -= 1  # a sentence's period, not an initial's ("Sara Owen.", "John Q.")
    value = text[start:end]
    if not value or _NAME_VALUE.fullmatch(value) is None:
        return None
    words = value.split()
    if any(len(w) > 1 and w.isupper() for w in words):  # "USCGC May": a code, not a name
        return None
    if not lower_ok and not all(w[0].isupper() for w in words):  # "Customer: hi i moved"
        return None
    if any(w.lower().strip(".,") in ORGANISATION_WORDS for w in value.split()):
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


def _table_rows(text: str) -> Iterator[PiiEntity]:
    """Names under a person header in CSV/TSV blocks and markdown tables."""
    lines, offsets, pos = text.split("\n"), [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    k = 0
    while k < len(lines):
        line = lines[k]
        sep = "|" if line.strip().startswith("|") else "\t" if "\t" in line else ","
        header = [_field(line[a:b]) for a, b in _cells(line, sep)]
        columns = [c for c, h in enumerate(header) if h in _PERSON_FIELDS]
        if not columns or len(header) < 2:
            k += 1
            continue
        j = k + 1
        while j < len(lines) and lines[j].count(sep) >= len(header) - 1 - (sep == "|"):
            row = lines[j]
            if not re.fullmatch(r"[\s|:-]*", row):  # a markdown rule line
                cells = _cells(row, sep)
                for c in columns:
                    if c < len(cells):
                        a, b = cells[c]
                        e = _name_span(text, offsets[j] + a, offsets[j] + b, column=True)
                        if e is not None:
                            yield e
            j += 1
        k = j


def _inserts(text: str) -> Iterator[PiiEntity]:
    for m in _INSERT.finditer(text):
        cols = [_field(c) for c in m.group("cols").split(",")]
        base = m.start("rows")
        for row in _ROW.finditer(m.group("rows")):
            values = list(_SQL_VALUE.finditer(row.group(1)))
            for c, v in zip(cols, values, strict=False):
                if c in _PERSON_FIELDS and v.group(1) is not None:
                    start = base + row.start(1) + v.start(1)
                    e = _name_span(text, start, start + len(v.group(1)), column=True)
                    if e is not None:
                        yield e


def _key_values(text: str) -> Iterator[PiiEntity]:
    for m in _KEY_VALUE.finditer(text):
        words = _field(m.group("key")).split("_")
        # the field's name may follow other words: "WHERE last_name = 'Reed'"
        keys = ["_".join(words[i:]) for i in range(len(words))]
        key = next((k for k in keys if k in _PERSON_FIELDS), "")
        if key:
            # "Customer: hi i moved" is a transcript's line, "name: wanda george" a field
            e = _name_span(text, m.start("value"), m.end("value"), "name" in key)
            if e is not None:
                yield e


def record_names(text: str) -> list[PiiEntity]:
    """Names in the person fields of the records ``text`` holds (none for plain prose)."""
    if not any(sep in text for sep in (",", "|", "\t", ":", "=")):
        return []
    found = {(e.start, e.end): e for e in (*_table_rows(text), *_inserts(text), *_key_values(text))}
    return sorted(found.values(), key=lambda e: e.start)
