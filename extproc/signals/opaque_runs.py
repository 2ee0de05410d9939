"""A second opinion on a flagged message that carries opaque data (issue 18's harmless
encoded data).

The encoder learnt, from training rows where it was one, that a machine-looking run in a
message (a digest, a token, a hex dump, escaped bytes) is a sign of attack: harmless pastes
of such data score 0.9 and more on the message itself. What a run *says* is read anyway:
:func:`extproc.signals.normalize.normalize` puts each run that decodes to text in its place
and reads it as a part of its own. The runs left in a normalised text are the ones that say
nothing readable (they decode to bytes that are not text, or to nothing).

So when a message's own score reaches :data:`FLOOR`, and opaque runs make up at least
:data:`MIN_SHARE` of its normalised text, the message is read once more with each run
replaced by :data:`PLACEHOLDER`; when that reading is clearly harmless (below :data:`CLEAR`)
its jailbreak score replaces the message's own. A message that is mostly words with an id
or a token in it keeps its own score, and so does one whose words still look like an attack
without the data: on the development sets, the injections the first version (``o1``) lost
were of both kinds. Only the jailbreak score changes (PII spans, domain and embedding stay
those of the text as sent: an IBAN or an API key is such a run). The decoded parts are
untouched, so an encoded instruction is still read where it decodes. docs/classifiers.md,
"A second opinion on opaque runs", says how it was judged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

VERSION = "o6"  # o4: git binary patch lines; o5: whole hex-dump lines (o3: reverted);
# o6: 0x tokens of debugger output, indented dump lines with 0x offsets (tcpdump -X)
# On since 2026-12-04 (o2 judged on sealed v2, o4 on v5, o5 on v4); above 1 it is off.
FLOOR = 0.5
MIN_SHARE = 0.1
"""Opaque runs must be at least this share of the message's characters."""
CLEAR = 0.5
"""The masked reading replaces the message's own score only below this."""
PLACEHOLDER = "[data]"
MIN_RUN = 20

# base64 / base64url / hex alphabet runs with digits and letters mixed (a long word or an
# identifier of letters alone is not opaque); C/Python ``\x`` escapes; hex-dump groups
_ALPHABET_RUN = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/=_-]{" + str(MIN_RUN) + ",}")
_ESCAPES = re.compile(r"(?:\\x[0-9A-Fa-f]{2}){4,}")
_HEX_GROUPS = re.compile(
    r"(?<![0-9A-Za-z])(?:[0-9A-Fa-f]{2,8}[ :]){3,}[0-9A-Fa-f]{2,8}(?![0-9A-Za-z])"
)
# the data lines of a git binary patch (base85, a length letter first), only after its
# "GIT binary patch" header: base85's punctuation would match code anywhere else
_PATCH_HEADER = re.compile(r"^GIT binary patch[ \t]*$", re.M)
_PATCH_SIZE = re.compile(r"(?:literal|delta) \d+")
_PATCH_LINE = re.compile(r"[A-Za-z][0-9A-Za-z!#$%&()*+\-;<=>?@^_`{|}~]{5,}")
# a hex dump line (xxd, hexdump -C, od -x): an offset, byte groups, and the dump's own text
# column, which is the bytes shown as characters ("PK........!J.YJ<"), not words
_DUMP_LINE = re.compile(
    r"^[ \t]*(?:0x[0-9A-Fa-f]{4,16}:|[0-9A-Fa-f]{6,16}:?)(?:[ \t]+[0-9A-Fa-f]{2,8}){4,}"
    r"(?:[ \t]{2,}\|?[^\n]{0,24}\|?)?[ \t]*$",
    re.M,
)
# debugger and crash output: addresses and words written 0x... (gdb's x/, info registers,
# backtraces, lldb, crash logs): two or more in a row, or one of 8+ digits alone
_HEX_TOKENS = re.compile(
    r"(?<![0-9A-Za-z])0[xX][0-9A-Fa-f]{1,16}(?:[,;:]?[ \t]+0[xX][0-9A-Fa-f]{1,16})+"
    r"(?![0-9A-Za-z])|(?<![0-9A-Za-z])0[xX][0-9A-Fa-f]{8,16}(?![0-9A-Za-z])"
)
_MAX_RUNS = 64


