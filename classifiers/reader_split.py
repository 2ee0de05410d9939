"""Which reader reads which piece of a text: MiniLM (English) or the multilingual branch.

A text the branch reads as a whole still has its English stretches read by MiniLM
(``english_rows``); a text MiniLM reads as a whole has its foreign sentences read by the
branch (``MultilingualBranch.stretch_scores``), and with the branch config's
``segments_to_branch`` (candidate P6) by the branch alone (``foreign_segment_rows``). A text
MiniLM's word pieces cannot read (``minilm_cannot_read``) takes the branch's domain
(candidate L9d), and a terse one (``terse_unreadable``) is read by the branch as a whole
(candidate L9t)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from classifiers.language import (
    ENGLISH_SHARE_READ,
    detect_language,
    english_share,
    told_by_words,
)
from classifiers.tokenization import Row, TextTokens


class BranchReads(Protocol):
    def reads(self, text: str) -> bool: ...


UNREADABLE_PIECES_PER_WORD = 2.5
"""MiniLM's English word pieces per word at or above which a text without English function
words is one MiniLM cannot read (candidate L9d): English words average about 1.25 pieces,
Finnish 4, Hungarian and Estonian 3.4-3.5, Spanish and Italian about 2."""
_LETTER_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


PIECES_SAMPLE = 2000
"""``pieces_per_word`` reads a text's first characters only, as the language detector does."""


def pieces_per_word(text: str, tt: TextTokens, sample: int = PIECES_SAMPLE) -> float:
    """MiniLM's tokens that hold a letter, per word of letters, over the text's first
    ``sample`` characters (0.0 for a text with none)."""
    words = len(_LETTER_WORD.findall(text[:sample]))
    if not words:
        return 0.0
    pieces = sum(1 for a, b in tt.offsets if b <= sample and any(ch.isalpha() for ch in text[a:b]))
    return pieces / words


def minilm_cannot_read(text: str, tt: TextTokens) -> bool:
    """No English to speak of, and words MiniLM's vocabulary breaks into many pieces: a terse
    query in Finnish, Hungarian or Polish that no detector cue places (candidate L9d). Its
    domain is the branch's; its jailbreak reading stays as it was."""
    return (
        english_share(text) < ENGLISH_SHARE_READ
        and pieces_per_word(text, tt) >= UNREADABLE_PIECES_PER_WORD
    )


TERSE_WORDS = 8
"""A text of at most this many words of letters is a terse query (candidate L9t)."""


_HAN_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_THAI_LIKE = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")  # Thai, Lao, Myanmar, Khmer


def letter_words(text: str) -> int:
    """Words of letters in a text's first ``PIECES_SAMPLE`` characters. Scripts written
    without spaces count by their characters: two Chinese or Japanese characters a word, four
    Thai, Lao, Myanmar or Khmer ones (a 30-character Chinese question is no terse query)."""
    sample = text[:PIECES_SAMPLE]
    han, thai = len(_HAN_KANA.findall(sample)), len(_THAI_LIKE.findall(sample))
    spaced = _LETTER_WORD.findall(_THAI_LIKE.sub(" ", _HAN_KANA.sub(" ", sample)))
    return len(spaced) + -(-han // 2) + -(-thai // 4)


def terse_unreadable(text: str, tt: TextTokens) -> bool:
    """A terse query MiniLM cannot read (``minilm_cannot_read``, at most ``TERSE_WORDS``
    words): the branch reads it as a whole, jailbreak included (candidate L9t). MiniLM
    flagged such queries as attacks (a fifth of the opened terse sets' foreign queries were
    blocked); on the development sets no multilingual attack was lost by it."""
    return letter_words(text) <= TERSE_WORDS and minilm_cannot_read(text, tt)


TERSE_FOREIGN_PIECES = 1.7
"""MiniLM's word pieces per word at or above which a terse text without English function
words takes the terse bank's vote too (candidate J2): English terse queries average about
1.25 (a sixth of them reach 1.7), those of the branch's languages MiniLM still reads
1.5-2.4."""


def terse_foreign(text: str, tt: TextTokens, words: int) -> bool:
    """A text of at most ``words`` words of letters with no English function words to speak
    of and at least ``TERSE_FOREIGN_PIECES`` pieces a word (candidate J2): MiniLM reads it,
    and the branch's terse bank votes on it as well."""
    return (
        letter_words(text) <= words
        and english_share(text[:PIECES_SAMPLE]) < ENGLISH_SHARE_READ
        and pieces_per_word(text, tt) >= TERSE_FOREIGN_PIECES
    )


ENGLISH_RUN_CONFIDENCE = 0.5
"""The detector must be this sure that a stretch is English (one English stopword among
Dutch words, or a tie, gives 0.33 or 0)."""


def english_run(text: str) -> bool:
    """``text`` is English itself: the detector says so with ``ENGLISH_RUN_CONFIDENCE``, or
    it has an English run. A segment that is merely not recognisably foreign (a short line,
    a number, a name, an English label merged with a foreign line) is not."""
    lang, conf = detect_language(text)
    return (lang == "en" and conf >= ENGLISH_RUN_CONFIDENCE) or english_share(
        text
    ) >= ENGLISH_SHARE_READ


def english_rows(
    texts: Sequence[str], toks: list[TextTokens], rows: list[Row]
) -> list[set[int] | None]:
    """Per text not told English as a whole (``detect_language``): the rows whose own
    text is English (``english_run``), so that a reader that cannot read the text's
    language still reads the English instruction inside it (an English injection in a
    German mail). A text split into sentence segments counts its English segments only,
    so an English line does not make the foreign rest readable; a text of one segment
    counts its windows when it is English itself. None for English texts."""
    out: list[set[int] | None] = [None if detect_language(t)[0] == "en" else set() for t in texts]
    segmented = {r.text_index for r in rows if not (r.classify or r.pii)}
    for k, row in enumerate(rows):
        chosen = out[row.text_index]
        if chosen is None:
            continue
        is_segment = not (row.classify or row.pii)
        if row.text_index in segmented and not is_segment:
            continue
        offsets = toks[row.text_index].offsets
        if not offsets:
            continue
        piece = texts[row.text_index][offsets[row.start][0] : offsets[row.stop - 1][1]]
        if english_run(piece):
            chosen.add(k)
    return out


def foreign_segment_rows(
    branch: BranchReads,
    texts: Sequence[str],
    toks: list[TextTokens],
    rows: list[Row],
    skip_texts: set[int],
    by_words: bool = False,
) -> set[int]:
    """(candidate P6) The sentence-segment rows of texts outside ``skip_texts`` whose own
    text is in one of the branch's languages and not English: the branch reads them as
    foreign stretches (``stretch_scores``), so MiniLM need not. ``by_words`` (candidate P6'):
    only where the detector tells the language by its script or by at least two of its own
    words (``told_by_words``), so a technical line told Swedish on "AV" stays MiniLM's."""
    out: set[int] = set()
    for k, row in enumerate(rows):
        if row.classify or row.pii or row.text_index in skip_texts:
            continue
        offsets = toks[row.text_index].offsets
        piece = texts[row.text_index][offsets[row.start][0] : offsets[row.stop - 1][1]]
        if branch.reads(piece) and not english_run(piece):
            if not by_words or told_by_words(piece):
                out.add(k)
    return out
