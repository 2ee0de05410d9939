"""Names that are no one's personal data (candidate U4, docs/classifiers.md).

Users ask about history, science and books by the names in them ("Explain Einstein's
theory", "Why does Gandalf tell Frodo to leave?"). A public figure or a fictional character
is not a person the gateway must protect, and redacting the name spoils the question. The
PII layers cannot tell a famous name from a private one by its shape (training them to try,
candidate K2, cost private surnames), so the runtime keeps a short fixed list, written from
general knowledge (no evaluation set was read to make it): full names that no common first
and last name make up (not "Adam Smith"), and single names only where no private person is
likely to be called that alone (not "Newton", "Lincoln", "Homer", "Michelangelo"). A name
span whose words, titles and a possessive "'s" aside, are one of them is dropped.
"""

from __future__ import annotations

import re

from classifiers.pii_names import TITLES
from classifiers.types import PiiEntity

_FULL = """
albert einstein; isaac newton; charles darwin; marie curie; galileo galilei; nikola tesla;
leonardo da vinci; william shakespeare; napoleon bonaparte; abraham lincoln;
george washington; winston churchill; julius caesar; mahatma gandhi; martin luther king;
nelson mandela; queen victoria; karl marx; sigmund freud; ludwig van beethoven;
wolfgang amadeus mozart; johann sebastian bach; pablo picasso; vincent van gogh;
jane austen; charles dickens; mark twain; ernest hemingway; leo tolstoy; fyodor dostoevsky;
dante alighieri; alexander the great; genghis khan; joan of arc; christopher columbus;
thomas edison; benjamin franklin; thomas jefferson; stephen hawking; alan turing;
ada lovelace; john maynard keynes; immanuel kant; friedrich nietzsche;
rene descartes; jean-paul sartre; simone de beauvoir; frida kahlo; elvis presley;
marilyn monroe; charlie chaplin; neil armstrong; rosa parks;
harriet tubman; frederick douglass; john f. kennedy; franklin d. roosevelt;
theodore roosevelt; queen elizabeth; henry viii; louis xiv; peter the great;
catherine the great; vladimir lenin; joseph stalin; adolf hitler; mao zedong;
nicolaus copernicus; johannes kepler; gregor mendel; louis pasteur; florence nightingale;
amelia earhart; steve jobs; bill gates; elon musk; mark zuckerberg; jeff bezos;
barack obama; donald trump; joe biden; taylor swift; oscar wilde; virginia woolf;
george orwell; edgar allan poe; agatha christie; j. k. rowling; j. r. r. tolkien;
sherlock holmes; hercule poirot; miss marple; harry potter; hermione granger; ron weasley;
albus dumbledore; lord voldemort; severus snape; frodo baggins; bilbo baggins;
samwise gamgee; luke skywalker; darth vader; han solo; princess leia; obi-wan kenobi;
james bond; elizabeth bennet; jay gatsby; atticus finch; holden caulfield;
huckleberry finn; tom sawyer; captain ahab; victor frankenstein; count dracula;
peter pan; winnie the pooh; mickey mouse; homer simpson; bart simpson;
bruce wayne; clark kent; tony stark; katniss everdeen; jon snow; daenerys targaryen;
tyrion lannister; ebenezer scrooge; oliver twist; jane eyre; anna karenina;
robin hood; king arthur; indiana jones; forrest gump; hannibal lecter; mary poppins;
willy wonka; captain nemo; phileas fogg; nancy drew; don quixote;
king lear; lady macbeth; romeo and juliet; spider-man; wonder woman
"""
_SINGLE = """
einstein shakespeare beethoven mozart picasso napoleon galileo
aristotle plato socrates confucius cleopatra gandhi tolstoy dostoevsky nietzsche freud
copernicus pythagoras archimedes euclid gandalf frodo aragorn legolas gollum sauron
dumbledore voldemort hagrid yoda chewbacca hamlet macbeth othello odysseus achilles
hercules zeus poseidon cinderella rapunzel pinocchio batman superman
"""
_NAMES = frozenset(n.strip() for n in _FULL.replace("\n", " ").split(";")) | frozenset(
    _SINGLE.split()
)
_WORD = re.compile(r"[\w'’.-]+")


def _key(piece: str) -> str:
    words = [w.lower().strip(".") for w in _WORD.findall(piece)]
    while words and words[0] in TITLES:
        words.pop(0)
    if words and words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]
    return " ".join(w.replace("é", "e") for w in words)


# the full names as they are written in a text, for the pieces of one the layers tag alone
# ("Abraham" of "Abraham Lincoln's vice president", "Winnie" of "Winnie the Pooh")
_FULL_NAMES = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        r"\.?\s+".join(re.escape(w) for w in n.split())
        for n in sorted((n for n in _NAMES if " " in n), key=len, reverse=True)
    )
    + r")(?![\w-])",
    re.IGNORECASE,
)


_REACH = 40  # characters read around a name span: longer than any listed full name


def is_public_name(text: str, e: PiiEntity) -> bool:
    """Whether ``e`` is a name span of a public figure or a fictional character, or a piece
    of a listed full name as the text writes it around the span."""
    if e.type != "PERSON":
        return False
    if _key(text[e.start : e.end]) in _NAMES:
        return True
    lo = max(0, e.start - _REACH)
    return any(
        m.start() <= e.start and e.end <= m.end()
        for m in _FULL_NAMES.finditer(text, lo, min(len(text), e.end + _REACH))
    )
