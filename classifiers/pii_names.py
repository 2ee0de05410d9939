"""Name rules on top of the PII head's decoded label path (word level, in place).

The head reads a name's first word surely and its surname faintly ("Eric" B-PERSON 0.99,
"Harris" I-PERSON 0.05), and a surname after a title often faintly too ("Mr. Legendre":
PERSON 0.25). The rules below join such words when the model gives them at least
``NAME_FLOOR``; the labelling convention (Presidio's, and our training data's) keeps the
title itself out of the name. A name on the line above a multi-line address is cut off
the address (every labelled multi-line address starts at a line with a digit). Floors and
lists were settled on the validation split (docs/classifiers.md, "Name rules")."""

from __future__ import annotations

import re

import numpy as np

from classifiers.types import PiiEntity

NAME_FLOOR = 0.01
# A name made only of rule-joined words has no confident model word to score it; like the
# pattern types, it gets a fixed confidence, below theirs (11 of 11 right on validation).
TITLED_NAME_SCORE = 0.8
# A line cut off the top of an address becomes a PERSON at this mean person probability.
NAME_LINE_MIN = NAME_FLOOR
TITLES = frozenset(
    "mr mrs ms miss mx dr prof herr frau dhr mevr mme mlle sig dott ind sir dame rev sr sra "
    "srta madame monsieur mister señor señora señorita senhor senhora signor signora "
    "signore signorina meneer mevrouw mademoiselle hr hrn fr mw dra".split()
)
# Words that open a sentence before a name and are never its first word: "Soy Ana Páez",
# "Hola Marta", "Estimado Pablo Ruiz" (candidate E). Like a title, they stay outside the span.
# Dutch "ben" (I am) is not listed: Ben is a first name.
LEAD_WORDS = frozenset(
    "soy sou sono bin hola olá oi bonjour salut hallo hoi ciao hi hello hey dear "
    "querido querida estimado estimada prezado prezada cher chère liebe lieber beste geachte "
    "gentile gentilissimo gentilissima".split()
)
# Lower-case function words never begin or end a name or an address; the model sometimes
# pulls them in ("in 68385 William Way", "46739 and"). Case-sensitive: "The Strand" stays,
# and street words such as "via", "rue", "de" are not listed.
EDGE_STOPWORDS = frozenset(
    "in at to on of from for with and or is was near by into onto about".split()
)
# ... nor are they, or an article, the next word of a name
FUNCTION_WORDS = EDGE_STOPWORDS | {"the", "a", "an"}


def person_labels(labels: tuple[str, ...]) -> tuple[int, int] | None:
    """Indices of B-PERSON and I-PERSON, or None when the label set has no PERSON."""
    if "B-PERSON" not in labels or "I-PERSON" not in labels:
        return None
    return labels.index("B-PERSON"), labels.index("I-PERSON")


def _name_like(word: str) -> bool:
    return word[:1].isalpha() and word not in FUNCTION_WORDS


def _after_title(k: int, wtext: list[str], gaps: list[str]) -> bool:
    """Word k follows a title: "Miss X", "Mr. X", "ms. X" (one space before X)."""
    if gaps[k] != " " or k == 0:
        return False
    if wtext[k - 1].lower() in TITLES:
        return True
    return k >= 2 and wtext[k - 1] == "." and gaps[k - 1] == "" and wtext[k - 2].lower() in TITLES


def name_after_title(
    wtext: list[str],
    gaps: list[str],
    wprobs: np.ndarray,
    person: tuple[int, int] | None,
    path: list[int],
) -> set[int]:
    """An O word right after a title, capitalised, with PERSON probability >= NAME_FLOOR,
    begins a name. Returns the words relabelled."""
    if person is None:
        return set()
    b, i = person
    added: set[int] = set()
    for k in range(1, len(wtext)):
        if path[k] != 0 or not wtext[k][:1].isupper() or not _name_like(wtext[k]):
            continue
        if _after_title(k, wtext, gaps) and wprobs[k, b] + wprobs[k, i] >= NAME_FLOOR:
            path[k] = b
            added.add(k)
    return added


