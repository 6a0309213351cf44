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

import numpy as np
import phonenumbers
import pyarrow as pa
import pyarrow.compute as pc
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


@lru_cache(maxsize=None)
def _mobile(code: str) -> tuple[_Desc, _Desc] | None:
    md = PhoneMetadata.metadata_for_region(code, None)
    if md is None or md.mobile is None or md.national_prefix != "0":
        return None
    return _Desc(md.general_desc), _Desc(md.mobile)


def national_mobile(digits: str, regions: tuple[str, ...]) -> bool:
    """`0855267328`: a mobile number of one of `regions` written with its trunk 0 and no
    space, which only the mobile ranges tell from any other run of digits."""
    if digits[:1] != "0" or digits[:2] == "00":
        return False
    nsn = digits[1:]
    for code in regions:
        m = _mobile(code)
        if m is not None and m[0].matches(nsn) and m[1].matches(nsn):
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


# -- column form: the same decision for a whole array of candidate values ---------------
# Values it cannot decide exactly as above (a prefix parse would strip, a number written
# with `00`, non-ASCII text) come back as -1 for the scalar path.

_CC_RE2 = "^(?P<cc>" + "|".join(str(c) for c in sorted(COUNTRY_CODE_TO_REGION_CODE)) + ")"  # prefix-free codes
_INTL_RE2 = r"^\+[0-9 \t\n\r\f\v().\-/]+$"
_NATL_RE2 = r"^[0-9 \t\n\r\f\v().\-/]+$"


def as_mask(arr) -> np.ndarray:
    """An Arrow boolean array as numpy, null as False."""
    return pc.fill_null(arr, False).to_numpy(zero_copy_only=False)


def _desc_mask(desc: _Desc, nsn: pa.Array, lengths: np.ndarray) -> np.ndarray:
    if desc.pattern is None:
        return np.zeros(len(nsn), dtype=bool)
    ok = np.isin(lengths, list(desc.lengths)) if desc.lengths else np.ones(len(nsn), dtype=bool)
    idx = np.flatnonzero(ok)
    if len(idx):
        ok[idx] = as_mask(pc.match_substring_regex(nsn.take(pa.array(idx)), f"^(?:{desc.pattern.pattern})$"))
    return ok


@lru_cache(maxsize=None)
def _type_groups(r: _Region) -> tuple[tuple[frozenset[int], str], ...]:
    """The region's number types as one alternation per set of possible lengths: "any
    type matches" in as few RE2 passes as there are length sets (RE2 builds its automaton
    once per call, and NANPA's patterns are long)."""
    groups: dict[frozenset[int], list[str]] = {}
    for d in r.types:
        if d.pattern is not None:
            groups.setdefault(d.lengths, []).append(f"(?:{d.pattern.pattern})")
    return tuple((lengths, "^(?:" + "|".join(pats) + ")$") for lengths, pats in groups.items())


# Below this many rows Python's precompiled patterns beat an Arrow call, which builds its
# RE2 automaton anew each time (NANPA alone has 25 regions to try in turn).
_FEW = 256


def _region_mask(r: _Region, nsn: pa.Array, lengths: np.ndarray) -> np.ndarray:
    if len(nsn) < _FEW:
        return np.array([r.valid(x) for x in nsn.to_pylist()], dtype=bool)
    ok = _desc_mask(r.general, nsn, lengths)
    idx = np.flatnonzero(ok)
    if not len(idx):
        return ok
    sub, sub_len = nsn.take(pa.array(idx)), lengths[idx]
    any_type = np.zeros(len(idx), dtype=bool)
    for type_lengths, pattern in _type_groups(r):
        rest = np.flatnonzero(~any_type & (np.isin(sub_len, list(type_lengths)) if type_lengths else True))
        if len(rest):
            any_type[rest] = as_mask(pc.match_substring_regex(sub.take(pa.array(rest)), pattern))
    ok[idx] = any_type
    return ok


def _cc_column(cc: int, nsn: pa.Array) -> np.ndarray:
    """`_valid_cc_nsn` for many national numbers of one country code: 1/0, -1 undecided."""
    regions = _regions_for_cc(cc)
    n = len(nsn)
    if not regions:
        return np.zeros(n, dtype=np.int8)
    lengths = pc.utf8_length(nsn).to_numpy(zero_copy_only=False)
    out = np.full(n, -1, dtype=np.int8)
    sure = (lengths >= 2) & (lengths <= 17)
    for _, r in regions:
        if r.prefix is not None:
            sure &= ~as_mask(pc.match_substring_regex(nsn, f"^(?:{r.prefix.pattern})"))
    idx = np.flatnonzero(sure)
    if not len(idx):
        return out
    sub, sub_len = nsn.take(pa.array(idx)), lengths[idx]
    if len(regions) == 1:
        out[idx] = _region_mask(regions[0][1], sub, sub_len)
        return out
    verdict = np.zeros(len(idx), dtype=bool)
    open_rows = np.arange(len(idx))  # no region chosen yet
    for _, r in regions:  # _region_code_for_number_from_list, row by row
        if not len(open_rows):
            break
        rows = sub.take(pa.array(open_rows))
        if r.leading is not None:
            if len(open_rows) < _FEW:
                chosen = np.array([r.leading.match(x) is not None for x in rows.to_pylist()], dtype=bool)
            else:
                chosen = as_mask(pc.match_substring_regex(rows, f"^(?:{r.leading.pattern})"))
            pick = open_rows[chosen]
            if len(pick):
                verdict[pick] = _region_mask(r, sub.take(pa.array(pick)), sub_len[pick])
        else:
            chosen = _region_mask(r, rows, sub_len[open_rows])
            verdict[open_rows[chosen]] = True
        open_rows = open_rows[~chosen]
    out[idx] = verdict
    return out


def valid_column(values: pa.Array, regions: tuple[str, ...]) -> np.ndarray:
    """`validators.phone` for trimmed, ASCII, null-free candidate values: 1 valid, 0 not,
    -1 for the scalar validator."""
    n = len(values)
    out = np.full(n, -1, dtype=np.int8)
    digits = pc.replace_substring_regex(values, r"[^0-9]+", "")
    intl = np.flatnonzero(as_mask(pc.match_substring_regex(values, _INTL_RE2)))
    if len(intl):
        d = digits.take(pa.array(intl))
        cc = pc.struct_field(pc.extract_regex(d, _CC_RE2), [0])
        for code in pc.unique(cc).to_pylist():
            if code is None:
                continue
            rows = np.flatnonzero(as_mask(pc.equal(cc, code)))
            nsn = pc.utf8_slice_codeunits(d.take(pa.array(rows)), len(code))
            out[intl[rows]] = _cc_column(int(code), nsn)
    natl = np.flatnonzero(as_mask(pc.match_substring_regex(values, _NATL_RE2)))
    if len(natl) and regions:
        d = digits.take(pa.array(natl))
        # `any(...)` over the regions in order: the first valid one decides, and so does the
        # first one only the library can judge
        acc = np.zeros(len(natl), dtype=np.int8)
        for code in regions:
            r = _region(code)
            if r is None:
                acc[acc == 0] = -1
                break
            rewrites = pc.starts_with(d, r.cc)
            for p in (r.idd, r.prefix):
                if p is not None:
                    rewrites = pc.or_(rewrites, pc.match_substring_regex(d, f"^(?:{p.pattern})"))
            v = _cc_column(int(r.cc), d)
            v[as_mask(rewrites)] = -1
            acc = np.where(acc == 0, v, acc).astype(np.int8)
        out[natl] = acc
    return out
