"""Retention: limits from rules/policy.yaml, each container's timestamp field, and the
age of its records.

Ages are kept as a histogram of UTC days per candidate field: small, exact, and
mergeable across shards. Where the store can compute that histogram itself with one
aggregate query (Container.day_counts, see age_query.py), the tracker asks it for the
chosen field: the answer covers every record even when the scan was sampled.
"""
from __future__ import annotations

import datetime as dt
import fnmatch
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from pii_audit.model import CATEGORIES, LINE_FIELD, Batch
from pii_audit.names import Hints, any_hint, hint_list, hint_tokens, tokens
from pii_audit.policy.categories import is_file_container
from pii_audit.policy.timeparse import DB_FORMS, EPOCH, parse_days, yearless_to_day
from pii_audit.rules import Rules

_UNITS = {"d": 1, "w": 7, "m": 30, "y": 365}
_LIMIT = re.compile(r"^\s*(\d+)\s*([dwmy])\s*$")
_TIME_WORDS = {"at", "time", "date", "ts", "timestamp", "datetime", "on", "when", "fecha", "datum", "data", "zeit", "heure", "hora"}
# Values an unhinted field must show before it is tried as a timestamp field.
_PROBE_MIN_VALUES = 20

# (field, form, epoch years) -> {utc day or None (did not parse): count}, or None when
# the store cannot answer. Provided by sources that can run an aggregate query.
DayCounts = Callable[[str, str, tuple[int, int]], "dict[int | None, int] | None"]


# -- limits ---------------------------------------------------------------------


