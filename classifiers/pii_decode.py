"""Turn per-token PII label probabilities into character spans, merge windows and patterns."""

from __future__ import annotations

import re

import numpy as np

from classifiers.pii_address_fields import is_field_label
from classifiers.pii_greetings import greeted_names
from classifiers.pii_list_items import split_list_items
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
    with_particles,
)
from classifiers.pii_not_names import drop_not_names
from classifiers.pii_not_phones import drop_not_phones
from classifiers.pii_patterns import SpanIndex, dedupe, find_patterns, validate_model_span
from classifiers.pii_person_shape import (
    family_names,
    is_firm,
    reshape_persons,
    signed_names,
)
from classifiers.pii_placeless import names_in_leftover, placeless_as_names
from classifiers.pii_public_addresses import is_public_address
from classifiers.pii_public_names import is_public_name
from classifiers.pii_records import record_names
from classifiers.pii_street_merge import field_streets, grammar_streets, shaped_streets
from classifiers.pii_us_addresses import complete_us_address, zip_plus_four
from classifiers.types import PiiEntity

MIN_SPAN_SCORE = 0.5
# same-type neighbours joined across these gap characters ("221 Baker Street, London NW1 6XE"
# is one address; "Laura" + "Schmidt" tagged B, B is one person)
JOIN_GAPS = {"STREET_ADDRESS": " ,.", "PERSON": " "}
# only an address continues across a line break or a comma ("12 Main St,\nSpringfield"); a
# name, phone number or e-mail never does ("Brooke, Eugenia" are two people; a name on one
# line and the city on the next are two entities)
SPANS_LINES_AND_COMMAS = frozenset({"STREET_ADDRESS"})


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


def _word(text: str, offsets: list[tuple[int, int]], word: tuple[int, int]) -> str:
    return text[offsets[word[0]][0] : offsets[word[1]][1]]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
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
        start, end = _trim(text, offsets[first_tok][0], offsets[last_tok][1])
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
        start, end = _trim(text, offsets[words[a][0]][0], offsets[words[b][1]][1])
        score = float(np.mean([1.0 - wprobs[k, 0] for k in ks]))
        if end > start and score >= MIN_SPAN_SCORE:
            out.append(PiiEntity("PERSON", start, end, score))
    return out


def _yields_to_address(p: PiiEntity, text: str, model_spans: list[PiiEntity]) -> bool:
    """A short phone-shaped number strictly inside a model address ("Apt. 605 76-50 Pasaje
    ...", "Suite 241 26816 Allen Street") is a flat and house number, not a phone number.
    Numbers with an international prefix, a bracketed area code, or 10+ digits stay phones."""
    raw = text[p.start : p.end]
    if p.type != "PHONE_NUMBER" or raw[:1] in "+(" or raw.startswith("00"):
        return False
    if sum(ch.isdigit() for ch in raw) >= 10:
        return False
    return any(
        m.type == "STREET_ADDRESS" and m.start < p.start and p.end < m.end for m in model_spans
    )


def _outside(text: str, e: PiiEntity, taken: SpanIndex) -> list[PiiEntity]:
    """The parts of model span e not covered by pattern spans, edge-trimmed; a part is kept
    when it still holds a word of two or more letters or digits and passes its type's
    validator ("12 Main St, Springfield" of an address that ran into the phone number on its
    next line; not "cc" of a "cc 378301270956184" the model read as one phone number)."""
    hits = sorted(taken.hits(e.start, e.end), key=lambda x: x.start)
    if not hits:
        return [e]
    pieces, cur = [], e.start
    for p in hits:
        pieces.append((cur, max(cur, p.start)))
        cur = max(cur, p.end)
    pieces.append((cur, e.end))
    out = []
    for a, b in pieces:
        a, b = _trim(text, a, b)
        piece = text[a:b]
        if (
            b > a
            and any(sum(ch.isalnum() for ch in w) >= 2 for w in piece.split())
            and validate_model_span(e.type, piece)
        ):
            out.append(PiiEntity(e.type, a, b, e.score))
    return out


# an IANA time zone ("America/Chicago", "Europe/Isle_of_Man"): a setting, not where anyone lives
_TIME_ZONE = re.compile(
    r"\b(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)"
    r"(?:/[A-Z][A-Za-z_+-]*){1,2}"
)


def _in_time_zone(text: str, e: PiiEntity) -> bool:
    return any(m.start() <= e.start and e.end <= m.end() for m in _TIME_ZONE.finditer(text))


# an address the model reads across aligned columns (receipts, fixed-width exports) or over
# symbols no address holds ("center: [40.41, -3.70", "conf=0.93 clip=ev_88213.mp4")
_NOT_ONE_ADDRESS = re.compile(r"[ \t]{2,}|[@%=\[\]{}]")


