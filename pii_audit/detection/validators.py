"""Named validators referenced from rules/recognizers.yaml.

Each takes the matched text and returns True when it is a real instance of its entity.
They run only on prefiltered candidate spans, never on every cell.
"""
from __future__ import annotations

import ipaddress
import math
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

import phonenumbers
import tldextract

# An offline extractor: the bundled suffix-list snapshot, never a download.
_TLD = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

Validator = Callable[[str], bool]


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def luhn(text: str) -> bool:
    digits = _digits(text)
    if not 13 <= len(digits) <= 19 or digits[0] not in "23456":
        return False
    if len(set(digits)) < 3:
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban(text: str) -> bool:
    s = text.replace(" ", "").upper()
    if not 15 <= len(s) <= 34 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    rearranged = s[4:] + s[:4]
    try:
        number = int("".join(str(int(c, 36)) for c in rearranged))
    except ValueError:
        return False
    return number % 97 == 1


def us_ssn(text: str) -> bool:
    d = _digits(text)
    if len(d) != 9:
        return False
    area, group, serial = d[:3], d[3:5], d[5:]
    if area in ("000", "666") or area >= "900" or group == "00" or serial == "0000":
        return False
    # Well-known advertising / test numbers are never real.
    return d not in {"123456789", "078051120", "219099999"} and len(set(d)) > 1


def bank_number(text: str) -> bool:
    d = _digits(text)
    return 8 <= len(d) <= 17 and len(set(d)) > 2


def ip(text: str) -> bool:
    try:
        addr = ipaddress.ip_address(text)
    except ValueError:
        return False
    # 0.0.0.0 and broadcast carry no personal meaning
    return not (addr.is_unspecified or str(addr) == "255.255.255.255")


def ipv6(text: str) -> bool:
    if text.count(":") < 2:
        return False
    return ip(text)


@lru_cache(maxsize=65536)
def _email_domain_ok(domain: str) -> bool:
    ext = _TLD(domain)
    return bool(ext.suffix and ext.domain)


def email(text: str) -> bool:
    local, _, domain = text.rpartition("@")
    return bool(local) and _email_domain_ok(domain.lower())


_PHONE_REGIONS: tuple[str, ...] = ("US", "GB")


def set_phone_regions(regions: list[str]) -> None:
    global _PHONE_REGIONS
    _PHONE_REGIONS = tuple(r.upper() for r in regions)
    _phone_cached.cache_clear()


@lru_cache(maxsize=65536)
def _phone_cached(text: str) -> bool:
    digits = _digits(text)
    if not 7 <= len(digits) <= 15:
        return False
    # ISO dates and times look like numbers with separators.
    if len(text) == 10 and text[4:5] in "-/." and text[7:8] in "-/.":
        return False
    if text.lstrip().startswith("+"):
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse(text, None))
        except phonenumbers.NumberParseException:
            return False
    for region in _PHONE_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def phone(text: str) -> bool:
    return _phone_cached(text)


_NOT_SECRETS = {"true", "false", "null", "none", "nil", "n/a", "na", "yes", "no", "changeme?", "redacted", "hidden", "****", "unset", "default"}


def password(text: str) -> bool:
    t = text.strip()
    return len(t) >= 4 and t.lower() not in _NOT_SECRETS and not set(t) <= set("*xX#•-")


def entropy(text: str) -> float:
    if not text:
        return 0.0
    n = len(text)
    return -sum(c / n * math.log2(c / n) for c in Counter(text).values())


def high_entropy(text: str) -> bool:
    return entropy(text) >= 3.5 and any(c.isdigit() for c in text) and any(c.isalpha() for c in text)


def person_name(text: str) -> bool:
    t = text.strip()
    if len(t) < 2 or len(t) > 80:
        return False
    return t.lower() not in _NOT_SECRETS and not t.isupper() or " " in t


VALIDATORS: dict[str, Validator] = {
    "luhn": luhn,
    "iban": iban,
    "us_ssn": us_ssn,
    "bank_number": bank_number,
    "ip": ip,
    "ipv6": ipv6,
    "email": email,
    "phone": phone,
    "password": password,
    "high_entropy": high_entropy,
    "person_name": person_name,
}
