"""Vectorised timestamp parsing: any supported value form -> UTC days since 1970-01-01.

Each value is read on its own (a column may mix forms). Text is tried against a short
list of format families, each one RE2 `extract_regex` over the values not parsed yet,
so a homogeneous column costs one regex pass. Written offsets (`Z`, `+02:00`, `-0700`)
move the day to UTC; a time without an offset is taken as UTC.

Two forms are not decided per value:
- `03/04/2021` (and `03-04-2021`): day/month order is decided per field from the
  values that only one order can read (`13/04/2021`); see FieldAges.resolve.
- syslog `Oct 10 13:55:36` has no year: the year is the latest one that does not put
  the date after `as_of` (how log rotation works).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

EPOCH = dt.date(1970, 1, 1)
I32 = pa.int32()

# Month names, full and abbreviated: English, German, Spanish, French, Italian, Dutch,
# Portuguese. A word not listed here is not a month ("Octember").
_MONTH_NAMES = {
    1: "jan january januar janv janvier enero ene gennaio gen januari janeiro jän jänner",
    2: "feb february februar febrero févr fevr février fevrier febbraio februari fevereiro fev fév",
    3: "mar march märz maerz mrz marzo mars maart março marco mär",
    4: "apr april abril abr avr avril aprile",
    5: "may mai mayo maggio mag mei maio",
    6: "jun june juni junio juin giugno giu junho",
    7: "jul july juli julio juil juillet luglio lug julho",
    8: "aug august agosto ago août aout augustus",
    9: "sep sept september septiembre setiembre septembre settembre set setembro",
    10: "oct october oktober octubre octobre ottobre ott okt outubro out",
    11: "nov november noviembre novembre novembro",
    12: "dec december dezember diciembre dic décembre decembre dicembre dezembro dez déc",
}
_MONTHS = {w: m for m, words in _MONTH_NAMES.items() for w in words.split()}
_MONTH_KEYS = pa.array(list(_MONTHS), pa.string())
_MONTH_NUMS = pa.array(list(_MONTHS.values()), I32)

# A time of day and an optional UTC offset, after the date.
_TIME = r"(?:(?:T|[\s,]+(?:at\s+)?)(?P<H>\d{1,2}):(?P<M>\d{2})(?::\d{2}(?:[.,]\d+)?)?(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?)?"
_TZ = r"(?:\s*(?P<tz>[Zz]|(?:UTC|GMT|utc|gmt)?\s*[+-]\d{1,2}(?::?\d{2})?|UTC|GMT|utc|gmt))?"
_END = r"(?:$|[^\d])"
_WDAY = r"(?:\pL{2,9}\.?,?\s+)?"
_MON = r"(?P<mon>\pL{3,10})\.?"

# (form, regex). Named groups: y, m | mon, d (or a, b for day/month-ambiguous), H, M, ampm, tz.
FAMILIES: list[tuple[str, str]] = [
    # ISO 8601 / RFC 3339 / 'YYYY-MM-DD HH:MM:SS' / JSON with Z / Python str(datetime)
    ("iso", r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})" + _TIME + _TZ + _END),
    # Apache / nginx: 10/Oct/2020:13:55:36 -0700
    ("apache", r"^(?P<d>\d{1,2})/(?P<mon>\pL{3})/(?P<y>\d{4}):(?P<H>\d{2}):(?P<M>\d{2}):\d{2}" + _TZ + _END),
    # 2020/10/10, 2020.10.10 (East Asian, ISO-like)
    ("ymd", r"^(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})" + _TIME + _TZ + _END),
    # 10.10.2020 (German, Russian, ...: always day first)
    ("dmy.", r"^(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})" + _TIME + _TZ + _END),
    # RFC 2822 (email Date:), '10 Oct 2020', '10-Oct-2020', 'Sat, 10 Oct 2020 13:55:36 +0000'
    ("d-mon-y", r"^" + _WDAY + r"(?P<d>\d{1,2})\.?[\s\-]" + _MON + r"[\s\-,]+(?P<y>\d{4})" + _TIME + _TZ + _END),
    # 'Oct 10, 2020', 'October 10 2020 1:55 PM', JS 'Sat Oct 10 2020 13:55:36 GMT-0700'
    ("mon-d-y", r"^" + _WDAY + _MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})" + _TIME + _TZ + _END),
    # ctime / asctime: 'Sat Oct 10 13:55:36 2020', optionally with a zone before the year
    ("ctime", r"^" + _WDAY + _MON + r"\s+(?P<d>\d{1,2})\s+(?P<H>\d{1,2}):(?P<M>\d{2}):\d{2}" + _TZ + r"\s+(?P<y>\d{4})" + _END),
    # 03/04/2021, 03-04-2021: day or month first, decided per field
    ("d/m", r"^(?P<a>\d{1,2})[/\-](?P<b>\d{1,2})[/\-](?P<y>\d{4})" + _TIME + _TZ + _END),
    # syslog (RFC 3164): 'Oct 10 13:55:36' - no year
    ("syslog", r"^" + _MON + r"\s+(?P<d>\d{1,2})\s+(?P<H>\d{2}):(?P<M>\d{2}):\d{2}" + _END),
    # compact 20201010 / 20201010135536
    ("compact", r"^(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?:(?P<H>\d{2})(?P<M>\d{2})\d{2})?$"),
]
# Forms a database can compute itself with the same result (see age_query.py).
DB_FORMS = ("native", "epoch", "iso")


@dataclass
class Parsed:
    """One array's worth of parsed days, by form."""

    days: pa.Array  # int32 UTC day, null where the value is not (unambiguously) a date
    forms: dict[str, int] = field(default_factory=dict)  # values parsed per form
    dmy: pa.Array | None = None  # day/month-ambiguous values read day first (null: invalid)
    mdy: pa.Array | None = None  # ... read month first
    yearless: pa.Array | None = None  # syslog: month * 100 + day