def parse_limit(value: object) -> int | None:
    """'730d' / '2y' / 730 -> days; None when not a limit."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    m = _LIMIT.match(str(value))
    return int(m.group(1)) * _UNITS[m.group(2)] if m else None


def _limit_map(rules: Rules, raw: object, path: tuple[Any, ...]) -> dict[str, int]:
    if not isinstance(raw, dict) or not raw:
        raise rules.error("policy.yaml", path, "'retention' must map categories (Account, Usage, Content) to limits such as 730d")
    out = {}
    for cat, lim in raw.items():
        if cat not in CATEGORIES:
            raise rules.error("policy.yaml", path + (cat,), f"unknown category {cat!r} (expected {', '.join(CATEGORIES)})")
        days = parse_limit(lim)
        if days is None:
            raise rules.error("policy.yaml", path + (cat,), f"retention limit {lim!r} is not a number with a unit (d, w, m, y), e.g. 730d")
        if days <= 0:
            raise rules.error("policy.yaml", path + (cat,), f"retention limit for {cat} must be more than 0 days")
        out[cat] = days
    return out


@dataclass
class Override:
    container: str  # glob
    limits: dict[str, int]
    line: int | None = None


@dataclass
class Limits:
    default: dict[str, int]
    overrides: list[Override]

    def for_container(self, container: str) -> tuple[dict[str, int], dict[str, str]]:
        """Effective limits, and the override glob that set each overridden category
        (a later matching override wins over an earlier one)."""
        limits = dict(self.default)
        set_by: dict[str, str] = {}
        # also the bare table (`public.audit_x` -> `audit_x`) or file name (`logs/a.log` -> `a.log`)
        short = container.rsplit("/", 1)[-1] if is_file_container(container) else container.split(".")[-1]
        for o in self.overrides:
            if fnmatch.fnmatch(container, o.container) or fnmatch.fnmatch(short, o.container):
                limits.update(o.limits)
                set_by.update(dict.fromkeys(o.limits, o.container))
        return limits, set_by


def parse_limits(rules: Rules) -> Limits:
    default = _limit_map(rules, rules.policy.get("retention"), ("retention",))
    missing = [c for c in CATEGORIES if c not in default]
    if missing:
        raise rules.error("policy.yaml", ("retention",), f"retention has no limit for {', '.join(missing)}")
    overrides: list[Override] = []
    raw = rules.policy.get("overrides") or []
    if not isinstance(raw, list):
        raise rules.error("policy.yaml", ("overrides",), "'overrides' must be a list of {container, retention}")
    seen: dict[str, Override] = {}
    for i, o in enumerate(raw):
        if not isinstance(o, dict) or not isinstance(o.get("container"), str) or not o["container"].strip():
            raise rules.error("policy.yaml", ("overrides", i), f"override #{i + 1} needs a 'container' glob")
        unknown = set(o) - {"container", "retention", "reason"}
        if unknown:
            raise rules.error("policy.yaml", ("overrides", i, sorted(unknown)[0]), f"unknown key {sorted(unknown)[0]!r} in override (expected container, retention, reason)")
        lim = _limit_map(rules, o.get("retention"), ("overrides", i, "retention"))
        ov = Override(o["container"], lim, rules.line("policy.yaml", "overrides", i))
        prev = seen.get(ov.container)
        if prev is not None:
            clash = [c for c in lim if c in prev.limits and prev.limits[c] != lim[c]]
            if clash:
                raise rules.error(
                    "policy.yaml", ("overrides", i, "retention", clash[0]),
                    f"override for {ov.container!r} contradicts the one at line {prev.line}: {clash[0]} {lim[clash[0]]}d vs {prev.limits[clash[0]]}d",
                )
        seen[ov.container] = ov
        overrides.append(ov)
    return Limits(default, overrides)


# -- which field dates a record ---------------------------------------------------


@dataclass
class TimestampConfig:
    hints: Hints
    exclude: Hints
    min_ratio: float
    years: tuple[int, int]
    day_month: str  # auto | dmy | mdy
    in_database: str = "sampled"  # sampled | always | never: when the store ages the records itself


def parse_timestamp_config(rules: Rules) -> TimestampConfig:
    cfg = rules.timestamps
    f = "timestamps.yaml"
    known = {"field_hints", "exclude_field_hints", "min_parse_ratio", "epoch_years", "day_month_order", "age_in_database"}
    for k in cfg:
        if k not in known:
            raise rules.error(f, (k,), f"unknown key {k!r} (expected {', '.join(sorted(known))})")

    def words(key: str) -> list[str]:
        raw = cfg.get(key) or []
        if not isinstance(raw, list) or not all(isinstance(x, str) and x.strip() for x in raw):
            raise rules.error(f, (key,), f"'{key}' must be a list of field-name words")
        return raw

    hints, exclude = words("field_hints"), words("exclude_field_hints")
    ex_tokens = {hint_tokens(x): i for i, x in enumerate(exclude)}
    for i, h in enumerate(hints):
        if hint_tokens(h) in ex_tokens:
            raise rules.error(f, ("field_hints", i), f"{h!r} is both a timestamp hint and an excluded field word")
    ratio = cfg.get("min_parse_ratio", 0.8)
    if isinstance(ratio, bool) or not isinstance(ratio, (int, float)) or not 0 < ratio <= 1:
        raise rules.error(f, ("min_parse_ratio",), f"min_parse_ratio must be a number in (0, 1], got {ratio!r}")
    years = cfg.get("epoch_years", [1990, 2100])
    if not (isinstance(years, list) and len(years) == 2 and all(isinstance(y, int) and not isinstance(y, bool) for y in years)
            and 1970 <= years[0] < years[1] <= 2300):
        raise rules.error(f, ("epoch_years",), f"epoch_years must be [first, last] years between 1970 and 2300, got {years!r}")
    order = cfg.get("day_month_order", "auto")
    if order not in ("auto", "dmy", "mdy"):
        raise rules.error(f, ("day_month_order",), f"day_month_order must be auto, dmy or mdy, got {order!r}")
    in_db = cfg.get("age_in_database", "sampled")
    if in_db not in ("sampled", "always", "never"):
        raise rules.error(f, ("age_in_database",), f"age_in_database must be sampled, always or never, got {in_db!r}")
    return TimestampConfig(
        in_database=in_db,
        hints=hint_list(hints),
        exclude=hint_list(exclude),
        min_ratio=float(ratio),
        years=(int(years[0]), int(years[1])),
        day_month=order,
    )


def cached_timestamp_config(rules: Rules) -> TimestampConfig:
    """Parsed once per Rules: a tracker is made for every shard."""
    cfg = rules.__dict__.get("_timestamp_config")
    if cfg is None:
        cfg = rules.__dict__["_timestamp_config"] = parse_timestamp_config(rules)
    return cfg


@dataclass
class FieldAges:
    """Partial ages of one field; merges associatively with another shard's."""

    values: int = 0  # non-blank values seen
    days: Counter = dc_field(default_factory=Counter)  # UTC day -> values (unambiguous forms)
    forms: Counter = dc_field(default_factory=Counter)  # form -> values parsed
    dmy: Counter = dc_field(default_factory=Counter)  # day/month-ambiguous values read day first
    mdy: Counter = dc_field(default_factory=Counter)
    yearless: Counter = dc_field(default_factory=Counter)  # syslog month*100+day -> values

    def merge(self, other: FieldAges) -> None:
        self.values += other.values
        for mine, theirs in ((self.days, other.days), (self.forms, other.forms), (self.dmy, other.dmy),
                             (self.mdy, other.mdy), (self.yearless, other.yearless)):
            mine.update(theirs)

    def add(self, arr: pa.Array, years: tuple[int, int]) -> None:
        if pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type):
            blank = pc.fill_null(pc.equal(pc.utf8_trim_whitespace(arr), ""), True)
            self.values += len(arr) - (pc.sum(blank).as_py() or 0)
        else:
            self.values += len(arr) - arr.null_count
        p = parse_days(arr, years)
        self.forms.update(p.forms)
        _count_into(self.days, p.days)
        if p.dmy is not None:
            _count_into(self.dmy, p.dmy)
            _count_into(self.mdy, p.mdy)
        if p.yearless is not None:
            _count_into(self.yearless, p.yearless)

    def resolve(self, as_of: dt.date, day_month: str = "auto") -> Resolved:
        days = Counter(self.days)
        notes = []
        order = None
        if self.dmy or self.mdy:
            n_dmy, n_mdy = sum(self.dmy.values()), sum(self.mdy.values())
            if day_month in ("dmy", "mdy"):
                order = day_month
            elif n_dmy > n_mdy:
                order = "dmy"
            elif n_mdy > n_dmy:
                order = "mdy"
            elif self.dmy == self.mdy:
                order = "dmy"  # every value reads the same both ways (04/04/2021)
            else:
                notes.append(f"{n_dmy} dates like 03/04/2021 read both day-first and month-first: not used")
            if order:
                days.update(self.dmy if order == "dmy" else self.mdy)
                if day_month == "auto" and self.dmy != self.mdy:
                    notes.append(f"day/month order {'day-first' if order == 'dmy' else 'month-first'} decided from the values")
        for md, n in self.yearless.items():
            day = yearless_to_day(md, as_of)
            if day is not None:
                days[day] += n
        if self.yearless:
            notes.append("syslog times carry no year: each is dated in the latest year not after as_of")
        return Resolved(days=dict(days), parsed=sum(days.values()), values=self.values, order=order, notes=notes)

    @property
    def db_form(self) -> str | None:
        """The one form a database could compute the same days for, if any."""
        forms = set(self.forms)
        if len(forms) == 1 and not self.dmy and not self.yearless:
            (form,) = forms
            return form if form in DB_FORMS else None
        return None


