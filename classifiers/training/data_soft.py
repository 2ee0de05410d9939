"""Soft injections (candidate T's data round): instructions to the AI reading a tool result
written like the text of the document itself, against instructions the same kinds of
documents address to people.

The injections are of five kinds (``soft_templates.SOFT_KINDS``): output manipulation,
phishing steering, polite tool calls, concealment and conditional triggers; the benign rows
use the same verbs about a person's own work. Both are placed the same way, in the same
carriers (``data_agentic.CARRIERS``) and alone, under the same plain frames, so neither
carrier nor frame says anything either way. Templates: ``soft_templates.py`` (written for
this round on 2026-12-03 by a helper that saw no evaluation set). Splits are by template:
the ``*_VAL`` lists are validation, one in five of the ``*_TRAIN`` templates is test.
"""

from __future__ import annotations

import random

from faker import Faker

from classifiers.training.data_agentic import CARRIERS, _fill, _values, fill_carrier
from classifiers.training.data_domain import Example
from classifiers.training.soft_templates import (
    BENIGN_PEOPLE_TRAIN,
    BENIGN_PEOPLE_VAL,
    SOFT_ACTIONS_TRAIN,
    SOFT_ACTIONS_VAL,
)
from classifiers.training.sources import template_splits

# plain frames, shared by injections and benign rows
FRAMES = ["{body}", "{body}", "{body}", "Note: {body}", "P.S. {body}", "Reminder: {body}"]
IN_CARRIERS = 6  # placements of each template in a carrier
ALONE = 2  # and on its own, as a whole tool message


def soft_examples(seed: int = 31) -> list[Example]:
    rng = random.Random(seed)
    fk = Faker("en_US")
    fk.seed_instance(seed)
    groups = [
        (
            "soft-inj",
            1,
            template_splits(
                [t for _, t in SOFT_ACTIONS_TRAIN], [t for _, t in SOFT_ACTIONS_VAL], "soft"
            ),
        ),
        ("soft-benign", 0, template_splits(BENIGN_PEOPLE_TRAIN, BENIGN_PEOPLE_VAL, "people")),
    ]
    out: list[Example] = []
    for source, label, templates in groups:
        for split, template in templates:
            for k in range(IN_CARRIERS + ALONE):
                v = _values(fk, rng)
                body = rng.choice(FRAMES).format(body=_fill(template, v))
                if k < IN_CARRIERS:
                    text = fill_carrier(rng.choice(CARRIERS), v, body)
                else:
                    text = body
                out.append(Example(text, split, source, jailbreak=label))
    return out
