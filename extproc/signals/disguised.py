"""Stretches of a text written so that they read differently from how they look: words in
full-width or mathematical letters (U+FF21-FF5A, U+1D400-1D7FF) and words with invisible
characters between their letters (``i\\u200bg\\u200bn\\u200bo\\u200br\\u200be``).

:func:`extproc.signals.normalize.normalize_text` already rewrites such words in place, so the
message is read as it says. But an encoded instruction is also read *alone* (each decoded
run is a part of its own), and one written in these forms was not: it was read only inside
its carrier ("There's an odd header in an email I received: ... Should I worry?"), whose
question pulls the score down. On ``encoded_injections_v2`` full-width injections were
blocked 16 of 40 and zero-width ones 26 of 40, against 29 of 40 sent plain and 30-36 for
every decoded encoding. :func:`disguised_stretches` finds such stretches so that they become
parts too (docs/classifiers.md, "Disguised stretches read alone").

Only words whose letters and digits are all Latin look-alikes count (Japanese text that
writes ``PC`` in full-width inside a sentence is not such a word, and a stretch needs
``min_words``), and only invisible characters that have no place inside a word (zero-width
space, word joiner, byte-order mark and the rest of ``normalize``'s drop list; not the soft
hyphen, which German text uses, and the joiners and direction marks only between ASCII
letters).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

INVISIBLE_CHARS = (
    "\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2060-\u206f\u3164"
    "\ufe00-\ufe0f\ufeff\uffa0"
)
"""Invisible characters a word can be interleaved with (a regex class body): zero-width
spaces and joiners, word joiners and invisible operators, variation selectors, fillers.
``normalize`` drops them, with a few more it drops from any text."""
_INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]")
_SCRIPT_MARKS = "\u200c\u200d\u200e\u200f"
"""Zero-width non-joiner and joiner (Persian, Indic and emoji spelling) and the left-to-right
and right-to-left marks (Hebrew and Arabic text): they disguise a word only when its letters
are all ASCII."""
_LOOK_ALIKES = "\u2100-\u214f\u2460-\u24ff\uff01-\uff5e\U0001d400-\U0001d7ff"
"""Letterlike symbols, enclosed alphanumerics, full-width forms, mathematical alphanumerics:
the blocks where NFKC turns a character into an ASCII letter or digit."""
# Only words holding an invisible character or a look-alike are looked at, so a long text in
# another script costs one regex scan.
_SUSPECT = re.compile(f"[{INVISIBLE_CHARS}{_LOOK_ALIKES}]")
_SPACE = re.compile(r"\s")
MAX_WORD = 256
"""A run of non-space characters longer than this is not a word."""
MAX_STRETCH = 8192
"""A stretch is closed at this many characters (its part keeps fewer), so a body made of
disguised words costs at most :data:`MAX_STRETCHES` stretches of work."""
MAX_STRETCHES = 4


@functools.lru_cache(maxsize=4096)
def _looks_latin(ch: str) -> bool:
    """A non-ASCII character that NFKC turns into an ASCII letter or digit."""
    folded = unicodedata.normalize("NFKC", ch)
    return len(folded) == 1 and folded.isascii() and folded.isalnum()


def _kind(word: str) -> str | None:
    """``zero_width``: letters or digits with invisible characters among them (joiners and
    direction marks only among ASCII ones); ``fullwidth``: every letter and digit is a
    look-alike of a Latin one; else None."""
    if word.isascii():
        return None
    hidden = _INVISIBLE.findall(word)
    alnum = [ch for ch in _INVISIBLE.sub("", word) if ch.isalnum()]
    if not alnum:
        return None
    if hidden:
        ascii_only = all(ch.isascii() for ch in alnum)
        if ascii_only or any(ch not in _SCRIPT_MARKS for ch in hidden):
            return "zero_width"
    if all(not ch.isascii() and _looks_latin(ch) for ch in alnum):
        return "fullwidth"
    return None


def _suspect_words(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each word of ``text`` that holds a suspect character, in order."""
    end = 0
    for m in _SUSPECT.finditer(text):
        p = m.start()
        if p < end:
            continue
        start = p
        floor = max(end, p - MAX_WORD)
        while start > floor and not text[start - 1].isspace():
            start -= 1
        space = _SPACE.search(text, p)
        end = space.start() if space is not None else len(text)
        yield start, end


def disguised_stretches(text: str, min_words: int) -> list[tuple[str, int, int]]:
    """(kind, start, end) of each run of at least ``min_words`` consecutive disguised words
    of ``text`` (words separated by white space only; at most :data:`MAX_STRETCHES`, each
    at most about :data:`MAX_STRETCH` characters); ``kind`` is ``fullwidth`` or
    ``zero_width`` (the kind of the run's first word)."""
    if text.isascii():
        return []
    found: list[tuple[str, int, int]] = []
    run: list[tuple[str, int, int]] = []

    def close() -> None:
        if len(run) >= min_words:
            found.append((run[0][0], run[0][1], run[-1][2]))
        run.clear()

    for start, end in _suspect_words(text):
        word = text[start:end]
        kind = _kind(word) if len(word) <= MAX_WORD else None
        if run and (kind is None or not text[run[-1][2] : start].isspace()):
            close()
        if kind is not None:
            run.append((kind, start, end))
            if end - run[0][1] >= MAX_STRETCH:
                close()
        if len(found) >= MAX_STRETCHES:
            return found
    close()
    return found[:MAX_STRETCHES]
