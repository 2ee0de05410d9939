"""Faker instances whose output depends on their seed only.

Faker's Italian address provider builds its city list from a set (``getcities``), so its
order, and every ``city()`` drawn from it, changes with the process's string-hash seed: two
builds with the same seed wrote different Italian cities (found by hashing the rows of
``structured_synth.synthetic_docs`` in two processes). :func:`steady_faker` sorts such lists
once, so a training builder writes the same rows in every process."""

from __future__ import annotations

from faker import Faker

UNORDERED = ("cities",)
"""Provider attributes some locales fill from a set (it_IT's ``cities``)."""


def steady_faker(locale: str) -> Faker:
    """``Faker(locale)`` with every list attribute named in :data:`UNORDERED` sorted."""
    fk = Faker(locale)
    for provider in fk.providers:
        for name in UNORDERED:
            value = getattr(provider, name, None)
            if isinstance(value, list):
                setattr(provider, name, sorted(value))
    return fk
