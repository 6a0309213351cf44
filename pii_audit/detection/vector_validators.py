"""Column forms of the validators, for the cells taken whole (`whole_cells`).

Each gives, for a string array, exactly what its scalar twin in `validators.py` says for
each value (tests/test_vector_validators.py and test_vector_validators_columns.py compare
them on generated values). They see ASCII values only (anything else goes to the scalar
validator), and may leave a value to the scalar with -1.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pii_audit.detection import name_lexicon, ner_cues, phones, place_lexicon
from pii_audit.detection import validators as v

VectorValidator = Callable[[pa.Array], np.ndarray]


def _matrix(arr: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """(n x width uint8 matrix, lengths) of a null-free ASCII string array; short rows
    are padded with 0."""
    arr = arr.cast(pa.string()) if not pa.types.is_string(arr.type) else arr
    n = len(arr)
    offsets = np.frombuffer(arr.buffers()[1], dtype=np.int32)[arr.offset : arr.offset + n + 1]
    data = np.frombuffer(arr.buffers()[2], dtype=np.uint8) if arr.buffers()[2] is not None else np.zeros(1, np.uint8)
    lengths = np.diff(offsets)
    width = int(lengths.max()) if n else 0
    if width == 0:
        return np.zeros((n, 0), np.uint8), lengths
    cols = np.arange(width)
    inside = cols[None, :] < lengths[:, None]
    idx = np.where(inside, offsets[:-1, None] + cols[None, :], 0)
    return np.where(inside, data[idx], 0).astype(np.uint8), lengths


def _digits_only(arr: pa.Array) -> pa.Array:
    return pc.replace_substring_regex(arr, r"[^0-9]+", "")


def _one_separator(arr: pa.Array) -> np.ndarray:
    """`_separators_consistent`: at most one distinct non-alphanumeric character."""
    seps, lengths = _matrix(pc.replace_substring_regex(arr, r"[0-9A-Za-z]+", ""))
    if seps.shape[1] == 0:
        return np.ones(len(arr), dtype=bool)
    same = (seps == seps[:, :1]) | (np.arange(seps.shape[1])[None, :] >= lengths[:, None])
    return same.all(axis=1)


def _distinct_digits(mat: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    inside = np.arange(mat.shape[1])[None, :] < lengths[:, None]
    return sum(((mat == 48 + d) & inside).any(axis=1).astype(np.int32) for d in range(10))


def _card_prefix_pattern() -> str:
    alts = []
    for prefixes, lengths in v._CARD_RANGES:
        for p in prefixes:
            rest = "|".join(str(n - len(p)) for n in lengths if n > len(p))
            alts.append(f"{p}(?:" + "|".join(f"[0-9]{{{k}}}" for k in rest.split("|")) + ")")
    return "^(?:" + "|".join(alts) + ")$"


_CARD_PATTERN = _card_prefix_pattern()


def luhn(arr: pa.Array) -> np.ndarray:
    digits = _digits_only(arr)
    ok = pc.fill_null(pc.match_substring_regex(digits, _CARD_PATTERN), False).to_numpy(zero_copy_only=False)
    mat, lengths = _matrix(digits)
    ok &= _distinct_digits(mat, lengths) >= 3
    ok &= _one_separator(arr)
    first = pc.extract_regex(arr, r"^\s*(?P<g>[0-9]+)[^0-9]")  # `_FIRST_GROUP`: four digits open a grouped card
    first_len = pc.fill_null(pc.utf8_length(pc.struct_field(first, "g")), 4).to_numpy(zero_copy_only=False)
    ok &= first_len == 4
    # right-aligned: position 0 is the last digit
    width = mat.shape[1]
    total = np.zeros(len(arr), dtype=np.int64)
    for k in range(width):
        col = lengths - 1 - k  # index of the k-th digit from the right
        present = col >= 0
        d = np.where(present, mat[np.arange(len(arr)), np.maximum(col, 0)].astype(np.int64) - 48, 0)
        if k % 2:
            d = d * 2
            d = np.where(d > 9, d - 9, d)
        total += d
    return ok & (total % 10 == 0)


def iban(arr: pa.Array) -> np.ndarray:
    s = pc.utf8_upper(pc.replace_substring(arr, " ", ""))
    mat, lengths = _matrix(s)
    n = len(arr)
    if mat.shape[1] < 4:
        return np.zeros(n, dtype=bool)
    country = pc.utf8_slice_codeunits(s, 0, 2)
    expected = pc.index_in(country, value_set=pa.array(list(v._IBAN_LENGTHS))).to_numpy(zero_copy_only=False)
    table = np.array(list(v._IBAN_LENGTHS.values()), dtype=np.int64)
    known = ~np.isnan(expected.astype(float)) if expected.dtype == object else expected >= 0
    exp_len = np.where(known, table[np.where(known, expected, 0).astype(np.int64)], -1)
    ok = known & (lengths == exp_len)
    ok &= ((mat[:, 2] >= 48) & (mat[:, 2] <= 57) & (mat[:, 3] >= 48) & (mat[:, 3] <= 57))
    # value of each character in base 36, -1 where it is none
    val = np.full(mat.shape, -1, dtype=np.int64)
    digit = (mat >= 48) & (mat <= 57)
    upper = (mat >= 65) & (mat <= 90)
    val[digit] = mat[digit].astype(np.int64) - 48
    val[upper] = mat[upper].astype(np.int64) - 55
    width = mat.shape[1]
    inside = np.arange(width)[None, :] < lengths[:, None]
    ok &= ~((val < 0) & inside).any(axis=1)
    rem = np.zeros(n, dtype=np.int64)
    # s[4:] + s[:4], one character after the other
    for k in range(4, width + 4):
        j = np.where(k < lengths, k, k - lengths)  # past the end: the first four
        step = k < lengths + 4
        c = val[np.arange(n), np.clip(j, 0, width - 1)]
        c = np.maximum(c, 0)
        nxt = np.where(c >= 10, (rem * 100 + c) % 97, (rem * 10 + c) % 97)
        rem = np.where(step, nxt, rem)
    return ok & (rem == 1)


def us_ssn(arr: pa.Array) -> np.ndarray:
    digits = _digits_only(arr)
    mat, lengths = _matrix(digits)
    n = len(arr)
    if mat.shape[1] < 9:
        return np.zeros(n, dtype=bool)
    ok = (lengths == 9) & _one_separator(arr)
    d = mat[:, :9].astype(np.int64) - 48
    area = d[:, 0] * 100 + d[:, 1] * 10 + d[:, 2]
    group = d[:, 3] * 10 + d[:, 4]
    serial = d[:, 5] * 1000 + d[:, 6] * 100 + d[:, 7] * 10 + d[:, 8]
    ok &= (area != 0) & (area != 666) & (area < 900) & (group != 0) & (serial != 0)
    number = (d * (10 ** np.arange(8, -1, -1))[None, :]).sum(axis=1)
    ok &= (number // 10 != 98765432) & ~np.isin(number, [123456789, 78051120, 219099999])
    return ok & (_distinct_digits(mat, lengths) > 2)


_DOTTED_QUAD = r"^(?:[0-9]{1,3}\.){3}[0-9]{1,3}$"


def ipv4(arr: pa.Array) -> np.ndarray | None:
    """None unless every value is a dotted quad of 1-3 digit parts (the scalar decides)."""
    if not pc.all(pc.fill_null(pc.match_substring_regex(arr, _DOTTED_QUAD), False)).as_py():
        return None
    parts = pc.split_pattern(arr, ".")
    flat = parts.flatten()
    n = len(arr)
    num = pc.cast(flat, pa.int64()).to_numpy(zero_copy_only=False).reshape(n, 4)
    plen = pc.utf8_length(flat).to_numpy(zero_copy_only=False).reshape(n, 4)
    lead0 = pc.starts_with(flat, "0").to_numpy(zero_copy_only=False).reshape(n, 4) & (plen > 1)
    ok = ~lead0.any(axis=1) & (num <= 255).all(axis=1)
    ok &= ~(num == 0).all(axis=1) & (num[:, 0] != 127) & ~(num == 255).all(axis=1)
    if not v._PRIVATE_IPS_PERSONAL:
        addr = (num.clip(0, 255) << np.array([24, 16, 8, 0])).sum(axis=1)
        for net in v._PRIVATE_NETS:
            if net.version == 4:
                ok &= (addr & int(net.netmask)) != int(net.network_address)
    return ok


_NOT_PHONE_SHAPE = v._NOT_PHONE_SHAPE.pattern  # RE2 reads it alike: the values here are ASCII, `\d` is [0-9]


def phone(arr: pa.Array) -> np.ndarray:
    """`validators.phone`: its cheap rejections here, then `phones.valid_column`; -1 where
    the scalar must decide (an extension, a `00` prefix, a prefix parse would strip)."""
    t = pc.utf8_trim_whitespace(arr)
    n = len(arr)
    out = np.full(n, -1, dtype=np.int8)
    plain = ~phones.as_mask(pc.match_substring_regex(t, r"[A-Za-z]")) & ~phones.as_mask(pc.starts_with(t, "00"))
    digits = _digits_only(t)
    mat, lengths = _matrix(digits)
    bad = (lengths < 7) | (lengths > 15) | (_distinct_digits(mat, lengths) < 3) | phones.as_mask(pc.match_substring_regex(t, _NOT_PHONE_SHAPE))
    out[plain & bad] = 0
    todo = np.flatnonzero(plain & ~bad)
    if len(todo):
        out[todo] = phones.valid_column(t.take(pa.array(todo)), v._PHONE_REGIONS)
    # an MSISDN's country code without its plus (`61412123203`): the scalar reads it
    out[(out == 0) & phones.as_mask(pc.match_substring_regex(t, r"^[1-9][0-9]{10,14}$"))] = -1
    return out


VECTOR: dict[str, VectorValidator] = {"luhn": luhn, "iban": iban, "us_ssn": us_ssn, "ipv4": ipv4, "phone": phone}


# -- the structured columns' text validators (tests/test_vector_validators_columns.py) --
# Python's strip()/split() also take \t-\r and \x1c-\x1f as whitespace: values with a
# control character go to the scalar, so ' ' is the only whitespace the forms below see.
_CONTROL = r"[\x00-\x1f\x7f]"
_mask = phones.as_mask


def _int8(ok: np.ndarray, arr: pa.Array, defer: str = _CONTROL) -> np.ndarray:
    """`ok` as int8, -1 where `defer` matches (the scalar decides)."""
    out = ok.astype(np.int8)
    out[_mask(pc.match_substring_regex(arr, defer))] = -1
    return out


def _np(arr: pa.Array) -> np.ndarray:
    return arr.to_numpy(zero_copy_only=False)


_NOT_NAMES = pa.array(sorted(v._NOT_NAMES))
_PRODUCT_WORDS = pa.array(sorted(v._PRODUCT_WORDS))


def _person_name(arr: pa.Array) -> tuple[np.ndarray, pa.Array, pa.Array]:
    """(`validators.person_name`, its words joined by single spaces, the trimmed values)."""
    t = pc.utf8_trim(arr, " ")
    size = _np(pc.utf8_length(t))
    words = pc.utf8_trim(pc.replace_substring_regex(t, "[,/]", " "), " ")
    count = _np(pc.count_substring_regex(words, "[^ ]+"))
    ok = (size >= 2) & (size <= 80) & ~_mask(pc.is_in(pc.ascii_lower(t), value_set=_NOT_NAMES))
    ok &= (count >= 1) & (count <= 6)
    caps = (count == 1) & _mask(pc.ascii_is_upper(t)) & (size > 3)
    if caps.any():  # but for the names of the lists (`WILLIAMS`)
        idx = np.flatnonzero(caps)
        low = pc.ascii_lower(t.take(pa.array(idx)))
        caps[idx] = ~(_listed(low, "given") | _listed(low, "surname"))
    ok &= ~caps
    return ok, words, t


def person_name(arr: pa.Array) -> np.ndarray:
    return _int8(_person_name(arr)[0], arr)


def person_field_value(arr: pa.Array) -> np.ndarray:
    ok, words, t = _person_name(arr)
    lists = pc.split_pattern_regex(words, " +")
    flat = pc.ascii_lower(pc.utf8_trim(lists.flatten(), ".,'()"))
    row = _np(pc.list_parent_indices(lists))
    first = np.asarray(lists.offsets)[row]  # flat index of each row's first word
    pos = np.arange(len(flat))
    product = _mask(pc.is_in(flat, value_set=_PRODUCT_WORDS)) & (pos > first)
    # a hotel (`Hotel Victor Hugo`, `The Hamilton`): any word, or `the` first
    venue = _mask(pc.is_in(flat, value_set=_VENUE_WORDS)) | (_mask(pc.equal(flat, "the")) & (pos == first))
    ok &= (np.bincount(row[product | venue], minlength=len(arr)) == 0) | _mask(pc.match_substring(t, "/"))
    ok &= ~(_mask(pc.match_substring(t, "-")) & ~_mask(pc.match_substring(t, " ")) & _mask(pc.utf8_is_lower(t)))
    # a lower-case word after the first that links no name's parts (`Equipo inglés`), in a value not all lower case
    raw = lists.flatten()
    stem = pc.utf8_lower(pc.replace_substring_regex(raw, "['’\\-].*$", ""))
    loose = _mask(pc.match_substring_regex(raw, r"^\p{Ll}")) & ~_mask(pc.is_in(stem, value_set=_NAME_LINKS)) & (pos > first)
    ok &= ~((np.bincount(row[loose], minlength=len(arr)) > 0) & ~_mask(pc.utf8_is_lower(t)) & ~_mask(pc.match_substring(t, "/")))
    return _int8(ok, arr, _MAYBE_FIRM)


# what may be a firm (validators.company_name, which the scalar decides): partners, a legal form
_MAYBE_FIRM = (_CONTROL + r"|[&(]|,\s*\S+\s+(?:and|&|und|et|y)\s|\s(?:y|e|et|und|and)\s+(?i:asociados|associados|hijos|filhos|figli"
               r"|hermanos|irmãos|fils|cie|söhne|sons)"
               rf"|(?:^|\s)(?:{ner_cues.LEGAL_FORMS}|{ner_cues.LEGAL_TAIL_FORMS})(?:[^\pL\d]|$)")


_VENUE_WORDS = pa.array(sorted(v.VENUE_WORDS))
_NAME_PARTICLES = pa.array(sorted(v._PARTICLES))
_NAME_LINKS = pa.array(sorted(v._NAME_LINKS))


def _per_distinct(words: pa.Array, verdicts: Callable[[list[str]], list[bool]]) -> np.ndarray:
    """`verdicts` of each word, computed once per distinct word (nulls: False)."""
    uniq = pc.unique(words)
    hit = np.array(list(verdicts(uniq.to_pylist())) + [False], dtype=bool)
    return hit[_np(pc.fill_null(pc.index_in(words, uniq), len(uniq)))]


def _listed(words: pa.Array, kind: str) -> np.ndarray:
    """name_lexicon's verdict on each word, one set lookup per distinct word."""
    return _per_distinct(words, lambda ws: name_lexicon.listed_words(ws, kind))


