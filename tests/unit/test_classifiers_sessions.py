"""Wide session when idle, narrow when busy: the choice, and the real sessions behind it."""

from __future__ import annotations

import threading
from typing import Any

import numpy as np

from classifiers.engine import SignalEngine
from classifiers.sessions import EncoderSessions
from classifiers.settings import ClassifierSettings
from tests.unit.classifier_support import engine


class _Blocking:
    """A stand-in session whose run waits until released, so runs can overlap."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.entered = threading.Event()
        self.release = threading.Event()

    def run(self, names: list[str], feeds: dict[str, Any]) -> list[str]:
        self.entered.set()
        assert self.release.wait(10)
        return [self.name]

    def get_providers(self) -> list[str]:
        return ["CPUExecutionProvider"]


def test_a_run_takes_the_wide_session_only_when_nothing_else_is_in_flight() -> None:
    narrow, wide = _Blocking("narrow"), _Blocking("wide")
    sessions = EncoderSessions(narrow, wide)  # type: ignore[arg-type]
    got: list[list[Any]] = []
    first = threading.Thread(target=lambda: got.append(sessions.run(["x"], {})))
    first.start()
    assert wide.entered.wait(10)  # idle: the first run is wide
    second = threading.Thread(target=lambda: got.append(sessions.run(["x"], {})))
    second.start()
    assert narrow.entered.wait(10)  # the first is still running: the second is narrow
    narrow.release.set()
    wide.release.set()
    first.join(10)
    second.join(10)
    assert sorted(g[0] for g in got) == ["narrow", "wide"]
    assert sessions.runs == {"wide": 1, "narrow": 1}
    assert sessions.run(["x"], {}) == ["wide"]  # idle again
    assert sessions.run(["x"], {}, "narrow") == ["narrow"]  # forced


def test_without_a_wide_session_every_run_is_narrow() -> None:
    narrow = _Blocking("narrow")
    narrow.release.set()
    sessions = EncoderSessions(narrow, None)  # type: ignore[arg-type]
    assert sessions.run(["x"], {}) == ["narrow"]
    assert sessions.run(["x"], {}, "wide") == ["narrow"]
    assert sessions.runs == {"wide": 0, "narrow": 2}


def test_the_default_engine_has_a_two_thread_wide_session_that_agrees_with_the_narrow_one() -> None:
    eng = engine()
    sessions = eng._session
    assert sessions.wide is not None
    assert sessions.wide.get_session_options().intra_op_num_threads == 2
    assert sessions.narrow.get_session_options().intra_op_num_threads == 1
    rows = [[101, 2054, 2003, 1996, 3007, 1997, 2605, 1029, 102]]
    wide, narrow = eng._run(rows, "wide"), eng._run(rows, "narrow")
    for name in ("embedding", "domain_probs", "jailbreak_prob"):
        assert np.allclose(wide[name], narrow[name], atol=1e-4), name
    before = dict(sessions.runs)
    eng.classify_batch(["What is the capital of France?"])  # one request, idle: wide
    assert sessions.runs["wide"] == before["wide"] + 1


def test_the_wide_session_is_off_when_asked_or_no_wider() -> None:
    for settings in (
        ClassifierSettings(idle_intra_op_threads=0, warmup=False),
        ClassifierSettings(intra_op_threads=2, idle_intra_op_threads=2, warmup=False),
        ClassifierSettings(intra_op_threads=0, warmup=False),  # 0: every core already
    ):
        assert SignalEngine.load(settings)._session.wide is None


def test_the_wide_sessions_threads_spin_as_configured() -> None:
    """By default the wide session's threads stop busy-waiting when its run returns, so they
    do not take a core from the other batch worker; ``always`` and ``off`` are the other
    two trades (classifiers/sessions.py SPINNING)."""

    def entries(spinning: str) -> tuple[str, str]:
        settings = ClassifierSettings(warmup=False, wide_session_spinning=spinning)  # type: ignore[arg-type]
        wide = SignalEngine.load(settings)._session.wide
        assert wide is not None
        return (
            _entry(wide, "session.force_spinning_stop"),
            _entry(wide, "session.intra_op.allow_spinning"),
        )

    assert ClassifierSettings().wide_session_spinning == "during_runs"
    assert entries("during_runs")[0] == "1"
    assert entries("off")[1] == "0"
    assert entries("always") == ("", "")  # onnxruntime's defaults
    narrow = engine()._session.narrow  # one thread: nothing to spin
    assert _entry(narrow, "session.force_spinning_stop") == ""


def _entry(session: Any, key: str) -> str:
    """A session's config entry, "" where it was never set."""
    try:
        return str(session.get_session_options().get_session_config_entry(key))
    except RuntimeError:  # onnxruntime: "does not have configuration with key"
        return ""
