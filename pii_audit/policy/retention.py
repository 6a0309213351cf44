"""Retention: find each container's timestamp field, age its records, compare with limits.

Ages are kept as a histogram of epoch days per candidate field: small, exact, and
mergeable across shards.
"""
from __future__ import annotations

import datetime as dt
import fnmatch
import re
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc

from pii_audit.model import CATEGORIES, Batch
from pii_audit.names import any_hint, hint_tokens, tokens
from pii_audit.rules import Rules, RulesError

_UNITS = {"d": 1, "w": 7, "m": 30, "y": 365}
_LIMIT = re.compile(r"^\s*(\d+)\s*([dwmy])\s*$")
EPOCH = dt.date(1970, 1, 1)

# Fields that hold dates but do not date the record.
_NOT_RECORD_TIME = [hint_tokens(x) for x in ("birth", "dob", "birthday", "expiry", "expires", "expiration", "valid_until", "due", "exp")]
_TIME_WORDS = {"at", "time", "date", "ts", "timestamp", "datetime", "on", "when", "fecha", "datum"}


def parse_limit(text: object, where: str) -> int:
    if isinstance(text, int) and not isinstance(text, bool):
        return text
    m = _LIMIT.match(str(text))
    if not m:
        raise RulesError(f"{where}: retention limit {text!r} is not a number with a unit (d, w, m, y), e.g. 730d")
    return int(m.group(1)) * _UNITS[m.group(2)]


def _limit_map(raw: object, where: str) -> dict[str, int]:
    if not isinstance(raw, dict):
        raise RulesError(f"{where}: 'retention' must map categories to limits")
    out = {}
    for cat, lim in raw.items():
        if cat not in CATEGORIES:
            raise RulesError(f"{where}: unknown category {cat!r} (expected {', '.join(CATEGORIES)})")
        out[cat] = parse_limit(lim, f"{where}: {cat}")
    return out


@dataclass
class Limits:
    default: dict[str, int]
    overrides: list[tuple[str, dict[str, int]]]

    def for_container(self, container: str) -> tuple[dict[str, int], str | None]:
        limits = dict(self.default)
        matched = None
        for glob, lim in self.overrides:
            if fnmatch.fnmatch(container, glob) or fnmatch.fnmatch(container.split(".")[-1], glob):
                limits.update(lim)
                matched = glob
        return limits, matched


def parse_limits(rules: Rules) -> Limits:
    where = str(rules.directory / "policy.yaml")
    default = _limit_map(rules.policy.get("retention"), where)
    missing = [c for c in CATEGORIES if c not in default]
    if missing:
        raise RulesError(f"{where}: retention has no limit for {', '.join(missing)}")
    overrides = []
    for i, o in enumerate(rules.policy.get("overrides") or []):
        if not isinstance(o, dict) or not isinstance(o.get("container"), str):
            raise RulesError(f"{where}: override #{i + 1} needs a 'container' glob")
        overrides.append((o["container"], _limit_map(o.get("retention"), f"{where}: override {o['container']}")))
    return Limits(default, overrides)


# -- parsing timestamps, vectorised --------------------------------------------------

_STR_FORMATS = [
    ("iso", None),  # YYYY-MM-DD prefix: ISO text, 'YYYY-MM-DD HH:MM:SS', JSON ISO with Z
    ("apache", "%d/%b/%Y"),
    ("dmy", "%d/%m/%Y"),
    ("mdy", "%m/%d/%Y"),
    ("dmy.", "%d.%m.%Y"),
    ("ymd/", "%Y/%m/%d"),
]


def _strptime_days(arr: pa.Array, fmt: str) -> pa.Array:
    ts = pc.strptime(arr, format=fmt, unit="s", error_is_null=True)
    return pc.cast(pc.cast(ts, pa.date32()), pa.int32())


def _epoch_days(nums: pa.Array, years: tuple[int, int]) -> pa.Array:
    lo = (dt.date(years[0], 1, 1) - EPOCH).days * 86400
    hi = (dt.date(years[1], 1, 1) - EPOCH).days * 86400
    x = pc.cast(nums, pa.float64())
    secs = pc.if_else(pc.greater(x, hi), pc.divide(x, 1000.0), x)  # milliseconds
    ok = pc.and_(pc.greater_equal(secs, lo), pc.less(secs, hi))
    days = pc.floor(pc.divide(secs, 86400.0))
    return pc.if_else(ok, pc.cast(days, pa.int32()), pa.scalar(None, pa.int32()))