def _plausible(words: pa.Array) -> np.ndarray:
    return _per_distinct(words, lambda ws: [name_lexicon.plausible_surname(w) for w in ws])


_HONOURS = rf"(?i)^(?:{v.HONOUR_WORDS})(?:\.|\s)"
_POST_NOMINAL = rf"[\s,](?:{v.POST_NOMINALS})\.?$"


def deep_listed_person_name(arr: pa.Array) -> np.ndarray:
    """validators.deep_listed_person_name: the same words as `listed_person_name` reads, in the lists' deeper tails."""
    return listed_person_name(arr, deep=True)


def listed_person_name(arr: pa.Array, deep: bool = False) -> np.ndarray:
    """`Last, First` is read as `First Last`; the first and the last name word (initials and
    particles aside) are looked up. Values with a second comma, or a hyphen or an apostrophe
    in those two words (`Jean-Pierre`, `O'Neil`), go to the scalar."""
    out = person_field_value(arr)
    t = pc.utf8_trim_whitespace(arr)
    commas = _np(pc.count_substring(t, ","))
    one_last = _mask(pc.match_substring_regex(t, r"^\S+\s*,"))
    lists = pc.ascii_split_whitespace(pc.utf8_trim_whitespace(pc.replace_substring_regex(t, r"^([^,]*),(.*)$", r"\2 \1")))
    flat = pc.ascii_lower(lists.flatten())
    row = _np(pc.list_parent_indices(lists))
    ends = np.asarray(lists.offsets)[1:] - 1
    keep = (_np(pc.utf8_length(pc.utf8_rtrim(flat, "."))) > 1) & ~_mask(pc.is_in(flat, value_set=_NAME_PARTICLES))
    keep[ends[(commas == 1) & (ends >= np.asarray(lists.offsets)[:-1])]] = True  # the `Last` of `Last, First` as written
    idx = np.flatnonzero(keep)
    n = len(arr)
    count = np.bincount(row[idx], minlength=n)
    first = np.full(n, -1)
    last = np.full(n, -1)
    first[row[idx][::-1]] = idx[::-1]  # the smallest kept index wins
    last[row[idx]] = idx
    ok = count >= 2
    rows = np.flatnonzero(ok)
    given, family = flat.take(pa.array(first[rows])), flat.take(pa.array(last[rows]))
    if deep:
        hit = _listed(given, "given_column") & _listed(family, "surname_column")
    else:
        hit = _listed(given, "given") & (_listed(family, "surname") | (_listed(given, "given_alone") & _plausible(family)))
        hit |= (commas[rows] == 0) & _listed(given, "surname") & _listed(family, "given_alone")  # the surname first
    odd = _mask(pc.match_substring_regex(given, "-")) | _mask(pc.match_substring_regex(family, "['-]"))
    ok[rows] = hit
    # an initial and a surname (`G Watson`, `A. Holt`)
    starts = np.asarray(lists.offsets)
    two = (count == 1) & (commas == 0) & (starts[1:] - starts[:-1] == 2)
    two[two] = _mask(pc.match_substring_regex(flat.take(pa.array(starts[:-1][two])), r"^\pL\.?$"))
    initial = np.flatnonzero(two)
    surname = flat.take(pa.array(last[initial]))
    ok[initial] = False if deep else _listed(surname, "surname")
    odd_initial = _mask(pc.match_substring_regex(surname, "['-]"))
    res = np.where(out == 1, ok.astype(np.int8), out)
    res[initial[odd_initial]] = np.where(out[initial[odd_initial]] == 0, 0, -1)
    res[(commas == 1) & ~one_last & (out != -1)] = 0
    res[rows[odd]] = np.where(out[rows[odd]] == 0, 0, -1)
    res[(commas > 1) & (out != 0)] = -1
    honours = _mask(pc.match_substring_regex(t, _HONOURS)) | _mask(pc.match_substring_regex(t, _POST_NOMINAL))
    honours |= _mask(pc.match_substring_regex(t, rf"(?i)\w(?:{v.PATRONYMIC_ENDINGS})\b"))  # and patronymics
    res[honours & (out != 0)] = -1  # `Mr Karl Dunn`, `Reimar Hande B.A.`: the scalar takes them off
    return res


