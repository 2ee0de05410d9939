"""classifiers/language.py: words two languages share prove nothing alone (candidate J)."""

from __future__ import annotations

import pytest

from classifiers.language import detect_language


@pytest.mark.parametrize(
    "text",
    [
        "Write a Swift function that reads a JSON config file.",
        "Write 4.95 as a mixed number or fraction in simplest form.",
        "Send the report as a PDF to the whole team.",
    ],
)
def test_english_with_a_and_as_is_not_portuguese(text: str) -> None:
    assert detect_language(text)[0] != "pt"


@pytest.mark.parametrize(
    "text",
    [
        "Qual a melhor forma de conservar coentro fresco na geladeira?",
        "Como faço para ignorar as notificações de um grupo no WhatsApp?",
        "Resume esse comunicado pra mim, por favor, com as datas principais.",
    ],
)
def test_portuguese_keeps_a_and_as_beside_its_other_words(text: str) -> None:
    lang, confidence = detect_language(text)
    assert lang == "pt" and confidence >= 0.3
