"""Ordinary questions in German, French, Spanish, Italian, Dutch and Portuguese hold no
personal data, and the PII layer must not find names or addresses in them (a PII policy
would then reroute or redact them for nothing). Hand-written sentences, in no training or
blind set; the sixth-round layer found names in 4 of these 6, the seventh-round layer
(shipped 2026-12-01) in at most one. The layer's recall in these languages is measured on
the sealed groups (docs/classifiers.md, "Seventh round"), not here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from classifiers.engine import SignalEngine
from tests.unit.classifier_support import engine, multilingual_engine

WITHOUT_PERSONAL_DATA = [
    "Warum schmeckt das Brot vom Bäcker am Marktplatz besser als das aus dem Supermarkt?",
    "Quelle est la différence entre la Révolution française et la Commune de Paris ?",
    "¿Qué me recomiendas ver en Sevilla si solo tengo un fin de semana en abril?",
    "Spiegami come funziona la fotosintesi nelle piante grasse, con parole semplici.",
    "Hoe lang blijft een geopende pot Appelstroop goed buiten de koelkast?",
    "Qual é a melhor forma de conservar o bacalhau depois de demolhado?",
]


@pytest.mark.parametrize("read", [engine, multilingual_engine], ids=["minilm", "shipped"])
def test_capitalised_words_are_not_names(read: Callable[[], SignalEngine]) -> None:
    sigs = read().classify_batch(WITHOUT_PERSONAL_DATA)
    flagged = [
        (t, [t[p.start : p.end] for p in s.pii])
        for t, s in zip(WITHOUT_PERSONAL_DATA, sigs, strict=True)
        if s.pii
    ]
    assert len(flagged) <= 1, flagged


# Names in the branch's languages (candidate M: the branch's PII layer, shipped
# 2026-12-02). Hand-written here, in no training or blind set. MiniLM's PII layer alone
# found the whole name in at most half of such sentences (docs/classifiers.md, "Names in the
# branch's languages").
WITH_NAMES = [
    (
        "Kannst du Frau Wiebke Strohmeier ausrichten, dass das Treffen verschoben ist?",
        "Wiebke Strohmeier",
    ),
    ("Merci de transmettre le dossier à Gaëlle Vautrin avant jeudi midi.", "Gaëlle Vautrin"),
    ("¿Puedes escribirle a Remedios Carballo para confirmar la reserva?", "Remedios Carballo"),
    ("Ricordami di chiamare Ottavio Bellandi per il preventivo della caldaia.", "Ottavio Bellandi"),
    ("Wil je Sjoerd Hoogendijk laten weten dat zijn fiets klaar is?", "Sjoerd Hoogendijk"),
    ("Podes avisar a Leonor Sampaio de que a reunião passou para as dez?", "Leonor Sampaio"),
]


def test_names_in_the_branchs_languages_are_found_whole() -> None:
    texts = [t for t, _ in WITH_NAMES]
    sigs = multilingual_engine().classify_batch(texts)
    missed = [
        (name, [t[p.start : p.end] for p in s.pii])
        for (t, name), s in zip(WITH_NAMES, sigs, strict=True)
        if not any(p.type == "PERSON" and t[p.start : p.end] == name for p in s.pii)
    ]
    assert not missed, missed