def _empty(n: int) -> pa.Array:
    return pa.nulls(n, I32)


def _nonempty(x: pa.Array) -> pa.Array:
    return pc.if_else(pc.equal(x, ""), pa.scalar(None, pa.string()), x)


def _int(x: pa.Array) -> pa.Array:
    return pc.cast(_nonempty(x), I32)


def _civil_days(y: pa.Array, m: pa.Array, d: pa.Array) -> pa.Array:
    """Valid calendar dates -> days since 1970 (null for 2021-02-30 or month 13)."""
    text = pc.binary_join_element_wise(
        pc.cast(y, pa.string()), pc.utf8_lpad(pc.cast(m, pa.string()), 2, "0"), pc.utf8_lpad(pc.cast(d, pa.string()), 2, "0"), "-"
    )
    ts = pc.strptime(text, format="%Y-%m-%d", unit="s", error_is_null=True)
    # Arrow rolls 02-30 over to 03-01: keep only dates that read back the same
    ok = pc.and_(pc.equal(pc.month(ts), pc.cast(m, pa.int64())), pc.equal(pc.day(ts), pc.cast(d, pa.int64())))
    days = pc.cast(pc.divide(pc.cast(ts, pa.int64()), 86400), I32)
    return pc.if_else(pc.fill_null(ok, False), days, pa.scalar(None, I32))


def _month_number(mon: pa.Array) -> pa.Array:
    idx = pc.index_in(pc.utf8_rtrim(pc.utf8_lower(mon), characters="."), value_set=_MONTH_KEYS)
    return pc.take(_MONTH_NUMS, idx)


def _tz_minutes(tz: pa.Array) -> pa.Array:
    """'Z' / 'UTC' / '+02:00' / '-0700' / 'GMT+1' -> offset in minutes (0 when absent)."""
    s = pc.utf8_upper(tz)
    s = pc.replace_substring_regex(s, r"^(UTC|GMT)\s*", "")
    s = pc.replace_substring(s, ":", "")
    num = pc.extract_regex(s, r"^(?P<sign>[+-])(?P<h>\d{1,2}?)(?P<mm>\d{2})?$")
    sign = pc.if_else(pc.equal(pc.struct_field(num, "sign"), "-"), -1, 1)
    h = pc.fill_null(_int(pc.struct_field(num, "h")), 0)
    mm = pc.fill_null(_int(pc.struct_field(num, "mm")), 0)
    # '+2' / '+02' put every digit in h; '+0200' splits 2 + 2
    off = pc.multiply(sign, pc.add(pc.multiply(h, 60), mm))
    return pc.fill_null(pc.cast(off, I32), 0)


