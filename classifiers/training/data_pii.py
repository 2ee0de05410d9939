"""Synthetic PII sentences with exact character spans (faker values in templates).

Two template families: our own templates and the presidio-evaluator templates (MIT).
Splits are by template, so test sentences come from templates never seen in training."""

from __future__ import annotations

import calendar
import datetime
import os
import random
import re

from faker import Faker

from classifiers.training.data_domain import Example
from classifiers.training.fakers import steady_faker
from classifiers.training.pii_templates import (
    ADJACENT_TEMPLATES,
    CONTEXT_TEMPLATES,
    NAME_TEMPLATES,
    NEGATIVE_TEMPLATES,
    OWN_TEMPLATES,
)
from classifiers.training.pii_templates_languages import LOCALE_OF, NEGATIVE, POSITIVE
from classifiers.training.pii_templates_languages_more import NEGATIVE_MORE, POSITIVE_MORE
from classifiers.training.sources import package_dir, split_of

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
        self.fakers = {loc: steady_faker(loc) for loc in sorted(set(LOCALES))}
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
                # also in a quoted e-mail ("12 Main St\n>Springfield") or a bulleted block
                # ("\n??? Apt. 176": a presidio template's bullets, read as "?")
                if addr and not re.fullmatch(r"[\s,>?•*-]*", text[addr[-1][1] : s]):
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


class LocaleFaker(PiiFaker):
    """Every value from one locale's faker (a German sentence gets German names and
    addresses). Phone numbers follow ``PiiFaker``: 60 % local, 40 % US."""

    def __init__(self, seed: int, locale: str) -> None:
        super().__init__(seed)
        self.locale = locale
        if locale not in self.fakers:
            self.fakers[locale] = steady_faker(locale)
            self.fakers[locale].seed_instance(seed + len(self.fakers))

    def _f(self) -> Faker:
        return self.fakers[self.locale]


def presidio_templates() -> list[str]:
    path = package_dir("presidio_evaluator") / "data_generator" / "raw_data" / "templates.txt"
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and "\ufffd" not in ln]


def _unescape(template: str) -> str:
    """The presidio templates write line breaks as a literal backslash-n."""
    return template.replace("\\n", "\n").replace("\\,", ",")


