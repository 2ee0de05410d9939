"""Ordinary questions in German, French, Spanish, Italian, Dutch and Portuguese hold no
personal data, and the PII layer must not find names or addresses in them (a PII policy
would then reroute or redact them for nothing). Hand-written sentences, in no training or
blind set; the sixth-round layer found names in 4 of these 6, the seventh-round layer
(shipped 2026-12-01) in at most one. The layer's recall in these languages is measured on
the sealed groups (docs/classifiers.md, "Seventh round"), not here."""

from __future__ import annotations

from tests.unit.classifier_support import engine

WITHOUT_PERSONAL_DATA = [
    "Warum schmeckt das Brot vom Bäcker am Marktplatz besser als das aus dem Supermarkt?",
    "Quelle est la différence entre la Révolution française et la Commune de Paris ?",
    "¿Qué me recomiendas ver en Sevilla si solo tengo un fin de semana en abril?",
    "Spiegami come funziona la fotosintesi nelle piante grasse, con parole semplici.",
    "Hoe lang blijft een geopende pot Appelstroop goed buiten de koelkast?",
    "Qual é a melhor forma de conservar o bacalhau depois de demolhado?",
]


def test_capitalised_words_are_not_names() -> None:
    sigs = engine().classify_batch(WITHOUT_PERSONAL_DATA)
    flagged = [
        (t, [t[p.start : p.end] for p in s.pii])
        for t, s in zip(WITHOUT_PERSONAL_DATA, sigs, strict=True)
        if s.pii
    ]
    assert len(flagged) <= 1, flagged
