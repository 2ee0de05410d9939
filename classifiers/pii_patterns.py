"""Pattern + checksum PII detectors (structured identifiers) on the full original text.

These run on the whole text, so they are never limited by the encoder's window."""

from __future__ import annotations

import bisect
import ipaddress
import re
from collections.abc import Iterable

from classifiers.types import PiiEntity

_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
_CARD = re.compile(r"(?<![\d-])(?:\d[ -]?){11,18}\d(?![\d-])")
# a 12-digit Maestro or a card number outside the usual 2-6 leading digits (JCB "1800...",
# Maestro "0604...") counts only after a card word: elsewhere a Luhn-valid id is too likely
# (the card words of the branch's languages too: Karte, carte, tarjeta, carta, cartão,
# kaart, karta, kort, kart; "CB" is the French carte bancaire)
_CARD_CONTEXT = re.compile(
    r"(?i)(?:\b(?:card|cc|visa|mastercard|amex|maestro|jcb|discover|debit|credit|cb"
    r"|creditcard|bankcard|\w*karte|kartennummer|carte|tarjeta|carta|cartão|cartao|\w*kaart|pinpas|karta"
    r"|kort|kart|kartı|kartu)\b|card[=:#])"
)
CARD_CONTEXT_CHARS = 24
_SSN = re.compile(r"(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,9}\b")
_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]*\d)")
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")
# (?<!\d[:.]) : not the tail of a time or a decimal ("03:19:48.130759")
_PHONE = re.compile(
    r"(?<![\w+])(?<!\d[:.])(?:(?:\+|00)\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,6}"
    r"|(?:\(\d{1,4}\)[ .-]?)?\d{2,6})(?:[ .-]\d{2,8}){1,5}"
    r"(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\w])"
    r"|(?<![\w+])(?<!\d[:.])(?:\+|00)\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{6,12}(?![\w])"
    r"|(?<![\w])(?<!\d[:.])\(\d{3}\)\s?\d{3}-\d{4}(?:x\d{1,5})?(?![\w])"
    # a bracketed trunk or area code: "+33 (0)1 30 08 88 26", "(0115)4960514", "(07122) 034675"
    r"|(?<![\w+])(?<!\d[:.])(?:(?:\+|00)\d{1,3}[ .-]?)?\(\d{1,5}\)[ .-]?"
    r"\d{1,10}(?:[ .-]\d{2,8}){0,4}(?![\w])"
)
# a decimal number ("lat":40.71427, "release 1995.69847") is not a phone number (a phone
# written with dots has two or more), nor are an access log's status code and size
# ('"GET /a HTTP/1.1" 200 46193') or an id after its letters ("INV-2026-00417", "BP-2026-0118")
_NOT_A_PHONE = re.compile(r"-?\d+\.\d+")
_HTTP_STATUS_BEFORE = re.compile(r'HTTP/[\d.]+"\s*$')
_ID_BEFORE = re.compile(r"[A-Za-z]-$")
_NOT_PHONE_CHARS = re.compile(r"[:=]|\s{2,}|[A-Za-z]")
_EXTENSION = re.compile(r"(?i)\s*(?:ext\.?|x)\s*(?=\d)")
# a bare run of digits is a phone number only when a phone word comes shortly before it
# ("Phone: 5153567894", "call me on 9074361145"); elsewhere it may be an order number or an id
_LINE_LABELS = r"(?i:office|fax|mobile|cell|home|work)\b"
_BARE_DIGITS = re.compile(rf"(?<![\w+.-])\d{{8,13}}(?!\w|-(?!{_LINE_LABELS})|\.\d)")
# (and the phone words of the branch's languages: nouns for telephone, mobile, landline and
# direct line, and the verbs for "call me"; no word for "number" alone, which an order
# number shares)
PHONE_CONTEXT = re.compile(
    r"(?i)\b(?:phone|tel|telephone|mobile|cell|call|fax|reached|text me|sms|whatsapp|ring"
    r"|telefon\w*|téléphone|tél|teléfono|telefono|telefone|telefoon|handy|mobil\w*|móvil"
    r"|movil|portable|cellulare|celular|telemóvel|telemovel|tlm|tlf|gsm|komórk\w*"
    r"|festnetz\w*|rufnummer|durchwahl|ligne directe|anrufen|ruf|rufen|erreichbar"
    r"|appel\w*|joindre|llam\w*|llám\w*|chiam\w*|ligue|ligar|liga|bel|bellen|zadzwo\w*|volej\w*"
    r"|cep)\b"
    # a record's phone key ("courier_phone":, mobile_no=) and the short labels of printed
    # forms ("PH:", "Contact:")
    r"|(?i:phone|mobile|cell|fax|msisdn)\w*[\"']?[ \t]*[:=]|\b(?:ph|contact)[ \t]*:"
)
PHONE_CONTEXT_CHARS = 32
# ... or a line label right after it ("4338584418-Office", "0365001370 fax")
_PHONE_LABEL_AFTER = re.compile(rf"[ -]?{_LINE_LABELS}")
# a Portuguese postal code ("8775-696 Seixal"): four digits, a hyphen, three; no phone
# numbering plan writes a whole number that way
_POSTCODE_4_3 = re.compile(r"\d{4}-\d{3}")
# a date, alone or as the start of a timestamp ("1984-12-08 03" of "1984-12-08 03:19:48")
_DATE = re.compile(r"^\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:\s|$)|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$")
_IBAN_LEN = {
    "DE": 22,
    "FR": 27,
    "GB": 22,
    "NL": 18,
    "ES": 24,
    "IT": 27,
    "IE": 22,
    "BE": 16,
    "AT": 20,
    "CH": 21,
    "PL": 28,
    "PT": 25,
    "SE": 24,
    "DK": 18,
    "NO": 15,
    "FI": 18,
    "LU": 20,
    "GR": 27,
    "CZ": 24,
    "HU": 28,
    "RO": 24,
}


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def card_ok(text: str, context: bool = False) -> bool:
    """Luhn-valid, 13-19 digits led by 2-6; with a card word before it also 12-19 digits
    led by any digit."""
    digits = re.sub(r"[ -]", "", text)
    if not (12 <= len(digits) <= 19 and digits.isdigit() and luhn_ok(digits)):
        return False
    return context or (len(digits) >= 13 and digits[0] in "23456")


