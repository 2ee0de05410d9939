"""Synthetic PII sentences with exact character spans (faker values in templates).

Two template families: our own templates and the presidio-evaluator templates (MIT).
Splits are by template, so test sentences come from templates never seen in training."""

from __future__ import annotations

import calendar
import datetime
import random
import re

from faker import Faker

from classifiers.training.data_domain import Example
from classifiers.training.sources import package_dir, split_of

OWN_TEMPLATES = [
    "Hi, I'm {{person}} and my email is {{email}}.",
    "Please call {{person}} at {{phone_number}} tomorrow morning.",
    "My SSN is {{ssn}} and my date of birth is {{date}}.",
    "Charge the order to card {{credit_card_number}}, name on card {{person}}.",
    "Transfer 500 EUR to IBAN {{iban}} (account holder: {{person}}).",
    "The server at {{ip_address}} keeps rejecting my SSH key.",
    "Ship it to {{address}}, attention {{person}}.",
    "Dear {{first_name}}, your appointment is confirmed. Reply to {{email}} with questions.",
    "Contact: {{person}} | {{phone_number}} | {{email}}",
    "{{person}} lives at {{address}} and can be reached on {{phone_number}}.",
    "Can you draft a reference letter for {{person}}, who worked with me at {{organization}}?",
    "I need to update my billing address to {{address}}.",
    "Why is traffic from {{ip_address}} being blocked by our firewall?",
    "Our wire details: beneficiary {{person}}, IBAN {{iban}}.",
    "My social security number {{ssn}} was rejected by the tax form, why?",
    "Send the invoice to {{email}} and copy {{person}}.",
    "Write a polite reminder to {{first_name}} {{last_name}} that the rent is due.",
    "The customer {{person}} (card ending {{cc4}}) asked for a refund.",
    "I used my card {{credit_card_number}} at the airport and it was declined.",
    "Summarize this: {{person}} met {{person2}} in {{city}} to discuss the merger.",
    "Log line: user={{email}} src={{ip_address}} status=403",
    "Please verify the account {{iban}} before we pay the supplier.",
    "You can text me at {{phone_number}} or email {{email}}.",
    "Book a table for two under the name {{person}} at 7pm.",
    "Is {{ssn}} a valid SSN format?",
    "My neighbour {{person}} at {{address}} has a package of mine.",
    "Translate to French: My name is {{person}} and I live at {{address}}.",
    "Fix the regex so it matches emails like {{email}}.",
    "The VPN assigned me {{ip_address}} but DNS fails.",
    "Reimburse {{person}} via IBAN {{iban}}, reference INV-{{num}}.",
    "Emergency contact: {{person}}, phone {{phone_number}}.",
    "Please forward this to {{first_name}} at {{email}} asap",
    "my card number is {{credit_card_number}} exp 09/27",
    "{{person}}'s SSN: {{ssn}}",
    "We moved! New address: {{address}}. Phone: {{phone_number}}.",
    "Ping {{ip_address}} and {{ip_address2}} to check latency.",
    # address / name boundary variety (appended: the split keys above keep their index)
    "User: {{address}}",
    "Deliver to: {{address}}",
    "{{person}}\n{{address}}",
    "Address: {{building_number}} {{street_name}}, {{city}}, {{state_abbr}} {{zipcode}}",
    "Can you check whether {{address}} is inside the delivery zone?",
    "Mr. {{last_name}} asked us to send the contract to {{address}}.",
    "{{first_name}} and {{first_name_female}} {{last_name}} moved to {{address}} last year.",
    "Please ask {{person}} (our landlord) about the lease for {{address}}.",
    "The parcel for {{person}} was left at {{building_number}} {{street_name}}.",
    "I live at {{address}}",
    "Hello {{first_name}}, thanks for the order!",
    "Meeting notes: {{person}}, {{person2}} and {{first_name}} agreed to ship on Friday.",
    "The company {{organization}} was founded by {{person}} in {{city}}.",
    "Return address:\n{{person}}\n{{building_number}} {{street_name}}\n{{city}} {{postcode}}",
    "is {{address}} a residential address?",
    "{{person}} ({{email}}) reported the outage from {{ip_address}}.",
    "Ask {{first_name}} whether {{person}} still lives in {{city}}.",
    "Our office moved from {{address}} to {{building_number}} {{street_name}}, {{city}}.",
    # machine text users paste (logs, JSON, CSV, SQL): benign for jailbreak, PII inside
    "2024-05-01T12:00:03Z INFO login ok user={{email}} ip={{ip_address}}",
    '[{{date_time}}] WARN payment declined card={{credit_card_number}} customer="{{person}}"',
    '{"name": "{{person}}", "email": "{{email}}", "phone": "{{phone_number}}"}',
    "id,name,email\n{{num}},{{person}},{{email}}",
    '{{ip_address}} - - [{{date}}] "GET /api/v1/users HTTP/1.1" 200 512',
    "ERROR auth: too many attempts for {{email}} from {{ip_address}}, locking account",
    'Traceback (most recent call last):\n  File "pay.py", line {{num2}}, in send\n'
    "ValueError: invalid IBAN {{iban}}",
    "SELECT * FROM customers WHERE ssn = '{{ssn}}';",
    'curl -X POST https://api.example.com/users -d \'{"email": "{{email}}"}\'',
    "Customer record: {{person}} | {{phone_number}} | {{address}}",
    "audit: admin changed the billing address of {{person}} to {{address}}",
    "DEBUG sms gateway -> {{phone_number}} status=delivered id={{num}}",
]
NEGATIVE_TEMPLATES = [
    "Order #{{num}} shipped on {{date}} and costs ${{price}}.",
    "Version {{ver}} of the library fixed the bug reported on {{date}}.",
    "The meeting with {{organization}} is in {{city}} on {{date}}.",
    "Call the function with arguments {{num}} and {{num2}} and print the result.",
    "What is {{num}} times {{num2}}?",
    "Our team at {{organization}} grew by {{num2}} percent this year.",
    "The flight from {{city}} lands at gate {{gate}} at {{time}}.",
    "Explain how HTTP status code 404 differs from 403.",
    "The population of {{country}} is about {{num}} thousand.",
    "Use port {{port}} for the dev server and 5432 for Postgres.",
    "2024-05-01 12:00:03 INFO worker-{{num2}} finished job {{num}} in {{num2}} ms",
    'HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"error": "forbidden"}',
    "Build #{{num}} failed: test_login timed out after {{num2}}s (status=500)",
    "WARN disk usage at {{num2}}% on node-{{num2}}, retrying in {{num2}}s",
]
# Names in the places users write them: alone, in lists, after a title, in greetings and
# sign-offs, lower-case. A family of its own (own faker seed), so adding it leaves every
# other family's generated sentences, and so the existing splits, unchanged.
NAME_TEMPLATES = [
    "Can you ask {{first_name}} to review my pull request?",
    "Thanks, {{first_name}}! See you Monday.",
    "Dear {{person}},\nplease find the signed contract attached.",
    "Best regards,\n{{person}}",
    "cc: {{person}}, {{person2}}",
    "We invited {{first_name}}, {{first_name_female}}, {{first_name_male}} and {{person}}.",
    "{{person}} wrote the report and {{person2}} reviewed it.",
    "Her maiden name was {{last_name}}.",
    "Why does {{first_name}} keep ignoring my messages?",
    "Write a birthday poem for my sister {{first_name_female}}.",
    "Mr. {{last_name}} and Ms. {{last_name_female}} will join the call.",
    "is dr. {{last_name}} available on thursday?",
    "The assignee is {{person}} (backup: {{first_name}}).",
    "According to {{person}}, the release slips to June.",
    "{{first_name}} {{last_name}} | Senior Engineer | {{organization}}",
    "Draft a reply to {{person}} saying we accept the offer.",
    "my name is {{person}} and i need help with my account",
    "Team: {{person}} (lead), {{person2}}, {{first_name}}",
    "Interview notes - candidate: {{person}}; interviewer: {{person2}}.",
    "Remind me to call {{first_name}} {{last_name}} about the lease.",
]
PERSON_KEYS = {
    "person",
    "person2",
    "name",
    "first_name",
    "last_name",
    "name_female",
    "name_male",
    "first_name_male",
    "first_name_female",
    "first_name_nonbinary",
    "last_name_male",
    "last_name_female",
}
ADDRESS_PARTS = {"address", "street_name", "building_number", "secondary_address"}
ADDRESS_EDGE = {"city", "state_abbr", "postcode", "zipcode", "country"}
# Titles are context, never part of a PERSON span ("Dr. [Jamie Lee]", "ms. [Vadim]").
TITLES = ["Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Miss", "Mr", "Dr", "ms.", "Herr", "Frau"]
TITLES += ["Sig.", "Sig.ra", "Dott.", "M.", "Mme", "Sr.", "Sra.", "dhr.", "mevr."]
TYPE_OF = {
    "email": "EMAIL_ADDRESS",
    "phone_number": "PHONE_NUMBER",
    "credit_card_number": "CREDIT_CARD",
    "ssn": "US_SSN",
    "iban": "IBAN_CODE",
    "ip_address": "IP_ADDRESS",
    "ip_address2": "IP_ADDRESS",
}
_EPOCH, _DATA_END = datetime.datetime(1970, 1, 1), datetime.datetime(2025, 12, 31)
_BORN_FROM, _BORN_TO = datetime.date(1935, 1, 1), datetime.date(2007, 12, 31)
_PH = re.compile(r"{{\s*([a-z_0-9]+)\s*}}")
LOCALES = ["en_US", "en_US", "en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "en_IE"]


class PiiFaker:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakers = {loc: Faker(loc) for loc in sorted(set(LOCALES))}
        for i, f in enumerate(self.fakers.values()):
            f.seed_instance(seed + i)
        self.us = self.fakers["en_US"]

    def _f(self) -> Faker:
        return self.fakers[self.rng.choice(LOCALES)]

    def value(self, key: str) -> str:
        r, f, us = self.rng, self._f(), self.us
        if key in ("person", "person2", "name"):
            # first + last only: faker's name() sometimes adds a title ("Dr.", "Sig.ra") or a
            # degree ("MBA.", "B.Eng."), which made the gold span convention inconsistent with
            # the {{prefix}} {{last_name}} templates. Titles go outside the span (see fill).
            v = f"{f.first_name()} {f.last_name()}"
            return v if r.random() > 0.15 else v.lower()
        if key.startswith("first_name"):
            return f.first_name()
        if key.startswith("last_name"):
            return f.last_name()
        if key == "name_female":
            return f"{f.first_name_female()} {f.last_name()}"
        if key == "name_male":
            return f"{f.first_name_male()} {f.last_name()}"
        if key == "email":
            return f.email() if r.random() < 0.7 else f.free_email()
        if key == "phone_number":
            return f.phone_number() if r.random() < 0.6 else us.phone_number()
        if key == "credit_card_number":
            v = us.credit_card_number()
            if len(v) == 16 and r.random() < 0.5:
                sep = r.choice([" ", "-"])
                v = sep.join(v[i : i + 4] for i in range(0, 16, 4))
            return v
        if key == "ssn":
            return us.ssn()
        if key == "iban":
            v = self.fakers[r.choice(["de_DE", "fr_FR", "en_GB", "nl_NL", "es_ES", "it_IT"])].iban()
            if r.random() < 0.4:
                v = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
            return v
        if key in ("ip_address", "ip_address2"):
            return us.ipv4() if r.random() < 0.8 else us.ipv6()
        if key == "address":
            return f.address().replace("\n", ", ")
        if key == "street_name":
            return f.street_name()
        if key == "building_number":
            return f.building_number()
        if key == "secondary_address":
            return us.secondary_address()
        if key in ("postcode", "zipcode"):
            return f.postcode()
        table = {
            "city": f.city,
            "country": us.country,
            "organization": us.company,
            "state_abbr": us.state_abbr,
            "job": us.job,
            "url": us.url,
            "nationality": lambda: r.choice(["French", "German", "Kenyan", "Brazilian"]),
            # fixed bounds: faker's defaults end at "now", so the same seed gave other
            # sentences on every run (135 of 8,180 PII sentences differed seconds apart)
            "date": lambda: str(us.date_between(_EPOCH.date(), _DATA_END.date())),
            "date_time": lambda: str(us.date_time_between(_EPOCH, _DATA_END)),
            "date_of_birth": lambda: str(us.date_between(_BORN_FROM, _BORN_TO)),
            "day_of_week": lambda: r.choice(calendar.day_name),
            "year": lambda: str(r.randint(1970, 2025)),
            "age": lambda: str(r.randint(18, 90)),
            "num": lambda: str(r.randint(10, 99999)),
            "num2": lambda: str(r.randint(2, 500)),
            "price": lambda: f"{r.randint(1, 999)}.{r.randint(0, 99):02d}",
            "ver": lambda: f"{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}",
            "gate": lambda: f"{r.choice('ABCD')}{r.randint(1, 40)}",
            "time": lambda: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
            "port": lambda: str(r.randint(1024, 9999)),
            "cc4": lambda: str(r.randint(1000, 9999)),
            "prefix_male": us.prefix_male,
            "prefix_female": us.prefix_female,
            "prefix": us.prefix,
            "us_driver_license": lambda: us.bothify("?#######").upper(),
            "nation_woman": lambda: "Italian woman",
            "nation_plural": lambda: "Italians",
        }
        fn = table.get(key)
        return fn() if fn is not None else us.word()

    def fill(self, template: str) -> tuple[str, tuple[tuple[int, int, str], ...]]:
        parts: list[str] = []
        pieces: list[tuple[int, int, str]] = []  # (start, end, key)
        pos = 0
        for m in _PH.finditer(template):
            literal = template[pos : m.start()]
            if m.group(1) in ("person", "person2", "name") and self.rng.random() < 0.12:
                literal += self.rng.choice(TITLES) + " "
            parts.append(literal)
            start = sum(len(p) for p in parts)
            val = self.value(m.group(1))
            parts.append(val)
            pieces.append((start, start + len(val), m.group(1)))
            pos = m.end()
        parts.append(template[pos:])
        text = "".join(parts)
        spans: list[tuple[int, int, str]] = []
        addr: list[tuple[int, int, str]] = []

        def flush() -> None:
            if any(k in ADDRESS_PARTS for _, _, k in addr):
                spans.append((addr[0][0], addr[-1][1], "STREET_ADDRESS"))
            addr.clear()

        for s, e, k in pieces:
            if k in ADDRESS_PARTS or k in ADDRESS_EDGE:
                # one address across ", " and line breaks ("12 Main St\n Springfield, IL"),
                # also in a quoted e-mail ("12 Main St\n>Springfield")
                if addr and not re.fullmatch(r"[\s,>]*", text[addr[-1][1] : s]):
                    flush()
                addr.append((s, e, k))
                continue
            flush()
            if k in PERSON_KEYS:
                prev = spans[-1] if spans else None
                if prev and prev[2] == "PERSON" and text[prev[1] : s] == " ":
                    spans[-1] = (prev[0], e, "PERSON")  # {{first_name}} {{last_name}}: one name
                else:
                    spans.append((s, e, "PERSON"))
            elif k in TYPE_OF:
                spans.append((s, e, TYPE_OF[k]))
        flush()
        return text, tuple(sorted(spans))


def presidio_templates() -> list[str]:
    path = package_dir("presidio_evaluator") / "data_generator" / "raw_data" / "templates.txt"
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and "\ufffd" not in ln]


def _unescape(template: str) -> str:
    """The presidio templates write line breaks as a literal backslash-n."""
    return template.replace("\\n", "\n").replace("\\,", ",")


def pii_examples(seed: int = 23, per_template: int = 40) -> list[Example]:
    fk = PiiFaker(seed)
    out: list[Example] = []
    fams = [("own", OWN_TEMPLATES), ("presidio", presidio_templates()), ("neg", NEGATIVE_TEMPLATES)]
    for fam, templates in fams:
        for i, tpl in enumerate(templates):
            sp = split_of(f"{fam}:{i}:{tpl}", val=0.1, test=0.25)
            n = per_template if fam != "presidio" else per_template // 2
            for _ in range(n):
                text, spans = fk.fill(_unescape(tpl))
                out.append(Example(text, sp, f"pii-{fam}", jailbreak=0, spans=spans))
    fk = PiiFaker(seed + 1000)
    for i, tpl in enumerate(NAME_TEMPLATES):
        sp = split_of(f"names:{i}:{tpl}", val=0.1, test=0.25)
        for _ in range(per_template):
            text, spans = fk.fill(tpl)
            out.append(Example(text, sp, "pii-own", jailbreak=0, spans=spans))
    return out
