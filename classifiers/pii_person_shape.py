"""The shape of a written name, applied to the PII layers' PERSON spans (candidate K).

The PII layers find most names, but their span edges follow the words' look, not the way a
name is written. Four things about a person's name hold in any English text:

* it sits in one cell of a table and on one side of a label: a span is cut at a tab
  (each cell is its own name: "Brian<TAB>Boone"), after a label's colon ("Attn: Bobby
  Parker"), and before a wide gap, a bar, a bracket or a quote ("Megan Moore    DOB",
  "Bryce Crosby | Civil engineer", "Amy Griffin (Hernandez-Baker)");
* it is not part of a web or mail address ("anthony" of "www.anthony-hall.com");
* it is not a firm's name: "Jones and Sons", a company with a legal form ("Torres LLC"),
  two surnames joined by a hyphen with no first name or title beside them
  ("Dominguez-Daniels"), or an acronym ("BLK"). A list of three words ("Rojas, Davis and
  Fischer") stays: it may be three people ("Rick, Stacey and Luca");
* a first name the layers read alone is followed, on the same line, by a capitalised
  surname ("Kevin Sloan", "Evan Grant"); a surname read alone at the start of a line, a
  cell or a label's value follows a capitalised first name ("Anthony Keith").

``reshape_persons`` applies these to the merged entities; other types pass unchanged.
"""

from __future__ import annotations

import re

from classifiers.pii_names import LEAD_WORDS, TITLES
from classifiers.types import PiiEntity

# legal forms and institutions: the word ends a firm's name, not a person's
ORGANISATION_WORDS = frozenset(
    "inc inc. ltd ltd. llc llp plc corp corp. corporation co co. company gmbh ag sa srl bv "
    "nv group holdings partners associates sons elementary school academy university "
    "college institute hospital clinic church library foundation bank inn hotel motel".split()
)
# capitalised words that stand next to a name but are never part of it
_NOT_NAME_WORDS = frozenset(
    "the a an and or but if of for to in on at by from with re fw fwd thanks thank hi hello "
    "customer client patient tenant resident driver "
    "hey dear dob ssn id phone email e-mail tel fax mobile address street apt suite unit "
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december today tomorrow yesterday "
    "please call note i we you he she they it this that customer patient".split()
)
_CUT_BEFORE = re.compile(r" {2,}|\s*[|(\[<\"]")
_CAPITALISED = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?|Mc[A-Z][a-z]+|O'[A-Z][a-z]+")
_HYPHENATED = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")
_ACRONYM = re.compile(r"[A-Z]{2,4}")
# "Jones and Sons"; a list "Rojas, Davis and Fischer" may be three people ("Rick, Stacey and
# Luca"), and a name dropped is a name leaked, so such lists stay names
_FIRM = re.compile(r"[A-Z][a-z]+ (?:and|&) Sons\b")
_WEB = re.compile(r"://|www\.|@|\.(?:com|org|net|info|biz|io|co|edu|gov)\b", re.IGNORECASE)
_LINE_OR_CELL_START = re.compile(r"(?:^|[\n\t,;]|: ?)$")
_LINE_OR_CELL_END = re.compile(r"[ \t]*(?:$|[\n\t,;|<(]| {2})")
_TOKEN_END = re.compile(r"[\s,;\"'()<>\[\]]")
_NEXT_WORD = re.compile(r" ([A-Za-z'’-]+)")
_FOLLOWING = re.compile(r"[ \t]?,?[ \t]?([\w.&-]+)")  # one cell: no wide gap
_FOLLOWING_NAME = re.compile(r"[ \t]+([\w'’-]+)")
_AFTER_NEXT = re.compile(r"[ \t]*,?[ \t]*(?:(and\b|&|-)|([\w.&]+))")
_PREV_WORD = re.compile(r"([A-Za-z'’-]+) $")
_NOT_NAMES = _NOT_NAME_WORDS | ORGANISATION_WORDS | TITLES | LEAD_WORDS
# a closing or a role word the layers read into a name (candidate U11)
_LEAD = re.compile(
    r"[ \t]*(?i:liefs|groetjes|groeten|kusjes|gr[üu](?:ß|ss)e|saluti|baci|bacioni|bisous|bises"
    r"|besos|besitos|abrazos|beijos|beijinhos|abra[çc]os?|cheers|love|hugs|xoxo|klant|kunde|kundin|cliente|client|customer|patient"
    r"|paziente|paciente|huurder|mieter|mieterin|inquilino|locataire)\b,?[ \t]+"
)
_LIST_NUMBER = re.compile(r"[ \t]*\d{1,3}[.)][ \t]+")
_SENTENCE_END = re.compile(r"(?<![\w.])([A-Za-zÀ-ÖØ-öø-ÿ]{4,})\.[ \t]+(?=\S)")
_LOOK = 80  # characters read around a span (bounded work on long texts)


