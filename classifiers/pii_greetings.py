"""The name a greeting or a closing addresses (candidates U9 and U11, docs/classifiers.md).

Messages to and from services open with the reader's name and close with the writer's:
"Hi Thomas, thanks for your order!", "Geachte heer van Asten,", "Gentile Sig.ra Battisti,",
"Hallo Agata, Ihre Bestellung ist unterwegs.", "Thanks for riding, Maya", "Liefs, Senna".
The greeting or the closing word, then the titles, stay outside the name; the name's own
particles ("van", "de", "'s") are part of it. A team, a committee, everyone, or a firm's
list ("Dear Myers, Johnson and Smith LLP") is no one's name.
"""

from __future__ import annotations

import re

from classifiers.pii_names import TITLES
from classifiers.pii_person_shape import ORGANISATION_WORDS, not_name_word
from classifiers.types import PiiEntity

_OPENINGS = (
    r"hi|hello|hey|dear|good (?:morning|afternoon|evening)|hallo|hoi|h[ée]|ciao|salve"
    r"|buongiorno|buonasera|gentil(?:e|issim[oa])|car[oa]|geachte|beste|lieber?|liebe"
    r"|sehr geehrter?|guten tag|moin|bonjour|bonsoir|salut|ch[eè]re?|hola|buenos d[ií]as"
    r"|querid[oa]|estimad[oa]|ol[áa]|oi|prezad[oa]|bom dia"
)
_CLOSINGS = (
    r"thanks|thank you|cheers|love|hugs|xoxo|liefs|groetjes|groeten|kusjes|gr[üu](?:ß|ss)e|lg"
    r"|saluti|baci|bacioni|un abbraccio|bisous|bises|besos|besitos|abrazos|beijos|beijinhos"
    r"|abra[çc]os?|bedankt|danke|merci|gracias"
    r"|grazie|obrigad[oa]"
)
_TITLES = TITLES | {"heer", "doña", "avv"}  # not "Don": an English first name
_TITLE = rf"(?i:(?:{'|'.join(sorted(_TITLES, key=len, reverse=True))})(?:\.ra)?\.?)"
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_PARTICLES = r"(?:van|de|der|den|von|di|da|du|le|la|ter|ten|'s)"
_WORD = rf"[{_UP}][{_LOW}]+(?:['’][{_LOW}]+)?(?:-[{_UP}][{_LOW}]+)?"
_NAME = rf"(?:{_PARTICLES}[ \t])*{_WORD}(?:[ \t](?:{_PARTICLES}[ \t])*{_WORD}){{0,2}}"
# at a line's start (a closing also after a sentence's end): a search that may start
# anywhere costs milliseconds on long text
_GREETED = re.compile(
    rf"^[ \t]*(?i:{_OPENINGS})(?:[ \t]+{_TITLE})*[ \t]+({_NAME})[ \t]*[,!:]"
    rf"|(?:^|(?<=[.!?])[ \t])[ \t]*(?i:{_CLOSINGS})(?: for [a-z]+(?: [a-z]+)?)?,[ \t]*"
    rf"({_WORD})[ \t]*[!.]?[ \t]*$",
    re.MULTILINE,
)
_NOT_GREETED_WORDS = frozenset(
    "team all everyone everybody there world folks guys friends friend sir madam support "
    "again both you hiring valued members member customer customers allemaal allen alle "
    "tutti todos todas tous toutes "
    # German capitalises its nouns: "Liebe Freunde", "Sehr geehrte Frau Kollegin"
    "freunde freundinnen eltern nachbarn nachbarin nachbar kollegin kollege kollegen "
    "kolleginnen mitglieder kunden kundin kunde damen herren gäste teilnehmer familie leute "
    "zusammen mama papa mum mom dad oma opa nonna nonno".split()
)
_FIRM_LIST_REST = re.compile(r"[ \t]*[A-Z][a-z'’-]+,? (?:and|&) ")  # "Dear Myers, Johnson and Sm"


def greeted_names(text: str) -> list[PiiEntity]:
    """The name a greeting or a closing addresses."""
    out = []
    for m in _GREETED.finditer(text):
        g = 1 if m.group(1) else 2
        words = [w.lower() for w in m.group(g).split() if not re.fullmatch(_PARTICLES, w)]
        if g == 1 and _FIRM_LIST_REST.match(text, m.end()):
            continue
        if not words or any(
            not_name_word(w) or w in _NOT_GREETED_WORDS or w in ORGANISATION_WORDS for w in words
        ):
            continue
        out.append(PiiEntity("PERSON", m.start(g), m.end(g), 0.8))
    return out
