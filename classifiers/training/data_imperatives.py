"""Benign user sentences that sound like attacks (candidate T1's data round).

T0 (docs/classifiers.md, "Ninth data round") taught the task layer that documents carry soft
injections, and it started to block what users type with the same verbs: "forget the bit
about relocating", an e-mail footer that says "please delete it", a contract line about
"overriding" rights, a question that names an attack. The engine reads every sentence of a
prompt on its own, so these rows are single sentences, each alone and inside a short user
prompt among neutral context sentences. Kinds (``imperative_templates``, written for this
round on 2026-12-03 by a helper that saw no evaluation set): edit requests about the user's
own material, boilerplate users paste, security questions. Splits are by template, in both
splits the evaluation reads: the ``*_VAL`` lists are validation, one in five of the
``*_TRAIN`` templates is test. Only with ``PRISM_TRAIN_IMPERATIVES=1``.
"""

from __future__ import annotations

import random

from classifiers.training.data_domain import Example
from classifiers.training.imperative_templates import (
    BOILERPLATE_TRAIN,
    BOILERPLATE_VAL,
    CONTEXT_SENTENCES,
    EDIT_REQUESTS_TRAIN,
    EDIT_REQUESTS_VAL,
    SECURITY_QUESTIONS_TRAIN,
    SECURITY_QUESTIONS_VAL,
)
from classifiers.training.sources import template_splits

SOURCE = "imperative-benign"
IN_PROMPTS = 2  # placements of each template in a short prompt, besides the template alone
# how a pasted line is asked about ({c}: a context sentence, {t}: the template)
PASTE_FRAMES = [
    '{c} It says: "{t}" What does that mean?',
    "Can you put this in plain words? {t}",
    "{t} Is that normal wording?",
    "{c}\n\n{t}\n\nPlease summarise.",
]


def _prompt(rng: random.Random, template: str, pasted: bool) -> str:
    context = rng.sample(CONTEXT_SENTENCES, 2)
    if pasted:
        return rng.choice(PASTE_FRAMES).format(c=context[0], t=template)
    before, after = rng.choice([(1, 0), (0, 1), (1, 1), (2, 0)])
    parts = [*context[:before], template, *context[before : before + after]]
    return " ".join(parts)


def imperative_examples(seed: int = 37) -> list[Example]:
    rng = random.Random(seed)
    groups = [
        (template_splits(EDIT_REQUESTS_TRAIN, EDIT_REQUESTS_VAL, "edit"), False),
        (template_splits(BOILERPLATE_TRAIN, BOILERPLATE_VAL, "boiler"), True),
        (template_splits(SECURITY_QUESTIONS_TRAIN, SECURITY_QUESTIONS_VAL, "secq"), False),
    ]
    out: list[Example] = []
    for templates, pasted in groups:
        for split, template in templates:
            out.append(Example(template, split, SOURCE, jailbreak=0))
            for _ in range(IN_PROMPTS):
                out.append(Example(_prompt(rng, template, pasted), split, SOURCE, jailbreak=0))
    return out
