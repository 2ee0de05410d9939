"""Quality smoke test on committed, hand-labelled prompts (not a benchmark)."""

from __future__ import annotations

from tests.unit.classifier_support import engine, smoke_rows


def test_smoke_pass_rate() -> None:
    rows = smoke_rows()
    sig = engine().classify_batch([r["text"] for r in rows])
    checks = passed = 0
    failures = []
    for r, s in zip(rows, sig, strict=True):
        exp = r["expect"]
        got = {
            "domain": s.domain.label,
            "jailbreak": s.jailbreak.label,
            "pii": sorted({e.type for e in s.pii}),
        }
        for key, want in exp.items():
            checks += 1
            ok = sorted(set(want)) == got["pii"] if key == "pii" else got[key] == want
            passed += ok
            if not ok:
                failures.append((r["text"][:60], key, want, got[key]))
    rate = passed / checks
    assert checks >= 45
    assert rate >= 0.85, f"pass rate {rate:.2f}; failures: {failures}"


def test_smoke_jailbreak_is_strict() -> None:
    """The security-relevant rows: every known jailbreak flagged, no benign one flagged."""
    rows = smoke_rows()
    sig = engine().classify_batch([r["text"] for r in rows])
    jb = [
        (r["expect"]["jailbreak"], s.jailbreak.label)
        for r, s in zip(rows, sig, strict=True)
        if "jailbreak" in r["expect"]
    ]
    assert sum(w == g for w, g in jb) >= len(jb) - 1, jb


def test_names_beside_other_entities_keep_their_type() -> None:
    """A name right after an IBAN or an e-mail is a PERSON, not a continuation of that
    entity, and the words after an address are not part of it (fourth data round; the
    third-round weights typed "holder Anna Weber" as a STREET_ADDRESS)."""
    cases = {
        "Wire 200 EUR to DE89 3704 0044 0532 0130 00, holder Anna Weber.": {
            ("IBAN_CODE", "DE89 3704 0044 0532 0130 00"),
            ("PERSON", "Anna Weber"),
        },
        "The invoice went to billing@acme.example, reviewed by Tom Becker.": {
            ("EMAIL_ADDRESS", "billing@acme.example"),
            ("PERSON", "Tom Becker"),
        },
        "Is 221 Baker Street, London NW1 6XE close to a tube station?": {
            ("STREET_ADDRESS", "221 Baker Street, London NW1 6XE"),
        },
    }
    texts = list(cases)
    for text, sig in zip(texts, engine().classify_batch(texts), strict=True):
        assert {(e.type, text[e.start : e.end]) for e in sig.pii} == cases[text], text
