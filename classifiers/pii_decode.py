"""Turn per-token PII label probabilities into character spans, merge windows and patterns."""

from __future__ import annotations

import numpy as np

from classifiers.pii_patterns import dedupe, find_patterns, overlaps, validate_model_span
from classifiers.types import PiiEntity

MIN_SPAN_SCORE = 0.5
# same-type neighbours joined across these gap characters ("221 Baker Street, London NW1 6XE"
# is one address; "Laura" + "Schmidt" tagged B, B is one person)
JOIN_GAPS = {"STREET_ADDRESS": " ,.", "PERSON": " "}


def join_adjacent(text: str, spans: list[PiiEntity]) -> list[PiiEntity]:
    """Merge same-type neighbour spans separated only by JOIN_GAPS characters."""
    out: list[PiiEntity] = []
    for e in sorted(spans, key=lambda x: (x.start, x.end)):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type == e.type
            and e.type in JOIN_GAPS
            and e.start >= prev.end
            and text[prev.end : e.start].strip(JOIN_GAPS[e.type]) == ""
        ):
            out[-1] = PiiEntity(e.type, prev.start, e.end, min(prev.score, e.score))
        else:
            out.append(e)
    return out


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


def decode_window(
    text: str,
    probs: np.ndarray,
    labels: tuple[str, ...],
    offsets: list[tuple[int, int]],
    touches_start: bool,
    touches_end: bool,
) -> list[PiiEntity]:
    """Word-level BIO decoding of one window.

    probs: (n_tokens, n_labels) for the window's content tokens; offsets: their char spans.
    Each word takes the mean of its sub-word probabilities; a word is an entity word when
    P(O) < 0.5, typed by the best B-/I- label. A span that reaches a window edge which is not
    the text's edge is dropped: the window overlap guarantees a neighbour sees it whole."""
    words = _words(text, offsets)
    types = sorted({lab.split("-", 1)[1] for lab in labels if lab != "O"})
    cols = {t: [i for i, lab in enumerate(labels) if lab != "O" and lab[2:] == t] for t in types}
    spans: list[PiiEntity] = []
    cur: list[int] = []  # word indices of the current entity
    cur_mass: np.ndarray = np.zeros(len(types))
    cur_scores: list[float] = []

    def close() -> None:
        if not cur:
            return
        first_tok, last_tok = words[cur[0]][0], words[cur[-1]][1]
        cut = (first_tok == 0 and not touches_start) or (
            last_tok == len(offsets) - 1 and not touches_end
        )
        score = float(np.mean(cur_scores))
        start, end = offsets[first_tok][0], offsets[last_tok][1]
        while start < end and text[start] in _STRIP:
            start += 1
        while end > start and text[end - 1] in _STRIP:
            end -= 1
        if not cut and score >= MIN_SPAN_SCORE and end > start:
            spans.append(PiiEntity(types[int(cur_mass.argmax())], start, end, score))

    for w, (a, b) in enumerate(words):
        wp = probs[a : b + 1].mean(0)
        if wp[0] >= 0.5 and cur and _is_punct(text[offsets[a][0] : offsets[b][1]]):
            continue  # "Apt. 480", "Baker Street, London": punctuation may sit inside
        if wp[0] >= 0.5:
            close()
            cur = []
            continue
        mass = np.array([wp[cols[t]].sum() for t in types])
        b_mass = sum(float(wp[i]) for i, lab in enumerate(labels) if lab.startswith("B-"))
        # an I-dominated word continues the open entity whatever its type (the entity's type
        # is decided over all its words); a B-dominated word starts a new one
        if cur and b_mass < (1.0 - wp[0]) - b_mass:
            cur.append(w)
            cur_mass = cur_mass + mass
            cur_scores.append(float(1.0 - wp[0]))
            continue
        close()
        cur, cur_mass, cur_scores = [w], mass, [float(1.0 - wp[0])]
    close()
    return spans


def merge_entities(text: str, model_spans: list[PiiEntity]) -> tuple[PiiEntity, ...]:
    """Patterns (validated, whole text) + model spans (validated for structured types)."""
    patterns = find_patterns(text)
    model_ok = [
        e
        for e in join_adjacent(text, dedupe(model_spans))
        if validate_model_span(e.type, text[e.start : e.end])
        and not any(overlaps(e.start, e.end, p) for p in patterns)
    ]
    return tuple(sorted(patterns + model_ok, key=lambda e: (e.start, e.end, e.type)))