def listed_surname(arr: pa.Array) -> np.ndarray:
    """One word, a listed surname that is no frequent word."""
    raw = pc.utf8_trim_whitespace(arr)
    t = pc.ascii_lower(raw)
    size = _np(pc.utf8_length(t))
    ok = (size > 1) & _listed(t, "surname_column") & ~_mask(pc.match_substring(t, "-"))
    ok &= ~((size == 2) & _mask(pc.ascii_is_upper(raw)))  # (`NG`, `KE`: country codes)
    return ok.astype(np.int8)


def listed_given_name(arr: pa.Array) -> np.ndarray:
    """One word, a listed given name that is no common word; hyphenated ones go to the scalar."""
    t = pc.ascii_lower(pc.utf8_trim_whitespace(arr))
    ok = (_np(pc.utf8_length(t)) > 1) & _listed(t, "given_column")
    out = ok.astype(np.int8)
    out[_mask(pc.match_substring(t, "-"))] = -1
    return out


def street_address(arr: pa.Array) -> np.ndarray:
    t = pc.utf8_trim(arr, " ")
    size = _np(pc.utf8_length(t))
    ok = (size >= 6) & (size <= 200) & ~_mask(pc.match_substring(t, "@")) & ~_mask(pc.match_substring(t, "://"))
    ok &= _mask(pc.match_substring_regex(t, "[0-9]")) & _mask(pc.match_substring_regex(t, "[A-Za-z]{2}"))
    return _int8(ok, arr)


