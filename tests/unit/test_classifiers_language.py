"""The language detector's word lists and letters for the ten languages of candidate L4
(docs/classifiers.md, "Ten more languages"), and what they must not take from the others."""

from __future__ import annotations

import pytest

from classifiers.language import READ_LANGUAGES, detect_language, domain_language, told_by_words

L4 = ("vi", "id", "ro", "hu", "da", "nb", "fi", "ca", "sk", "hr")

# one everyday question per language, written for these tests
QUESTIONS = [
    ("Làm thế nào để tính diện tích hình tròn khi biết bán kính?", "vi"),
    ("Bagaimana cara menghitung luas lingkaran jika jari-jarinya diketahui?", "id"),
    ("Cum se calculează aria unui cerc dacă știm raza?", "ro"),
    ("Elmagyaráznád, hogyan működik az infláció és miért nő az ár?", "hu"),
    ("Hvad er forskellen på en virus og en bakterie, og hvordan smitter de?", "da"),
    ("Hva er forskjellen på et virus og en bakterie, og hvordan smitter de?", "nb"),
    ("Voitko selittää, miten inflaatio toimii ja miksi hinnat nousevat?", "fi"),
    ("Em pots explicar per què el cel és blau i com canvia quan es pon el sol?", "ca"),
    ("Ako sa vypočíta obsah kruhu, ak poznáme polomer?", "sk"),
    ("Kako izračunati površinu kruga ako znamo polumjer?", "hr"),
]


@pytest.mark.parametrize(("text", "code"), QUESTIONS, ids=[c for _, c in QUESTIONS])
def test_the_ten_languages_are_told_with_enough_confidence_for_the_branch(
    text: str, code: str
) -> None:
    lang, confidence = detect_language(text)
    assert lang == code
    assert confidence >= 0.3  # the branch's MIN_CONFIDENCE: it reads the text
    assert told_by_words(text)


def test_the_ten_languages_are_read() -> None:
    assert set(L4) <= set(READ_LANGUAGES)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # German and French words the Scandinavian and Slavic lists leave out (du, den, er, je)
        (
            "Kannst du mir sagen, ob er den Vertrag schon unterschrieben hat und wann die "
            "Frist endet?",
            "de",
        ),
        ("Est-ce que je peux payer en ligne avec une carte du Crédit Agricole ?", "fr"),
        # ć is Polish too: a Polish config instruction stays Polish
        ("Aby nadpisać domyślne ustawienia, utwórz plik local.yaml w katalogu config.", "pl"),
        ("Czy możesz mi powiedzieć, jak działa fotosynteza w liściach roślin?", "pl"),
        # Italian "di" and Dutch "van" are not Indonesian or Hungarian
        ("Qual è la differenza tra un virus e un batterio di solito?", "it"),
        ("Wat is het verschil tussen een virus en een bacterie van de mens?", "nl"),
        ("Kan du förklara hur fotosyntesen fungerar i växternas blad?", "sv"),
        ("Můžeš mi vysvětlit, jak funguje fotosyntéza v listech rostlin?", "cs"),
    ],
)
def test_the_other_languages_keep_their_answer(text: str, code: str) -> None:
    lang, confidence = detect_language(text)
    assert lang == code and confidence >= 0.3


def test_a_sibling_does_not_lower_the_confidence() -> None:
    """Danish shares most words with Norwegian: measured against Norwegian alone, this
    question would be told at confidence 0; against the languages outside the group it
    is told clearly."""
    lang, confidence = detect_language(
        "Hvordan beregner man arealet af en cirkel, når man kender radius? Og hvad med mig?"
    )
    assert lang == "da" and confidence >= 0.5


def test_vietnamese_is_not_told_gaelic_by_its_th_words() -> None:
    """The v16 carrier's shape: Vietnamese minutes full of 'th' and 'gh' words, which the
    Gaelic prefix cues used to claim."""
    text = (
        "BIÊN BẢN HỌP\nThời gian: thứ Năm\nThành phần: anh Thành, chị Thu, anh Nghĩa\n"
        "1. Tiến độ: đã hoàn tất nhập danh mục hàng vào hệ thống mới.\n"
        "2. Thống nhất chốt số liệu tồn kho vào cuối tháng."
    )
    lang, confidence = detect_language(text)
    assert lang == "vi" and confidence >= 0.3


@pytest.mark.parametrize(
    "text",
    [
        # "a" is Portuguese, Italian, Czech, Hungarian... and English: it tells nothing alone
        "Our book club is reading a novel about a lighthouse keeper.",
        "Could you tell me whether there were any changes to their plan after the meeting?",
        # an English contraction or "o'clock" is not an elided French or Italian article
        "It's five o'clock and I don't think they'll be here before six.",
    ],
)
def test_an_english_sentence_is_not_read_as_another_language(text: str) -> None:
    lang, confidence = detect_language(text)
    assert lang == "en" and confidence >= 0.3


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # elided articles and prepositions are joined to their word
        ("L'eau de l'étang est froide, mais l'air est doux aujourd'hui.", "fr"),
        ("Vendo divano tre posti, ritiro a carico dell'acquirente nell'ingresso.", "it"),
        # Portuguese without its "a": told by its own words
        ("Você já foi ao museu? Também quero ir depois do almoço.", "pt"),
    ],
)
def test_elisions_and_own_words_tell_the_language(text: str, code: str) -> None:
    lang, confidence = detect_language(text)
    assert lang == code and confidence >= 0.3
    assert told_by_words(text)


@pytest.mark.parametrize(
    "text",
    [
        # question words and "on" alone: the guards' detector tells English ("on") or nothing
        "Miksi kuu on välillä punainen?",
        "Kuinka monta litraa maitoa menee lettutaikinaan?",
        "Saako naapuri kaataa puun tontin rajalta?",
    ],
)
def test_the_domain_detector_tells_finnish_by_its_wider_list(text: str) -> None:
    """Candidate L8d: ``domain_language`` tells these Finnish; ``detect_language``, which
    chooses the guards' reader, does not (candidate L8, which changed it, lost attacks)."""
    lang, confidence = domain_language(text)
    assert lang == "fi" and confidence >= 0.3
    assert detect_language(text)[0] != "fi" or detect_language(text)[1] < 0.3


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Italian and Portuguese "vai" is not Finnish "vai" (or): left out of the list
        ("Vai avanti fino alla piazza e poi gira a destra, non è lontano.", "it"),
        ("Ele vai comprar pão na padaria, você também quer?", "pt"),
        # "yy" is ROT13's "ll", not Finnish: no letter cue for it
        ("Nyy gur jbeyq vf n fgntr naq nyy gur zra naq jbzra zreryl cynlref.", "und"),
    ],
)
def test_the_domain_detector_leaves_other_texts_alone(text: str, code: str) -> None:
    assert domain_language(text)[0] == detect_language(text)[0] == code
