"""Normalise a text before classification: what it says, not how it is written.

Two steps, both cheap and bounded:

1. :func:`normalize_text` rewrites the text itself: Unicode tag characters
   (U+E0020-U+E007E, invisible) become the ASCII they hide, zero-width characters,
   bidi controls, soft hyphens and variation selectors are removed, and the rest is NFKC
   (full-width and mathematical letters become plain ones). Every character of the result
   keeps the offset of the original character it came from, so PII spans the classifier
   finds in the normalised text map back onto the text as sent (redaction).
2. :func:`decoded_parts` finds runs that are encoded text (base64 / base64url, base32,
   hex, URL-encoding, HTML entities, Ascii85 with or without its ``<~ ~>`` delimiters,
   base85 as in RFC 1924 and git) and decodes the ones that decode to mostly printable
   UTF-8. Each is classified as a text of its own (the jailbreak score is the maximum), so a
   base64-encoded instruction is read while a hash or a binary attachment (which decode to
   noise) is not. Decoded parts are decoded again up to ``MAX_DEPTH`` levels.

The request body is never changed: normalisation only decides what the signals read.
Bounds: at most ``MAX_PARTS`` parts per text, ``MAX_RUN`` encoded characters read per run,
``MAX_DECODED`` characters per part and ``MAX_CANDIDATES`` runs examined per level, so an
adversarial body costs one linear regex scan plus a bounded amount of decoding.
"""

from __future__ import annotations

import base64
import binascii
import functools
import html
import re
import unicodedata
import urllib.parse
from array import array
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice

from extproc.signals.disguised import INVISIBLE_CHARS, disguised_stretches

VERSION = "n5"  # n2: Ascii85 and base85 runs decoded too; n3: disguised stretches as parts;
# n4: an 85 run written as a key's value is tried without the key; n5: 0x byte lists and
# \u escapes decoded too
MAX_PARTS = 6
MAX_DEPTH = 2
MAX_RUN = 8192
MAX_DECODED = 4096
MAX_CANDIDATES = 32
MIN_RUN = 16
PRINTABLE_SHARE = 0.95
LETTER_SHARE = 0.5
MIN_LETTERS = 6

_DROP = (
    f"{INVISIBLE_CHARS}\u00ad\u061c\u202a-\u202e\U000e0000-\U000e001f\U000e007f"
    "\U000e0100-\U000e01ef"
)  # the invisible characters, soft hyphen, Arabic letter mark, bidi embeddings, tag controls
_HIDDEN = re.compile(f"[{_DROP}]+|[\U000e0020-\U000e007e]+")
_TAG_OFFSET = 0xE0000
_BLACK_FLAG = "\U0001f3f4"  # tag characters after it spell a subdivision flag, not text
MIN_PART_WORDS = 3

_B64 = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")
_HEX_SPACED = re.compile(
    r"(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}[ :,-]){7,}[0-9A-Fa-f]{2}(?![0-9A-Fa-f])"
)
_HEX_ESCAPED = re.compile(r"(?:\\x[0-9A-Fa-f]{2}){8,}")
# byte lists as C, Python, Rust or a debugger write them: 0x49, 0x67, ... (one byte each)
_HEX_LIST = re.compile(
    r"(?<![0-9A-Za-z])(?:0[xX][0-9A-Fa-f]{2}(?:[,;]?[ \t]*|[,;]?\r?\n))"
    r"{7,}0[xX][0-9A-Fa-f]{2}(?![0-9A-Za-z])"
)
_HEX_BYTE = re.compile(r"0[xX]([0-9A-Fa-f]{2})")
# \u escapes (JSON, JavaScript, Java), four or more in a row
_U_ESCAPED = re.compile(r"(?:\\u[0-9A-Fa-f]{4}){4,}")
_B32 = re.compile(r"^[A-Z2-7]+=*$")
_HEX = re.compile(r"^(?:0x)?[0-9A-Fa-f]+$")
# starts only at a token's first character: linear on long runs without any escape
_URL = re.compile(r"(?<!\S)\S*%[0-9A-Fa-f]{2}\S*")
_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
# Ascii85: Adobe's delimited form (whitespace allowed inside), and bare runs of its
# alphabet ("!" to "u"); base85 (RFC 1924, git, Python's b85encode): its own alphabet
_A85_ADOBE = re.compile(r"<~[!-uz\s]{10,}?~>")
_A85 = re.compile(r"(?<![!-u])[!-u]{20,}(?![!-u])")
_B85 = re.compile(
    r"(?<![0-9A-Za-z!#$%&()*+\-;<=>?@^_`{|}~])[0-9A-Za-z!#$%&()*+\-;<=>?@^_`{|}~]{20,}"
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,15});")