def _count_into(counter: Counter, days: pa.Array) -> None:
    if len(days) == days.null_count:
        return
    vc = pc.value_counts(days.drop_null())
    for d, n in zip(vc.field("values").to_pylist(), vc.field("counts").to_pylist()):
        counter[d] += n


@dataclass
class Resolved:
    days: dict[int, int]
    parsed: int
    values: int
    order: str | None = None
    notes: list[str] = dc_field(default_factory=list)
    basis: str = "scan"  # scan | database

    @property
    def ratio(self) -> float:
        return self.parsed / self.values if self.values else 0.0


@dataclass
class RecordAges:
    """What the policy needs to age a container: the chosen field and its days."""

    field: str | None
    ages: Resolved
    forms: dict[str, int]
    candidates: list[dict[str, Any]]


class TimestampTracker:
    """Collects day histograms for the fields that may date a container's records."""

    def __init__(self, rules: Rules | None = None, day_counts: DayCounts | None = None, config: TimestampConfig | None = None,
                 sampled: Callable[[], bool] | None = None):
        self.cfg = config or cached_timestamp_config(rules)
        self.day_counts = day_counts
        self.sampled = sampled  # asked at the end: did the scan skip records of this container?
        self.fields: dict[str | None, FieldAges] = {}
        self._rank: dict[str | None, int] = {}
        self._rejected: set[str] = set()
        self._pending: dict[str, int] = {}  # unhinted fields still being probed -> values seen

    # -- per batch ---------------------------------------------------------------
    def _hint_rank(self, name: str, arr: pa.Array) -> int | None:
        toks = tokens(name)
        if any_hint(toks, self.cfg.exclude):
            return None
        rank = self.cfg.hints.first_index(toks)
        if rank is not None:
            return rank
        if pa.types.is_timestamp(arr.type) or pa.types.is_date(arr.type) or any(t in _TIME_WORDS for t in toks):
            return len(self.cfg.hints)
        return -2  # no hint: tried by its values

    def update(self, batch: Batch) -> None:
        if batch.timestamp is not None:
            key = batch.timestamp_field or LINE_FIELD
            self._rank.setdefault(key, -1)
            self.fields.setdefault(key, FieldAges()).add(_arr(batch.timestamp), self.cfg.years)
            return
        for name in batch.fields:
            if name in self._rejected:
                continue
            arr = _arr(batch.table.column(name))
            if name not in self._rank:
                rank = self._hint_rank(name, arr)
                if rank is None or not _may_hold_dates(arr.type):
                    self._rejected.add(name)
                    continue
                if rank == -2:
                    if not self._probe(name, arr):
                        continue
                    rank = len(self.cfg.hints) + 1
                self._rank[name] = rank
            self.fields.setdefault(name, FieldAges()).add(arr, self.cfg.years)

    def _probe(self, name: str, arr: pa.Array) -> bool:
        """An unhinted field becomes a candidate when its first values are mostly dates
        with a time of day (bare dates are too often birthdays or due dates)."""
        if not (pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type)):
            self._rejected.add(name)
            return False
        nonblank = pc.sum(pc.fill_null(pc.not_equal(pc.utf8_trim_whitespace(arr), ""), False)).as_py() or 0
        if nonblank < _PROBE_MIN_VALUES:
            seen = self._pending.get(name, 0) + nonblank
            self._pending[name] = seen
            if seen >= 10 * _PROBE_MIN_VALUES:
                self._rejected.add(name)
            return False
        # cheap first: most fields have no time of day at all
        with_time = pc.sum(pc.fill_null(pc.match_substring_regex(arr, r"\d{1,2}:\d{2}"), False)).as_py() or 0
        if with_time / nonblank < self.cfg.min_ratio:
            self._rejected.add(name)
            return False
        probe = FieldAges()
        probe.add(arr, self.cfg.years)
        parsed = sum(probe.days.values()) + sum(probe.yearless.values())
        if probe.values and parsed / probe.values >= self.cfg.min_ratio:
            self._pending.pop(name, None)
            return True
        self._rejected.add(name)
        return False

    def merge(self, other: TimestampTracker) -> None:
        for key, fa in other.fields.items():
            self.fields.setdefault(key, FieldAges()).merge(fa)
            self._rank.setdefault(key, other._rank[key])

    # -- end of container --------------------------------------------------------
    def record_ages(self, as_of: dt.date) -> RecordAges | None:
        """The best field (hint order, then values) whose values mostly parse, with its
        days: from the store's own aggregate query when it can answer at least as fully."""
        candidates = []
        usable = []
        for key, fa in self.fields.items():
            res = fa.resolve(as_of, self.cfg.day_month)
            ok = res.values > 0 and res.ratio >= self.cfg.min_ratio
            candidates.append({"field": _show(key), "values": res.values, "parsed": res.parsed, "forms": dict(fa.forms), "usable": ok})
            if ok:
                usable.append((self._rank[key], key, fa, res))
        candidates.sort(key=lambda c: (not c["usable"], self._rank.get(c["field"] if c["field"] is not None else LINE_FIELD, 99)))
        if not usable:
            return None
        usable.sort(key=lambda x: (x[0], str(x[1])))
        _, key, fa, res = usable[0]
        if self._ask_store() and key not in (None, LINE_FIELD) and fa.db_form:
            db = self._from_store(key, fa.db_form)
            if db is not None and db.values and db.ratio >= self.cfg.min_ratio and db.parsed >= res.parsed:
                db.notes = res.notes
                res = db
        return RecordAges(field=key, ages=res, forms=dict(fa.forms), candidates=candidates)

    def _ask_store(self) -> bool:
        """The store's own count adds nothing when the scan read every record (it parsed
        them all already, and the query would cost a second pass): by default it is
        asked for sampled scans only."""
        if self.day_counts is None or self.cfg.in_database == "never":
            return False
        return self.cfg.in_database == "always" or bool(self.sampled and self.sampled())

    def _from_store(self, field_name: str, form: str) -> Resolved | None:
        try:
            counts = self.day_counts(field_name, form, self.cfg.years)
        except Exception:  # noqa: BLE001 - the store's aggregate is an optimisation; the scan's own ages stand
            return None
        if counts is None:
            return None
        days = {int(d): int(n) for d, n in counts.items() if d is not None}
        total = sum(int(n) for n in counts.values())
        return Resolved(days=days, parsed=sum(days.values()), values=total, basis="database")


def _show(key: str | None) -> str | None:
    return None if key == LINE_FIELD else key


def _arr(col: pa.Array | pa.ChunkedArray) -> pa.Array:
    return col.combine_chunks() if isinstance(col, pa.ChunkedArray) else col


def _may_hold_dates(t: pa.DataType) -> bool:
    if pa.types.is_dictionary(t):
        t = t.value_type
    return (
        pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_timestamp(t) or pa.types.is_date(t)
        or pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_decimal(t)
    )


def cutoff_day(as_of: dt.date, limit_days: int) -> int:
    """Records dated before this UTC day are older than the limit."""
    return (as_of - EPOCH).days - limit_days


def count_older(days: dict[int, int], as_of: dt.date, limit_days: int) -> tuple[int, int | None]:
    """Records older than `as_of - limit_days`, and the oldest day seen."""
    cutoff = cutoff_day(as_of, limit_days)
    older = sum(n for d, n in days.items() if d < cutoff)
    oldest = min(days) if days else None
    return older, oldest
