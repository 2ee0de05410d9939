"""A small, dependency-free language detector: Unicode scripts, then Latin stopwords.

Good enough to route by language and to tell whether the classifiers can read a text (it
is a routing signal, not linguistics): scripts decide zh/ja/ko/ru/ar/he/hi/el/th and a few
more directly; Latin-script text is scored against short stopword lists (written for this
project) for en, fr, de, es, it, pt, nl, pl, cs, sv, tr, vi, id, ro, hu, da, nb, fi, ca, sk,
hr, sq, ga, gd, zu, plus letters and word prefixes that only some of them use. Returns "und"
when it cannot tell. Close siblings (Danish, Norwegian and Swedish; Czech, Slovak and
Croatian; Spanish and Catalan) share most function words, so a text's confidence is
measured against the best language outside its group; Malay is told Indonesian, Serbian
and Bosnian in Latin script Croatian, Slovene Croatian or Czech: the branch reads them all.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

READ_LANGUAGES = (
    "en", "de", "fr", "es", "it", "pt", "nl", "ru", "zh", "ja", "ko", "ar", "pl", "tr", "sv", "cs",
    "el", "he", "hi", "th", "vi", "id", "ro", "hu", "da", "nb", "fi", "ca", "sk", "hr",
)  # fmt: skip
"""English (MiniLM) and the languages of the multilingual branch (``classifiers/multilingual.py``;
those its development and sealed sets cover): a jailbreak signal's default
``supported_languages``."""

ENGLISH_SHARE_READ = 0.1
"""A text with at least this share of English function words (``english_share``) has an
English run of its own: the English model reads it, whatever the detector says (an English
instruction padded with another language's words is still read)."""

_SCRIPTS: list[tuple[str, str]] = [
    ("ja", r"[\u3040-\u30ff]"),
    ("ko", r"[\uac00-\ud7af\u1100-\u11ff]"),
    ("zh", r"[\u4e00-\u9fff\u3400-\u4dbf]"),
    ("ru", r"[\u0400-\u04ff]"),
    ("ar", r"[\u0600-\u06ff]"),
    ("he", r"[\u0590-\u05ff]"),
    ("hi", r"[\u0900-\u097f]"),
    ("bn", r"[\u0980-\u09ff]"),
    ("ta", r"[\u0b80-\u0bff]"),
    ("el", r"[\u0370-\u03ff]"),
    ("th", r"[\u0e00-\u0e7f]"),
    ("ka", r"[\u10a0-\u10ff]"),
    ("hy", r"[\u0530-\u058f]"),
    ("am", r"[\u1200-\u137f]"),
]
_SCRIPT_RE = [(code, re.compile(pattern)) for code, pattern in _SCRIPTS]
# Japanese text is mostly kanji (shared with Chinese) with some kana: any kana share above
# this makes it Japanese.
_KANA_SHARE = 0.1


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


_STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the and is are of to in that it for with you this what how was be on can do does "
        "should would my your i we they have has from which when why where will an "
        "about our their there these those were been could into please some any but "
        "if than then only because while who them his she very other many much after before its"
    ),
    "fr": _words(
        "le la les et est des une un du que qui pour dans pas sur avec je vous il elle quels "
        "quelle quel comment pourquoi au aux ce cette sont faut-il est-ce on ne mon ma mes"
    ),
    "de": _words(
        "der die das und ist nicht ein eine ich zu mit sie den von wie auf für im was sollte "
        "kann wir sind dem des einen einer oder auch warum wo wann mein meine"
    ),
    "es": _words(
        "el la los las y es de que en un una por para con no se como del qué cómo cuál hay "
        "entre sin al más pero su sus mi mis porque dónde"
    ),
    "it": _words(
        "il lo la gli le e di che un una per non con sono come del della alla dei delle "
        "posso quali qual perché senza si nel nella anche mio mia"
    ),
    "pt": _words(
        "o os as e de que um uma para com não se por como do da em são quais qual posso "
        "devo uma mais mas meu minha ao dos das quando é também você isso isto pelo pela "
        "pelos pelas até numa às foi tem muito já ainda depois seu nosso nossa ela"
    ),
    "nl": _words(
        "de het een en is van dat niet ik je met op te zijn voor wat hoe als moet nog wil "
        "tussen ook maar er bij naar kan waarom mijn"
    ),
    "pl": _words(
        "że się nie jest jak czy są dla od przez lub być mam mój moja moje jakie "
        "jaki dlaczego gdzie kiedy który która może tego jestem czym oraz już"
    ),
    "cs": _words(
        "že jak nebo jsem jsi není jsou být mám můj moje proč kde kdy který která "
        "tento tato jaký jaká mohu bych také jsme jste když ještě"
    ),
    "sv": _words(
        "och att det som är på för med av inte jag har vad hur ska om men från eller "
        "varför när min mitt vi ett vilken finns också kan"
    ),
    "tr": _words(
        "ve bir bu da de için ile ne nasıl mi mı mu mü değil var yok ama çok daha gibi "
        "olarak ben sen biz neden nerede hangi olan kadar şu bana benim nedir"
    ),
    "sq": _words(
        "dhe është në një për që me nga të si nuk janë ka mund çfarë ju unë kjo ky se më "
        "cila cili pse ku kur i e sa ai ajo"
    ),
    "ga": _words(
        "agus an na is ar le ag conas cad cén tá bhfuil go de do sé sí mé tú níl ach seo "
        "sin atá ón leis faoi liom féidir iad idir sa"
    ),
    "gd": _words(
        "agus an na tha air ann ciamar dè carson chan e mi thu gu le aig seo sin bha nach "
        "ri mar cha bhith dhan anns a' as airson gun"
    ),
    "zu": _words(
        "ukuthi futhi kodwa ngoba uma noma kanjani yini ngubani ngicela ngiyabonga lapho "
        "kahle kakhulu nje manje yebo cha kuphi phakathi ukwenza ngingakwazi sami wami"
    ),
    # Ten more languages (docs/classifiers.md, "Ten more languages: candidate L4")
    "vi": _words(
        "và của là có không được trong cho với này những một các người để như khi thì đã sẽ "
        "cũng nhưng làm thế nào tôi bạn gì sao hãy nên rất vì đến từ về theo"
    ),
    "id": _words(
        "yang ke dari ini itu dengan untuk tidak ada saya anda apa bagaimana mengapa kenapa "
        "adalah akan bisa juga atau dalam pada sudah karena tolong jika kalau kami kita "
        "mereka oleh seperti apakah bagaimanakah boleh"
    ),
    "ro": _words(
        "și este sunt pentru că cu nu mai din pe cum dacă sau acest această poate pot vreau "
        "meu mea foarte când unde unui unei fi"
    ),
    "hu": _words(
        "az és hogy nem egy meg ez azt csak már vagy mint még volt lesz kell lehet hogyan "
        "miért hol mikor melyik nekem én kérlek köszönöm között szerint után nagyon minden "
        "amely aki ami"
    ),
    "da": _words(
        "og til af på ikke med som har jeg hvad hvordan hvorfor hvis skal vil mig min "
        "meget også eller men efter nogen noget blive dig det"
    ),
    "nb": _words(
        "og til av på ikke med som har jeg hva hvordan hvorfor hvis skal vil meg min mitt mye "
        "også eller men etter noen noe bli deg det"
    ),
    "fi": _words(
        "ja ei että kun mitä miten mikä voi tai ovat olen minä sinä hän tämä joka kuin myös "
        "jos mutta vain voinko voitko onko kanssa oli niin siitä sitä"
    ),
    "ca": _words(
        "els amb és són però molt aquest aquesta això perquè puc vull meva seva quan què quin "
        "quina hi ho dels també fer cal em pots podeu tinc sóc estic està gràcies"
    ),
    "sk": _words(
        "sa že ako aký aká aké prečo kde kedy alebo ktorý ktorá môžem môže táto toto aj už "
        "ešte len sme ste sú byť pre"
    ),
    "hr": _words(
        "kako što šta koji koja koje ili ali nije sam smo biti može mogu zašto gdje gde kada "
        "ovo taj ova ako već samo bi li iz"
    ),
}
# Letters that point at a language (or at the few that share them); each present letter
# counts as one stopword hit for each of its languages.
_VI_LETTERS = "ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
_LETTERS: dict[str, tuple[str, ...]] = {
    "ß": ("de",),
    "ñ": ("es",),
    "¿": ("es",),
    "ã": ("pt",),
    "õ": ("pt",),
    "ë": ("sq",),
    "ł": ("pl",),
    "ą": ("pl",),
    "ę": ("pl",),
    "ś": ("pl",),
    "ż": ("pl",),
    "ź": ("pl",),
    "ř": ("cs",),
    "ů": ("cs",),
    "ě": ("cs",),
    "č": ("cs", "sk", "hr"),
    "š": ("cs", "sk", "hr"),
    "ž": ("cs", "sk", "hr"),
    "ť": ("cs", "sk"),
    "ň": ("cs", "sk"),
    "ď": ("cs", "sk"),
    "ľ": ("sk",),
    "ĺ": ("sk",),
    "ŕ": ("sk",),
    "ô": ("sk",),
    "ć": ("hr", "pl"),
    "đ": ("hr",),
    "ğ": ("tr",),
    "ı": ("tr",),
    "ş": ("tr",),
    "å": ("sv", "da", "nb"),
    "æ": ("da", "nb"),
    "ø": ("da", "nb"),
    "ő": ("hu",),
    "ű": ("hu",),
    "ș": ("ro",),
    "ț": ("ro",),
    "ţ": ("ro",),
    "ă": ("ro",),
    "·": ("ca",),
    **{ch: ("vi",) for ch in _VI_LETTERS},
}
_SIBLING_GROUPS = (
    frozenset({"da", "nb", "sv"}),
    frozenset({"cs", "sk", "hr"}),
    frozenset({"es", "ca"}),
)
_SIBLINGS: dict[str, frozenset[str]] = {code: g for g in _SIBLING_GROUPS for code in g}
"""Languages that share most of their function words: a text's confidence is measured
against the best language outside its group (each is read by the multilingual branch)."""
_PREFIXES: dict[str, tuple[str, ...]] = {
    "zu": ("ngi", "uku", "kwa", "ama", "izi", "isi", "aba", "ngo", "nge", "si", "ku"),
    "gd": ("mh", "bh", "dh", "fh", "gh", "th"),
}
_STOP_CODES: dict[str, tuple[str, ...]] = {}
"""Each stopword's languages, in ``_STOPWORDS``' order (a word scores each once)."""
for _code, _stops in _STOPWORDS.items():
    for _w in _stops:
        _STOP_CODES[_w] = (*_STOP_CODES.get(_w, ()), _code)
