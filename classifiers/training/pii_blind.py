"""Blind checks of the PII model: templates written after the fourth data round's training.

Not training data, not the test split. Each set was written before any model was run on
it; the first has since been read (a development set), the second was sealed until the
bare-name retrain was decided (docs/classifiers.md, "Fourth data round").
Usage: python -m classifiers.training.pii_blind MODELS_DIR [MODELS_DIR ...]"""

from __future__ import annotations

import json
import sys

from classifiers.engine import SignalEngine
from classifiers.settings import ClassifierSettings
from classifiers.training.data_pii import PiiFaker
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


def sentences(
    templates: list[str], seed: int
) -> tuple[list[str], list[list[tuple[int, int, str]]]]:
    fk = PiiFaker(seed)
    filled = [fk.fill(t) for t in templates for _ in range(PER_TEMPLATE)]
    return [t for t, _ in filled], [list(spans) for _, spans in filled]


def main(dirs: list[str]) -> int:
    sets = {"first": sentences(FIRST, FIRST_SEED), "second": sentences(SECOND, SECOND_SEED)}
    for d in dirs:
        eng = SignalEngine.load(ClassifierSettings(intra_op_threads=2, warmup=False, models_dir=d))
        for name, (texts, gold) in sets.items():
            pred = [[(p.start, p.end, p.type) for p in s.pii] for s in eng.classify_batch(texts)]
            r = entity_scores(gold, pred, False)
            per = {k: v["f1"] for k, v in r["per_type"].items() if v.get("support")}
            print(json.dumps({"models": d, "set": name, **r["overall"], "per_type": per}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["models"]))
