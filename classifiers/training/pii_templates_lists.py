"""Lists of people with their addresses, in six languages, for the branch's PII layer
(candidate M6, docs/classifiers.md, "Lists of people for the branch's PII layer").

Everyday lists (guests, members, tenants, delivery rounds, a class's parents) are the text
the PII signal reads worst in the Romance languages (sealed ``pii_languages_v24``: fr and es
0.57 strict F1): the branch's layer was trained on sentences, forms and letters, never on a
list whose items each hold a name and an address. The templates here are composed, not
copied: an instruction in the language, a layout (numbered, bulleted, "name: address",
"address (name)", name over a two-line address, a table or a semicolon export), two to four
items, each a person written one of several ways (or now and then a firm), an address in the
language's own order and sometimes a phone number or an e-mail. Lists without personal data
(shopping, opening hours, to-dos, places) are the negatives. Written for this round without
reading any sealed set; the placeholders are filled by the language's faker locale
(``data_pii.LocaleFaker``), which labels the spans.
"""

from __future__ import annotations

import random

from classifiers.training.data_domain import Example
from classifiers.training.data_pii import LocaleFaker
from classifiers.training.pii_templates_languages import LOCALE_OF
from classifiers.training.sources import split_of

# an instruction to the assistant, before or after the list
INTROS: dict[str, list[str]] = {
    "de": [
        "Kannst du diese Liste alphabetisch nach Nachnamen sortieren?",
        "Bitte mach aus dieser Liste eine saubere Tabelle mit Name und Adresse.",
        "Hier die Gästeliste für die Hochzeit, prüf bitte, ob jede Adresse eine PLZ hat:",
        "Unsere Mitgliederliste vom Verein, kannst du Doppelte finden?",
        "Liefertour für morgen, bitte nach Postleitzahl ordnen:",
        "Schreib mir für jede Person einen Adressaufkleber:",
        "Elternliste der Klasse 3b – bitte als CSV formatieren.",
        "Welche dieser Mieter wohnen in derselben Straße?",
    ],
    "fr": [
        "Peux-tu trier cette liste par nom de famille ?",
        "Mets cette liste au propre, un invité par ligne avec son adresse.",
        "Voici les adhérents du club, vérifie que chaque adresse a un code postal :",
        "Tournée de livraison de demain, classe-la par ville :",
        "Fais-moi des étiquettes d'adresse pour ces personnes :",
        "Liste des parents d'élèves de CM1, à mettre en tableau s'il te plaît.",
        "Lesquels de ces locataires habitent dans la même rue ?",
        "Corrige les fautes dans cette liste d'invités :",
    ],
    "es": [
        "¿Puedes ordenar esta lista por apellido?",
        "Pásame esta lista a una tabla con nombre y dirección.",
        "Lista de invitados a la boda, revisa que todas las direcciones tengan código postal:",
        "Socios del club, ¿hay alguno repetido?",
        "Ruta de reparto de mañana, ordénala por código postal:",
        "Hazme una etiqueta de envío para cada persona:",
        "Contactos de las familias de 4.º B, ponlo en formato CSV por favor.",
        "¿Cuáles de estos inquilinos viven en la misma calle?",
    ],
    "it": [
        "Puoi ordinare questo elenco per cognome?",
        "Trasforma questo elenco in una tabella con nome e indirizzo.",
        "Ecco gli invitati al matrimonio, controlla che ogni indirizzo abbia il CAP:",
        "Elenco soci dell'associazione, ci sono doppioni?",
        "Giro consegne di domani, ordinalo per città:",
        "Preparami un'etichetta per ogni destinatario:",
        "Contatti dei genitori della 2ª C, mettili in formato CSV per favore.",
        "Quali di questi inquilini abitano nella stessa via?",
    ],
    "nl": [
        "Kun je deze lijst op achternaam sorteren?",
        "Zet deze lijst om in een tabel met naam en adres.",
        "Hier de gastenlijst voor de bruiloft, klopt elke postcode?",
        "Ledenlijst van de vereniging, staat er iemand dubbel in?",
        "Bezorgroute voor morgen, sorteer op postcode:",
        "Maak voor iedereen een adresetiket:",
        "Contactlijst ouders groep 5, graag als CSV.",
        "Welke van deze huurders wonen in dezelfde straat?",
    ],
    "pt": [
        "Podes ordenar esta lista pelo apelido?",
        "Passa esta lista para uma tabela com nome e morada.",
        "Lista de convidados do casamento, vê se todas as moradas têm código postal:",
        "Sócios do clube, há algum repetido?",
        "Rota de entregas de amanhã, ordena por localidade:",
        "Faz-me uma etiqueta de envio para cada pessoa:",
        "Contactos dos encarregados de educação do 5.º A, em CSV por favor.",
        "Quais destes inquilinos moram na mesma rua?",
    ],
}