def _day_shift(parts: pa.StructArray, names: set[str]) -> pa.Array | None:
    """-1/0/+1 days moving a local time with a written offset to UTC; None when no offset."""
    if "tz" not in names:
        return None
    tz = parts.field("tz")
    has_tz = pc.not_equal(tz, "")
    if not pc.any(has_tz).as_py():
        return None
    hour = pc.fill_null(_int(parts.field("H")), 0) if "H" in names else pa.array([0] * len(tz), I32)
    minute = pc.fill_null(_int(parts.field("M")), 0) if "M" in names else pa.array([0] * len(tz), I32)
    if "ampm" in names:
        ampm = pc.utf8_lower(pc.utf8_slice_codeunits(parts.field("ampm"), 0, 1))
        hour12 = pc.if_else(pc.equal(hour, 12), 0, hour)
        hour = pc.if_else(pc.equal(ampm, "p"), pc.add(hour12, 12), pc.if_else(pc.equal(ampm, "a"), hour12, hour))
    local = pc.add(pc.multiply(hour, 60), minute)
    utc = pc.subtract(local, _tz_minutes(tz))
    shift = pc.cast(pc.floor(pc.divide(pc.cast(utc, pa.float64()), 1440.0)), I32)
    return pc.if_else(has_tz, shift, 0)


def _family_days(form: str, parts: pa.StructArray, names: set[str]) -> pa.Array:
    y = _int(parts.field("y"))
    m = _month_number(parts.field("mon")) if "mon" in names else _int(parts.field("m"))
    d = _int(parts.field("d"))
    days = _civil_days(y, m, d)
    shift = _day_shift(parts, names)
    return days if shift is None else pc.add(days, shift)


def _epoch(nums: pa.Array, years: tuple[int, int]) -> pa.Array:
    """Seconds, milliseconds or microseconds since 1970, by magnitude, within `years`."""
    lo = (dt.date(years[0], 1, 1) - EPOCH).days * 86400
    hi = (dt.date(years[1], 1, 1) - EPOCH).days * 86400
    x = pc.cast(nums, pa.float64(), safe=False)
    secs = pc.if_else(pc.greater_equal(x, hi * 1000.0), pc.divide(x, 1e6), pc.if_else(pc.greater_equal(x, float(hi)), pc.divide(x, 1000.0), x))
    ok = pc.and_(pc.greater_equal(secs, float(lo)), pc.less(secs, float(hi)))
    days = pc.cast(pc.floor(pc.divide(secs, 86400.0)), I32)
    return pc.if_else(ok, days, pa.scalar(None, I32))


def _compact_numbers(nums: pa.Array) -> pa.Array:
    """20201010 as a number (a date key) -> days; null otherwise."""
    x = pc.cast(nums, pa.int64(), safe=False)
    in_range = pc.and_(pc.greater_equal(x, 19000101), pc.less_equal(x, 21001231))
    x = pc.if_else(in_range, x, pa.scalar(None, pa.int64()))
    y = pc.cast(pc.divide(x, 10000), I32)
    m = pc.cast(pc.divide(pc.subtract(x, pc.multiply(pc.divide(x, 10000), 10000)), 100), I32)
    d = pc.cast(pc.subtract(x, pc.multiply(pc.divide(x, 100), 100)), I32)
    return _civil_days(y, m, d)


def _native(arr: pa.Array) -> pa.Array:
    t = arr.type
    if pa.types.is_date(t):
        return pc.cast(pc.cast(arr, pa.date32()), I32)
    # The int64 of a timestamp is UTC for tz-aware values and the wall clock for naive
    # ones; casting to date32 would use the zone's local day instead.
    per_day = {"s": 86400, "ms": 86_400_000, "us": 86_400_000_000, "ns": 86_400_000_000_000}[t.unit]
    raw = pc.cast(arr, pa.int64())
    # safe=False: beyond 2**53 (µs before 1685 or after 2255, e.g. a 0001-01-01 sentinel) a
    # float is off by a microsecond or two, which no day number notices
    return pc.cast(pc.floor(pc.divide(pc.cast(raw, pa.float64(), safe=False), float(per_day))), I32)


def _count(a: pa.Array) -> int:
    return len(a) - a.null_count


