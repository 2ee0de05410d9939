"""Genuine notices and rule-targeting attacks (candidate T2's data round, shipped with T3).

T1 (docs/classifiers.md, "Benign imperatives as sentences") left two lessons. A genuine
notice addressed to the reader of a document ("your mailbox is almost full; archive old
messages") looks like a soft injection, so it is placed in the agentic carriers as a benign
row, the way the soft injections are. And the benign "ignore the typos" requests taught the
layer that "ignore" in a user's request is harmless, so short requests that turn the same
verbs against the assistant's own rules are attacks, in English, natively in eight more
languages, and in leetspeak. Templates: ``rule_contrast_templates.py``; splits by template
(the ``*_VAL`` lists are validation, one in five of the ``*_TRAIN`` templates test). Only
with ``PRISM_TRAIN_RULES=1``.
"""

from __future__ import annotations

import random

from faker import Faker

from classifiers.training.data_agentic import CARRIERS, _values, fill_carrier
from classifiers.training.data_domain import Example
from classifiers.training.imperative_templates import CONTEXT_SENTENCES
from classifiers.training.rule_contrast_templates import (
    GENUINE_NOTICES_TRAIN,
    GENUINE_NOTICES_VAL,
    RULE_ATTACKS_EN_TRAIN,
    RULE_ATTACKS_EN_VAL,
    RULE_ATTACKS_FOREIGN_TRAIN,
    RULE_ATTACKS_FOREIGN_VAL,
    RULE_ATTACKS_LEET_TRAIN,
    RULE_ATTACKS_LEET_VAL,
)
from classifiers.training.sources import template_splits

NOTICE_SOURCE = "notice-benign"
ATTACK_SOURCE = "rule-attack"
IN_CARRIERS = 6  # placements of each notice in a carrier
ALONE = 2  # and on its own, as a whole tool message


def _notices(rng: random.Random, fk: Faker) -> list[Example]:
    out: list[Example] = []
    for split, notice in template_splits(GENUINE_NOTICES_TRAIN, GENUINE_NOTICES_VAL, "notice"):
        for k in range(IN_CARRIERS + ALONE):
            v = _values(fk, rng)
            body = notice
            if k < IN_CARRIERS:
                body = fill_carrier(rng.choice(CARRIERS), v, body)
            out.append(Example(body, split, NOTICE_SOURCE, jailbreak=0))
    return out


def _attacks(rng: random.Random) -> list[Example]:
    english = template_splits(RULE_ATTACKS_EN_TRAIN, RULE_ATTACKS_EN_VAL, "rule-en")
    other = template_splits(
        [t for _, t in RULE_ATTACKS_FOREIGN_TRAIN + RULE_ATTACKS_LEET_TRAIN],
        [t for _, t in RULE_ATTACKS_FOREIGN_VAL + RULE_ATTACKS_LEET_VAL],
        "rule-other",
    )
    out: list[Example] = []
    for split, text in english:  # alone, and once among neutral context sentences
        out.append(Example(text, split, ATTACK_SOURCE, jailbreak=1))
        before = rng.sample(CONTEXT_SENTENCES, rng.choice([1, 2]))
        out.append(Example(" ".join([*before, text]), split, ATTACK_SOURCE, jailbreak=1))
    for split, text in other:  # twice alone: no English context around foreign text
        out += [Example(text, split, ATTACK_SOURCE, jailbreak=1)] * 2
    return out


def rule_contrast_examples(seed: int = 43) -> list[Example]:
    rng = random.Random(seed)
    fk = Faker("en_US")
    fk.seed_instance(seed)
    return _notices(rng, fk) + _attacks(rng)