def _opaque(run: str) -> bool:
    digits = sum(ch.isdigit() for ch in run)
    letters = sum(ch.isalpha() for ch in run)
    return digits >= 2 and letters >= 2


def _hex_dump(run: str) -> bool:
    """A group run with a hex letter or a long group (not a list of small numbers)."""
    return any(ch in "abcdefABCDEF" for ch in run) or any(
        len(g) >= 4 for g in re.split(r"[ :]", run)
    )


def _patch_line_length(first: str) -> int:
    """A patch line's length: its first letter counts its bytes (A-Z 1-26, a-z 27-52), each
    four bytes are five base85 characters."""
    n = ord(first) - ord("A") + 1 if first.isupper() else ord(first) - ord("a") + 27
    return 1 + 5 * ((n + 3) // 4)


def _patch_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the base85 data lines of each git binary patch in ``text``."""
    spans: list[tuple[int, int]] = []
    for header in _PATCH_HEADER.finditer(text):
        pos = header.end() + 1
        while pos < len(text) and len(spans) < _MAX_RUNS:
            stop = text.find("\n", pos)
            stop = len(text) if stop < 0 else stop
            line = text[pos:stop]
            if _PATCH_LINE.fullmatch(line) and len(line) == _patch_line_length(line[0]):
                spans.append((pos, stop))
            elif line.strip() and not _PATCH_SIZE.fullmatch(line.strip()):
                break  # the patch ends at the first line of another kind
            pos = stop + 1
    return spans


def opaque_spans(text: str) -> list[tuple[int, int]]:
    """The opaque runs of ``text`` as sorted, non-overlapping (start, end) spans."""
    spans: list[tuple[int, int]] = _patch_lines(text) if "GIT binary patch" in text else []
    for pattern, keep in (
        (_DUMP_LINE, None),
        (_ESCAPES, None),
        (_HEX_GROUPS, _hex_dump),
        (_HEX_TOKENS, None),
        (_ALPHABET_RUN, _opaque),
    ):
        for m in pattern.finditer(text):
            if keep is None or keep(m.group()):
                spans.append((m.start(), m.end()))
            if len(spans) >= _MAX_RUNS:
                break
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:  # overlaps a run already kept
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def opaque_share(text: str, spans: list[tuple[int, int]] | None = None) -> float:
    """The share of ``text``'s characters that lie in opaque runs (0 for an empty text);
    ``spans``: its :func:`opaque_spans`, when already found."""
    if not text:
        return 0.0
    found = opaque_spans(text) if spans is None else spans
    return sum(end - start for start, end in found) / len(text)


def mask_runs(text: str, spans: list[tuple[int, int]] | None = None) -> str:
    """``text`` with each opaque run replaced by :data:`PLACEHOLDER` (itself when none);
    ``spans``: its :func:`opaque_spans`, when already found."""
    pieces: list[str] = []
    pos = 0
    for start, end in opaque_spans(text) if spans is None else spans:
        pieces += [text[pos:start], PLACEHOLDER]
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


@dataclass(frozen=True)
class SecondOpinion:
    """A classifier output whose jailbreak score is the masked reading's (everything else is
    the output of the text as sent)."""

    base: Any
    masked: Any

    @property
    def domain(self) -> Any:
        return self.base.domain

    @property
    def jailbreak(self) -> Any:
        return self.masked.jailbreak

    @property
    def pii(self) -> Any:
        return self.base.pii

    @property
    def embedding(self) -> Any:
        return self.base.embedding

    def __getattr__(self, name: str) -> Any:
        return getattr(self.base, name)