_LOCAL_DOMAIN = r"(?s)^(?P<local>.*)@(?P<domain>[^@]*)$"  # greedy: the last `@`, like rpartition


def email(arr: pa.Array) -> np.ndarray:
    parts = pc.extract_regex(arr, _LOCAL_DOMAIN)
    ok = _mask(pc.is_valid(parts))
    local = pc.struct_field(parts, 0)
    size = _np(pc.fill_null(pc.utf8_length(local), 0))
    ok &= (size >= 1) & (size <= 64) & ~_mask(pc.match_substring(local, "..")) & ~_mask(pc.ends_with(local, "."))
    domains = pc.ascii_lower(pc.struct_field(parts, 1))
    # the suffix-list lookup once per distinct domain
    uniq = pc.unique(domains.filter(pa.array(ok)))
    good = uniq.filter(pa.array([v._email_domain_ok(d) for d in uniq.to_pylist()], pa.bool_()))
    return ok & _mask(pc.is_in(domains, value_set=good))


def _real_past_date(y: np.ndarray, m: np.ndarray, d: np.ndarray, today: dt.date) -> np.ndarray:
    """`validators._plausible_birth` on int arrays."""
    leap = (y % 4 == 0) & ((y % 100 != 0) | (y % 400 == 0))
    days = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])[np.clip(m, 0, 12)] + (leap & (m == 2))
    ok = (y >= 1900) & (m >= 1) & (m <= 12) & (d >= 1) & (d <= days)
    return ok & (y * 10000 + m * 100 + d <= today.year * 10000 + today.month * 100 + today.day)


