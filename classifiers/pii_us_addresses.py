"""US street addresses the model cuts short: its span stops at the state code, before the
ZIP code ("5544 Eric Canyon Apt. 802, Teresaburgh, WV" + " 62757"), or at the city, before
", ST 12345", or starts after the house number ("Clifford Row, ..." after "5776 ").

A model ``STREET_ADDRESS`` span is grown over what its shape says belongs to it: a ZIP code
(five digits, or ZIP+4) after a state or military code it ends with, a state code and ZIP
code right after it, and a house number right before it. The codes are the USPS ones (the
50 states, DC, the territories and the APO/FPO/DPO codes AA, AE, AP), upper case, so a
foreign postcode or an ordinary word never matches. Nothing is found that the model did
not already call an address.
"""

from __future__ import annotations

import re

from classifiers.types import PiiEntity

US_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP PW FM MH "
    "AA AE AP".split()
)
_ZIP_AFTER_CODE = re.compile(r"[ \t]+\d{5}(?:-\d{4})?(?![\w-])")
_CODE_AND_ZIP_AFTER = re.compile(r",?[ \t]+([A-Z]{2})[ \t]+\d{5}(?:-\d{4})?(?![\w-])")
_NUMBER_BEFORE = re.compile(r"(?:^|(?<=[\s(\"'>]))(\d{1,6}[A-Za-z]?)[ \t]+$")


def _ends_with_code(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends with a USPS code standing alone ("..., WV")."""
    if end < 2 or text[end - 2 : end] not in US_CODES:
        return False
    return end == 2 or text[end - 3].isspace() or text[end - 3] == ","


def complete_us_address(text: str, e: PiiEntity) -> PiiEntity:
    """``e`` grown over a ZIP code, a state and ZIP code, or a house number its shape says
    belongs to it; ``e`` itself when none applies (or it is not an address)."""
    if e.type != "STREET_ADDRESS":
        return e
    start, end = e.start, e.end
    if _ends_with_code(text, end):
        m = _ZIP_AFTER_CODE.match(text, end)
        if m is not None:
            end = m.end()
    else:
        m = _CODE_AND_ZIP_AFTER.match(text, end)
        if m is not None and m.group(1) in US_CODES:
            end = m.end()
    if text[start : start + 1].isalpha() and text[start : start + 1].isupper():
        m = _NUMBER_BEFORE.search(text, max(0, start - 12), start)
        if m is not None:
            start = m.start(1)
    if (start, end) == (e.start, e.end):
        return e
    return PiiEntity(e.type, start, end, e.score)


_ZIP4 = re.compile(r"\d{5}-\d{4}")


def zip_plus_four(text: str, e: PiiEntity) -> bool:
    """Whether a phone-number match is a ZIP+4 code after a state code ("Ogden, UT
    84201-0002"): never a phone number."""
    if e.type != "PHONE_NUMBER" or _ZIP4.fullmatch(text, e.start, e.end) is None:
        return False
    before = text[max(0, e.start - 3) : e.start]
    return before[-1:] in (" ", "\t") and before[:2] in US_CODES