def to_epoch_days(arr: pa.Array, years: tuple[int, int] = (1990, 2100)) -> pa.Array:
    """Days since 1970-01-01 (int32, null where not a date) for any supported form."""
    t = arr.type
    if pa.types.is_timestamp(t) or pa.types.is_date(t):
        return pc.cast(pc.cast(arr, pa.date32()), pa.int32())
    if pa.types.is_integer(t) or pa.types.is_floating(t):
        return _epoch_days(arr, years)
    if pa.types.is_large_string(t):
        arr = arr.cast(pa.string())
    if not pa.types.is_string(arr.type):
        return pa.nulls(len(arr), pa.int32())
    s = pc.utf8_trim(arr, characters=" \t[]\"'")
    best = None
    best_n = -1
    for name, fmt in _STR_FORMATS:
        if name == "iso":
            days = _strptime_days(pc.utf8_slice_codeunits(s, 0, 10), "%Y-%m-%d")
        elif name == "apache":
            days = _strptime_days(pc.utf8_slice_codeunits(s, 0, 11), fmt)
        else:
            days = _strptime_days(pc.utf8_slice_codeunits(s, 0, 10), fmt)
        n = len(days) - days.null_count
        if n > best_n:
            best, best_n = days, n
        if n == len(arr) - arr.null_count:
            break
    # epoch seconds written as text
    digits = pc.fill_null(pc.match_substring_regex(s, r"^\d{9,13}(\.\d+)?$"), False)
    if (pc.sum(digits).as_py() or 0) > best_n:
        nums = pc.cast(pc.if_else(digits, s, pa.scalar(None, pa.string())), pa.float64())
        days = _epoch_days(nums, years)
        if len(days) - days.null_count > best_n:
            best = days
    return best


# -- per-container tracking -------------------------------------------------------


@dataclass
class FieldAges:
    values: int = 0
    parsed: int = 0
    days: dict[int, int] = field(default_factory=dict)

    def merge(self, other: FieldAges) -> None:
        self.values += other.values
        self.parsed += other.parsed
        for d, n in other.days.items():
            self.days[d] = self.days.get(d, 0) + n


class TimestampTracker:
    """Collects day histograms for the fields that may date a container's records."""

    def __init__(self, rules: Rules):
        cfg = rules.timestamps
        self.hints = [hint_tokens(h) for h in cfg.get("field_hints") or []]
        self.min_ratio = float(cfg.get("min_parse_ratio", 0.8))
        years = cfg.get("epoch_years") or [1990, 2100]
        self.years = (int(years[0]), int(years[1]))
        self.fields: dict[str | None, FieldAges] = {}
        self._rank: dict[str | None, int] = {}

    def _candidate_rank(self, name: str, arr: pa.ChunkedArray) -> int | None:
        toks = tokens(name)
        if any_hint(toks, _NOT_RECORD_TIME):
            return None
        for i, h in enumerate(self.hints):
            if any_hint(toks, [h]):
                return i
        if pa.types.is_timestamp(arr.type) or pa.types.is_date(arr.type) or any(t in _TIME_WORDS for t in toks):
            return len(self.hints)
        return None

    def _add(self, key: str | None, arr: pa.Array) -> None:
        fa = self.fields.setdefault(key, FieldAges())
        fa.values += len(arr) - arr.null_count
        days = to_epoch_days(arr, self.years)
        fa.parsed += len(days) - days.null_count
        if fa.parsed:
            vc = pc.value_counts(days.drop_null())
            for item in vc.to_pylist():
                fa.days[item["values"]] = fa.days.get(item["values"], 0) + item["counts"]

    def update(self, batch: Batch) -> None:
        if batch.timestamp is not None:
            self._rank.setdefault(batch.timestamp_field, -1)
            self._add(batch.timestamp_field, batch.timestamp)
            return
        for name in batch.fields:
            col = batch.table.column(name)
            if name not in self._rank:
                rank = self._candidate_rank(name, col)
                if rank is None:
                    continue
                self._rank[name] = rank
            self._add(name, col.combine_chunks())

    def best(self) -> tuple[str | None, FieldAges] | None:
        usable = [
            (self._rank[k], k, fa)
            for k, fa in self.fields.items()
            if fa.values and fa.parsed / fa.values >= self.min_ratio
        ]
        if not usable:
            return None
        usable.sort(key=lambda x: x[0])
        _, key, fa = usable[0]
        return key, fa


def day_to_iso(day: int) -> str:
    return (EPOCH + dt.timedelta(days=day)).isoformat()


def count_older(fa: FieldAges, as_of: dt.date, limit_days: int) -> tuple[int, int | None]:
    """Records older than `as_of - limit_days`, and the oldest day seen."""
    cutoff = (as_of - EPOCH).days - limit_days
    older = sum(n for d, n in fa.days.items() if d < cutoff)
    oldest = min(fa.days) if fa.days else None
    return older, oldest
