"""Names and addresses in German, French, Spanish, Italian, Dutch and Portuguese (the seventh
PII round). Hand-written sentences, in no training or blind set; the sixth-round weights got
2 of the 12 span sets right and found names in 4 of the 6 sentences without personal data."""

from __future__ import annotations

from tests.unit.classifier_support import engine

NAMES_AND_ADDRESSES = {
    "Kannst du Herrn Jürgen Pohlmann sagen, dass die Heizung wieder läuft?": {
        ("PERSON", "Jürgen Pohlmann"),
    },
    "Neue Anschrift ab März: Lindenallee 14, 50968 Köln. Gruß, Ulrike Brandt": {
        ("STREET_ADDRESS", "Lindenallee 14, 50968 Köln"),
        ("PERSON", "Ulrike Brandt"),
    },
    "Peux-tu prévenir Hélène Marchand que la réunion est déplacée à 15 h ?": {
        ("PERSON", "Hélène Marchand"),
    },
    "Le colis doit partir au 8 rue des Tanneurs, 67000 Strasbourg, pour Paul Girard.": {
        ("STREET_ADDRESS", "8 rue des Tanneurs, 67000 Strasbourg"),
        ("PERSON", "Paul Girard"),
    },
    "¿Le puedes escribir a Carmen Villalobos para confirmar la cita del jueves?": {
        ("PERSON", "Carmen Villalobos"),
    },
    "Mi nueva dirección es Calle de Alcalá 112, 28009 Madrid; avisa a Jorge Salinas.": {
        ("STREET_ADDRESS", "Calle de Alcalá 112, 28009 Madrid"),
        ("PERSON", "Jorge Salinas"),
    },
    "Puoi ricordare a Francesca Bellini di portare i documenti domani?": {
        ("PERSON", "Francesca Bellini"),
    },
    "Spedisci tutto in Via Garibaldi 27, 10122 Torino, alla cortese attenzione di Marco Fontana.": {
        ("STREET_ADDRESS", "Via Garibaldi 27, 10122 Torino"),
        ("PERSON", "Marco Fontana"),
    },
    "Wil je Pieter de Graaf laten weten dat de offerte klaar is?": {
        ("PERSON", "Pieter de Graaf"),
    },
    "Het pakket gaat naar Keizersgracht 301, 1016 EE Amsterdam, t.a.v. Sanne Visser.": {
        ("STREET_ADDRESS", "Keizersgracht 301, 1016 EE Amsterdam"),
        ("PERSON", "Sanne Visser"),
    },
    "Podes avisar a Inês Carvalho de que a reunião passou para sexta?": {
        ("PERSON", "Inês Carvalho"),
    },
    "A encomenda vai para a Rua das Flores 45, 4050-262 Porto, em nome de Rui Matos.": {
        ("STREET_ADDRESS", "Rua das Flores 45, 4050-262 Porto"),
        ("PERSON", "Rui Matos"),
    },
}

WITHOUT_PERSONAL_DATA = [
    "Warum schmeckt das Brot vom Bäcker am Marktplatz besser als das aus dem Supermarkt?",
    "Quelle est la différence entre la Révolution française et la Commune de Paris ?",
    "¿Qué me recomiendas ver en Sevilla si solo tengo un fin de semana en abril?",
    "Spiegami come funziona la fotosintesi nelle piante grasse, con parole semplici.",
    "Hoe lang blijft een geopende pot Appelstroop goed buiten de koelkast?",
    "Qual é a melhor forma de conservar o bacalhau depois de demolhado?",
]


def test_names_and_addresses_in_six_languages() -> None:
    texts = list(NAMES_AND_ADDRESSES)
    got = [
        {(p.type, t[p.start : p.end]) for p in s.pii}
        for t, s in zip(texts, engine().classify_batch(texts), strict=True)
    ]
    wrong = [
        (t, want, g) for (t, want), g in zip(NAMES_AND_ADDRESSES.items(), got, strict=True)
        if g != want
    ]
    assert len(wrong) <= 2, wrong


def test_capitalised_words_are_not_names() -> None:
    sigs = engine().classify_batch(WITHOUT_PERSONAL_DATA)
    flagged = [
        (t, [t[p.start : p.end] for p in s.pii])
        for t, s in zip(WITHOUT_PERSONAL_DATA, sigs, strict=True)
        if s.pii
    ]
    assert len(flagged) <= 1, flagged
