"""Column validators give their scalar twin's verdict on every value."""
from __future__ import annotations

import random

import pyarrow as pa
import pytest

from pii_audit.detection import validators as v
from pii_audit.detection.vector_validators import VECTOR, validate


def _luhn_digit(body: str) -> str:
    for d in "0123456789":
        if v.luhn(body + d) or not body:
            return d
    return "0"


def _values(kind: str, rng: random.Random, n: int) -> list[str]:
    out = []
    for _ in range(n):
        r = rng.random()
        if kind == "luhn":
            prefix = rng.choice(["4", "51", "2221", "34", "6011", "3528", "62", "50", "9", "1"])
            length = rng.choice([12, 13, 15, 16, 19, 20])
            body = prefix + "".join(rng.choice("0123456789") for _ in range(max(0, length - len(prefix) - 1)))
            s = body + (_luhn_digit(body) if r < 0.6 else rng.choice("0123456789"))
            if rng.random() < 0.4:
                sep = rng.choice([" ", "-", " -"])
                s = sep.join(s[i : i + 4] for i in range(0, len(s), 4))
            if rng.random() < 0.05:
                s = "1111 1111 1111 1111"
        elif kind == "iban":
            cc = rng.choice(["DE", "GB", "FR", "NL", "XX", "de"])
            body = "".join(rng.choice("0123456789") for _ in range(rng.choice([18, 20, 23])))
            s = cc + body
            # fix the check digits for most: compute from the scalar rule
            if r < 0.6:
                for ck in range(100):
                    cand = f"{cc}{ck:02d}{body[2:]}"
                    if v.iban(cand):
                        s = cand
                        break
            if rng.random() < 0.3:
                s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
            if rng.random() < 0.05:
                s = s[:6] + "-" + s[6:]
        elif kind == "us_ssn":
            d = "".join(rng.choice("0123456789") for _ in range(rng.choice([8, 9, 9, 9, 10])))
            if rng.random() < 0.2:
                d = rng.choice(["000", "666", "912", "987"]) + d[3:]
            sep = rng.choice(["-", " ", "", "-"])
            s = f"{d[:3]}{sep}{d[3:5]}{sep}{d[5:]}" if len(d) >= 5 else d
            if rng.random() < 0.05:
                s = rng.choice(["987-65-4321", "078-05-1120", "111-11-1111", "123-45-6789"])
        else:  # ipv4
            parts = [str(rng.choice([0, 1, 10, 127, 192, 255, 256, rng.randrange(300)])) for _ in range(4)]
            if rng.random() < 0.1:
                parts[rng.randrange(4)] = "0" + parts[0]
            s = ".".join(parts)
        out.append(s)
    return out


@pytest.mark.parametrize("kind", sorted(VECTOR))
def test_vector_matches_scalar(kind):
    rng = random.Random(kind)
    values = _values(kind, rng, 3000)
    scalar = v.VALIDATORS[kind]
    got = validate(scalar, pa.array(values, pa.string()))
    want = [bool(scalar(x)) for x in values]
    assert sum(want) > 50 and len(want) - sum(want) > 50  # both verdicts exercised
    wrong = [x for x, g, w in zip(values, got, want) if bool(g) != w]
    assert not wrong, wrong[:10]


def test_non_ascii_values_go_to_the_scalar():
    values = ["٤١١١١١١١١١١١١١١١", "4111 1111 1111 1111", "4111\u00a01111\u00a01111\u00a01111"]
    got = validate(v.luhn, pa.array(values, pa.string()))
    assert list(got) == [bool(v.luhn(x)) for x in values]


def test_ipv4_with_other_shapes_falls_back():
    values = ["10.0.0.1", "::1", "fe80::1", "1.2.3"]
    got = validate(v.ipv4, pa.array(values, pa.string()))
    assert list(got) == [bool(v.ipv4(x)) for x in values]


@pytest.mark.parametrize("personal", [False, True])
def test_private_network_addresses(personal):
    """10/8, 172.16/12, 192.168/16, link-local and carrier-grade NAT (100.64/10) name machines,
    not people, unless `private_ips_are_personal`; both forms agree either way."""
    values = ["10.65.143.23", "172.31.33.205", "172.32.0.1", "192.168.52.141", "169.254.1.9", "8.8.4.4", "203.0.113.9", "100.128.1.2",
              "100.64.1.2"]
    v6 = ["fd12:3456:789a::1", "fe80::1ff:fe23:4567:890a", "2001:db8::8a2e:370:7334"]
    old = v._PRIVATE_IPS_PERSONAL
    v.set_private_ips(personal)
    try:
        got = validate(v.ipv4, pa.array(values, pa.string()))
        want = [bool(v.ipv4(x)) for x in values]
        assert list(got) == want
        assert want == ([True] * 9 if personal else [False, False, True, False, False, True, True, True, False])
        assert [v.ipv6(x) for x in v6] == ([True] * 3 if personal else [False, False, True])
    finally:
        v.set_private_ips(old)


@pytest.mark.parametrize("regions", [("US", "GB"), ("DE",), ("GB", "US", "FR")])
def test_phone_column_matches_scalar(regions):
    from tests.test_phones import _examples

    rng = random.Random(str(regions))
    values = _examples(rng, 3000) + ["00 44 20 7946 0958", "+1 415 555 2671 x12", "2024-01-02", "12:30", "555-1212",
                                      "+44 (0)20 7946 0958", "020 7946 0958", "1-415-555-2671", "+1 (415) 555-2671"]
    old = v._PHONE_REGIONS
    v.set_phone_regions(list(regions))
    try:
        got = validate(v.phone, pa.array(values, pa.string()))
        want = [bool(v.phone(x)) for x in values]
    finally:
        v.set_phone_regions(list(old))
    assert sum(want) > 50 and len(want) - sum(want) > 50
    wrong = [x for x, g, w in zip(values, got, want) if bool(g) != w]
    assert not wrong, wrong[:10]