# a street address in the language's own order: one line, and split over two
ADDRESS: dict[str, list[str]] = {
    "de": ["{{street_name}} {{building_number}}, {{postcode}} {{city}}"],
    "fr": ["{{building_number}} {{street_name}}, {{postcode}} {{city}}"],
    "es": [
        "{{street_name}}, {{building_number}}, {{postcode}} {{city}}",
        "{{street_name}} {{building_number}}, {{postcode}} {{city}}",
    ],
    "it": ["{{street_name}} {{building_number}}, {{postcode}} {{city}}"],
    "nl": ["{{street_name}} {{building_number}}, {{postcode}} {{city}}"],
    "pt": [
        "{{street_name}}, {{building_number}}, {{postcode}} {{city}}",
        "{{street_name}} {{building_number}}, {{postcode}} {{city}}",
    ],
}
PHONE_LABEL = {"de": "Tel.", "fr": "tél.", "es": "tel.", "it": "tel.", "nl": "tel.", "pt": "tel."}
HEADER = {  # name, address, phone / e-mail: a table's or an export's first row
    "de": ("Name", "Adresse", "Telefon", "E-Mail"),
    "fr": ("Nom", "Adresse", "Téléphone", "E-mail"),
    "es": ("Nombre", "Dirección", "Teléfono", "Correo"),
    "it": ("Nome", "Indirizzo", "Telefono", "Email"),
    "nl": ("Naam", "Adres", "Telefoon", "E-mail"),
    "pt": ("Nome", "Morada", "Telefone", "Email"),
}
NAMES = [
    "{{person}}",
    "{{first_name}} {{last_name}}",
    "{{last_name}} {{first_name}}",
    "{{last_name}}, {{first_name}}",
    "{{person2}}",
]

# lists without personal data
NEGATIVE_LISTS: dict[str, list[str]] = {
    "de": [
        "Einkaufsliste, bitte nach Abteilung sortieren:\n- Milch\n- Brot\n- Äpfel\n- Spülmittel",
        "Öffnungszeiten:\n• {{organization}} Innenstadt: Mo–Fr 9–19 Uhr\n• {{organization}} "
        "Bahnhof: Mo–Sa 7–21 Uhr\nMehr unter {{url}}",
        "To-do bis {{date}}:\n1. Steuererklärung\n2. Reifen wechseln\n3. Keller aufräumen",
        "Städte unserer Rundreise: {{city}}, {{city}} und {{city}} – in welcher Reihenfolge?",
    ],
    "fr": [
        "Liste de courses, range-la par rayon :\n- lait\n- pain\n- pommes\n- liquide vaisselle",
        "Horaires :\n• {{organization}} centre : lun.–ven. 9h–19h\n• {{organization}} gare : "
        "lun.–sam. 7h–21h\nInfos sur {{url}}",
        "À faire avant le {{date}} :\n1. déclaration d'impôts\n2. changer les pneus\n"
        "3. ranger la cave",
        "Étapes du voyage : {{city}}, {{city}} puis {{city}}, dans quel ordre ?",
    ],
    "es": [
        "Lista de la compra, ordénala por sección:\n- leche\n- pan\n- manzanas\n- lavavajillas",
        "Horarios:\n• {{organization}} centro: L–V 9–19 h\n• {{organization}} estación: L–S "
        "7–21 h\nMás en {{url}}",
        "Pendientes antes del {{date}}:\n1. declaración de la renta\n2. cambiar ruedas\n"
        "3. ordenar el trastero",
        "Ciudades del viaje: {{city}}, {{city}} y {{city}}, ¿en qué orden?",
    ],
    "it": [
        "Lista della spesa, ordinala per reparto:\n- latte\n- pane\n- mele\n- detersivo",
        "Orari:\n• {{organization}} centro: lun–ven 9–19\n• {{organization}} stazione: lun–sab "
        "7–21\nInfo su {{url}}",
        "Da fare entro il {{date}}:\n1. dichiarazione dei redditi\n2. cambio gomme\n"
        "3. sistemare la cantina",
        "Tappe del viaggio: {{city}}, {{city}} e {{city}}, in che ordine?",
    ],
    "nl": [
        "Boodschappenlijst, sorteer per afdeling:\n- melk\n- brood\n- appels\n- afwasmiddel",
        "Openingstijden:\n• {{organization}} centrum: ma–vr 9–19 uur\n• {{organization}} "
        "station: ma–za 7–21 uur\nMeer op {{url}}",
        "Te doen voor {{date}}:\n1. belastingaangifte\n2. banden wisselen\n3. zolder opruimen",
        "Steden van de rondreis: {{city}}, {{city}} en {{city}}, in welke volgorde?",
    ],
    "pt": [
        "Lista de compras, organiza por secção:\n- leite\n- pão\n- maçãs\n- detergente",
        "Horários:\n• {{organization}} centro: seg–sex 9–19h\n• {{organization}} estação: "
        "seg–sáb 7–21h\nMais em {{url}}",
        "A fazer até {{date}}:\n1. IRS\n2. mudar os pneus\n3. arrumar a garagem",
        "Cidades da viagem: {{city}}, {{city}} e {{city}}, por que ordem?",
    ],
}


