"""What every source gives the pipeline: containers of Batches, and honest counters.

Also the helpers sources share: turning fetched rows into Arrow columns (text, native
dates, JSON walked into dotted paths), table globs, and the deterministic sample.
"""
from __future__ import annotations

import datetime as dt
import fnmatch
import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pii_audit.model import Batch

BATCH_ROWS = 8192

# How `--sample N` picks records, everywhere: N records spread evenly over the container in
# the store's order (primary key, rowid, file order): 0-based positions floor(i * T / N)
# for i = 0..N-1 of T records, the first always included. The sample spans old and new
# records alike and is the same on every run; `record` numbers stay real positions.
SAMPLE_METHOD = (
    "sampled: N records per table or file spread evenly in primary-key (or file) order, "
    "positions floor(i * records / N) for i = 0..N-1, starting with the first"
)


class SourceError(Exception):
    """The whole source cannot be read. The message is one line and holds no data value."""


@dataclass
class Container:
    name: str
    batches: Iterator[Batch]
    # Optional: ages a field inside the store with one aggregate query, so retention
    # counts every record even when sampled. Called as day_counts(field, form, years) ->
    # {UTC day since 1970, or None for values the store could not read: rows}, or None
    # when it cannot; build the SQL with pii_audit.policy.age_query.day_counts_sql.
    day_counts: Callable[[str, str, tuple[int, int]], dict[int | None, int] | None] | None = None