def _semicolon_row(text: str, e: PiiEntity) -> bool:
    """Whether span e crosses the cells of a semicolon-separated row (a European CSV export:
    "Jiri Dörschner;Corinna-Stey-Gasse;21-32;28440;Kronach"): its line holds three or more."""
    if ";" not in text[e.start : e.end]:
        return False
    a = text.rfind("\n", 0, e.start) + 1
    b = text.find("\n", e.end)
    return text.count(";", a, b if b >= 0 else len(text)) >= 3


def _cells(text: str, spans: list[PiiEntity]) -> list[PiiEntity]:
    """Model spans cut at a table's cell bars, where one value ends ("| Suite 697 | 38469
    James Bridge |" is a unit and a street); a model address across aligned columns or over
    symbols no address holds is dropped (a street the grammar reads there still counts)."""
    out = []
    for e in spans:
        if e.type == "STREET_ADDRESS" and _NOT_ONE_ADDRESS.search(text, e.start, e.end):
            continue
        items = split_list_items(text, e)  # one address per list item (U19)
        if items is not None:
            out += items
            continue
        bar = "|" if "|" in text[e.start : e.end] else ";" if _semicolon_row(text, e) else ""
        if not bar:
            out.append(e)
            continue
        start = e.start
        # a row's last cell ends at its line's end ("Aue\nDowerg" is two rows' cells)
        stops = "|" if bar == "|" else ";\n"
        for end in [*(i for i in range(e.start, e.end) if text[i] in stops), e.end]:
            a, b = _trim(text, start, end)
            if any(ch.isalnum() for ch in text[a:b]):
                out.append(PiiEntity(e.type, a, b, e.score))
            start = end + 1
    return out


def merge_entities(text: str, model_spans: list[PiiEntity]) -> tuple[PiiEntity, ...]:
    """Patterns (validated, whole text) + model spans (validated for structured types).

    Where the two overlap the pattern wins, except a short number inside a model address
    (see _yields_to_address); the rest of an overlapped model span is kept (_outside). A
    model span inside a time zone's name ("America/Chicago") is dropped. Names that a text's
    shape gives (record fields, households, sign-offs) and streets by their grammar or shape
    count like patterns; an address with no place in it becomes a name or goes; public
    addresses and names are no one's (docs/classifiers.md, candidates U2-U5)."""
    model = [
        complete_us_address(text, with_particles(text, e))
        for e in _cells(text, join_adjacent(text, dedupe(model_spans)))
        if validate_model_span(e.type, text[e.start : e.end])
        and not _in_time_zone(text, e)
        and not (e.type == "STREET_ADDRESS" and is_field_label(text, e.start, e.end))
    ]
    model = drop_not_phones(text, model)
    patterns = [
        p
        for p in drop_not_phones(text, find_patterns(text))
        if not _yields_to_address(p, text, model) and not zip_plus_four(text, p)
    ]
    # names in a record's person fields (a CSV column, a table cell, an SQL value, a key),
    # surnames by their household ("the Santos family"), the name under a sign-off
    taken = SpanIndex(patterns)
    shaped = [*family_names(text), *signed_names(text), *greeted_names(text)]
    for r in [*record_names(text), *shaped]:
        if not taken.overlaps(r.start, r.end) and not is_firm(text, r):
            patterns.append(r)
            taken.add(r)
    streets = grammar_streets(text, model, patterns)
    street_index = SpanIndex(streets)
    replaced = [
        m for m in model if m.type == "STREET_ADDRESS" and street_index.overlaps(m.start, m.end)
    ]
    # a name the model read into the address the grammar replaced ("Michelle Barnes - 287 ...")
    names = [n for m in replaced for n in names_in_leftover(text, m, streets)]
    gone = {id(m) for m in replaced}
    model = [m for m in model if id(m) not in gone] + names
    patterns += streets + [
        e
        for e in shaped_streets(text, model, patterns)
        if not street_index.overlaps(e.start, e.end)
    ]
    # a street's or a house number's record field fills what no model address, street or
    # pattern covers (the whole address, where one reads it, is kept)
    patterns += field_streets(text, patterns, model)
    taken = SpanIndex(patterns)
    model_ok = [piece for e in model for piece in _outside(text, e, taken)]
    # the shape of a written name: cells and labels, web addresses, firms, surnames
    # an address with no number and no street word is a name read as one, or no address
    model_ok = drop_not_names(text, reshape_persons(text, placeless_as_names(text, model_ok)))
    found = [
        e
        for e in patterns + model_ok
        if not is_public_address(text, e) and not is_public_name(text, e)
    ]
    return tuple(sorted(found, key=lambda e: (e.start, e.end, e.type)))