def _entry(lang: str, rng: random.Random) -> tuple[str, str, str]:
    """(who, one-line address, the same address over two lines)."""
    who = "{{organization}}" if rng.random() < 0.12 else rng.choice(NAMES)
    one = rng.choice(ADDRESS[lang])
    street, _, town = one.rpartition(", ")
    return who, one, f"{street}\n{town}"


def _extra(lang: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.2:
        return f", {PHONE_LABEL[lang]} {{{{phone_number}}}}"
    if r < 0.3:
        return ", {{email}}"
    return ""


def list_template(lang: str, rng: random.Random) -> str:
    """One list of two to four people with addresses, with an instruction."""
    n = rng.randint(2, 4)
    layout = rng.randrange(10)
    bullet = rng.choice(["-", "•", "*"])
    head = HEADER[lang]
    lines: list[str] = []
    if layout == 6:
        lines.append(f"{head[0]} | {head[1]} | {head[2]}")
    if layout == 7:
        lines.append(f"{head[0]};{head[1]};{head[3]}")
    for k in range(1, n + 1):
        who, one, two = _entry(lang, rng)
        x = _extra(lang, rng)
        lines.append(
            [
                f"{k}. {who} – {one}{x}",
                f"{bullet} {who}: {one}{x}",
                f"{bullet} {who}, {one}{x}",
                f"{who}\n{two}" + ("\n" + x[2:] if x else "") + "\n",
                f"{bullet} {one} ({who})",
                f"{k}) {who} — {one}{x}",
                f"{who} | {one} | {{{{phone_number}}}}",
                f"{who};{one};{{{{email}}}}",
                f"{who} ({one})",
                f"{k}. {one} – {who}",
            ][layout]
        )
    body = "\n".join(lines).rstrip("\n")
    intro = rng.choice(INTROS[lang])
    return f"{intro}\n{body}" if rng.random() < 0.75 else f"{body}\n\n{intro}"


def list_examples(seed: int, per_language: int) -> list[Example]:
    """Composed lists of people with addresses (``pii_templates_lists``; candidate M6, the
    branch's PII layer only), ``per_language`` of them per language plus its lists without
    personal data; each list its own split (10 % validation)."""
    out: list[Example] = []
    for lang, locale in LOCALE_OF.items():
        fk = LocaleFaker(seed, locale)
        rng = random.Random(f"lists:{seed}:{lang}")
        for i in range(per_language):
            text, spans = fk.fill(list_template(lang, rng))
            if rng.random() < 0.08 and len(text.lower()) == len(text):
                text = text.lower()  # typed in a hurry: the same spans
            sp = split_of(f"lists:{lang}:{i}", val=0.1, test=0.0)
            out.append(Example(text, sp, f"pii-lang-{lang}", spans=spans))
        for tpl in NEGATIVE_LISTS[lang]:
            for _ in range(max(1, per_language // 20)):
                text, spans = fk.fill(tpl)
                out.append(Example(text, "train", f"pii-lang-{lang}", spans=spans))
    return out