def _cut(text: str, e: PiiEntity) -> list[PiiEntity]:
    """The cells and the label value of span e (see the module's first point)."""
    start, end = e.start, e.end
    first_letter = next((i for i in range(start, end) if text[i].isalnum()), end)
    m = _CUT_BEFORE.search(text, first_letter, end)
    if m:
        end = m.start()
    colon = text.rfind(":", start, end)
    if colon >= 0:
        start = colon + 1
    pieces = []
    pos = start
    for cell in text[start:end].split("\t"):
        a = pos + len(cell) - len(cell.lstrip())
        b = pos + len(cell.rstrip())
        pos += len(cell) + 1
        # a sentence ends inside: "Uwe Hartung. Alwine Renner übernimmt ..."; a lone
        # lower-case word before the stop is the last sentence's ("café. Beijinhos, Ivo")
        for stop in _SENTENCE_END.finditer(text, a, b):
            if stop.group(1).lower() not in TITLES:
                head = text[a : stop.end(1)]
                if " " in head.strip() or not head.strip().islower():
                    pieces.append((a, stop.end(1)))
                a = stop.end()
        pieces.append((a, b))
    out = []
    for a, b in pieces:
        lead = _LEAD.match(text, a, b)  # "Liefs, Senna", "klant felix muller"
        a = lead.end() if lead else a
        item = _LIST_NUMBER.match(text, a, b)  # "2. Karolin Schinke": a list's number (U17)
        a = item.end() if item else a
        if b > a and any(ch.isalpha() for ch in text[a:b]):
            out.append(PiiEntity(e.type, a, b, e.score))
    return out


def _token(text: str, start: int, end: int) -> tuple[int, int]:
    """The run of text between blanks and cell marks (comma, quote, bracket) that holds
    [start, end): a URL or an e-mail address is one such run."""
    a = start
    while a > 0 and not _TOKEN_END.match(text[a - 1]):
        a -= 1
    b = end
    while b < len(text) and not _TOKEN_END.match(text[b]):
        b += 1
    return a, b


def _is_firm(text: str, e: PiiEntity) -> bool:
    """Span e names a firm, not a person (the module's third point)."""
    span = text[e.start : e.end]
    if _ACRONYM.fullmatch(span) or re.search(r"\s(?:and|&)\s", span):
        return True
    words = span.split()
    nxt = _FOLLOWING.match(text, e.end)
    if (words and words[-1].lower() in ORGANISATION_WORDS) or (
        nxt and nxt.group(1).lower() in ORGANISATION_WORDS
    ):
        return True
    for m in _FIRM.finditer(text, max(0, e.start - _LOOK), min(len(text), e.end + _LOOK)):
        if m.start() <= e.start and e.end <= m.end():
            return True
    tok_start, tok_end = _token(text, e.start, e.end)
    core = text[tok_start:tok_end].strip(".!?:")
    if _HYPHENATED.fullmatch(core):  # "Dominguez-Daniels", unless a first name or title leads
        prev = re.search(r"([\w.]+)[ \t]+$", text[max(0, tok_start - _LOOK) : tok_start])
        lead = prev.group(1).rstrip(".").lower() if prev else ""
        nxt = _FOLLOWING_NAME.match(text, tok_end)
        return not (
            lead in TITLES
            or (prev is not None and _name_word(prev.group(1)))
            or (nxt is not None and _name_word(nxt.group(1)))  # "Jean-Luc Picard"
        )
    return False


