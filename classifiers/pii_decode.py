"""Turn per-token PII label probabilities into character spans (one encoder window)."""

from __future__ import annotations

import numpy as np

from classifiers.pii_names import (
    EDGE_STOPWORDS,
    LEAD_WORDS,
    NAME_LINE_MIN,
    TITLED_NAME_SCORE,
    TITLES,
    extend_names,
    leading_lines_without_number,
    name_after_title,
    person_labels,
    strip_title,
)
from classifiers.types import PiiEntity

MIN_SPAN_SCORE = 0.5
# only an address continues across a line break or a comma ("12 Main St,\nSpringfield"); a
# name, phone number or e-mail never does ("Brooke, Eugenia" are two people; a name on one
# line and the city on the next are two entities)
SPANS_LINES_AND_COMMAS = frozenset({"STREET_ADDRESS"})


_STRIP = " \t\n.,;:!?\"'()[]{}<>"


def _is_punct(piece: str) -> bool:
    return not any(ch.isalnum() for ch in piece)


def _words(text: str, offsets: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Group sub-word tokens into words: [first, last] token index ranges (inclusive).

    A token continues the previous word when no character separates them and neither of
    the two is punctuation ("James." is the word "James" and the word ".")."""
    words: list[tuple[int, int]] = []
    for i, (a, b) in enumerate(offsets):
        glued = i > 0 and offsets[i - 1][1] == a
        if (
            words
            and glued
            and not _is_punct(text[a:b])
            and not _is_punct(text[offsets[i - 1][0] : offsets[i - 1][1]])
        ):
            words[-1] = (words[-1][0], i)
        else:
            words.append((i, i))
    return words


def _word(text: str, offsets: list[tuple[int, int]], word: tuple[int, int]) -> str:
    return text[offsets[word[0]][0] : offsets[word[1]][1]]


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip edge punctuation, but keep a bracket the span itself opened or closed:
    "Pianezze (BI)" keeps its ")", "(555) 123-4567" its "("."""
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    inner = text[start:end]
    if inner.count("(") > inner.count(")") and text[end : end + 1] == ")":
        end += 1
    if inner.count(")") > inner.count("(") and start > 0 and text[start - 1] == "(":
        start -= 1
    return start, end


def _breaks(text: str, offsets: list[tuple[int, int]], words: list[tuple[int, int]]) -> np.ndarray:
    """Per word: whether a line break precedes it or it is a comma/semicolon."""
    out = np.zeros(len(words), dtype=bool)
    for w, (a, b) in enumerate(words):
        piece = text[offsets[a][0] : offsets[b][1]]
        gap = text[offsets[words[w - 1][1]][1] : offsets[a][0]] if w else ""
        out[w] = "\n" in gap or piece in (",", ";")
    return out


def _viterbi(emit: np.ndarray, allowed: np.ndarray) -> list[int]:
    """Best label path under BIO constraints. emit: (n_words, n_labels) log scores;
    allowed[i, j]: label j may follow label i."""
    n, k = emit.shape
    trans = np.where(allowed, 0.0, -np.inf)
    score = emit[0].copy()
    back = np.zeros((n, k), dtype=np.int64)
    for w in range(1, n):
        cand = score[:, None] + trans  # (prev, cur)
        back[w] = cand.argmax(0)
        score = cand.max(0) + emit[w]
    path = [int(score.argmax())]
    for w in range(n - 1, 0, -1):
        path.append(int(back[w, path[-1]]))
    return path[::-1]


def decode_window(
    text: str,
    probs: np.ndarray,
    labels: tuple[str, ...],
    offsets: list[tuple[int, int]],
    touches_start: bool,
    touches_end: bool,
) -> list[PiiEntity]:
    """Word-level constrained BIO decoding (Viterbi) of one window.

    probs: (n_tokens, n_labels) for the window's content tokens; offsets: their char spans.
    Each word takes the mean of its sub-word probabilities. The best label path may only put
    I-X after B-X or I-X, so a word that the model half-reads as another type ("314 Morgan
    Forge": "Morgan" looks like a first name) stays inside the entity its neighbours agree on,
    and the entity has one type. Punctuation may continue an entity whatever its O score
    ("Apt. 480", "Ritter-Aumann", "Karlmouth, MS"), but not a double quote, which closes a
    JSON or CSV field; edge punctuation is trimmed. A span that
    reaches a window edge which is not the text's edge is dropped: the window overlap
    guarantees a neighbour sees it whole. Spans whose mean entity probability over their
    non-punctuation words is below MIN_SPAN_SCORE are dropped."""
    words = _words(text, offsets)
    if not words:
        return []
    n_lab = len(labels)
    is_i = np.array([lab.startswith("I-") for lab in labels])
    typ = [lab[2:] if lab != "O" else "" for lab in labels]
    allowed = np.ones((n_lab, n_lab), dtype=bool)
    for j in range(n_lab):
        if is_i[j]:
            allowed[:, j] = [typ[i] == typ[j] for i in range(n_lab)]
    wprobs = np.stack([probs[a : b + 1].mean(0) for a, b in words])
    wtext = [_word(text, offsets, wd) for wd in words]
    if (wprobs[:, 0] >= 0.5).all() and not any(w.lower() in TITLES for w in wtext):
        return []  # every word is O and no title anchors a name (the common, no-PII case)
    punct = np.array([_is_punct(text[offsets[a][0] : offsets[b][1]]) for a, b in words])
    eff = wprobs.copy()
    eff[punct] = np.where(is_i, np.maximum(wprobs[punct], wprobs[punct][:, :1]), wprobs[punct])
    emit = np.log(eff + 1e-9)
    no_cross = is_i & np.array([t not in SPANS_LINES_AND_COMMAS for t in typ])
    emit[np.ix_(_breaks(text, offsets, words), no_cross)] = -np.inf
    # a double quote ends a JSON or CSV field: no entity holds one or runs across it
    quoted = np.array([bool(punct[k]) and '"' in wtext[k] for k in range(len(words))])
    emit[np.ix_(quoted, np.arange(1, n_lab))] = -np.inf
    path = _viterbi(emit, allowed)
    gaps = [""] + [
        text[offsets[words[k - 1][1]][1] : offsets[words[k][0]][0]] for k in range(1, len(words))
    ]
    person = person_labels(labels)
    titled = name_after_title(wtext, gaps, wprobs, person, path)
    tails = extend_names(wtext, gaps, wprobs, person, path, punct)

    def edge(k: int) -> bool:  # trailing/leading word that is not part of an entity
        return bool(punct[k]) or wtext[k] in EDGE_STOPWORDS

    spans: list[PiiEntity] = []
    w = 0
    while w < len(words):
        lab = path[w]
        if lab == 0:
            w += 1
            continue
        first, last = w, w
        w += 1
        while w < len(words) and is_i[path[w]] and typ[path[w]] == typ[lab]:
            last = w
            w += 1
        # trailing continuation-punctuation and edge function words are not the entity
        while last >= first and edge(last):
            last -= 1
        while first <= last and edge(first):
            first += 1
        if typ[lab] == "PERSON":  # "Miss Payet" -> "Payet": a title is not the name
            first = strip_title(first, last, wtext, punct)
            if first == last and wtext[first].lower() in LEAD_WORDS:
                continue  # a greeting alone ("Hallo") is no name
        if typ[lab] == "STREET_ADDRESS":  # a name line above the address is not part of it
            first, cut_lines = leading_lines_without_number(first, last, wtext, gaps)
            spans += _name_lines(text, offsets, words, wtext, wprobs, person, punct, cut_lines)
        core = [k for k in range(first, last + 1) if not punct[k]]
        if not core:  # nothing but punctuation and function words ("in", joined later)
            continue
        first_tok, last_tok = words[first][0], words[last][1]
        cut = (first_tok == 0 and not touches_start) or (
            last_tok == len(offsets) - 1 and not touches_end
        )
        # words joined by a name rule carry a faint probability: they must not sink the score
        scored = [k for k in core if k not in tails and k not in titled]
        if scored:
            score = float(np.mean([1.0 - wprobs[k, 0] for k in scored]))
        else:  # only rule-made words: "Mr. Legendre", a title-anchored name
            score = TITLED_NAME_SCORE if core[0] in titled else 0.0
        start, end = trim_span(text, offsets[first_tok][0], offsets[last_tok][1])
        if not cut and score >= MIN_SPAN_SCORE and end > start:
            spans.append(PiiEntity(typ[lab], start, end, score))
    return spans


def _name_lines(
    text: str,
    offsets: list[tuple[int, int]],
    words: list[tuple[int, int]],
    wtext: list[str],
    wprobs: np.ndarray,
    person: tuple[int, int] | None,
    punct: np.ndarray,
    lines: list[tuple[int, int]],
) -> list[PiiEntity]:
    """Lines cut off the top of an address (they hold no digit): a PERSON when the head gives
    their words at least NAME_LINE_MIN person probability on average (title and bullets
    trimmed), else nothing. Score: the words' entity probability, as for any model span."""
    if person is None:
        return []
    out = []
    for a, b in lines:
        ks = [k for k in range(a, b + 1) if not punct[k]]
        if not ks or float(np.mean(wprobs[ks][:, list(person)].sum(axis=1))) < NAME_LINE_MIN:
            continue
        while a <= b and punct[a]:
            a += 1
        a = strip_title(a, b, wtext, punct)
        start, end = trim_span(text, offsets[words[a][0]][0], offsets[words[b][1]][1])
        score = float(np.mean([1.0 - wprobs[k, 0] for k in ks]))
        if end > start and score >= MIN_SPAN_SCORE:
            out.append(PiiEntity("PERSON", start, end, score))
    return out
