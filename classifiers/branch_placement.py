"""Which texts the multilingual branch reads (``MultilingualBranch.reads``): those the
language detector places in one of its languages, and, with the config's settings, prose in
them that the detector places without confidence (candidates L7, L7d, L7f and L8d,
docs/classifiers.md)."""

from __future__ import annotations

from collections.abc import Sequence

from classifiers.branch_config import BranchConfig
from classifiers.language import (
    ENGLISH_SHARE_READ,
    detect_language,
    domain_language,
    english_share,
    stopword_share,
)

MIN_CONFIDENCE = 0.3
"""The detector must be at least this sure of the language."""


def branch_reads(text: str, cfg: BranchConfig, languages: frozenset[str]) -> bool:
    """True when the detector places ``text`` in one of ``languages`` with
    ``MIN_CONFIDENCE``, or it is unsure prose in them (``unsure_stopword_share``, candidate
    L7) that the wider word lists do not tell a language kept with MiniLM (L7f)."""
    lang, conf = detect_language(text)
    if lang in languages and conf >= MIN_CONFIDENCE:
        return True
    if not unsure_prose(text, cfg.unsure_stopword_share, languages):
        return False
    return domain_language(text)[0] not in cfg.unsure_keep_minilm


def domain_unsure(text: str, cfg: BranchConfig, languages: frozenset[str]) -> bool:
    """For a text not read as a whole: True when the branch answers its domain anyway,
    unsure prose by ``unsure_domain_share`` (L7d) or a language the wider word lists tell
    (L8d)."""
    if unsure_prose(text, cfg.unsure_domain_share, languages):
        return True
    lang, conf = domain_language(text)
    return cfg.unsure_domain_share is not None and lang in languages and conf >= MIN_CONFIDENCE


def unsure_prose(text: str, share: float | None, languages: frozenset[str]) -> bool:
    """Placed outside English, but not surely: no English to speak of and at least
    ``share`` of its words function words of ``languages``."""
    if share is None:
        return False
    return (
        detect_language(text)[0] not in ("en", "und")
        and english_share(text) < ENGLISH_SHARE_READ
        and stopword_share(text, languages) >= share
    )


def language_moves(texts: Sequence[str], cfg: BranchConfig) -> dict[int, float]:
    """Per text in a language the head was not calibrated on, the offset of its whole
    text's score (``jailbreak_language_shift``, candidate L5)."""
    shifts = cfg.jailbreak_language_shift
    if not shifts:
        return {}
    return {
        i: shifts[lang] for i, t in enumerate(texts) if (lang := detect_language(t)[0]) in shifts
    }
