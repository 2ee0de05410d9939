"""Numbers in records and machine text that are no phone numbers (candidate U10).

A phone number's shape (two to six groups of digits) is shared by the ids and counts of
printed records and machine output. Five things say a number is one of those:

* its label, right before it on the same line, names an id: "ACCOUNT 0041-778-2290",
  "REF 7781-0042-19", "NDC 68180-011858", "Order #4812-7730-19", "PARCEL NO 88220-473",
  ``ein=47-1183920``, ``"created":1764547200`` (a key with no phone word in it); "Phone no."
  and ``"From":`` stay phone labels;
* it is the front of a longer number: "73371 184" of "73371 184,220.50";
* it is a run of digits that starts with three zeros ("00000038380"), or the tail of an id
  glued to its letters or "#" ("RZ-48119027", "#4812");
* its groups are parted by single blanks and another bare number stands right beside it
  ("812344 118220" of a `ps` row).

``not_a_phone`` answers for one span; the merge drops the phone spans it names.
"""

from __future__ import annotations

import re

from classifiers.pii_patterns import PHONE_CONTEXT
from classifiers.types import PiiEntity

_ID_WORDS = (
    r"account|acct|a/c|ref|reference|order|invoice|inv|trans|txn|transaction|sku|ndc|parcel"
    r"|tag|facility|member|customer|id|ein|tin|po|case|ticket|tracking|awb|auth|batch"
    r"|lot|serial|sn|rx|confirmation|conf|booking|pnr|receipt|claim|policy|loan|route|job"
    r"|build|pid|meter|item|part|vin|plate|store|reg|trace|request|req|session"
)
# the id's label and what may part it from the number ("ACCOUNT ", "Order #", "PARCEL NO  ")
_ID_LABEL = re.compile(
    rf"(?i)\b(?:{_ID_WORDS})\.?[ \t]*(?:#|no\.?|nr\.?|number)?[ \t]*[#:=]?[ \t]*$"
)
# a record's key right before the value: a quoted key (``"created":``) or ``ein=``
_KEY_BEFORE = re.compile(
    r"""(?:["']([A-Za-z_][\w.-]*)["'][ \t]*:[ \t]*["']?|(?<![\w.-])([A-Za-z_][\w.-]*)=["']?)$"""
)
_ID_KEY = re.compile(
    r"(?i)(?:^|[_.-])(?:id|no|nr|num|ref|ein|tin|sku|code|key|created|updated|timestamp|ts"
    r"|time|epoch|count|size|bytes|seq|serial)$|^(?:id|ein|tin|sku)"
)
_STRONG_PHONE_KEY = re.compile(r"(?i)phone|tel|mobile|cell|fax|msisdn|sms|whatsapp")
_ID_WORD_IN_KEY = re.compile(rf"(?i)(?:^|[_.-])(?:{_ID_WORDS})(?:$|[_.-])")
_BARE_DIGITS = re.compile(r"\d+(?![\w.-])")
# weaker phone words in a key: an id's word beats them ("tracking_number", "order_no")
_PHONE_KEY = re.compile(
    r"(?i)contact|from|^to$|caller|callee|number|dial|emergency|home|work|office"
)
_GLUED_ID = re.compile(r"[A-Za-z]-$|#$")  # "RZ-48119027", "#4812"
_LONGER_NUMBER = re.compile(r",\d{3}[.,]\d|\.\d")  # "73371 184" of "73371 184,220.50"
_NUMBER_BEFORE = re.compile(r"(?<![\w-])\d+(?:\.\d+)?[ \t]$")
_NUMBER_AFTER = re.compile(r"[ \t]\d+(?:[.:]\d+)*(?![\w-])")
_LOOK = 40


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    a = text.rfind("\n", max(0, start - 400), start) + 1
    b = text.find("\n", end, end + 400)
    return a, (b if b >= 0 else min(len(text), end + 400))


def _id_label_before(text: str, start: int) -> bool:
    a = text.rfind("\n", max(0, start - _LOOK), start) + 1
    before = text[max(a, start - _LOOK) : start]
    label = _ID_LABEL.search(before)
    if label is not None:
        # "Phone no. 555 ...", "Tel. Nr. ..."
        return PHONE_CONTEXT.search(before[max(0, label.start() - 12) : label.end()]) is None
    key = _KEY_BEFORE.search(before)
    name = key.group(1) or key.group(2) if key is not None else ""
    if not name or _STRONG_PHONE_KEY.search(name):
        return False
    if _ID_WORD_IN_KEY.search(name):  # "tracking_number", "order_no"
        return True
    if _PHONE_KEY.search(name):
        return False
    # an id's key ("member_id", "ein", "created"), or any other key over a bare digit run
    # (a phone written with its separators under "direct" or "alt" is still one)
    return _ID_KEY.search(name) is not None or _BARE_DIGITS.match(text, start) is not None


def _in_a_row_of_numbers(text: str, start: int, end: int) -> bool:
    """Groups parted by single blanks with another bare number right beside them."""
    piece = text[start:end]
    if " " not in piece or any(ch in piece for ch in "-()+"):
        return False
    return bool(
        _NUMBER_BEFORE.search(text[max(0, start - 24) : start]) or _NUMBER_AFTER.match(text, end)
    )


def not_a_phone(text: str, e: PiiEntity) -> bool:
    """Whether phone span ``e`` is an id, a count or the front of a longer number."""
    piece = text[e.start : e.end]
    return (
        (piece.isdigit() and len(piece) >= 11 and piece.startswith("000"))
        or _GLUED_ID.search(text, max(0, e.start - 2), e.start) is not None
        or _LONGER_NUMBER.match(text, e.end) is not None
        or _id_label_before(text, e.start)
        or _in_a_row_of_numbers(text, e.start, e.end)
    )


def drop_not_phones(text: str, entities: list[PiiEntity]) -> list[PiiEntity]:
    """``entities`` without the phone spans ``not_a_phone`` names."""
    return [e for e in entities if e.type != "PHONE_NUMBER" or not not_a_phone(text, e)]
