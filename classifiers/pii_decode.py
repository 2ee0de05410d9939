"""Turn per-token PII label probabilities into character spans, merge windows and patterns."""

from __future__ import annotations

import numpy as np

from classifiers.pii_patterns import dedupe, find_patterns, overlaps, validate_model_span
from classifiers.types import PiiEntity


MIN_SPAN_SCORE = 0.5
# same-type neighbours joined across these gap characters ("221 Baker Street, London NW1 6XE"
# is one address; "Laura" + "Schmidt" tagged B, B is one person)
JOIN_GAPS = {"STREET_ADDRESS": " ,", "PERSON": " "}


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


def decode_window(
    probs: np.ndarray,
    labels: tuple[str, ...],
    offsets: list[tuple[int, int]],
    touches_start: bool,
    touches_end: bool,
) -> list[PiiEntity]:
    """probs: (n_tokens, n_labels) for the window's content tokens; offsets: their char spans.

    A span that reaches a window edge which is not the text's edge is dropped: the overlap
    between windows guarantees that it is seen whole in a neighbouring window."""
    # a token is an entity token when P(O) < 0.5; its label is the best non-O label
    best = np.where(probs[:, 0] < 0.5, probs[:, 1:].argmax(-1) + 1, 0)
    spans: list[PiiEntity] = []
    cur_type: str | None = None
    cur_first = cur_last = 0
    cur_scores: list[float] = []

    def close() -> None:
        if cur_type is None:
            return
        cut_left = cur_first == 0 and not touches_start
        cut_right = cur_last == len(offsets) - 1 and not touches_end
        if not (cut_left or cut_right) and float(np.mean(cur_scores)) >= MIN_SPAN_SCORE:
            spans.append(
                PiiEntity(
                    cur_type,
                    offsets[cur_first][0],
                    offsets[cur_last][1],
                    float(np.mean(cur_scores)),
                )
            )

    for i, lab_id in enumerate(best.tolist()):
        lab = labels[lab_id]
        if lab == "O":
            close()
            cur_type = None
            continue
        prefix, typ = lab.split("-", 1)
        # Continue the current entity on I- of the same type, or on a sub-word B- glued to it.
        glued = cur_type == typ and offsets[i][0] == offsets[i - 1][1]
        if cur_type == typ and (prefix == "I" or glued):
            cur_last = i
            cur_scores.append(float(probs[i, lab_id]))
            continue
        close()
        cur_type, cur_first, cur_last, cur_scores = typ, i, i, [float(probs[i, lab_id])]
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