def pii_examples(seed: int = 23, per_template: int = 40, languages: bool = False) -> list[Example]:
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
    fk = PiiFaker(seed + 2000)
    for tpl in CONTEXT_TEMPLATES:  # train only (see pii_templates)
        for _ in range(per_template):
            text, spans = fk.fill(tpl)
            out.append(Example(text, "train", "pii-own", jailbreak=0, spans=spans))
    fk = PiiFaker(seed + 3000)
    for tpl in ADJACENT_TEMPLATES:  # train only, PII label only (see pii_templates)
        for _ in range(per_template // 2):
            text, spans = fk.fill(tpl)
            out.append(Example(text, "train", "pii-adjacent", spans=spans))
    if languages:
        out += language_examples(seed + 4000, LANGUAGE_FILLINGS)
    return out


LONE_SOURCE = "pii-lone"


def _train_rows(fk: PiiFaker, rounds: list[tuple[list[str], int]], source: str) -> list[Example]:
    """Each template of each round filled ``n`` times, in order; train split, benign."""
    out: list[Example] = []
    for templates, n in rounds:
        for tpl in templates:
            for _ in range(n):
                text, spans = fk.fill(tpl)
                out.append(Example(text, "train", source, jailbreak=0, spans=spans))
    return out


def lone_name_examples(seed: int = 23 + 5000, per_template: int = 30) -> list[Example]:
    """Candidate F's rows (``pii_templates_lone_names``): a lone first name after a verb in
    a short English request, and the same verbs before words that are no names (a third of
    the fillings); with ``PRISM_TRAIN_LONE_NAMES=2``, candidate F2's rows too, and with
    ``=3`` also F3's imperatives in six languages (the rows candidate F4 shipped with). Train
    split only."""
    from classifiers.training.pii_templates_lone_names import (
        LONE_NAME_NEGATIVES,
        LONE_NAME_NEGATIVES_F2,
        LONE_NAME_TEMPLATES,
        LONE_NAME_TEMPLATES_F2,
    )

    fk = PiiFaker(seed)
    out: list[Example] = []
    rounds = [(LONE_NAME_TEMPLATES, per_template), (LONE_NAME_NEGATIVES, per_template // 3)]
    if os.environ.get("PRISM_TRAIN_LONE_NAMES") in ("2", "3"):
        rounds += [
            (LONE_NAME_TEMPLATES_F2, per_template),
            (LONE_NAME_NEGATIVES_F2, per_template // 3),
        ]
    out += _train_rows(fk, rounds, LONE_SOURCE)
    if os.environ.get("PRISM_TRAIN_LONE_NAMES") == "3":
        from classifiers.training.pii_templates_lone_names import LONE_NAME_IMPERATIVES_F3

        for lang, templates in LONE_NAME_IMPERATIVES_F3.items():
            lf = LocaleFaker(seed + 1, LOCALE_OF[lang])
            for tpl in templates:
                for _ in range(per_template // 2):
                    text, spans = lf.fill(tpl)
                    out.append(Example(text, "train", LONE_SOURCE, jailbreak=0, spans=spans))
    return out


RECORDS_SOURCE = "pii-records"


def record_examples(seed: int = 23 + 6000, per_template: int = 30) -> list[Example]:
    """Candidate K3's rows (``pii_templates_records``): personal data in CSV, JSON, calendar
    cards, code and headers (30 fillings each) and companies named after people (15 fillings
    each); with ``PRISM_TRAIN_RECORDS=public``, candidate K2's public figures and characters
    typed as literals too (5 copies each: they have no placeholder). Train split only,
    English, outside the English anchor."""
    from classifiers.training.pii_templates_records import (
        ORGANIZATION_NEGATIVES,
        PUBLIC_NAME_NEGATIVES,
        RECORD_TEMPLATES,
    )

    fk = PiiFaker(seed)
    rounds = [(RECORD_TEMPLATES, per_template), (ORGANIZATION_NEGATIVES, per_template // 2)]
    if os.environ.get("PRISM_TRAIN_RECORDS") == "public":  # candidate K2; K3 leaves them out
        rounds.append((PUBLIC_NAME_NEGATIVES, 5))
    return _train_rows(fk, rounds, RECORDS_SOURCE)


# Fillings per sentence written in another language (half for the ones without personal
# data). Candidates 1 and 2 of the seventh round used 40; with 20 the foreign rows no longer
# outweigh what the layer keeps for English (docs/classifiers.md, "Seventh round").
LANGUAGE_FILLINGS = 20
# Greetings and thanks typed alone: no names (candidate 2 read "Hallo" as one).
GREETINGS = {
    "de": ["Hallo", "Hallo!", "hallo zusammen", "Guten Morgen", "Danke", "Moin"],
    "fr": ["Bonjour", "Salut !", "salut", "Bonsoir", "Merci", "Coucou"],
    "es": ["Hola", "¡Hola!", "hola", "Buenos días", "Gracias", "Buenas"],
    "it": ["Ciao", "Ciao!", "ciao", "Buongiorno", "Grazie", "Salve"],
    "nl": ["Hoi", "Hallo!", "hoi", "Goedemorgen", "Dank je", "Doei"],
    "pt": ["Olá", "Olá!", "olá", "Bom dia", "Obrigado", "Boa tarde"],
}


def language_examples(seed: int, per_template: int) -> list[Example]:
    """Sentences written in de, fr, es, it, nl and pt, each filled from its own faker locale;
    PII label only (they never move the domain or jailbreak weights), so a sentence never
    trains in one language and validates in another."""
    out: list[Example] = []
    for lang, locale in LOCALE_OF.items():
        fk = LocaleFaker(seed, locale)
        # our sentences are parallel across languages (split per index); the second
        # engineer's are each language's own (split per language and index)
        families = (
            ("pos", POSITIVE[lang], per_template, "{fam}:{i}"),
            ("neg", NEGATIVE[lang], per_template // 2, "{fam}:{i}"),
            ("more-pos", POSITIVE_MORE[lang], per_template, "{fam}:{lang}:{i}"),
            ("more-neg", NEGATIVE_MORE[lang], per_template // 2, "{fam}:{lang}:{i}"),
        )
        for fam, templates, n, key in families:
            for i, tpl in enumerate(templates):
                sp = split_of("lang-" + key.format(fam=fam, lang=lang, i=i), val=0.15, test=0.15)
                for _ in range(n):
                    text, spans = fk.fill(tpl)
                    out.append(Example(text, sp, f"pii-lang-{lang}", spans=spans))
        for i, greeting in enumerate(GREETINGS[lang]):
            sp = split_of(f"lang-greeting:{lang}:{i}", val=0.15, test=0.15)
            out += [Example(greeting, sp, f"pii-lang-{lang}", spans=())] * 5
    return out


def third_language_examples(seed: int, per_template: int) -> list[Example]:
    """The third engineer's sentences (``pii_templates_languages_third``; candidate M, the
    branch's PII layer only): per language and sentence its own split."""
    from classifiers.training.pii_templates_languages_third import NEGATIVE_THIRD, POSITIVE_THIRD

    out: list[Example] = []
    for lang, locale in LOCALE_OF.items():
        fk = LocaleFaker(seed, locale)
        for fam, templates, n in (
            ("pos", POSITIVE_THIRD[lang], per_template),
            ("neg", NEGATIVE_THIRD[lang], per_template // 2),
        ):
            for i, tpl in enumerate(templates):
                sp = split_of(f"lang3-{fam}:{lang}:{i}", val=0.15, test=0.0)
                for _ in range(n):
                    text, spans = fk.fill(tpl)
                    out.append(Example(text, sp, f"pii-lang-{lang}", spans=spans))
    return out
