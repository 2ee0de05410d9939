"""Every config key is read by some code: a documented key that nothing reads is a lie.

docs/config.md names every key (test_docs_config.py); this checks the other direction, that
the runtime (not the schema that declares it) reads each one, as an attribute
(``settings.timeout_ms``) or through the Envoy/Helm generators. Keys read in a way this
scan cannot see are listed with the place that reads them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import BaseModel

from tests.unit.test_docs_config import MODELS

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    p
    for folder in ("extproc", "classifiers", "cache")
    for p in (ROOT / folder).rglob("*.py")
    if "training" not in p.parts and "gen" not in p.parts
]
CODE = "\n".join(p.read_text() for p in SOURCES)
SIGNAL_CODE = "\n".join(p.read_text() for p in (ROOT / "extproc" / "signals").glob("*.py"))


def _signal_kinds() -> list[str]:
    from extproc.policy.schema import SIGNALS_SETTINGS, Signals

    return [k for k in Signals.model_fields if k not in SIGNALS_SETTINGS]


# Declarations (``name: type = ...``) are not reads; attribute access is.
# Signals' kinds are read by ``Signals.all()`` (getattr over its fields) and compiled by name.
READ_ELSEWHERE = {f"Signals.{k}": "Signals.all()" for k in _signal_kinds()}


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_key_is_read_by_the_runtime(model: type[BaseModel]):
    unread = [
        name
        for name, field in model.model_fields.items()
        if f"{model.__name__}.{name}" not in READ_ELSEWHERE
        and not re.search(rf"\.{re.escape(name)}\b", CODE)
    ]
    assert not unread, f"{model.__name__} keys that no code reads: {unread}"


@pytest.mark.parametrize("kind", _signal_kinds())
def test_every_signal_kind_is_compiled_by_name(kind: str):
    assert f'"{kind}"' in SIGNAL_CODE, f"no signal builder for kind {kind!r}"