def parse_days(arr: pa.Array | pa.ChunkedArray, years: tuple[int, int] = (1990, 2100)) -> Parsed:
    """Parse any supported form; see the module docstring."""
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    t = arr.type
    if pa.types.is_dictionary(t):
        arr = arr.dictionary_decode()
        t = arr.type
    n = len(arr)
    if pa.types.is_timestamp(t) or pa.types.is_date(t):
        days = _native(arr)
        return Parsed(days, {"native": _count(days)})
    if pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_decimal(t):
        nums = pc.cast(arr, pa.float64(), safe=False)
        days = _epoch(nums, years)
        compact = _compact_numbers(pc.if_else(pc.is_null(days), nums, pa.scalar(None, pa.float64())))
        forms = {"epoch": _count(days), "compact": _count(compact)}
        return Parsed(pc.coalesce(days, compact), {k: v for k, v in forms.items() if v})
    if pa.types.is_large_string(t):
        arr = arr.cast(pa.string())
    if not pa.types.is_string(arr.type):
        return Parsed(_empty(n))
    return _parse_text(arr, years)


def _parse_text(arr: pa.Array, years: tuple[int, int]) -> Parsed:
    n = len(arr)
    s = pc.utf8_trim(arr, characters=" \t\r\n[]\"'()")
    days = _empty(n)
    forms: dict[str, int] = {}
    out = Parsed(days, forms)

    # epoch numbers written as text (fractions are rare: checked only where a dot is)
    lengths = pc.utf8_length(s)
    digits = pc.fill_null(pc.and_(pc.utf8_is_decimal(s), pc.and_(pc.greater_equal(lengths, 9), pc.less_equal(lengths, 16))), False)
    dotted = pc.fill_null(pc.match_substring(s, "."), False)
    if pc.any(dotted).as_py():
        digits = pc.or_(digits, pc.fill_null(pc.match_substring_regex(s, r"^\d{9,16}\.\d+$"), False))
    if pc.any(digits).as_py():
        nums = pc.cast(pc.if_else(digits, s, pa.scalar(None, pa.string())), pa.float64())
        ep = _epoch(nums, years)
        if _count(ep):
            forms["epoch"] = _count(ep)
            days = pc.coalesce(days, ep)

    # the common layouts by fixed positions: no capturing regex, several times faster
    for form, strict, fast in ((("iso", _STRICT_ISO, _fast_iso)), ("apache", _STRICT_APACHE, _fast_apache)):
        todo = pc.and_(pc.is_null(days), pc.fill_null(pc.match_substring_regex(s, strict), False))
        hits = pc.sum(todo).as_py() or 0
        if not hits:
            continue
        if hits == n:  # the whole batch: no gather / scatter
            got = fast(s)
        else:
            idx = pc.indices_nonzero(todo)
            got = _scatter(n, idx, fast(pc.take(s, idx)))
        if _count(got):
            forms[form] = forms.get(form, 0) + _count(got)
            days = pc.coalesce(days, got)

    for form, regex in FAMILIES:
        todo = pc.and_(pc.is_null(days), pc.is_valid(s))
        if form == "syslog" and out.yearless is not None:
            todo = pc.and_(todo, pc.is_null(out.yearless))
        if not pc.any(todo).as_py():
            break
        # match first (no captures: fast), extract only what matched
        todo = pc.and_(todo, pc.fill_null(pc.match_substring_regex(s, regex), False))
        if not pc.any(todo).as_py():
            continue
        idx = pc.indices_nonzero(todo)
        sub = pc.take(s, idx)
        parts = pc.extract_regex(sub, regex)
        matched = pc.is_valid(parts)
        if not pc.any(matched).as_py():
            continue
        names = {parts.type.field(i).name for i in range(parts.type.num_fields)}
        if form == "d/m":
            dmy, mdy = _ambiguous(parts, names)
            out.dmy = _scatter(n, idx, dmy)
            out.mdy = _scatter(n, idx, mdy)
            # a value only one order can read is already decided
            only = pc.if_else(pc.is_null(mdy), dmy, pc.if_else(pc.is_null(dmy), mdy, pa.scalar(None, I32)))
            same = pc.if_else(pc.equal(dmy, mdy), dmy, pa.scalar(None, I32))  # 04/04/2021
            decided = pc.coalesce(same, only)
            forms["d/m"] = _count(decided)
            # decided values count in `days` only through FieldAges.resolve (the field's
            # order may contradict them); keep them out of `days` here.
            continue
        if form == "syslog":
            md = pc.add(pc.multiply(_month_number(parts.field("mon")), 100), _int(parts.field("d")))
            md = pc.if_else(_valid_month_day(md), md, pa.scalar(None, I32))
            out.yearless = _scatter(n, idx, md)
            forms["syslog"] = _count(md)
            continue
        got = _family_days(form, parts, names)
        if _count(got):
            forms[form] = forms.get(form, 0) + _count(got)
            days = pc.coalesce(days, _scatter(n, idx, got))
    out.days = days
    out.forms = {k: v for k, v in forms.items() if v}
    return out