def is_firm(text: str, e: PiiEntity) -> bool:
    """Whether name span ``e`` names a firm ("Reed-Castillo", "Torres LLC", "Jones and Sons")."""
    return _is_firm(text, e)


def _name_word(word: str) -> bool:
    """A capitalised word that may be a first name or a surname."""
    return bool(_CAPITALISED.fullmatch(word)) and word.lower() not in _NOT_NAMES


def _extend(text: str, e: PiiEntity) -> PiiEntity:
    """A one-word capitalised name grows by the capitalised word beside it (last point)."""
    span = text[e.start : e.end]
    if not _name_word(span):
        return e
    nxt = _NEXT_WORD.match(text, e.end)
    if nxt and _name_word(nxt.group(1)):
        after = _AFTER_NEXT.match(text, nxt.end())  # not the first name of a firm
        if not (after and (after.group(1) or after.group(2).lower() in ORGANISATION_WORDS)):
            return PiiEntity(e.type, e.start, nxt.end(), e.score)
    lo = max(0, e.start - _LOOK)
    prev = _PREV_WORD.search(text[lo : e.start])
    if prev and _name_word(prev.group(1)) and _LINE_OR_CELL_END.match(text, e.end):
        first = lo + prev.start(1)
        if _LINE_OR_CELL_START.search(text[max(0, first - _LOOK) : first]):
            return PiiEntity(e.type, first, e.end, e.score)
    return e


def reshape_persons(text: str, entities: list[PiiEntity]) -> list[PiiEntity]:
    """PERSON spans cut, dropped or grown by the shape of a written name; others as given."""
    out: list[PiiEntity] = []
    for e in entities:
        if e.type != "PERSON":
            out.append(e)
            continue
        for part in _cut(text, e):
            a, b = _token(text, part.start, part.end)
            if _WEB.search(text, a, b) or _is_firm(text, part):
                continue
            out.append(_extend(text, part))
    return out


# "the Santos family", "the Castro household": a surname by the word after it
_FAMILY = re.compile(r"\b[Tt]he ([A-Z][a-z'’]+(?:-[A-Z][a-z]+)?) (?:family|household|kids|twins)\b")


def family_names(text: str) -> list[PiiEntity]:
    """Surnames written as "the <Surname> family" (a household is people, not a firm)."""
    return [
        PiiEntity("PERSON", m.start(1), m.end(1), 0.8)
        for m in _FAMILY.finditer(text)
        if m.group(1).lower() not in _NOT_NAMES
    ]


# a sign-off's next line: "Best regards,\nLaura Villegas", "Thanks,\n-- Sam"
_SIGNED = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:best|kind|warm|many)?[ \t]*regards|thanks|thank you|sincerely|"
    r"yours(?: truly| sincerely)?|cheers|best|all the best|respectfully|love)[ \t]*[,!.]?"
    r"[ \t]*\n[ \t]*(?:--?[ \t]*)?"
    r"([A-Z][a-z'’]+(?:-[A-Z][a-z]+)?(?: [A-Z]\.)?(?: [A-Z][a-z'’]+(?:-[A-Z][a-z]+)?){0,2})"
    r"[ \t]*(?=\n|$)",
    re.IGNORECASE,
)
# a team, a board or a desk signs too: "Recruiting Team", "Spence-Williams HOA Board"
_NOT_SIGNER_WORDS = frozenset(
    "team board department dept office support staff crew committee desk service services "
    "management admin administration hr it operations sales billing council".split()
)


def signed_names(text: str) -> list[PiiEntity]:
    """The name on the line after a letter's sign-off."""
    out = []
    for m in _SIGNED.finditer(text):
        words = m.group(1).split()
        low = [w.lower().strip(".") for w in words]
        if not any(w in _NOT_NAMES or w in _NOT_SIGNER_WORDS for w in low):
            out.append(PiiEntity("PERSON", m.start(1), m.end(1), 0.8))
    return out


def not_name_word(word: str) -> bool:
    """Whether lower-case ``word`` stands beside names but is never one (a title, a greeting,
    a firm's or a team's word)."""
    return word in _NOT_NAMES or word in _NOT_SIGNER_WORDS