def _groups(arr: pa.Array, pattern: str) -> tuple[np.ndarray, list[pa.Array]]:
    """(where `pattern` matches, its groups' text on those values)."""
    found = _mask(pc.match_substring_regex(arr, pattern))
    parts = pc.extract_regex(arr.filter(pa.array(found)), pattern)
    return found, [pc.struct_field(parts, i) for i in range(parts.type.num_fields)]


def _int(arr: pa.Array) -> np.ndarray:
    return _np(pc.cast(arr, pa.int64()))


def date_of_birth(arr: pa.Array) -> np.ndarray:
    """`validators.date_of_birth` on numeric dates; a value with letters (month names)
    goes to the scalar."""
    today = dt.date.today()  # once per batch, the scalar's clock
    t = pc.utf8_trim(arr, " ")
    ok = np.zeros(len(arr), dtype=bool)
    found, (y, m, d) = _groups(t, r"^(?P<y>[0-9]{4})(?P<m>[0-9]{2})(?P<d>[0-9]{2})$")
    ok[found] = _real_past_date(_int(y), _int(m), _int(d), today)
    found, (a_s, b_s, c_s) = _groups(t, r"^(?P<a>[0-9]{1,4})(?:[-/ ]|\. ?)(?P<b>[0-9]{1,2})(?:[-/ ]|\. ?)(?P<c>[0-9]{2,4})\.?$")
    a, b, c = _int(a_s), _int(b_s), _int(c_s)
    year_first = _np(pc.utf8_length(a_s)) == 4
    year = np.where(_np(pc.utf8_length(c_s)) == 4, c, np.where(c > today.year % 100, 1900 + c, 2000 + c))
    ok[found] = np.where(year_first, _real_past_date(a, b, c, today),
                         _real_past_date(year, b, a, today) | _real_past_date(year, a, b, today))
    return _int8(ok, arr, r"[A-Za-z\x00-\x1f\x7f]")