_STRICT_ISO = (
    r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:\s?(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}))?)?$"
)
_STRICT_APACHE = r"^\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}$"


def _bytes_of(sub: pa.Array):
    """(data, start, end) numpy views of a string array's bytes and value bounds."""
    if sub.offset or sub.null_count:
        sub = pc.fill_null(pa.concat_arrays([sub]), "")
    offsets = np.frombuffer(sub.buffers()[1], dtype=np.int32)[: len(sub) + 1]
    data = np.frombuffer(sub.buffers()[2], dtype=np.uint8) if sub.buffers()[2] is not None else np.zeros(1, np.uint8)
    return data, offsets[:-1].astype(np.int64), offsets[1:].astype(np.int64)


def _num(data, at, width: int):
    """The number written by `width` ASCII digits at byte positions `at`."""
    out = data[at].astype(np.int32) - 48
    for k in range(1, width):
        out *= 10
        out += data[at + k]
        out -= 48
    return out


def _civil_np(y, m, d):
    """days since 1970 for valid dates, -2**31 where not a date (H. Hinnant's algorithm)."""
    y, m, d = (np.asarray(x, dtype=np.int32) for x in (y, m, d))
    mdays = _MDAYS[np.clip(m, 0, 12)]
    feb = m == 2
    if feb.any():  # leap years only matter for February
        leap = ((y % 4 == 0) & (y % 100 != 0)) | (y % 400 == 0)
        mdays = mdays + (feb & leap)
    ok = (m >= 1) & (m <= 12) & (d >= 1) & (d <= mdays)
    yy = y - (m <= 2)  # years >= 0 here: plain division is floor division
    yoe = yy % 400
    doy = (153 * (m + np.where(m > 2, -3, 9)) + 2) // 5 + d - 1
    days = (yy // 400) * 146097 + yoe * 365 + yoe // 4 - yoe // 100 + doy - 719468
    return np.where(ok, days, np.iinfo(np.int32).min)


_MDAYS = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype="int32")


def _to_days_array(days, extra_ok=None) -> pa.Array:
    bad = days == np.iinfo(np.int32).min
    if extra_ok is not None:
        bad |= ~extra_ok
    return pa.array(np.where(bad, 0, days).astype(np.int32), I32, mask=bad)


def _shift_np(hour, minute, sign, off_h, off_m, has_off):
    """Days to add moving a local time with a written offset to UTC."""
    utc = hour * 60 + minute - sign * (off_h * 60 + off_m)
    return np.where(has_off, np.floor_divide(utc, 1440), 0)


def _fast_iso(sub: pa.Array) -> pa.Array:
    """Values matching _STRICT_ISO (ASCII, fixed layout) -> UTC days, by byte position."""
    data, start, end = _bytes_of(sub)
    days = _civil_np(_num(data, start, 4), _num(data, start + 5, 2), _num(data, start + 8, 2))
    length = end - start
    # an offset (+hh:mm / +hhmm, only after a time: see _STRICT_ISO) sits at the end
    long_ = length >= 16
    c6 = np.where(long_, data[np.maximum(end - 6, start)], 0)
    c5 = np.where(long_, data[np.maximum(end - 5, start)], 0)
    colon = (c6 == 43) | (c6 == 45)  # +hh:mm
    plain = ~colon & ((c5 == 43) | (c5 == 45))  # +hhmm
    has_off = colon | plain
    if has_off.any():
        at = np.where(colon, end - 6, end - 5)
        sign = np.where(data[np.clip(at, 0, len(data) - 1)] == 45, -1, 1)
        safe = np.where(has_off, at, start)  # keep indexes in bounds where unused
        off_h = np.where(has_off, _num(data, np.minimum(safe + 1, len(data) - 2), 2), 0)
        off_m = np.where(has_off, _num(data, np.minimum(np.where(colon, safe + 4, safe + 3), len(data) - 2), 2), 0)
        t_at = np.where(has_off, start + 11, start)
        hour = np.where(has_off, _num(data, np.minimum(t_at, len(data) - 2), 2), 0)
        minute = np.where(has_off, _num(data, np.minimum(t_at + 3, len(data) - 2), 2), 0)
        days = np.where(days == np.iinfo(np.int32).min, days, days + _shift_np(hour, minute, sign, off_h, off_m, has_off))
    return _to_days_array(days)


