"""bench/branch_gpu.py on the CPU: its prompts, and its agreement check (which must find a
second CPU session of the branch identical and a perturbed one not)."""

from __future__ import annotations

import numpy as np
import onnxruntime as ort

from bench.branch_gpu import CPU, agreement, fixture_rows, foreign_texts, german_prompt
from classifiers.sessions import session_options
from tests.unit.classifier_support import multilingual_engine


def test_prompts_are_the_fixtures_foreign_sentences() -> None:
    assert len(german_prompt(64).split()) == 64
    english = {r["text"] for r in fixture_rows() if r["lang"] == "en"}
    texts = foreign_texts()
    assert len(texts) > 10 and not english & set(texts)
    branch = multilingual_engine()._branch
    assert branch is not None and branch.reads(german_prompt(16))


def test_agreement_finds_equal_sessions_equal_and_a_different_one_different() -> None:
    eng = multilingual_engine()
    branch = eng._branch
    assert branch is not None and branch.providers_in_use == CPU
    path = str(eng.models_dir / branch.cfg.onnx)
    opts = session_options(eng.settings, 1, CPU)
    same = agreement(branch, foreign_texts(), ort.InferenceSession(path, opts, providers=CPU))
    assert same["domain_argmax_agreement"] == 1.0 and same["pii_spans_equal"]
    assert same["jailbreak_prob_max_abs_diff"] == 0.0

    class Shifted:  # a session whose domain probabilities are permuted
        def __init__(self, inner: ort.InferenceSession) -> None:
            self.inner = inner

        def run(self, names: list[str], feed: dict) -> list[np.ndarray]:
            outs = self.inner.run(names, feed)
            return [
                o[:, ::-1] if n == "domain_probs" else o for n, o in zip(names, outs, strict=True)
            ]

    other = Shifted(ort.InferenceSession(path, opts, providers=CPU))
    diff = agreement(branch, foreign_texts(), other)  # type: ignore[arg-type]
    assert diff["domain_argmax_agreement"] < 1.0 and diff["domain_prob_max_abs_diff"] > 0.1
