"""The fast phone path must give libphonenumber's verdict, value for value."""
from __future__ import annotations

import random

import phonenumbers
import pytest
from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE

from pii_audit.detection.phones import valid_international, valid_national


def _library(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def _formats(rng: random.Random, digits: str) -> str:
    out, i = [], 0
    while i < len(digits):
        k = rng.randint(1, 4)
        out.append(digits[i : i + k])
        i += k
    sep = rng.choice([" ", "-", ".", "", " ", "/"])
    text = sep.join(out)
    if rng.random() < 0.2 and len(out) > 1:
        text = f"({out[0]}) " + sep.join(out[1:])
    return text


def _examples(rng: random.Random, n: int) -> list[str]:
    """Valid example numbers of every region, mutated and reformatted, plus random digits."""
    valid = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for t in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE):
            ex = phonenumbers.example_number_for_type(region, t)
            if ex is not None:
                valid.append((ex.country_code, phonenumbers.national_significant_number(ex)))
    out = []
    for _ in range(n):
        if rng.random() < 0.6:
            cc, nsn = rng.choice(valid)
            nsn = list(nsn)
            for _ in range(rng.randint(0, 3)):  # mutate: change, drop or add digits
                op = rng.random()
                pos = rng.randrange(len(nsn))
                if op < 0.5:
                    nsn[pos] = str(rng.randrange(10))
                elif op < 0.7 and len(nsn) > 4:
                    del nsn[pos]
                else:
                    nsn.insert(pos, str(rng.randrange(10)))
            nsn = "".join(nsn)
        else:
            cc = rng.choice(sorted(COUNTRY_CODE_TO_REGION_CODE))
            nsn = "".join(str(rng.randrange(10)) for _ in range(rng.randint(5, 13)))
        if rng.random() < 0.1:
            nsn = "0" + nsn  # a national prefix written after the country code
        out.append(f"+{cc} {_formats(rng, nsn)}" if rng.random() < 0.7 else _formats(rng, nsn))
    return out


@pytest.mark.parametrize("seed", [1, 2])
def test_fast_path_agrees_with_libphonenumber(seed):
    rng = random.Random(seed)
    disagree = []
    for text in _examples(rng, 4000):
        if text.startswith("+"):
            if valid_international(text) != _library(text, None):
                disagree.append((text, None))
        else:
            for region in ("US", "GB", "DE", "FR", "IN", "BR"):
                if valid_national(text, region) != _library(text, region):
                    disagree.append((text, region))
    assert not disagree, disagree[:10]


@pytest.mark.parametrize(
    "text, region, expected",
    [
        ("+1 (415) 555-2671", None, True),
        ("+44 20 7946 0958", None, True),
        ("+44 (0)20 7946 0958", None, True),  # national prefix: the library's own parse decides
        ("+49 30 901820", None, True),
        ("+1 (415) 555-267", None, False),
        ("+999 123 456 789", None, False),
        ("(415) 555-2671", "US", True),
        ("020 7946 0958", "GB", True),
        ("1-415-555-2671", "US", True),
        ("12345", "US", False),
    ],
)
def test_known_numbers(text, region, expected):
    got = valid_international(text) if region is None else valid_national(text, region)
    assert got is expected
    assert got is _library(text, region)
