"""The RE2 gates (detection/gates.py) and the ASCII form of exact patterns (re2fast.ascii_exact)
may only ever spare work: a gate must admit every cell its pattern matches, and the ASCII
form must match exactly what the pattern matches on ASCII text."""
from __future__ import annotations

import random
import string

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pii_audit.detection.gates import cell_profile, gate_for
from pii_audit.detection.re2fast import ascii_exact
from pii_audit.detection.recognizers import build_recognizers
from pii_audit.rules import load_rules

RECOGNIZERS = build_recognizers(load_rules(None))
ALPHABET = string.ascii_letters + string.digits + string.punctuation + " \t\n" + "éßøłçÅΣЖ中’\u00a0\u212a\u017f"


def _corpus() -> list[str]:
    """Values the recognizers do match (pieces of real-looking PII) and near misses, cut
    and glued at random so that matches sit at every position of a cell."""
    seeds = [
        "+1 (415) 555-2671", "0044 20 7946 0958", "020 7946 0958", "(030) 1234567", "415-555-2671 ext. 12",
        "%2B44%207946%200958", "4111 1111 1111 1111", "4111-1111-1111-1111", "078-05-1120", "078 05 1120",
        "DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "10.2.3.4", "2001:db8::ff00:42:8329",
        "https://example.org/a?b=c", "jane.doe+x@example.co.uk", "jane%40example.com", "born 1962-01-31",
        "31/01/1962", "19620131", "27-Nov-1965", "password: hunter2!", "pw=S3cr3t", "api_key=AKIAIOSFODNN7EXAMPLE",
        "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "ghp_16C7e42F292c6912E7710c838347Ae178B4a", "Dear Mr. O'Brien-Smith,",
        "My name is Zoë Łukasiewicz", "[14:02] Anna:", "Jan Novák here", "meeting in São Paulo tomorrow",
        "12 Rue de la Paix, 75002 Paris", "221B Baker Street", "Hauptstraße 5, 10115 Berlin", "Nr. 89 Bl. 3 Sc. 2",
        "PO Box 1234", "Flat 3, 14 Elm Road", "Kungsgatan 44", "ul. Marszałkowska 10", "$2b$12$abcdefghijklmnopqrstuv",
        "**** **** **** 4242", "v1.2.3", "ORD-2024-000123", "Straße", "K\u212aelvin", "ſtreet",
    ]
    rng = random.Random(5)
    out = list(seeds)
    for _ in range(3000):
        a, b = rng.choice(seeds), rng.choice(seeds)
        i, j = rng.randrange(len(a) + 1), rng.randrange(len(b) + 1)
        out.append(a[:i] + rng.choice(["", " ", ", ", "\n", ":"]) + b[j:])
        out.append("".join(rng.choice(ALPHABET) for _ in range(rng.randrange(0, 30))))
    return out


def _check_gates(values: list[str | None], arr: pa.Array | None = None) -> None:
    arr = pa.array(values, pa.string()) if arr is None else arr
    prof = cell_profile(arr)
    for rec in RECOGNIZERS:
        gate = gate_for(rec.prefilter)
        if gate is None:
            continue
        matched = pc.fill_null(pc.match_substring_regex(arr, rec.prefilter), False).to_numpy(zero_copy_only=False)
        missed = np.flatnonzero(matched & ~gate.admits(prof))
        assert not len(missed), f"{rec.id}: the gate drops {len(missed)} matching cell(s), e.g. #{missed[0]}"


def test_every_default_gate_admits_every_match():
    values = _corpus()
    _check_gates(values)
    # the same cells inside a sliced array with nulls: the profile reads Arrow's offsets
    sliced = pa.array([None, "x", *values, None], pa.string()).slice(2, len(values))
    _check_gates(values, sliced)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET, max_size=40), min_size=1, max_size=20))
def test_gates_admit_random_matches(values):
    _check_gates(values)


def test_most_default_recognizers_get_a_gate():
    gated = [r.id for r in RECOGNIZERS if gate_for(r.prefilter) is not None]
    assert len(gated) >= len(RECOGNIZERS) * 2 // 3, gated


@pytest.mark.parametrize("pattern, admitted, refused", [
    (r"\d{3}-\d{2}-\d{4}", ["078-05-1120", "a 123-45-6789 b"], ["078051120", "12-34-5678", "abc-de-fghi"]),
    (r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+", ["a@b"], ["ab", "a at b"]),
    (r"(?:\+|00)\d{6,}", ["+123456", "00123456", "123456"], ["12345", "+12345"]),
    (r"(?:ab|c\d)x?", ["ab", "c1", "xyz1"], ["1-2", "@"]),  # letters are one class: `xyz1` is admitted, RE2 decides
    (r"(?i)k", ["K", "\u212a"], ["1"]),
])
def test_gate_conditions(pattern, admitted, refused):
    gate = gate_for(pattern)
    assert gate is not None
    prof = cell_profile(pa.array(admitted + refused, pa.string()))
    ok = gate.admits(prof).tolist()
    assert ok == [True] * len(admitted) + [False] * len(refused)
    # and the condition is a necessary one: every matching value is admitted
    for v, good in zip(admitted + refused, ok):
        if pc.match_substring_regex(pa.array([v]), pattern)[0].as_py():
            assert good


@pytest.mark.parametrize("pattern", [r"[^@]+", r".*", r"a?", r"\pL+\d", r"[[:alpha:]]\d", r"(?:x|)"])
def test_no_gate_where_nothing_is_required_or_syntax_is_not_modelled(pattern):
    gate = gate_for(pattern)
    if pattern == r"(?:x|)":
        assert gate is None
    elif gate is not None:  # `\pL+\d` and POSIX classes: not parsed, no gate
        pytest.fail(f"{pattern} got a gate {gate}")


def test_cell_profile_counts_digits_and_classes_per_cell():
    arr = pa.array(["a1b22", "", None, "ü9", "@@"], pa.string())
    prof = cell_profile(arr)
    assert prof.digits.tolist() == [3, 0, 0, 1, 0]
    assert cell_profile(pa.array([], pa.string())).digits.tolist() == []
    assert cell_profile(pa.array([1, 2])) is None


LETTER_PATTERNS = sorted({r.pattern for r in RECOGNIZERS if r"\p" in r.pattern and ascii_exact(r.pattern)})


def test_ascii_forms_exist_for_the_letter_patterns():
    assert LETTER_PATTERNS, "no default pattern uses a Unicode letter class any more: drop ascii_exact?"
    assert ascii_exact(r"[\p{Lo}]") is None  # a class left empty cannot be written
    assert ascii_exact(r"\p{N}+") is None


# each example builds every letter pattern's automaton four times (the cost), so few examples of many values
@settings(max_examples=6, deadline=None)
@given(st.lists(st.text(alphabet=string.printable, max_size=40), min_size=1, max_size=150))
def test_ascii_form_matches_exactly_like_the_pattern_on_ascii_text(values):
    values += _ASCII_SAMPLES
    arr = pa.array(values, pa.string())
    for pattern in LETTER_PATTERNS:
        for anchored in (False, True):
            p = f"^(?:{pattern})$" if anchored else pattern
            q = f"^(?:{ascii_exact(pattern)})$" if anchored else ascii_exact(pattern)
            assert pc.match_substring_regex(arr, p).to_pylist() == pc.match_substring_regex(arr, q).to_pylist(), pattern


_ASCII_SAMPLES = [v for v in _corpus()[:400] if v.isascii()]
