"""Blind checks of the PII model: templates written after the fourth data round's training.

Not training data, not the test split. Each set was written before any model was run on
it; the first has since been read (a development set), the second was sealed until the
bare-name retrain was decided (docs/classifiers.md, "Fourth data round").
A third group (2026-12-01), written after the sixth round's training and never trained on:
the same kind of everyday sentences in German, French, Spanish and Italian, filled with
names, addresses and phone numbers of that language's faker locale (issue 18 asks for PII
entity F1 >= 0.85 there).
A fourth to seventh group (``bench/blind/pii_languages_v{2,3,4,5}.json``, seventh round):
six languages each, written by other engineers, each sealed until a candidate was measured on
it; a third English group (``bench/blind/pii_english_v3.json``, set ``en3-en``); and an eighth
foreign group (``pii_languages_v6.json``, set ``v6-``), sealed until candidate M (the branch's
PII layer) was measured, a ninth (``pii_languages_v7.json``, set ``v7-``) until candidate
M3, a tenth (``pii_languages_v8.json``, set ``v8-``) until candidate M4, an eleventh
(``pii_languages_v9.json``, set ``v9-``) until candidate M5, and a twelfth
(``pii_languages_v10.json``, set ``v10-``) until candidate W; and a fourth English group
(``pii_english_v4.json``, set ``en4-``) until candidate Z, and a fifth
(``pii_english_v5.json``, set ``en5-``) until candidate U, and a sixth
(``pii_english_v6.json``, set ``en6-``) until candidate N; a thirteenth foreign group
(``pii_languages_v11.json``, set ``v11-``) until candidate E, and a fourteenth
(``pii_languages_v12.json``, set ``v12-``) until candidate G, and a fifteenth
(``pii_languages_v13.json``, set ``v13-``) until candidate G2; and a seventh English group
(``pii_english_v7.json``, set ``en7-``) until candidate K, and an eighth
(``pii_english_v8.json``, set ``en8-``) until candidate F4, and a ninth
(``pii_english_v9.json``, set ``en9-``) until candidates K3 and D1, and a tenth
(``pii_english_v10.json``, set ``en10-``) until candidate U2, and an eleventh
(``pii_english_v11.json``, set ``en11-``) until candidate U3, and a twelfth
(``pii_english_v12.json``, set ``en12-``) until candidate U4; a sixteenth foreign group
(``pii_languages_v14.json``, set ``v14-``) until the blind check of U2-U4; and a
thirteenth English group (``pii_english_v13.json``, set ``en13-``) until candidate U5, and
a fourteenth (``pii_english_v14.json``, set ``en14-``) until candidate U6, and a fifteenth
(``pii_english_v15.json``, set ``en15-``, tool output) until candidate U6', and a
sixteenth (``pii_english_v16.json``, set ``en16-``, machine text) until candidate U7, and a
seventeenth (``pii_english_v17.json``, set ``en17-``, printed documents) until candidate U8,
and an eighteenth (``pii_english_v18.json``, set ``en18-``, printed records) until U9, and a
nineteenth (``pii_english_v19.json``, set ``en19-``, machine text and records) until U10;
a seventeenth foreign group (``pii_languages_v15.json``, set ``v15-``) until U11, and an
eighteenth (``pii_languages_v16.json``, set ``v16-``) until U12, and a nineteenth
(``pii_languages_v17.json``, set ``v17-``) until U13, and a twentieth
(``pii_languages_v18.json``, set ``v18-``) until U14, and a twenty-first
(``pii_languages_v19.json``, set ``v19-``) until U15, and a twenty-second
(``pii_languages_v20.json``, set ``v20-``) until U16, and a twenty-third
(``pii_languages_v21.json``, set ``v21-``) until U17, and a twenty-fourth
(``pii_languages_v22.json``, set ``v22-``) until U18, and a twenty-fifth
(``pii_languages_v23.json``, set ``v23-``) until U19, and a twenty-sixth
(``pii_languages_v24.json``, set ``v24-``) until U20, and a twenty-seventh
(``pii_languages_v25.json``, set ``v25-``, everyday lists) until M7, and a
twenty-eighth (``pii_languages_v26.json``, set ``v26-``, people over several lines) until U21,
and a twenty-ninth (``pii_languages_v27.json``, set ``v27-``, records of people) until U22.
``--english-reader`` sends every text the branch does not read anyway to MiniLM's PII layer
(candidate F's gate: how MiniLM reads the English groups on its own).
Usage: python -m classifiers.training.pii_blind [--english-reader] [--sets first,v4-]
MODELS_DIR [MODELS_DIR ...]"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import classifiers.engine as engine_module
from classifiers.engine import SignalEngine
from classifiers.settings import ClassifierSettings
from classifiers.training.data_pii import LocaleFaker, PiiFaker
from classifiers.training.evaluate import entity_scores

PER_TEMPLATE = 25
# faker seed per set
FIRST_SEED, SECOND_SEED = 777, 778
FIRST = [
    "Could you help me write a thank-you note to {{person}} for the flowers?",
    "I'm flying out tomorrow; if anything breaks, page {{first_name}} or call {{phone_number}}.",
    "Landlord: {{person}}\nProperty: {{address}}\nRent due on the 1st.",
    "The package addressed to {{address}} came back, sender {{person}}.",
    "My colleague {{first_name}} {{last_name}} keeps taking credit for my work, what should I do?",
    "Please refund card {{credit_card_number}}; the cardholder {{person}} has already called"
    " twice.",
    "Wire it to {{iban}} please, for {{first_name}}'s tuition.",
    "new tenant is {{person}}, moving into {{address}} on monday",
    "Summarize the email from {{person}} <{{email}}> about the Q3 budget.",
    "Hey {{first_name_female}}, are we still on for lunch at {{address}}?",
    "{{person}} and I are planning a trip to {{city}} in May, any tips?",
    "Signed on behalf of {{organization}} by {{person}}, {{date}}.",
    "Our tenant at {{address}} stopped paying; her name is {{person}}.",
    "IP {{ip_address}} belongs to the laptop of {{person}}, please whitelist it.",
    "Who should I contact, {{person}} or {{person2}}?",
    "The deed lists {{person}} as owner of {{address}} since {{year}}.",
    "Correct the spelling in this sentence: {{first_name}} went too the store on {{street_name}}.",
    "SSN on file for {{person}} is {{ssn}}, is that right?",
    "Invoice #{{num}} billed to {{person}}, {{address}}",
    "Do you think {{last_name}} will win the election?",
    "pls forward to {{email}}, thx - {{first_name}}",
    "Visitor log: {{person}} checked in at {{time}}, escorted by {{first_name}}.",
    "Emergency: {{person}} collapsed at {{address}}, call an ambulance.",
    "Write a limerick about my cat and my roommate {{first_name}}.",
]
SECOND = [
    "Can you proofread the cover letter I wrote for {{person}}'s startup?",
    "{{first_name}} says the heater at {{address}} is broken again.",
    "Reminder: dentist appointment for {{first_name_female}} on Tuesday, call {{phone_number}}"
    " to confirm.",
    "Ticket #{{num}}: customer {{person}} ({{email}}) cannot log in since the update.",
    "What gift would you recommend for {{first_name}}, who loves hiking?",
    "Beneficiary details changed to {{person}}, IBAN {{iban}}; please confirm by phone.",
    "i think {{last_name}} is lying about the budget numbers",
    "Meet {{first_name_male}} and {{first_name_female}} at the cafe on {{street_name}} at noon.",
    "Return to sender: {{person}}, {{address}}",
    "How do I tell {{person}} that I'm resigning?",
    "The ssh key for {{ip_address}} was issued to {{person}} last week.",
    "Rate this haiku my nephew {{first_name}} wrote for school.",
    "{{person}} from accounting flagged card {{credit_card_number}} as stolen.",
    "Mail the keys to {{address}} and text {{first_name}} when done.",
    "Is it rude to ask {{first_name}} why she left early?",
    "Translate this into Spanish: {{person}} will arrive on Friday.",
    "Our new intern, {{person}}, starts on {{day_of_week}}.",
    "Please update the mailing address for {{person}} to {{address}}.",
    "{{last_name}}'s theory was disproven in the end.",
    "Hi {{first_name}}! Long time no see. How is {{city}}?",
    "The caller gave SSN {{ssn}} and said her name was {{person}}.",
    "Write a toast for {{first_name}} and {{first_name_female}}'s wedding.",
    "Lost dog found near {{address}}; owner {{person}} can reach me at {{phone_number}}.",
    "Who is {{person}} and why is everyone talking about her?",
]


LANG_SEED = 779
LANGS = {
    "de_DE": [
        "Kannst du mir helfen, eine Dankeskarte an {{person}} zu schreiben?",
        "Bitte schick die Unterlagen an {{person}}, {{address}}.",
        "Ruf {{first_name}} unter {{phone_number}} an, falls der Zug Verspätung hat.",
        "Die Rechnung geht an {{email}}, Ansprechpartner ist {{person}}.",
        "Mein Nachbar {{first_name}} {{last_name}} hat schon wieder mein Paket angenommen.",
        "Überweise die Miete bitte auf {{iban}}, Empfänger {{person}}.",
        "Neue Lieferadresse: {{address}}",
        "Wie sage ich {{first_name}}, dass ich nicht zur Hochzeit komme?",
    ],
    "fr_FR": [
        "Peux-tu m'aider à écrire un mot de remerciement pour {{person}} ?",
        "Merci d'envoyer le colis à {{person}}, {{address}}.",
        "Appelle {{first_name}} au {{phone_number}} si le train a du retard.",
        "La facture part à {{email}}, le contact est {{person}}.",
        "Mon voisin {{first_name}} {{last_name}} a encore pris mon colis.",
        "Vire le loyer sur {{iban}}, au nom de {{person}}.",
        "Nouvelle adresse de livraison : {{address}}",
        "Comment dire à {{first_name}} que je ne viendrai pas au mariage ?",
    ],
    "es_ES": [
        "¿Me ayudas a escribir una nota de agradecimiento para {{person}}?",
        "Envía los documentos a {{person}}, {{address}}.",
        "Llama a {{first_name}} al {{phone_number}} si el tren se retrasa.",
        "La factura va a {{email}}; la persona de contacto es {{person}}.",
        "Mi vecino {{first_name}} {{last_name}} ha vuelto a recoger mi paquete.",
        "Transfiere el alquiler a {{iban}}, a nombre de {{person}}.",
        "Nueva dirección de entrega: {{address}}",
        "¿Cómo le digo a {{first_name}} que no iré a la boda?",
    ],
    "it_IT": [
        "Mi aiuti a scrivere un biglietto di ringraziamento per {{person}}?",
        "Manda i documenti a {{person}}, {{address}}.",
        "Chiama {{first_name}} al {{phone_number}} se il treno è in ritardo.",
        "La fattura va a {{email}}, il referente è {{person}}.",
        "Il mio vicino {{first_name}} {{last_name}} ha ritirato di nuovo il mio pacco.",
        "Bonifica l'affitto su {{iban}}, intestato a {{person}}.",
        "Nuovo indirizzo di consegna: {{address}}",
        "Come dico a {{first_name}} che non verrò al matrimonio?",
    ],
}


def sentences(
    templates: list[str], seed: int
) -> tuple[list[str], list[list[tuple[int, int, str]]]]:
    fk = PiiFaker(seed)
    filled = [fk.fill(t) for t in templates for _ in range(PER_TEMPLATE)]
    return [t for t, _ in filled], [list(spans) for _, spans in filled]


def locale_sentences(
    locale: str, templates: list[str]
) -> tuple[list[str], list[list[tuple[int, int, str]]]]:
    fk = LocaleFaker(LANG_SEED, locale)
    filled = [fk.fill(t) for t in templates for _ in range(PER_TEMPLATE)]
    return [t for t, _ in filled], [list(spans) for _, spans in filled]


BLIND = Path(__file__).resolve().parents[2] / "bench" / "blind"
# (file, faker seed, set-name prefix): the fourth, fifth, sixth and seventh groups, and a
# third English group (written for candidate 4 of the seventh round)
LANGUAGE_GROUPS = [
    ("pii_languages_v2.json", 780, "v2"),
    ("pii_languages_v3.json", 781, "v3"),
    ("pii_languages_v4.json", 782, "v4"),
    ("pii_languages_v5.json", 783, "v5"),
    ("pii_english_v3.json", 784, "en3"),
    ("pii_languages_v6.json", 785, "v6"),
    ("pii_languages_v7.json", 786, "v7"),
    ("pii_languages_v8.json", 787, "v8"),
    ("pii_languages_v9.json", 788, "v9"),
    ("pii_languages_v10.json", 789, "v10"),
    ("pii_english_v4.json", 790, "en4"),
    ("pii_english_v5.json", 791, "en5"),
    ("pii_english_v6.json", 792, "en6"),
    ("pii_languages_v11.json", 793, "v11"),
    ("pii_languages_v12.json", 794, "v12"),
    ("pii_languages_v13.json", 795, "v13"),
    ("pii_english_v7.json", 796, "en7"),
    ("pii_english_v8.json", 798, "en8"),
    ("pii_english_v9.json", 799, "en9"),
    ("pii_english_v10.json", 800, "en10"),
    ("pii_english_v11.json", 801, "en11"),
    ("pii_english_v12.json", 802, "en12"),
    ("pii_languages_v14.json", 803, "v14"),
    ("pii_english_v13.json", 804, "en13"),
    ("pii_english_v14.json", 805, "en14"),
    ("pii_english_v15.json", 806, "en15"),
    ("pii_english_v16.json", 807, "en16"),
    ("pii_english_v17.json", 808, "en17"),
    ("pii_english_v18.json", 809, "en18"),
    ("pii_english_v19.json", 810, "en19"),
    ("pii_languages_v15.json", 811, "v15"),
    ("pii_languages_v16.json", 812, "v16"),
    ("pii_languages_v17.json", 813, "v17"),
    ("pii_languages_v18.json", 814, "v18"),
    ("pii_languages_v19.json", 815, "v19"),
    ("pii_languages_v20.json", 816, "v20"),
    ("pii_languages_v21.json", 817, "v21"),
    ("pii_languages_v22.json", 818, "v22"),
    ("pii_languages_v23.json", 819, "v23"),
    ("pii_languages_v24.json", 820, "v24"),
    ("pii_languages_v25.json", 821, "v25"),
    ("pii_languages_v26.json", 822, "v26"),
    ("pii_languages_v27.json", 823, "v27"),
]


def language_group(
    name: str, seed: int, prefix: str
) -> dict[str, tuple[list[str], list[list[tuple[int, int, str]]]]]:
    """A group of sentences in several languages (``bench/blind/pii_languages_v*.json``),
    written by another engineer who read neither the training sentences nor the earlier
    groups. Sentences without personal data count too (a span found there is a false
    positive)."""
    data = json.loads((BLIND / name).read_text(encoding="utf-8"))
    out = {}
    for lang, block in data["languages"].items():
        fk = LocaleFaker(seed, block["locale"])
        templates = block["with_pii"] + block["without_pii"]
        filled = [fk.fill(t) for t in templates for _ in range(PER_TEMPLATE)]
        out[f"{prefix}-{lang}"] = ([t for t, _ in filled], [list(s) for _, s in filled])
    return out


def main(args: list[str]) -> int:
    """``[--sets PREFIX,...] MODELS_DIR ...``: every set, or those whose name starts with one
    of the prefixes (first, second, de_DE ..., v2-, v3-, v4-, v5-, en3-)."""
    if os.environ.get("PYTHONHASHSEED") != "0":
        # Faker draws some city names through a set: the same sentences in every process
        # only with a fixed hash seed (docs/classifiers.md, "A reproducibility finding")
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        argv = [sys.executable, "-m", "classifiers.training.pii_blind", *args]
        os.execve(sys.executable, argv, env)
    prefixes: tuple[str, ...] = ()
    if args[:1] == ["--english-reader"]:
        engine_module.reads_pii = lambda text: False
        args = args[1:]
    if args[:1] == ["--sets"]:
        prefixes, args = tuple(args[1].split(",")), args[2:]
    dirs = args or ["models"]
    sets = {"first": sentences(FIRST, FIRST_SEED), "second": sentences(SECOND, SECOND_SEED)}
    sets.update({loc: locale_sentences(loc, tpls) for loc, tpls in LANGS.items()})
    for group in LANGUAGE_GROUPS:
        sets.update(language_group(*group))
    if prefixes:
        sets = {k: v for k, v in sets.items() if k.startswith(prefixes)}
    for d in dirs:
        eng = SignalEngine.load(
            ClassifierSettings(precision="int8", intra_op_threads=2, warmup=False, models_dir=d)
        )
        for name, (texts, gold) in sets.items():
            pred = [[(p.start, p.end, p.type) for p in s.pii] for s in eng.classify_batch(texts)]
            r = entity_scores(gold, pred, False)
            per = {k: v["f1"] for k, v in r["per_type"].items() if v.get("support")}
            overlap = entity_scores(gold, pred, True)["overall"]["f1"]
            print(
                json.dumps(
                    {
                        "models": d,
                        "set": name,
                        **r["overall"],
                        "overlap_f1": overlap,
                        "per_type": per,
                    }
                )
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