_ABBR = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


def _fast_apache(sub: pa.Array) -> pa.Array:
    """'10/Oct/2020:13:55:36 -0700' (fixed layout) -> UTC days."""
    data, start, end = _bytes_of(sub)
    key = (data[start + 3].astype(np.int64) | 32) << 16 | (data[start + 4].astype(np.int64) | 32) << 8 | (data[start + 5].astype(np.int64) | 32)
    table = {(ord(a) << 16) | (ord(b) << 8) | ord(c): i for (a, b, c), i in ((tuple(k), v) for k, v in _ABBR.items())}
    keys = np.array(sorted(table), dtype=np.int64)
    vals = np.array([table[k] for k in sorted(table)], dtype=np.int64)
    pos = np.clip(np.searchsorted(keys, key), 0, len(keys) - 1)
    month = np.where(keys[pos] == key, vals[pos], 0)
    days = _civil_np(_num(data, start + 7, 4), month, _num(data, start, 2))
    sign = np.where(data[end - 5] == 45, -1, 1)
    shift = _shift_np(_num(data, start + 12, 2), _num(data, start + 15, 2), sign, _num(data, end - 4, 2), _num(data, end - 2, 2), True)
    days = np.where(days == np.iinfo(np.int32).min, days, days + shift)
    return _to_days_array(days)


def _valid_month_day(md: pa.Array) -> pa.Array:
    m = pc.divide(md, 100)
    d = pc.subtract(md, pc.multiply(m, 100))
    return pc.fill_null(pc.and_(pc.and_(pc.greater_equal(m, 1), pc.less_equal(m, 12)), pc.and_(pc.greater_equal(d, 1), pc.less_equal(d, 31))), False)


def _ambiguous(parts: pa.StructArray, names: set[str]) -> tuple[pa.Array, pa.Array]:
    a, b, y = _int(parts.field("a")), _int(parts.field("b")), _int(parts.field("y"))
    shift = _day_shift(parts, names)
    dmy = _civil_days(y, b, a)
    mdy = _civil_days(y, a, b)
    if shift is not None:
        dmy, mdy = pc.add(dmy, shift), pc.add(mdy, shift)
    return dmy, mdy


def _scatter(n: int, idx: pa.Array, values: pa.Array) -> pa.Array:
    """An n-long int32 array with `values` at positions `idx`, null elsewhere."""
    sentinel = np.iinfo(np.int32).min
    base = np.full(n, sentinel, dtype=np.int64)
    base[idx.to_numpy(zero_copy_only=False)] = pc.fill_null(pc.cast(values, pa.int64()), sentinel).to_numpy(zero_copy_only=False)
    mask = base == sentinel
    return pa.array(base.astype(np.int32), I32, mask=mask)


def day_to_iso(day: int) -> str:
    # numpy, not datetime: a parsed year 0000 (or past 9999) is outside Python's date range
    return str(np.datetime64(int(day), "D"))


def yearless_to_day(md: int, as_of: dt.date) -> int | None:
    """Month-day of a yearless (syslog) stamp -> the latest such date not after as_of."""
    m, d = divmod(int(md), 100)
    for year in (as_of.year, as_of.year - 1, as_of.year - 2, as_of.year - 3, as_of.year - 4):
        try:
            day = dt.date(year, m, d)
        except ValueError:
            continue  # 29 Feb in a common year: try earlier years
        if day <= as_of:
            return (day - EPOCH).days
    return None