def _word_before(words: re.Pattern[str], chars: int, text: str, start: int) -> bool:
    """Whether one of ``words`` occurs in the ``chars`` characters before ``start``."""
    return words.search(text[max(0, start - chars) : start]) is not None


def iban_ok(text: str) -> bool:
    s = text.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    want = _IBAN_LEN.get(s[:2])
    if want is not None and len(s) != want:
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def ssn_ok(area: str, group: str, serial: str) -> bool:
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def ip_ok(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def phone_ok(text: str) -> bool:
    digits = re.sub(r"\D", "", text.split("x")[0].split("ext")[0])
    t = text.strip()
    shaped_like_ssn = re.fullmatch(r"\d{3}([- ])\d{2}\1\d{4}", t) is not None
    return (
        7 <= len(digits) <= 15
        and not _DATE.match(t)
        and not shaped_like_ssn
        and not _POSTCODE_4_3.fullmatch(t)
    )


def _iban_spans(text: str) -> list[PiiEntity]:
    out = []
    for m in _IBAN.finditer(text):
        parts = m.group(0).split(" ")
        for k in range(len(parts), 0, -1):  # longest prefix of groups that validates
            cand = " ".join(parts[:k])
            if iban_ok(cand):
                out.append(PiiEntity("IBAN_CODE", m.start(), m.start() + len(cand), 0.99))
                break
    return out


def find_patterns(text: str) -> list[PiiEntity]:
    found: list[PiiEntity] = [
        PiiEntity("EMAIL_ADDRESS", m.start(), m.end(), 0.99) for m in _EMAIL.finditer(text)
    ]
    found += _iban_spans(text)
    found += [
        PiiEntity("CREDIT_CARD", m.start(), m.end(), 0.98)
        for m in _CARD.finditer(text)
        if card_ok(m.group(0), _word_before(_CARD_CONTEXT, CARD_CONTEXT_CHARS, text, m.start()))
    ]
    found += [
        PiiEntity("US_SSN", m.start(), m.end(), 0.9)
        for m in _SSN.finditer(text)
        if ssn_ok(m.group(1), m.group(3), m.group(4))
    ]
    found += [
        PiiEntity("IP_ADDRESS", m.start(), m.end(), 0.97)
        for r in (_IPV4, _IPV6)
        for m in r.finditer(text)
        if ip_ok(m.group(0))
    ]
    taken = SpanIndex(found)
    phones = [
        PiiEntity("PHONE_NUMBER", m.start(), m.end(), 0.8)
        for m in _PHONE.finditer(text)
        if phone_ok(m.group(0))
        and not _NOT_A_PHONE.fullmatch(m.group(0))
        and not _HTTP_STATUS_BEFORE.search(text, max(0, m.start() - 12), m.start())
        and not _ID_BEFORE.search(text, max(0, m.start() - 2), m.start())
        and not taken.overlaps(m.start(), m.end())
    ]
    found += phones
    for e in phones:
        taken.add(e)
    for m in _BARE_DIGITS.finditer(text):
        worded = _word_before(PHONE_CONTEXT, PHONE_CONTEXT_CHARS, text, m.start())
        labelled = _PHONE_LABEL_AFTER.match(text, m.end()) is not None
        if (worded or labelled) and not taken.overlaps(m.start(), m.end()):
            e = PiiEntity("PHONE_NUMBER", m.start(), m.end(), 0.6)
            found.append(e)
            taken.add(e)
    return dedupe(found)


def overlaps(start: int, end: int, e: PiiEntity) -> bool:
    return start < e.end and e.start < end


class SpanIndex:
    """Spans that answer "which of you overlap [start, end)?" without a scan of them all
    (a long tool result holds thousands of matches: a scan per span is quadratic). Spans
    may be added; they are kept sorted by start, and a query reads only those that start
    within the longest span's length before ``start``."""

    def __init__(self, spans: Iterable[PiiEntity] = ()) -> None:
        self._spans = sorted(spans, key=lambda e: e.start)
        self._starts = [e.start for e in self._spans]
        self._longest = max((e.end - e.start for e in self._spans), default=0)

    def add(self, e: PiiEntity) -> None:
        i = bisect.bisect_right(self._starts, e.start)
        self._starts.insert(i, e.start)
        self._spans.insert(i, e)
        self._longest = max(self._longest, e.end - e.start)

    def hits(self, start: int, end: int) -> list[PiiEntity]:
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        return [e for e in self._spans[lo:hi] if e.end > start]

    def overlaps(self, start: int, end: int) -> bool:
        return bool(self.hits(start, end))


def dedupe(spans: list[PiiEntity]) -> list[PiiEntity]:
    """Drop spans overlapping an earlier-kept, longer or higher-scoring span."""
    kept = SpanIndex()
    for s in sorted(spans, key=lambda e: (-(e.end - e.start), -e.score, e.start)):
        if not kept.overlaps(s.start, s.end):
            kept.add(s)
    return sorted(kept.hits(-(10**9), 10**18), key=lambda e: (e.start, e.end))


def validate_model_span(typ: str, text: str) -> bool:
    """Model spans of structured types must pass the same validators as the patterns."""
    if typ == "CREDIT_CARD":
        return card_ok(text)
    if typ == "IBAN_CODE":
        return iban_ok(text)
    if typ == "US_SSN":
        m = _SSN.fullmatch(text.strip())
        return m is not None and ssn_ok(m.group(1), m.group(3), m.group(4))
    if typ == "IP_ADDRESS":
        return ip_ok(text.strip())
    if typ == "EMAIL_ADDRESS":
        return bool(_EMAIL.fullmatch(text.strip()))
    if typ == "PHONE_NUMBER":
        # a model's phone number is no decimal, clock time ("07:44:54.848673"), key=value
        # ("uptime=1841233s") or aligned table columns ("6432    720")
        return (
            phone_ok(text)
            and not _NOT_A_PHONE.fullmatch(text.strip())
            and not _NOT_PHONE_CHARS.search(_EXTENSION.sub(" ", text.strip()))
        )
    if typ == "STREET_ADDRESS":
        # a bare number ("They had 6: ...") is never an address, and an address is written
        # with a number or a capitalised name: a lower-case word left after one ("... is
        # inside the delivery zone") is not one
        letters = any(ch.isalpha() for ch in text)
        return letters and any(ch.isdigit() or ch.isupper() for ch in text)
    return True