# The column forms `validate` uses: VECTOR's, and the ones above, which may defer values.
COLUMN_FORMS: dict[str, VectorValidator] = {
    **VECTOR, "person_name": person_name, "person_field_value": person_field_value, "listed_person_name": listed_person_name,
    "deep_listed_person_name": deep_listed_person_name,
    "listed_given_name": listed_given_name, "listed_surname": listed_surname, "listed_place": place_lexicon.places_mask,
    "street_address": street_address, "email": email, "date_of_birth": date_of_birth,
}
SCALAR_NAMES = {fn: name for name, fn in v.VALIDATORS.items()}


def validate(validator: Callable[[str], bool], values: pa.Array,
             cached: Callable[[str], bool] | None = None) -> np.ndarray:
    """The validator's verdict for each of `values` (null-free strings): the column form
    on ASCII values where there is one, the scalar validator on the rest (`cached`: the
    same verdict through a cache, `Recognizer.valid`)."""
    vec = COLUMN_FORMS.get(SCALAR_NAMES.get(validator, ""))
    one = cached or validator
    n = len(values)
    out = np.zeros(n, dtype=bool)
    if vec is not None and n:
        is_ascii = phones.as_mask(pc.string_is_ascii(values))
        idx = np.flatnonzero(is_ascii)
        if len(idx):
            got = vec(values.take(pa.array(idx)))
            if got is not None:
                scalar = ~is_ascii
                if got.dtype == np.int8:  # -1: the column form leaves this value to the scalar
                    scalar[idx[got < 0]] = True
                    got = got > 0
                out[idx] = got
                rest = np.flatnonzero(scalar)
                for i, value in zip(rest.tolist(), values.take(pa.array(rest)).to_pylist()):
                    out[i] = bool(one(value))
                return out
    for i, value in enumerate(values.to_pylist()):
        out[i] = bool(one(value))
    return out
