"""What makes two near-identical prompts different questions: a cheap check on top of the
similarity threshold.

Sentence embeddings place "Is ibuprofen safe with alcohol?" and "... with warfarin?" close
together, and "sort ascending" next to "sort descending". A semantic hit is therefore served
only when the stored prompt and the new one *agree* (:func:`agree`) on their
:class:`QueryFacts`:

* **numbers** (digits, normalised: ``1,000`` = ``1000``, ``2.50`` = ``2.5``; and number words
  up to the millions: ``two`` = ``2``) must be the same set;
* **quoted strings** (``"..."``, ``'...'`` at word edges, curly quotes, backticks) the same set;
* **code blocks** (fenced, whitespace-normalised) the same set;
* **negation** (not, no, never, n't, without, ... in several languages) present in both or
  in neither;
* **language** compatible: the same script, and for Latin script the same stopword-voted
  language when both are confident (an unsure one is compatible with any Latin one);
* **direction / antonym words** (ascending/descending, buy/sell, increase/decrease, before/
  after, ...): for each pair, the same poles used;
* **ordered pairs** ``X to Y`` / ``from X to Y`` / ``X into Y``: the other prompt must not
  hold ``Y to X`` (convert Celsius to Fahrenheit vs. Fahrenheit to Celsius);
* **anchors**: capitalised words not at a sentence start (names, places, products) and words
  the encoder does not know as one token (drug names: ibuprofen, warfarin; rare terms),
  case-folded: every anchor of each prompt must occur among the other's words.

Everything here is pure string work on the last user message (about 20-60 us for a short
prompt). The facts are stored with each cache entry (both backends) and compared with the
new prompt's before a vector-tier hit is returned; the exact tier needs no check (the same
text has the same facts)."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_NUMBER = re.compile(r"(?<![\w.])[-+]?\d[\d,]*(?:\.\d+)?(?:[eE][-+]?\d+)?%?")
_FENCE = re.compile(r"```[^\n`]*\n?(.*?)```", re.DOTALL)
_QUOTED = re.compile(
    r"\"([^\"\n]{1,200})\"|“([^”\n]{1,200})”|„([^“”\n]{1,200})[“”]|«\s?([^»\n]{1,200}?)\s?»"
    r"|`([^`\n]{1,200})`|(?<![\w])'([^'\n]{1,200})'(?![\w])"
)
_SENTENCE_MARKS = frozenset('.!?:;\n"“(*#-•>')
_PAIR = re.compile(
    r"\b(?:from\s+)?([^\W\d_]{2,})\s+(?:to|into|->|→)\s+([^\W\d_]{2,})\b", re.UNICODE
)

_NEGATIONS = frozenset(
    "not no never none nothing nobody nowhere neither nor cannot without dont doesnt didnt "
    "isnt arent wasnt werent wont wouldnt shouldnt cant couldnt mustnt hasnt havent hadnt "
    "ne pas jamais aucun sans nicht kein keine keinen nie ohne nunca nada sin ningún ninguna "
    "non mai senza nao não nunca geen niet nooit zonder".split()
)
_NUMBER_WORDS: dict[str, str] = {
    w: str(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUMBER_WORDS.update(
    {
        "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70",
        "eighty": "80", "ninety": "90", "hundred": "100", "thousand": "1000",
        "million": "1000000", "billion": "1000000000", "once": "1", "twice": "2",
        "half": "0.5", "dozen": "12", "first": "#1", "second": "#2", "third": "#3",
    }
)  # fmt: skip
# (group, pole, words): each word marks one pole of a group of opposites.
_POLES: list[tuple[str, str, str]] = [
    ("order", "asc", "ascending ascend asc increasing smallest-first low-to-high a-z oldest"),
    ("order", "desc", "descending descend desc decreasing largest-first high-to-low z-a newest"),
    ("trade", "buy", "buy buying bought purchase purchasing"),
    ("trade", "sell", "sell selling sold shorting"),
    ("change", "up", "increase increasing raise raising grow growing higher more"),
    ("change", "down", "decrease decreasing lower lowering reduce reducing shrink less fewer"),
    ("time", "before", "before prior earlier"),
    ("time", "after", "after later"),
    ("place", "above", "above over upper"),
    ("place", "below", "below under beneath lower"),
    ("extreme", "max", "max maximum maximise maximize largest biggest highest most"),
    ("extreme", "min", "min minimum minimise minimize smallest lowest least"),
    ("quality", "best", "best better"),
    ("quality", "worst", "worst worse"),
    ("switch", "on", "enable enabling enabled activate turn-on"),
    ("switch", "off", "disable disabling disabled deactivate turn-off"),
    ("io", "in", "import importing input inbound download downloading upload-to"),
    ("io", "out", "export exporting output outbound upload uploading"),
    ("crypt", "enc", "encrypt encrypting encryption encode encoding serialize serialise compress"),
    ("crypt", "dec", "decrypt decrypting decryption decode decoding deserialize deserialise "
     "decompress"),
    ("side", "left", "left west western"),
    ("side", "right", "right east eastern"),
    ("vert", "north", "north northern"),
    ("vert", "south", "south southern"),
    ("add", "add", "add adding insert inserting append create creating"),
    ("add", "remove", "remove removing delete deleting drop dropping"),
    ("truth", "true", "true pros advantages benefits"),
    ("truth", "false", "false cons disadvantages drawbacks risks"),
    ("case", "upper", "uppercase upper-case capitalize capitalise"),
    ("case", "lower", "lowercase lower-case"),
    ("sign", "pos", "positive plus gain profit"),
    ("sign", "neg", "negative minus loss"),
    ("parity", "odd", "odd"),
    ("parity", "even", "even"),
    ("temp", "hot", "hot warm heat heating"),
    ("temp", "cold", "cold cool cooling freeze freezing"),
    ("sex", "male", "male men man boys"),
    ("sex", "female", "female women woman girls"),
    ("win", "win", "win winning won"),
    ("win", "lose", "lose losing lost"),
    ("start", "start", "start starting begin beginning open opening"),
    ("start", "stop", "stop stopping end ending close closing"),
]  # fmt: skip
_POLE_OF: dict[str, tuple[str, str]] = {}
for _group, _pole, _words in _POLES:
    for _w in _words.split():
        _POLE_OF.setdefault(_w, (_group, _pole))
_SCRIPTS: list[tuple[str, re.Pattern[str]]] = [
    ("kana", re.compile(r"[\u3040-\u30ff]")),
    ("hangul", re.compile(r"[\uac00-\ud7af]")),
    ("han", re.compile(r"[\u4e00-\u9fff]")),
    ("cyrillic", re.compile(r"[\u0400-\u04ff]")),
    ("arabic", re.compile(r"[\u0600-\u06ff]")),
    ("hebrew", re.compile(r"[\u0590-\u05ff]")),
    ("devanagari", re.compile(r"[\u0900-\u097f]")),
    ("greek", re.compile(r"[\u0370-\u03ff]")),
    ("thai", re.compile(r"[\u0e00-\u0e7f]")),
]
_LATIN_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the is are was were what how do does did i you it this that of to in for with can "
        "should why which who my your and be an on at from have has will would".split()
    ),
    "fr": frozenset(
        "le la les est des une un du que qui pour dans pas sur avec je vous comment quelle "
        "quel quoi et il elle ce cette mon ma au aux".split()
    ),
    "de": frozenset(
        "der die das und ist nicht ein eine ich zu mit sie den von wie auf was warum wer "
        "kann koche für im dem des mein".split()
    ),
    "es": frozenset(
        "el la los las y es que en un una por para con cómo qué del se mi explica cuál "
        "dónde puedo son".split()
    ),
    "it": frozenset(
        "il lo gli le e di che un una per non con sono come del della è cosa perché".split()
    ),
    "pt": frozenset("o os as e que um uma para com não se por como do da em é você".split()),
    "nl": frozenset("de het een en is van dat niet ik je met op te zijn voor wat hoe".split()),
}
_STOP = frozenset(
    "the a an and or of to in on for with is are was were be been it this that these those "
    "what which who whom how why when where can could should would will do does did i you we "
    "they he she my your our their me us them his her its as at by from into about than then "
    "there here if so not no yes please tell explain give show".split()
)


@dataclass(frozen=True, slots=True)
class QueryFacts:
    """The parts of a prompt that tell one question from another (see the module doc)."""

    numbers: frozenset[str] = frozenset()
    quoted: frozenset[str] = frozenset()
    code: frozenset[str] = frozenset()
    negated: bool = False
    language: str = "und"
    poles: frozenset[str] = frozenset()  # "group:pole"
    pairs: frozenset[tuple[str, str]] = frozenset()
    anchors: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()

    def encode(self) -> bytes:
        """Compact JSON for storage with a cache entry."""
        return orjson.dumps(
            [
                sorted(self.numbers), sorted(self.quoted), sorted(self.code),
                self.negated, self.language, sorted(self.poles),
                sorted(list(p) for p in self.pairs), sorted(self.anchors), sorted(self.words),
            ]
        )  # fmt: skip

    @classmethod
    def decode(cls, data: bytes | str) -> QueryFacts | None:
        """The facts stored with an entry, or ``None`` when unreadable (then: no hit)."""
        try:
            raw: Any = orjson.loads(data)
            nums, quoted, code, neg, lang, poles, pairs, anchors, words = raw
            return cls(
                frozenset(nums), frozenset(quoted), frozenset(code), bool(neg), str(lang),
                frozenset(poles), frozenset((str(a), str(b)) for a, b in pairs),
                frozenset(anchors), frozenset(words),
            )  # fmt: skip
        except (orjson.JSONDecodeError, TypeError, ValueError):
            return None


def detect_language(text: str, words: list[str]) -> str:
    """A script name, ``latin:<code>`` when the stopword vote is clear, or ``latin``."""
    sample = text[:2000]
    letters = sum(1 for ch in sample if ch.isalpha()) or 1
    for name, pattern in _SCRIPTS:
        if len(pattern.findall(sample)) / letters >= 0.3:
            return name
    votes = sorted(
        ((sum(w in stops for w in words), code) for code, stops in _LATIN_STOPWORDS.items()),
        reverse=True,
    )
    (best, code), (second, _) = votes[0], votes[1]
    return f"latin:{code}" if best >= 2 and best >= 2 * second else "latin"


def _languages_agree(a: str, b: str) -> bool:
    return (
        a == b
        or (a == "latin" and b.startswith("latin:"))
        or (b == "latin" and a.startswith("latin:"))
    )


def agree(a: QueryFacts, b: QueryFacts) -> bool:
    """Whether two prompts agree on everything that would make them different questions."""
    if (
        a.numbers != b.numbers
        or a.quoted != b.quoted
        or a.code != b.code
        or a.negated != b.negated
        or not _languages_agree(a.language, b.language)
        or a.poles != b.poles
    ):
        return False
    if any((y, x) in b.pairs for x, y in a.pairs if x != y):
        return False
    return a.anchors <= b.words and b.anchors <= a.words


def _norm_number(raw: str) -> str:
    s = raw.replace(",", "").lstrip("+")
    pct = s.endswith("%")
    s = s.rstrip("%")
    if "." in s and "e" not in s.lower():
        s = s.rstrip("0").rstrip(".") or "0"
    s = re.sub(r"^(-?)0+(?=\d)", r"\1", s)
    return s + ("%" if pct else "")


def _starts_sentence(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] in _SENTENCE_MARKS


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKC", word).casefold().replace("’", "'")


@functools.cache
def default_vocabulary() -> Path:
    """The shipped encoder's ``tokenizer.json`` (``models/`` next to the packages); resolved
    once (``Path.resolve`` walks the path with a system call per part, on every request)."""
    return Path(__file__).resolve().parent.parent / "models" / "tokenizer.json"


@functools.cache
def common_words(tokenizer_json: str) -> frozenset[str]:
    """Whole words of a WordPiece vocabulary (``tokenizer.json``): what the encoder knows as
    one token. Empty when unreadable, which makes every longer word an anchor (stricter)."""
    try:
        vocab = orjson.loads(Path(tokenizer_json).read_bytes())["model"]["vocab"]
    except (OSError, orjson.JSONDecodeError, KeyError, TypeError):
        return frozenset()
    return frozenset(w for w in vocab if w.isalpha() and not w.startswith("##"))


def _digest(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()[:16]


def query_facts(text: str, *, known: Iterable[str] | frozenset[str]) -> QueryFacts:
    """The facts of one prompt; ``known`` is the encoder's whole-word vocabulary
    (:func:`common_words`)."""
    vocab = known if isinstance(known, frozenset) else frozenset(known)
    code = frozenset(_digest(m.group(1)) for m in _FENCE.finditer(text))
    prose = _FENCE.sub(" ", text)
    quoted = frozenset(
        " ".join(next(g for g in m.groups() if g is not None).split())
        for m in _QUOTED.finditer(prose)
    )
    numbers = {_norm_number(m.group(0)) for m in _NUMBER.finditer(prose)}
    words: set[str] = set()
    anchors: set[str] = set()
    poles: set[str] = set()
    negated = False
    folded: list[str] = []
    for m in _WORD.finditer(prose):
        raw = m.group(0)
        w = _fold(raw)
        if w.endswith("'s"):  # possessive: Kenya's = Kenya
            words.add(w)
            w = w[:-2]
        bare = w.replace("'", "")
        folded.append(w)
        words.add(w)
        words.add(bare)
        if bare in _NEGATIONS or w.endswith("n't"):
            negated = True
        if w in _NUMBER_WORDS:
            numbers.add(_NUMBER_WORDS[w])
        pole = _POLE_OF.get(w)
        if pole is not None:
            poles.add(f"{pole[0]}:{pole[1]}")
        if w in _STOP or len(w) < 2:
            continue
        if raw[0].isupper() and not _starts_sentence(prose, m.start()) and raw != "I":
            anchors.add(w)
        elif len(w) >= 4 and w.isalpha() and w not in vocab and w.isascii():
            anchors.add(w)  # not one encoder token: a drug, a name, a rare term
    for phrase in ("low to high", "smallest to largest", "a to z", "oldest to newest"):
        if phrase in prose.casefold():
            poles.add("order:asc")
    for phrase in ("high to low", "largest to smallest", "z to a", "newest to oldest"):
        if phrase in prose.casefold():
            poles.add("order:desc")
    pairs = frozenset(
        (_fold(m.group(1)), _fold(m.group(2)))
        for m in _PAIR.finditer(prose)
        if _fold(m.group(1)) not in _STOP and _fold(m.group(2)) not in _STOP
    )
    return QueryFacts(
        numbers=frozenset(numbers),
        quoted=quoted,
        code=code,
        negated=negated,
        language=detect_language(prose, folded),
        poles=frozenset(poles),
        pairs=pairs,
        anchors=frozenset(anchors),
        words=frozenset(words),
    )
