"""Pattern validators (Luhn, IBAN mod-97, SSN rules) and the window plan."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from classifiers.pii_patterns import card_ok, find_patterns, iban_ok, luhn_ok
from classifiers.tokenization import plan_rows


def _types(text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start : e.end]) for e in find_patterns(text)]


def test_luhn_and_cards() -> None:
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert card_ok("5500-0000-0000-0004") and not card_ok("1234 5678 9012 3456")
    assert _types("pay with 4111 1111 1111 1111 now") == [("CREDIT_CARD", "4111 1111 1111 1111")]
    assert _types("order 4111 1111 1111 1112 shipped") == []
    # 12-digit Maestro and JCB 1800 numbers (Luhn-valid) count only after a card word
    assert _types("my card number is 060434698456 exp 09/27") == [("CREDIT_CARD", "060434698456")]
    assert _types("card=180037790053262 declined") == [("CREDIT_CARD", "180037790053262")]
    assert _types("order 060434698456 and ref 180037790053262 shipped") == []
    assert card_ok("060434698456", context=True) and not card_ok("060434698456")


def test_iban_mod97() -> None:
    assert iban_ok("DE89370400440532013000") and iban_ok("GB82 WEST 1234 5698 7654 32")
    assert not iban_ok("DE89370400440532013001")
    assert _types("IBAN GB82 WEST 1234 5698 7654 32 ASAP") == [
        ("IBAN_CODE", "GB82 WEST 1234 5698 7654 32")
    ]


def test_ssn_ip_email_phone() -> None:
    assert _types("ssn 078-05-1120") == [("US_SSN", "078-05-1120")]
    assert _types("ssn 000-12-3456 and 666-12-3456") == []
    assert _types("host 192.168.0.1, not 999.1.1.1 nor v1.2.3.4.5") == [
        ("IP_ADDRESS", "192.168.0.1")
    ]
    assert _types("v6 2001:db8::8a2e:370:7334") == [("IP_ADDRESS", "2001:db8::8a2e:370:7334")]
    assert _types("write to a.b-c@mail.example.co.uk") == [
        ("EMAIL_ADDRESS", "a.b-c@mail.example.co.uk")
    ]
    assert _types("call +1 (415) 555-0132 today") == [("PHONE_NUMBER", "+1 (415) 555-0132")]
    assert _types("on 2024-01-15 at 10:30 we had 12 items") == []


def test_phone_shapes_and_context() -> None:
    # a bracketed trunk or area code
    assert _types("reach me on +33 (0)1 30 08 88 26.") == [("PHONE_NUMBER", "+33 (0)1 30 08 88 26")]
    assert _types("Phone: (0115)4960514") == [("PHONE_NUMBER", "(0115)4960514")]
    # a one-digit area code after the country code, five groups
    assert _types("text me at +33 5 94 98 85 89 or") == [("PHONE_NUMBER", "+33 5 94 98 85 89")]
    # a bare number labelled after it
    assert _types("4338584418-Office,") == [("PHONE_NUMBER", "4338584418")]
    assert _types("0365001370 fax") == [("PHONE_NUMBER", "0365001370")]
    # bare digits: a phone number only after a phone word
    assert _types("Phone: 5153567894.") == [("PHONE_NUMBER", "5153567894")]
    assert _types('{"phone": "377305237"}') == [("PHONE_NUMBER", "377305237")]
    assert _types("order 5153567894 shipped; ticket 377305237") == []
    assert _types("pi is 3.1415926535, call it") == []
    # a timestamp's date and hour are not a phone number
    assert _types("When: 1984-12-08 03:19:48.130759") == []
    # a Portuguese postal code is not a phone number; a local number with a hyphen is
    assert _types("Morada: Alameda Oliveira, 69, 8775-696 Seixal") == []
    assert _types("Tel. 555-0148") == [("PHONE_NUMBER", "555-0148")]
    assert _types("ligue para 912 345 678") == [("PHONE_NUMBER", "912 345 678")]


def test_phone_and_card_words_of_the_branchs_languages() -> None:
    # bare digits after the words people use for a phone in de, fr, es, it, pt, nl
    for cue in ("Handy:", "Ligne directe :", "llámame al", "chiamami al", "telemóvel", "bel me op"):
        text = f"{cue} 3512149473 grazie"
        assert _types(text) == [("PHONE_NUMBER", "3512149473")], cue
    # a country code in brackets before a long local number
    assert _types("telemóvel (351) 285867484, e") == [("PHONE_NUMBER", "(351) 285867484")]
    # a word for "number" alone is not a phone word (order numbers)
    assert _types("Bestellnummer 3512149473, numéro de commande 3512149473") == []
    # 12-digit Maestro and JCB 1800 numbers after the local word for card
    for cue in ("Kreditkarte:", "carte", "tarjeta", "carta n.", "cartão", "creditcard"):
        assert _types(f"{cue} 060434698456 exp 09/27") == [("CREDIT_CARD", "060434698456")], cue
    assert _types("Auftrag 060434698456 versandt") == []


@given(
    n=st.integers(0, 3000),
    max_tokens=st.integers(8, 512),
    window=st.integers(32, 512),
    stride_frac=st.floats(0.05, 1.0),
)
def test_windows_cover_every_token(
    n: int, max_tokens: int, window: int, stride_frac: float
) -> None:
    stride = max(1, int((window - 18) * stride_frac))
    rows = plan_rows(0, n, max_tokens, window, stride)
    cls = [r for r in rows if r.classify]
    assert len(cls) == 1 and cls[0].start == 0 and cls[0].stop == min(n, max_tokens - 2)
    pii = [r for r in rows if r.pii]
    covered = set()
    for r in pii:
        assert r.stop - r.start <= window - 2
        covered.update(range(r.start, r.stop))
    assert covered == set(range(n))
    assert pii[0].first and pii[-1].last
    # consecutive windows overlap by window - 2 - stride tokens
    for a, b in itertools.pairwise(pii):
        assert b.start == a.start + stride and b.start < a.stop


def test_short_text_costs_one_row() -> None:
    rows = plan_rows(0, 40, 256, 256, 192)
    assert len(rows) == 1 and rows[0].classify and rows[0].pii