@dataclass(frozen=True)
class Part:
    """A decoded run: ``kind`` is the encoding (``url>base64`` when nested), ``text`` the
    normalised decoded text, ``start``/``end`` the run in the normalised parent text."""

    kind: str
    text: str
    start: int
    end: int

    @property
    def classified(self) -> bool:
        """Worth classifying on its own: a few words (a lone decoded token is only read
        inline, where its context is)."""
        return len(self.text.split()) >= MIN_PART_WORDS


Offsets = array  # type: ignore[type-arg]


@dataclass(frozen=True)
class Normalized:
    original: str
    text: str
    """What the text says: normalised, with each decoded run in place of the encoded one
    (the original itself when nothing changed)."""
    starts: Offsets | None
    """Original offset where each character of ``text`` comes from (None: identical)."""
    ends: Offsets | None
    """Original offset (exclusive) where each character's source ends."""
    revealed: str
    """The ASCII hidden in Unicode tag characters, if any."""
    parts: tuple[Part, ...]

    @property
    def changed(self) -> bool:
        return self.starts is not None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """A span of ``text`` as a span of the original text (a span inside a decoded run
        covers the whole encoded run)."""
        if self.starts is None or self.ends is None or end <= start:
            return start, end
        n = len(self.starts)
        return self.starts[min(start, n - 1)], self.ends[min(end, n) - 1]

    def readable(self) -> str:
        """What keyword signals read: the text as sent, plus what normalising and decoding
        revealed (only what differs)."""
        extra = [self.text] if self.changed else []
        extra += [p.text for p in self.parts]
        return "\n".join([self.original, *extra])


def normalize_text(text: str) -> tuple[str, Offsets | None, Offsets | None, str]:
    """(normalised text, start and end offsets per character or None, revealed tag text)."""
    if text.isascii():
        return text, None, None, ""
    pieces: list[str] = []
    starts = array("q")
    revealed: list[str] = []
    pos = 0
    for m in _HIDDEN.finditer(text):
        pieces.append(text[pos : m.start()])
        starts.extend(range(pos, m.start()))
        run = m.group()
        flag = m.start() > 0 and text[m.start() - 1] == _BLACK_FLAG  # an emoji flag sequence
        if "\U000e0020" <= run[0] <= "\U000e007e" and not flag:
            ascii_run = "".join(chr(ord(c) - _TAG_OFFSET) for c in run)
            pieces.append(ascii_run)
            revealed.append(ascii_run)
            starts.extend(range(m.start(), m.end()))
        pos = m.end()
    pieces.append(text[pos:])
    starts.extend(range(pos, len(text)))
    cleaned = "".join(pieces)
    ends = array("q", (i + 1 for i in starts))
    if not unicodedata.is_normalized("NFKC", cleaned):
        cleaned, starts, ends = _nfkc(cleaned, starts, ends)
    if cleaned == text:
        return text, None, None, ""
    return cleaned, starts, ends, " ".join(revealed)


def _nfkc(text: str, starts: Offsets, ends: Offsets) -> tuple[str, Offsets, Offsets]:
    """NFKC per cluster (a character and the combining marks after it), keeping offsets."""
    out: list[str] = []
    new_starts, new_ends = array("q"), array("q")
    first = 0
    for i in range(1, len(text) + 1):
        if i < len(text) and unicodedata.combining(text[i]):
            continue
        piece = unicodedata.normalize("NFKC", text[first:i])
        out.append(piece)
        new_starts.extend([starts[first]] * len(piece))
        new_ends.extend([ends[i - 1]] * len(piece))
        first = i
    return "".join(out), new_starts, new_ends


def _texty(data: bytes) -> str | None:
    """``data`` as text when it is UTF-8 that reads as text (mostly printable, letters)."""
    try:
        s = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(data) - 3:  # not just a character cut by the run's read cap
            return None
        s = data[: exc.start].decode("utf-8")
    if not s:
        return None
    printable = sum(1 for ch in s if ch.isprintable() or ch in "\n\r\t")
    letters = sum(1 for ch in s if ch.isalpha() or ch == " ")
    if printable < PRINTABLE_SHARE * len(s) or letters < max(MIN_LETTERS, LETTER_SHARE * len(s)):
        return None
    return s[:MAX_DECODED]


