"""cache.facts: what tells two near-identical prompts apart."""

from __future__ import annotations

import pytest

from cache.base import CacheKey
from cache.facts import QueryFacts, agree, common_words, default_vocabulary, query_facts

KNOWN = common_words(str(default_vocabulary()))


def same(a: str, b: str, known: frozenset[str] = KNOWN) -> bool:
    return agree(query_facts(a, known=known), query_facts(b, known=known))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Is 1,000 enough?", "Is 1000 enough?"),
        ("Costs 2.50 dollars?", "Costs 2.5 dollars?"),
        ("Give me two examples.", "Give me 2 examples."),
        ("Who was Kenya's first president?", "Who was the first president of Kenya?"),
        ("How do I reverse a list in Python?", "how can i reverse a python list"),
        ('What does "ephemeral" mean?', 'Meaning of "ephemeral"?'),
        ("Convert Celsius to Fahrenheit.", "Celsius to Fahrenheit conversion, please."),
    ],
)
def test_paraphrases_agree(a: str, b: str) -> None:
    assert same(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Give me 3 examples.", "Give me 4 examples."),
        ("Give me two examples.", "Give me three examples."),
        ("Is ibuprofen safe with alcohol?", "Is ibuprofen safe with warfarin?"),
        ("Capital of Austria?", "Capital of Australia?"),
        ('Define "ephemeral".', 'Define "ubiquitous".'),
        ("Sort it ascending.", "Sort it descending."),
        ("Should I buy now?", "Should I sell now?"),
        ("Is it safe?", "Is it not safe?"),
        ("Is it safe?", "Isn't it safe?"),
        ("Convert Celsius to Fahrenheit.", "Convert Fahrenheit to Celsius."),
        ("Run this:\n```\nprint(1)\n```", "Run this:\n```\nprint(2)\n```"),
        ("What is the capital of France?", "Quelle est la capitale de la France ?"),
        ("What is the capital of France?", "Какая столица Франции?"),
    ],
)
def test_different_questions_disagree(a: str, b: str) -> None:
    assert not same(a, b)


def test_unknown_vocabulary_is_stricter_never_looser() -> None:
    assert common_words("/nonexistent/tokenizer.json") == frozenset()
    # without a vocabulary every longer word is an anchor: a reworded question misses
    assert not same("Is ibuprofen safe?", "Is ibuprofen okay?", known=frozenset())
    assert same("Is ibuprofen safe?", "Is ibuprofen safe ?", known=frozenset())


def test_facts_round_trip_and_key_agreement() -> None:
    facts = query_facts('Sort "a,b" descending in Python 3 without numpy', known=KNOWN)
    assert QueryFacts.decode(facts.encode()) == facts
    assert QueryFacts.decode(b"not json") is None
    key = CacheKey("p", "e", facts)
    assert key.agrees(facts)
    assert not key.agrees(None)  # an entry stored without facts cannot answer
    assert CacheKey("p", "e").agrees(None)  # a key without facts checks nothing