_FINNISH_DOMAIN_WORDS = _words(
    "miksi kuinka paljon monta paljonko montako millä missä mistä mihin milloin kuka mitkä "
    "millainen minkä kumpi saako voiko kannattaako pitäisikö täytyykö ole olla ollut olisi "
    "sekä koska vaikka jotka jonka joten siis ihan todella vielä aina selitä laske kerro "
    "näytä minulla minun minua mulla mun mä sä tässä tämän tätä näin jälkeen ennen ilman "
    "aikana välillä pitää täytyy tarvitaan tarvitsen haluan eli miks onks oo oot ootko voiks "
    "saaks kannattaaks pitäiskö mitäs tosi vähän niinku mut"
)
"""Finnish question, imperative, function and colloquial words the guards' list leaves out
(``domain_language``, candidate L8d). Not "on", "vai", "jo", "nyt" or "sun": English,
French, Italian, Portuguese, Catalan, Danish and Norwegian use them."""
_DOMAIN_STOP_CODES: dict[str, tuple[str, ...]] = {
    **_STOP_CODES,
    **{w: (*_STOP_CODES.get(w, ()), "fi") for w in _FINNISH_DOMAIN_WORDS - _STOPWORDS["fi"]},
}
_DOMAIN_LETTERS: dict[str, tuple[str, ...]] = {**_LETTERS, "ää": ("fi",), "öö": ("fi",)}
"""Finnish's double vowels as cues (Estonian has them too; "yy" is ROT13's "ll")."""
_PREFIX_MIN_WORDS = 2  # prefix cues count only when this many words share them
_ELISIONS: dict[str, tuple[str, ...]] = {
    "l": ("fr", "it", "ca"),
    "d": ("fr", "it", "ca"),
    "c": ("fr", "it"),
    "s": ("fr", "ca"),
    "m": ("fr", "ca"),
    "n": ("fr",),
    "j": ("fr",),
    "t": ("fr",),
    "qu": ("fr",),
    "jusqu": ("fr",),
    "lorsqu": ("fr",),
    "puisqu": ("fr",),
    "dell": ("it",),
    "dall": ("it",),
    "nell": ("it",),
    "sull": ("it",),
    "all": ("it",),
    "un": ("it",),
    "quest": ("it",),
    "quell": ("it",),
}
"""An elided article or preposition joined to its word ("l'eau", "dell'acquirente"): the
languages it marks. A head an English word starts with ("o'clock", "don't") is not here."""
_APOSTROPHE = re.compile(r"['’]")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*['’]?", re.UNICODE)
_ENGLISH_MARKERS = _words(
    "the and of that with you your this what which was were are have has from would should "
    "could into about them they their there these those been being please"
)


def _script(text: str, letters: int) -> tuple[str, float] | None:
    counts = {code: len(pattern.findall(text)) for code, pattern in _SCRIPT_RE}
    if counts["ja"] / letters >= _KANA_SHARE:
        return "ja", min(1.0, (counts["ja"] + counts["zh"]) / letters)
    for code, n in counts.items():
        if n / letters >= 0.3:
            return code, min(1.0, n / letters)
    return None


ABSTAIN_MIN_WORDS = 2
"""``told_by_words``: how many of the told language's own stopwords a Latin-script text needs
before a guard may stop reading it for that language."""


# The functions below read only a text's first ``sample`` characters, and a text is often asked
# about twice in one request (by the engine's multilingual gate, then by the signal reading):
# their results are kept per sample, at most SAMPLE_MEMO of them (a few MB at most).
SAMPLE_MEMO = 1024


def detect_language(text: str, sample: int = 2000) -> tuple[str, float]:
    """(ISO 639-1 code or "und", confidence in [0, 1])."""
    return _detect(text[:sample])


def domain_language(text: str, sample: int = 2000) -> tuple[str, float]:
    """``detect_language`` with Finnish's wider word list and its double vowels (candidate
    L8d): chooses only who answers a text's domain. The guards keep ``detect_language``:
    told Finnish, a Finnish attack would go from MiniLM, which flags most text it cannot
    read, to the branch, which misses more of them (candidate L8, docs/classifiers.md)."""
    return _detect_for_domain(text[:sample])


def english_share(text: str, sample: int = 2000) -> float:
    """The share of words that are distinctly English function words: a text with an
    English run of its own (an English instruction padded with another language) scores
    well above the ~0 of other languages."""
    return _english_share(text[:sample])


def told_by_words(text: str, sample: int = 2000) -> bool:
    """True when ``detect_language``'s answer rests on the text's script or on at least
    ``ABSTAIN_MIN_WORDS`` of the told language's own stopwords. Letters and word-prefix cues
    alone (``signal.SIGINT`` starts with Zulu's "si", an English URL line has Gaelic's "th")
    name a language but are no reason to stop reading the text: a guard abstains only on
    this (docs/classifiers.md, "candidate A")."""
    return _told_by_words(text[:sample])


def stopword_share(text: str, codes: frozenset[str], sample: int = 2000) -> float:
    """The share of ``text``'s words that are function words of at least one of ``codes``
    (candidate L7: how much of a text the detector could not place is prose in one of the
    branch's languages; a base64 blob, a YAML file or a log has next to none)."""
    words = [w.lower() for w in _WORD.findall(text[:sample])]
    if not words:
        return 0.0
    return sum(1 for i, w in enumerate(words) if _counts(words, i, codes)) / len(words)


def _counts(words: list[str], i: int, codes: frozenset[str]) -> bool:
    """Whether ``words[i]`` counts as a function word of ``codes``; a single letter next to
    another single letter never does (letters spelled apart, "W i e  b a u e  i c h" or
    "c.o.m.m.e.n.t", are no prose even where "a", "e" or "i" are words; candidate L7')."""
    w = words[i]
    if len(w) == 1 and any(0 <= j < len(words) and len(words[j]) == 1 for j in (i - 1, i + 1)):
        return False
    return any(c in codes for c in _word_codes(w))


@functools.lru_cache(maxsize=SAMPLE_MEMO)
def _told_by_words(text: str) -> bool:
    letters = sum(1 for ch in text if ch.isalpha())
    if letters == 0:
        return False
    if _script(text, letters) is not None:
        return True
    code = _detect(text)[0]
    if code not in _STOPWORDS:
        return False
    words = (w.lower() for w in _WORD.findall(text))
    return sum(1 for w in words if code in _word_codes(w)) >= ABSTAIN_MIN_WORDS


def _word_codes(w: str, stop_codes: dict[str, tuple[str, ...]] = _STOP_CODES) -> tuple[str, ...]:
    """The languages whose function word ``w`` (lower case) is, each once: the word itself,
    the word without a trailing apostrophe ("l'" counts as "l"), or its elided head."""
    codes = stop_codes.get(w, ())
    bare = w.rstrip("'’")
    if bare != w and bare in stop_codes:
        codes = tuple(c for c in _STOPWORDS if c in codes or c in stop_codes[bare])
    if "'" in bare or "’" in bare:
        head = _APOSTROPHE.split(bare, maxsplit=1)[0]
        if head in _ELISIONS:
            codes = tuple(c for c in _STOPWORDS if c in codes or c in _ELISIONS[head])
    return codes


@functools.lru_cache(maxsize=SAMPLE_MEMO)
def _detect(text: str) -> tuple[str, float]:
    return _score(text, _STOP_CODES, _LETTERS)


@functools.lru_cache(maxsize=SAMPLE_MEMO)
def _detect_for_domain(text: str) -> tuple[str, float]:
    return _score(text, _DOMAIN_STOP_CODES, _DOMAIN_LETTERS)


def _score(
    text: str, stop_codes: dict[str, tuple[str, ...]], cues: dict[str, tuple[str, ...]]
) -> tuple[str, float]:
    letters = sum(1 for ch in text if ch.isalpha())
    if letters == 0:
        return "und", 0.0
    by_script = _script(text, letters)
    if by_script is not None:
        return by_script
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return "und", 0.0
    scores: Counter[str] = Counter()
    for w in words:
        for code in _word_codes(w, stop_codes):
            scores[code] += 1
    for ch, codes in cues.items():
        if ch in text:
            for code in codes:
                scores[code] += 1
    for code, prefixes in _PREFIXES.items():
        n = sum(1 for w in words if len(w) > 4 and w.startswith(prefixes))
        if n >= _PREFIX_MIN_WORDS:
            scores[code] += n
    if not scores:
        return "und", 0.0
    (best, hits), *_ = scores.most_common(1)
    # a close sibling (Danish and Norwegian, Czech and Slovak...) shares most function words;
    # the branch reads them all, so the answer's confidence is against the others
    group = _SIBLINGS.get(best, frozenset())
    runner_up = max(
        (n for code, n in scores.items() if code != best and code not in group), default=0
    )
    confidence = (hits - runner_up) / max(hits, 1) * min(1.0, hits / 3)
    return best, round(max(0.0, confidence), 4)


@functools.lru_cache(maxsize=SAMPLE_MEMO)
def _english_share(text: str) -> float:
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return 0.0
    return sum(1 for w in words if w in _ENGLISH_MARKERS) / len(words)
