"""A small, dependency-free language detector: Unicode scripts, then Latin stopwords.

Good enough to route by language (it is a routing signal, not linguistics): scripts decide
zh/ja/ko/ru/ar/he/hi/el/th directly; Latin-script text is scored against short stopword
lists for en, fr, de, es, it, pt, nl. Returns "und" when it cannot tell.
"""

from __future__ import annotations

import re
from collections import Counter

_SCRIPTS: list[tuple[str, str]] = [
    ("ja", r"[\u3040-\u30ff]"),
    ("ko", r"[\uac00-\ud7af]"),
    ("zh", r"[\u4e00-\u9fff]"),
    ("ru", r"[\u0400-\u04ff]"),
    ("ar", r"[\u0600-\u06ff]"),
    ("he", r"[\u0590-\u05ff]"),
    ("hi", r"[\u0900-\u097f]"),
    ("el", r"[\u0370-\u03ff]"),
    ("th", r"[\u0e00-\u0e7f]"),
]
_SCRIPT_RE = [(code, re.compile(pattern)) for code, pattern in _SCRIPTS]
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and is are of to in that it for with you this what how was be on".split()),
    "fr": frozenset(
        "le la les et est des une un du que qui pour dans pas sur avec je vous".split()
    ),
    "de": frozenset("der die das und ist nicht ein eine ich zu mit sie den von wie auf".split()),
    "es": frozenset("el la los las y es de que en un una por para con no se como del".split()),
    "it": frozenset("il lo la gli le e di che un una per non con sono come del della".split()),
    "pt": frozenset("o a os as e de que um uma para com não se por como do da em".split()),
    "nl": frozenset("de het een en is van dat niet ik je met op te zijn voor wat hoe".split()),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str, sample: int = 2000) -> tuple[str, float]:
    """(ISO 639-1 code or "und", confidence in [0, 1])."""
    text = text[:sample]
    letters = sum(1 for ch in text if ch.isalpha())
    if letters == 0:
        return "und", 0.0
    for code, pattern in _SCRIPT_RE:
        n = len(pattern.findall(text))
        if n / letters >= 0.3:
            return code, min(1.0, n / letters)
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return "und", 0.0
    scores: Counter[str] = Counter()
    for w in words:
        for code, stops in _STOPWORDS.items():
            if w in stops:
                scores[code] += 1
    if not scores:
        return "und", 0.0
    (best, hits), *rest = [*scores.most_common(2), ("und", 0)]
    runner_up = rest[0][1]
    confidence = (hits - runner_up) / max(hits, 1) * min(1.0, hits / 3)
    return best, round(max(0.0, confidence), 4)