def _decode_run(run: str) -> tuple[str, str] | None:
    """(encoding, text) for a base64/base32/hex run that decodes to text."""
    run = run[:MAX_RUN]
    body = run.rstrip("=")
    attempts: list[tuple[str, bytes | None]] = []
    if _HEX.match(run) and len(run.removeprefix("0x")) % 2 == 0:
        attempts.append(("hex", _try(lambda: bytes.fromhex(run.removeprefix("0x")))))
    if _B32.match(run) and len(body) >= MIN_RUN:
        padded = body + "=" * (-len(body) % 8)
        attempts.append(("base32", _try(lambda: base64.b32decode(padded))))
    usable = body[:-1] if len(body) % 4 == 1 else body
    padded64 = usable + "=" * (-len(usable) % 4)
    if "-" in body or "_" in body:
        attempts.append(("base64", _try(lambda: base64.urlsafe_b64decode(padded64))))
    else:
        attempts.append(("base64", _try(lambda: base64.b64decode(padded64, validate=True))))
    for kind, data in attempts:
        if data is not None and (s := _texty(data)) is not None:
            return kind, s
    return None


def _try(fn: Callable[[], bytes]) -> bytes | None:
    try:
        return fn()
    except (binascii.Error, ValueError):
        return None


def _candidates(text: str) -> list[tuple[str, int, int, str]]:
    """(kind, start, end, decoded) for every decodable run of ``text``, in order."""
    found: list[tuple[str, int, int, str]] = []
    seen = 0
    for m in _B64.finditer(text):
        seen += 1
        if seen > MAX_CANDIDATES:
            break
        decoded = _decode_run(m.group())
        if decoded is not None:
            found.append((decoded[0], m.start(), m.end(), decoded[1]))
    hex_runs = [(_HEX_SPACED, " :,-"), *([(_HEX_ESCAPED, "\\x")] if "\\x" in text else [])]
    for pattern, strip in hex_runs:
        for m in islice(pattern.finditer(text), MAX_CANDIDATES):
            digits = "".join(ch for ch in m.group()[: MAX_RUN * 2] if ch not in strip)
            data = _try(functools.partial(bytes.fromhex, digits))
            s = _texty(data) if data is not None else None
            if s is not None:
                found.append(("hex", m.start(), m.end(), s))
    if "0x" in text or "0X" in text:
        for m in islice(_HEX_LIST.finditer(text), MAX_CANDIDATES):
            data = bytes.fromhex("".join(_HEX_BYTE.findall(m.group()[: MAX_RUN * 3])))
            s = _texty(data)
            if s is not None:
                found.append(("hex", m.start(), m.end(), s))
    if "\\u" in text:
        for m in islice(_U_ESCAPED.finditer(text), MAX_CANDIDATES):
            run = m.group()[: MAX_RUN * 3]
            s = _texty(
                "".join(chr(int(run[i + 2 : i + 6], 16)) for i in range(0, len(run), 6)).encode(
                    "utf-8", "replace"
                )
            )
            if s is not None:
                found.append(("unicode_escape", m.start(), m.end(), s))
    found += _base85_runs(text)
    for m in islice(_URL.finditer(text) if "%" in text else (), MAX_CANDIDATES):
        if len(_ESCAPE.findall(m.group(), 0, MAX_RUN)) < 3:
            continue
        data = urllib.parse.unquote_to_bytes(m.group()[:MAX_RUN].replace("+", " "))
        s = _texty(data)
        if s is not None and s != m.group():
            found.append(("url", m.start(), m.end(), s))
    entities = list(islice(_ENTITY.finditer(text), MAX_RUN // 4))
    if len(entities) >= 2:
        first = entities[0].start()
        last = max(m.end() for m in entities if m.end() - first <= MAX_RUN)
        s = html.unescape(text[first:last])
        if _texty(s.encode()) is not None:
            found.append(("html", first, last, s[:MAX_DECODED]))
    chosen: list[tuple[str, int, int, str]] = []
    for cand in sorted(found, key=lambda f: (f[1], -f[2])):
        if not chosen or cand[1] >= chosen[-1][2]:  # runs do not overlap
            chosen.append(cand)
    return chosen


def _base85_runs(text: str) -> list[tuple[str, int, int, str]]:
    """(kind, start, end, decoded) for Ascii85 and base85 runs that decode to text."""
    found: list[tuple[str, int, int, str]] = []
    decoders: list[tuple[str, re.Pattern[str], Callable[[str], bytes]]] = [
        ("ascii85", _A85_ADOBE, lambda r: base64.a85decode(r, adobe=True)),
        ("ascii85", _A85, base64.a85decode),
        ("base85", _B85, base64.b85decode),
    ]
    for kind, pattern, decode in decoders:
        for m in islice(pattern.finditer(text), MAX_CANDIDATES):
            run = m.group()[:MAX_RUN]
            for cand in _unwrapped(run):
                data = _try(functools.partial(decode, cand))
                s = _texty(data) if data is not None else None
                if s is not None:
                    start = m.start() + run.index(cand)
                    found.append((kind, start, start + len(cand), s))
                    break
    return found


_WRAPPERS = "\"'`()[]<>,.;:!?"
_PAIRS = {'"': '"', "'": "'", "`": "`", "(": ")", "[": "]", "<": ">"}
_KEY = re.compile(r"[A-Za-z_][\w.\-]{0,40}[=:]")


def _unwrapped(run: str) -> list[str]:
    """``run`` and the shorter runs it may hold. Both 85 alphabets hold quotes, brackets,
    punctuation, ``=`` and ``_``, so a run quoted in JSON or put in brackets takes its
    wrapping along, and one written as a key's value takes the key (``session_note=...;``
    in a cookie): each is tried without them too."""
    inner = run.lstrip(_WRAPPERS).rstrip(_WRAPPERS)
    cands = [run, inner]
    close = _PAIRS.get(run[0])
    if close is not None and close in run[-3:]:  # one pair only: the data may start with ;
        cands.append(run[1 : run.rindex(close)])
    for c in (inner, run):  # unwrapped first: a value's closing ";" is no data
        key = _KEY.match(c)
        if key is not None:
            cands.append(c[key.end() :])
    return list(dict.fromkeys(c for c in cands if c == run or len(c) >= 20))


def expand(text: str, depth: int = MAX_DEPTH) -> tuple[str, list[tuple[int, int, int]], list[Part]]:
    """``text`` with each decodable run replaced by what it decodes to (itself expanded,
    up to ``depth`` levels): (expanded text, [(run start, run end, replacement length)],
    the decoded parts)."""
    pieces: list[str] = []
    spans: list[tuple[int, int, int]] = []
    parts: list[Part] = []
    pos = 0
    for kind, start, end, decoded in _candidates(text):
        if len(parts) >= MAX_PARTS:
            break
        clean = normalize_text(decoded)[0].strip()
        if not clean:
            continue
        inner_parts: list[Part] = []
        if depth > 1:
            clean, _, inner_parts = expand(clean, depth - 1)
        parts.append(Part(kind, clean, start, end))
        parts += [Part(f"{kind}>{p.kind}", p.text, start, end) for p in inner_parts]
        pieces += [text[pos:start], clean]
        spans.append((start, end, len(clean)))
        pos = end
    if not spans:
        return text, [], []
    pieces.append(text[pos:])
    return "".join(pieces), spans, parts[:MAX_PARTS]


def _remap(
    length: int,
    spans: list[tuple[int, int, int]],
    starts: Offsets | None,
    ends: Offsets | None,
) -> tuple[Offsets, Offsets]:
    """Original offsets of an expanded text, from its unexpanded text's (``length``
    characters; None = identity) and the replaced runs: a replacement's characters all map
    onto the whole encoded run."""
    if starts is None or ends is None:
        starts = array("q", range(length))
        ends = array("q", range(1, length + 1))
    new_starts, new_ends = array("q"), array("q")
    pos = 0
    for start, end, replaced in spans:
        new_starts.extend(starts[pos:start])
        new_ends.extend(ends[pos:start])
        new_starts.extend([starts[start]] * replaced)
        new_ends.extend([ends[end - 1]] * replaced)
        pos = end
    new_starts.extend(starts[pos:])
    new_ends.extend(ends[pos:])
    return new_starts, new_ends


def normalize(text: str) -> Normalized:
    """What ``text`` says: normalised and decoded, with offsets back to it."""
    cached = _CACHE.get(text)
    if cached is not None:
        _CACHE.move_to_end(text)
        return cached
    clean, starts, ends, revealed = normalize_text(text)
    parts: list[Part] = []
    if revealed.strip():
        parts.append(Part("unicode_tags", revealed.strip()[:MAX_DECODED], 0, len(clean)))
    for kind, start, end in disguised_stretches(text, MIN_PART_WORDS):
        # the part keeps MAX_DECODED characters: a zero-width stretch has two per letter
        said = normalize_text(text[start : min(end, start + 2 * MAX_DECODED)])[0]
        parts.append(Part(kind, said[:MAX_DECODED], 0, len(clean)))
    expanded, spans, decoded = expand(clean)
    if spans:
        starts, ends = _remap(len(clean), spans, starts, ends)
    parts += decoded
    result = Normalized(text, expanded, starts, ends, revealed, tuple(parts[:MAX_PARTS]))
    if len(text) <= _CACHE_MAX_CHARS:
        _CACHE[text] = result
        while len(_CACHE) > _CACHE_ENTRIES:
            _CACHE.popitem(last=False)
    return result


# The scan and the keyword signals of one request read the same texts: a small memo of
# short texts (bounded: entries x characters), so each is normalised once.
_CACHE: OrderedDict[str, Normalized] = OrderedDict()
_CACHE_ENTRIES = 256
_CACHE_MAX_CHARS = 16384
