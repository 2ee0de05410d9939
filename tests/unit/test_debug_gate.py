"""Signal scores in headers only for the operator's secret."""

from __future__ import annotations

import pytest

from extproc.config import DebugHeaderSettings
from extproc.debug_gate import debug_allowed

SECRET = "s3cret-value-0123456789"
ON = DebugHeaderSettings(enabled=True, secret_env="PRISM_TEST_DEBUG_SECRET")


def test_off_by_default_even_with_the_secret(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PRISM_DEBUG_SECRET", SECRET)
    assert not debug_allowed(DebugHeaderSettings(), {"x-prism-debug": SECRET})
    assert not debug_allowed(DebugHeaderSettings(), {"x-prism-debug": "true"})


def test_enabled_needs_the_exact_secret(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PRISM_TEST_DEBUG_SECRET", SECRET)
    assert debug_allowed(ON, {"x-prism-debug": SECRET})
    for wrong in ("true", "1", SECRET[:-1], SECRET + "x", ""):
        assert not debug_allowed(ON, {"x-prism-debug": wrong})
    assert not debug_allowed(ON, {})


def test_missing_or_short_secret_keeps_it_off(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("PRISM_TEST_DEBUG_SECRET", raising=False)
    assert not debug_allowed(ON, {"x-prism-debug": ""})
    monkeypatch.setenv("PRISM_TEST_DEBUG_SECRET", "short")
    assert not debug_allowed(ON, {"x-prism-debug": "short"})


def test_header_must_be_a_stripped_prism_header():
    with pytest.raises(ValueError):
        DebugHeaderSettings(header="authorization")