@dataclass(frozen=True)
class TableFilter:
    """`--include` / `--exclude` globs over table names (`schema.table`, or the bare name)."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    def allows(self, name: str) -> bool:
        def hit(globs: tuple[str, ...]) -> bool:
            bare = name.rsplit(".", 1)[-1]
            return any(fnmatch.fnmatchcase(name, g) or fnmatch.fnmatchcase(bare, g) for g in globs)

        if self.include and not hit(self.include):
            return False
        return not hit(self.exclude)


class Source:
    kind = "?"

    def __init__(self, display: str, sample: int | None = None):
        self.display = display  # what the report shows: never a password
        self.sample = sample
        self.records = 0
        self.skipped = 0
        self.containers_seen = 0
        self.sampled = False
        self.tables = TableFilter()
        # One line per container that could not be read while the rest of the source was
        # (a table without SELECT rights): the source ends as `error`, listing them.
        self.errors: list[str] = []
        self.skipped_columns: list[str] = []  # `container.column`: binary, holds no text
        self.excluded = 0  # tables left out by --include/--exclude
        self.remarks: list[str] = []  # anything else the report should mention

    def containers(self) -> Iterator[Container]:
        raise NotImplementedError

    @property
    def notes(self) -> list[str]:
        """What the report should mention without failing the source."""
        out = []
        if self.skipped_columns:
            cols = self.skipped_columns
            more = f" and {len(cols) - 10} more" if len(cols) > 10 else ""
            out.append(f"{self.display}: skipped {len(cols)} binary column(s): {', '.join(cols[:10])}{more}")
        if self.excluded:
            out.append(f"{self.display}: {self.excluded} table(s) left out by --include/--exclude")
        return out + [f"{self.display}: {r}" for r in self.remarks]

    def container_failed(self, container: str, problem: str) -> None:
        self.errors.append(f"{container}: {problem}")

    def error_summary(self) -> str | None:
        if not self.errors:
            return None
        more = f" (and {len(self.errors) - 3} more)" if len(self.errors) > 3 else ""
        return "; ".join(self.errors[:3]) + more


def records_array(first: int, n: int) -> pa.Array:
    return pa.array(range(first, first + n), pa.int64())


@dataclass(frozen=True)
class Spread:
    """N of T records spread evenly: record r (1-based) is kept when some i < N has
    floor(i * T / N) = r - 1, that is when i = ceil((r - 1) * N / T) lands back on it."""

    total: int
    n: int

    def mask(self, records: np.ndarray) -> np.ndarray:
        r = records.astype(np.int64) - 1
        return ((r * self.n + self.total - 1) // self.total) * self.total // self.n == r

    def keeps(self, record: int) -> bool:
        r = record - 1
        return ((r * self.n + self.total - 1) // self.total) * self.total // self.n == r

    def sql(self, rn: str, div: str = "/") -> str:
        """The same test in SQL over a 1-based row number (`div`: integer division)."""
        r, t, n = f"({rn} - 1)", self.total, self.n
        return f"(({r} * {n} + {t - 1}) {div} {t}) * {t} {div} {n} = {r}"


def spread(total: int, sample: int | None) -> Spread | None:
    """The sample to take, or None when the whole container fits."""
    if sample is None or total <= sample:
        return None
    return Spread(total, sample)


# -- values -> Arrow ----------------------------------------------------------------

# JSON escapes decode to lone surrogates ("\ud800"), which UTF-8 (Arrow, every report) cannot hold.
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(s: str) -> str:
    """Each lone surrogate becomes U+FFFD: one character for one, so offsets stay true."""
    return _SURROGATE.sub("\ufffd", s)


def scalar_text(v: object) -> str | None:
    if v is None or isinstance(v, (bytes, bytearray, memoryview)):
        return None  # binary carries no text we can read
    if isinstance(v, str):
        return clean_text(v)
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def text_array(values: Sequence[object]) -> pa.Array:
    """Any Python values -> strings, vectorised where Arrow can (str, int, decimal columns)."""
    try:
        return pa.array(values, pa.string())
    except (pa.ArrowTypeError, pa.ArrowInvalid, UnicodeEncodeError):
        pass
    try:
        arr = pa.array(values)
        # only where Arrow writes what str() would: whole numbers and decimals
        if pa.types.is_integer(arr.type) or pa.types.is_decimal(arr.type):
            return pc.cast(arr, pa.string())
    except (pa.ArrowTypeError, pa.ArrowInvalid, pa.ArrowNotImplementedError, OverflowError, UnicodeEncodeError):
        pass
    return pa.array([scalar_text(v) for v in values], pa.string())


def strings_table(columns: dict[str, Sequence[object]]) -> pa.Table:
    """Python values -> an all-string Arrow table (bytes are dropped: binary carries no text)."""
    return pa.table({name: text_array(values) for name, values in columns.items()})


def timestamp_array(values: Sequence[object], tz: bool) -> pa.Array:
    typ = pa.timestamp("us", tz="UTC") if tz else pa.timestamp("us")
    try:
        return pa.array(values, typ)
    except (pa.ArrowTypeError, pa.ArrowInvalid, OverflowError, ValueError):
        # MySQL zero dates and other non-dates arrive as text: no date, no guess.
        return pa.array([v if isinstance(v, dt.datetime) else None for v in values], typ)


def date_array(values: Sequence[object]) -> pa.Array:
    try:
        return pa.array(values, pa.date32())
    except (pa.ArrowTypeError, pa.ArrowInvalid, OverflowError, ValueError):
        return pa.array(
            [v.date() if isinstance(v, dt.datetime) else v if isinstance(v, dt.date) else None for v in values],
            pa.date32(),
        )


def text_to_temporal(arr: pa.Array, kind: str) -> pa.Array:
    """Date text from a store without native dates (SQLite) -> Arrow dates, when all parse."""
    target = pa.date32() if kind == "date" else pa.timestamp("us")
    for typ in (target, pa.timestamp("us", tz="UTC")):
        try:
            return pc.cast(pc.utf8_trim_whitespace(arr), typ)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            continue
    return arr


# -- JSON walked into dotted key paths -------------------------------------------------

_DATA_KEY = re.compile(r"@|^\+?[\d\s().-]{6,}$")


def _key(k: object) -> str:
    """A key that looks like a value (an email, a phone number) becomes '*': keys become
    field names in the report, and no raw value may appear there."""
    k = clean_text(str(k))
    if len(k) > 64 or _DATA_KEY.search(k):
        return "*"
    return k


MAX_DEPTH = 32  # deeper JSON stays one text value: no field explosion, no recursion limit


def flatten(obj: object, prefix: str = "", out: dict | None = None, depth: int = 0) -> dict[str, object]:
    """{"payload": {"body": "hi"}} -> {"payload.body": "hi"}; lists of scalars are joined."""
    out = {} if out is None else out
    if isinstance(obj, (dict, list)) and depth >= MAX_DEPTH:
        try:
            _put(out, prefix or "value", json.dumps(obj, ensure_ascii=False))
        except (ValueError, RecursionError):
            _put(out, prefix or "value", None)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            key = _key(k)
            flatten(v, f"{prefix}.{key}" if prefix else key, out, depth + 1)
    elif isinstance(obj, list):
        if all(not isinstance(x, (dict, list)) for x in obj):
            _put(out, prefix or "value", " ".join(t for t in map(scalar_text, obj) if t is not None))
        else:
            for i, x in enumerate(obj):
                flatten(x, f"{prefix}.{i}" if prefix else str(i), out, depth + 1)
    else:
        _put(out, prefix or "value", obj)
    return out


def _put(out: dict, key: str, value: object) -> None:
    if key in out and out[key] is not None and value is not None:
        out[key] = f"{scalar_text(out[key])} {scalar_text(value)}"  # two '*' keys in one object
    else:
        out[key] = value


def json_value(v: object) -> object:
    """A decoded JSON document, or the value itself when it is not JSON text."""
    if isinstance(v, (str, bytes, bytearray)):
        try:
            return json.loads(v)
        except (ValueError, RecursionError):
            return v.decode("utf-8", "replace") if isinstance(v, (bytes, bytearray)) else v
    return v


def looks_like_json(arr: pa.Array) -> bool:
    """Every non-empty value is a JSON object or array (a text column holding documents)."""
    trimmed = pc.utf8_trim_whitespace(arr.drop_null())
    trimmed = trimmed.filter(pc.greater(pc.utf8_length(trimmed), 0))
    if not len(trimmed):
        return False
    starts = pc.or_(pc.starts_with(trimmed, "{"), pc.starts_with(trimmed, "["))
    if not pc.all(starts).as_py():
        return False
    try:
        for v in trimmed.to_pylist():
            json.loads(v)
    except (ValueError, RecursionError):
        return False
    return True


def json_columns(name: str, values: Sequence[object]) -> dict[str, list[object]]:
    rows = [flatten(json_value(v), name) if v is not None else {} for v in values]
    keys: dict[str, None] = {}
    for r in rows:
        keys.update(dict.fromkeys(r))
    if not keys:  # all NULL: the column stays, so the table keeps its rows
        return {name: [None] * len(rows)}
    return {k: [r.get(k) for r in rows] for k in keys}


# -- rows of a database table -> one Batch table ------------------------------------------

# Column kinds a source declares from the store's own types.
TEXT, TIMESTAMP, TIMESTAMPTZ, DATE, JSON, ARRAY = "text", "timestamp", "timestamptz", "date", "json", "array"


class TableBuilder:
    """Turns fetched row tuples into an Arrow table, one container at a time.

    Native dates stay Arrow dates (retention reads them); JSON documents (declared, or text
    whose values all are JSON objects/arrays in the first batch) become dotted fields;
    everything else becomes text. `text_dates` marks text columns declared as dates (SQLite).
    """

    def __init__(self, names: list[str], kinds: list[str], text_dates: dict[str, str] | None = None):
        self.names = names
        self.kinds = list(kinds)
        self.text_dates = text_dates or {}
        self._sniffed = False

    def build(self, rows: Sequence[Sequence[object]]) -> pa.Table:
        columns = list(zip(*rows)) if rows else [() for _ in self.names]
        out: dict[str, pa.Array] = {}
        for i, (name, values) in enumerate(zip(self.names, columns)):
            kind = self.kinds[i]
            if kind == TIMESTAMP or kind == TIMESTAMPTZ:
                out[name] = timestamp_array(values, kind == TIMESTAMPTZ)
            elif kind == DATE:
                out[name] = date_array(values)
            elif kind == JSON or kind == ARRAY:
                for key, vals in json_columns(name, values).items():
                    out[key] = text_array(vals)
            else:
                arr = text_array(values)
                if not self._sniffed and looks_like_json(arr):
                    self.kinds[i] = JSON
                    for key, vals in json_columns(name, values).items():
                        out[key] = text_array(vals)
                    continue
                if name in self.text_dates:
                    arr = text_to_temporal(arr, self.text_dates[name])
                out[name] = arr
        self._sniffed = True
        return pa.table(out) if out else pa.table({})
