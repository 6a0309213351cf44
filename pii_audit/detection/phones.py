"""Phone validity without `phonenumbers.parse` for the common shapes.

`phonenumbers.parse` + `is_valid_number` cost ~90 µs a value and were most of a scan's
time. For a plainly written number (digits, spaces, `().-/`, an optional leading `+`)
parse's result is predictable: the country code is a prefix of the digits and the rest is
the national number. This module then runs libphonenumber's own decision — region by
leading digits or first valid region, then general and per-type patterns — with the same
metadata, precompiled. Anything parse would rewrite (a national or international prefix,
the default region's country code written without `+`) goes back to `phonenumbers`, so
the verdict is the library's, not an approximation (tests/test_phones.py compares them).
"""
from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from phonenumbers import PhoneMetadata
from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE, REGION_CODE_FOR_NON_GEO_ENTITY

_PLAIN = re.compile(r"\+?[\d\s().\-/]+")
_NOT_DIGIT = re.compile(r"\D")
_TYPES = ("premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager", "uan", "voicemail",
          "fixed_line", "mobile")


class _Desc:
    __slots__ = ("lengths", "pattern")

    def __init__(self, desc) -> None:
        self.lengths = frozenset(desc.possible_length or ())
        self.pattern = re.compile(f"(?:{desc.national_number_pattern})") if desc.national_number_pattern else None

    def matches(self, nsn: str) -> bool:
        if self.lengths and len(nsn) not in self.lengths:
            return False
        return self.pattern is not None and self.pattern.fullmatch(nsn) is not None


class _Region:
    __slots__ = ("general", "types", "leading", "prefix", "idd", "cc")

    def __init__(self, md) -> None:
        self.cc = str(md.country_code)
        self.general = _Desc(md.general_desc)
        self.types = [_Desc(d) for d in (getattr(md, t) for t in _TYPES) if d is not None]
        self.leading = re.compile(md.leading_digits) if md.leading_digits else None
        prefix = md.national_prefix_for_parsing or md.national_prefix
        self.prefix = re.compile(prefix) if prefix else None
        self.idd = re.compile(md.international_prefix) if md.international_prefix else None

    def valid(self, nsn: str) -> bool:
        return self.general.matches(nsn) and any(d.matches(nsn) for d in self.types)


@lru_cache(maxsize=None)
def _region(code: str) -> _Region | None:
    md = PhoneMetadata.metadata_for_region(code, None)
    return _Region(md) if md is not None else None


@lru_cache(maxsize=None)
def _regions_for_cc(cc: int) -> tuple[tuple[str, _Region], ...]:
    out = []
    for code in COUNTRY_CODE_TO_REGION_CODE.get(cc, ()):
        if code == REGION_CODE_FOR_NON_GEO_ENTITY:
            md = PhoneMetadata.metadata_for_nongeo_region(cc, None)
            if md is not None:
                out.append((code, _Region(md)))
        else:
            r = _region(code)
            if r is not None:
                out.append((code, r))
    return tuple(out)


def _strips_prefix(nsn: str, regions: tuple[tuple[str, _Region], ...]) -> bool:
    """Whether parse could strip a national prefix (or carrier code) from `nsn`."""
    return any(r.prefix is not None and r.prefix.match(nsn) for _, r in regions)


def _valid_cc_nsn(cc: int, nsn: str) -> bool | None:
    """libphonenumber's is_valid_number for (cc, nsn); None: let the library decide."""
    regions = _regions_for_cc(cc)
    if not regions:
        return False
    if not 2 <= len(nsn) <= 17 or _strips_prefix(nsn, regions):
        return None
    if len(regions) == 1:
        return regions[0][1].valid(nsn)
    for _, r in regions:  # _region_code_for_number_from_list
        if r.leading is not None:
            if r.leading.match(nsn):
                return r.valid(nsn)
        elif r.valid(nsn):
            return True
    return False


def _library(text: str, region: str | None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def valid_international(text: str) -> bool:
    """`+44 20 7946 0000`: what phonenumbers.is_valid_number(parse(text, None)) says."""
    t = text.strip()
    if t.startswith("+") and _PLAIN.fullmatch(t) and "+" not in t[1:]:
        digits = _NOT_DIGIT.sub("", t)
        for k in (1, 2, 3) if digits[:1] not in ("", "0") else ():
            cc = int(digits[:k]) if len(digits) > k else 0
            if cc in COUNTRY_CODE_TO_REGION_CODE:
                verdict = _valid_cc_nsn(cc, digits[k:])
                if verdict is not None:
                    return verdict
                break
    return _library(t, None)


def valid_national(text: str, region: str) -> bool:
    """A number written without `+`, read in `region`: parse(text, region) + is_valid_number."""
    t = text.strip()
    r = _region(region)
    if r is not None and _PLAIN.fullmatch(t) and "+" not in t:
        digits = _NOT_DIGIT.sub("", t)
        # parse would strip an international or national prefix or the region's own country code
        rewrites = (r.idd is not None and r.idd.match(digits)) or (r.prefix is not None and r.prefix.match(digits)) \
            or digits.startswith(r.cc)
        if not rewrites:
            verdict = _valid_cc_nsn(int(r.cc), digits)
            if verdict is not None:
                return verdict
    return _library(t, region)
