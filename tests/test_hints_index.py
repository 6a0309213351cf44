"""The indexed hint list (`names.Hints`) answers exactly what one `matches_hint` call per
hint answers, in the same order, on the real rule set's hints and on random names."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pii_audit.names import Hints, any_hint, hint_list, matches_hint, tokens
from pii_audit.rules import default_rules_dir, load_rules
from pii_audit.detection.recognizers import build_recognizers


def _naive(toks, hints):
    return next((h for h in hints if matches_hint(toks, h)), None)


@pytest.fixture(scope="module")
def rule_hints() -> list[Hints]:
    recs = build_recognizers(load_rules(default_rules_dir()))
    lists = [h for r in recs for h in (r.field_hints, r.generic_field_hints, r.exclude_field_hints,
                                        r.container_hints, r.exclude_container_hints) if h]
    assert lists and all(isinstance(h, Hints) for h in lists)
    return lists


HEADERS = ["phone_number", "phonenumber", "addr1", "address", "telemetry", "tel2", "customer_email_verified",
           "EmailAddress", "Fecha de nacimiento", "card_last4", "field_7", "pwd_hash", "ip", "ipv6_addr",
           "user name", "Nom de famille", "kontonummer", "ACADEMIC_YEAR_CODE", "cvv", "dob_verified", "x"]


def test_rule_hints_agree_with_one_call_per_hint(rule_hints):
    for name in HEADERS:
        toks = tokens(name)
        for hints in rule_hints:
            assert any_hint(toks, hints) == _naive(toks, hints), (name, hints[:3])


word = st.sampled_from(["phone", "phones", "tel", "tel2", "addr", "addr1", "email", "emailaddress", "name", "first",
                        "firstname", "card", "cardnumber", "no", "ab", "abc", "abcd1", "abcdefgh", "x9"])


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.lists(word, min_size=1, max_size=3).map(tuple), max_size=8), st.lists(word, max_size=5).map(tuple))
def test_random_hints_agree(hints, toks):
    assert any_hint(toks, Hints(hints)) == _naive(toks, hints)
    k = Hints(hints).first_index(toks)
    assert (k is None) == (_naive(toks, hints) is None)
    if k is not None:
        assert hints[k] == _naive(toks, hints)


def test_hint_list_keeps_order_and_words():
    h = hint_list(["Phone Number", "tel"])
    assert h == (("phone", "number"), ("tel",)) and h.first_index(tokens("tel_phone_number")) == 0
    assert Hints().first_index(tokens("anything")) is None