def extend_names(
    wtext: list[str],
    gaps: list[str],
    wprobs: np.ndarray,
    person: tuple[int, int] | None,
    path: list[int],
    punct: np.ndarray,
) -> set[int]:
    """An O word right after a PERSON word (one space apart, same capitalisation, not a
    function word) with I-PERSON probability >= NAME_FLOOR continues the name."""
    if person is None:
        return set()
    b, i = person
    added: set[int] = set()
    for k in range(1, len(wtext)):
        if path[k] != 0 or path[k - 1] not in (b, i) or punct[k] or gaps[k] != " ":
            continue
        if not _name_like(wtext[k]) or wtext[k][:1].isupper() != wtext[k - 1][:1].isupper():
            continue
        if wprobs[k, i] >= NAME_FLOOR:
            path[k] = i
            added.add(k)
    return added


def strip_title(first: int, last: int, wtext: list[str], punct: np.ndarray) -> int:
    """First word of a PERSON span after a leading title (and its dot) or lead word, if a
    name remains."""
    if wtext[first].lower() not in TITLES | LEAD_WORDS:
        return first
    k = first + 1
    if k <= last and wtext[k] == ".":
        k += 1
    return k if any(not punct[j] for j in range(k, last + 1)) else first


def leading_lines_without_number(
    first: int, last: int, wtext: list[str], gaps: list[str]
) -> tuple[int, list[tuple[int, int]]]:
    """A multi-line address starts at its first line with a digit (a house or flat number):
    every gold address in our data does, and the head often runs the name on the line above
    into it. Returns the address's new first word and the (first, last) word ranges of the
    lines cut off; nothing changes when no line, or the first line, holds a digit."""
    lines: list[tuple[int, int]] = []
    for k in range(first, last + 1):
        if k == first or "\n" in gaps[k]:
            lines.append((k, k))
        else:
            lines[-1] = (lines[-1][0], k)
    numbered = [
        i
        for i, (a, b) in enumerate(lines)
        if any(ch.isdigit() for w in wtext[a : b + 1] for ch in w)
    ]
    if not numbered or numbered[0] == 0:
        return first, []
    return lines[numbered[0]][0], lines[: numbered[0]]


# Dutch and German surname particles ("Fay van Wel", "van den Eijssel", "von der Heide"):
# the head often stops a name at the particle or starts it after one (candidate G)
_PARTICLES_BEFORE = re.compile(
    r"(?:(?<=\s)|^)(?:van(?: de[nr]?| het)?|von(?: de[rm])?|ter|ten|vom|zu)\s$"
)
_PARTICLE_LAST = re.compile(r"(?:^|\s)(?:van|von|de|den|der|ter|ten|het)$")
_TITLE_BEFORE = re.compile(
    r"(?i:\b(?:meneer|mevrouw|mevr|dhr|heer|juffrouw|herr|frau|dr|prof|mr|mrs|ms)\.?)\s+$"
)
_BARE_SURNAME = re.compile(r"(?:(?:de[nr]?|het)\s)?[A-ZÀ-ÖØ-Þ][\w'’-]*")
_NEXT_CAPITAL = re.compile(r"\s(?:(?:de[nr]?|het)\s)?[A-ZÀ-ÖØ-Þ][\w'’-]*")


def with_particles(text: str, e: PiiEntity) -> PiiEntity:
    """PERSON span ``e`` grown over the surname particle before it ("van" of "van Vliet")
    and over the surname after a particle it ends with ("Fay van" + "Wel")."""
    if e.type != "PERSON":
        return e
    start, end = e.start, e.end
    m = _PARTICLES_BEFORE.search(text, max(0, start - 12), start)
    # only a bare surname after a title takes the particle before it ("meneer van Vliet"):
    # "van" is also the preposition, before a whole name ("een bericht van Renske van Praagh")
    # and before a first name alone ("de fiets van Faas")
    if (
        m is not None
        and _BARE_SURNAME.fullmatch(text, start, end)
        and _TITLE_BEFORE.search(text, max(0, m.start() - 16), m.start()) is not None
    ):
        start = m.start()
    if _PARTICLE_LAST.search(text, start, end):
        n = _NEXT_CAPITAL.match(text, end)
        if n is not None:
            end = n.end()
    if (start, end) == (e.start, e.end):
        return e
    return PiiEntity(e.type, start, end, e.score)
