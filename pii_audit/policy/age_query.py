"""One aggregate query that ages a field inside the store: {UTC day since 1970: rows}.

Sources that can run SQL expose `Container.day_counts(field, form, years)` and build
the query here, so the day arithmetic lives beside the Python parser it must agree
with (timeparse.py). Forms:

- native: DATE / TIMESTAMP / TIMESTAMPTZ columns (PostgreSQL, MySQL).
- epoch:  seconds, milliseconds or microseconds since 1970, as numbers or digit text,
          accepted inside `years` like the Python side.
- iso:    'YYYY-MM-DD[ T]HH:MM[:SS[.fff]][Z|+hh:mm]' text; offsets move the day to UTC.

A value the query cannot read comes back under the day NULL, so the caller sees how
complete the store's answer is and keeps its own when the store read less.
The query is a plain SELECT: nothing is ever written. tests/test_retention_sql.py
checks every dialect against the Python parser, value for value.
"""
from __future__ import annotations

import datetime as dt

EPOCH = dt.date(1970, 1, 1)
DIALECTS = ("sqlite", "postgresql", "mysql")
# Keeps each layer a real subquery: inlined, an expression would run once per reference.
_FENCE = {"sqlite": " LIMIT -1 OFFSET 0", "postgresql": " OFFSET 0", "mysql": " LIMIT 18446744073709551615"}


def _bounds(years: tuple[int, int]) -> tuple[int, int]:
    lo = (dt.date(years[0], 1, 1) - EPOCH).days * 86400
    hi = (dt.date(years[1], 1, 1) - EPOCH).days * 86400
    return lo, hi


def _layered(dialect: str, table: str, where: str, first: str, steps: list[tuple[str, str]]) -> str:
    """SELECT `first` AS v from the table, then one computed column per layer (each from
    the columns before it, computed once per row); the last step is the day `d`."""
    fence = _FENCE[dialect]
    q = f"SELECT {first} AS v FROM {table} WHERE {where}"
    for i, (name, expr) in enumerate(steps):
        q = f"SELECT l{i}.*, {expr} AS {name} FROM ({q}{fence}) l{i}"
    return f"SELECT d, COUNT(*) AS n FROM ({q}{fence}) q GROUP BY d"


def _epoch_steps(years: tuple[int, int], floor: str) -> list[tuple[str, str]]:
    """x (a number) -> s (seconds: ms and us by magnitude) -> d, NULL outside `years`."""
    lo, hi = _bounds(years)
    return [
        ("s", f"CASE WHEN x >= {hi * 1000}.0 THEN x / 1000000.0 WHEN x >= {hi}.0 THEN x / 1000.0 ELSE x END"),
        ("d", f"CASE WHEN s >= {lo} AND s < {hi} THEN {floor.format('s / 86400.0')} END"),
    ]


# The scan's strict ISO layout (timeparse._STRICT_ISO); a zone only after a time.
_ISO_ANY = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.,][0-9]{1,9})?)?( ?(Z|UTC|GMT|[+-][0-9]{2}:?[0-9]{2}))?)?$"
_EPOCH_TEXT = r"^[0-9]{9,16}([.][0-9]+)?$"


def _sqlite(table: str, c: str, form: str, years: tuple[int, int]) -> str | None:
    where = f"{c} IS NOT NULL AND trim({c}) <> ''"
    if form == "epoch":
        steps = [
            ("x", "CASE WHEN typeof(v) IN ('integer', 'real') THEN CAST(v AS REAL) "
                  "WHEN typeof(v) = 'text' AND trim(v) GLOB '[0-9]*' AND trim(v) NOT GLOB '*[^0-9.]*' "
                  "AND length(v) - length(replace(v, '.', '')) <= 1 THEN CAST(trim(v) AS REAL) END"),
        ]
        return _layered("sqlite", table, where, c, steps + _epoch_steps(years, "CAST({} AS INTEGER)"))
    if form in ("iso", "native"):
        # SQLite has no date type: its "native" dates are ISO text the source read as
        # dates. date() applies a written '+hh:mm'; the written forms it does not read are
        # normalised first (',123', ' UTC', '+hhmm', a space before the offset). A bare
        # number would be a Julian day, and 02-30 would roll over to 03-01: the date part
        # must read back unchanged. One flat expression: SQLite's layers cost more here.
        t = f"trim({c})"
        b = f"replace(replace(replace(replace(replace({t}, ',', '.'), ' UTC', 'Z'), ' GMT', 'Z'), 'UTC', 'Z'), 'GMT', 'Z')"
        z = (f"replace(replace(CASE WHEN length({t}) >= 16 AND substr({t}, -5, 1) IN ('+', '-') "
             f"THEN substr({b}, 1, length({b}) - 2) || ':' || substr({b}, -2) ELSE {b} END, ' +', '+'), ' -', '-')")
        d = (f"CASE WHEN typeof({c}) = 'text' AND {t} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' "
             f"AND date(substr({t}, 1, 10), '+0 days') = substr({t}, 1, 10) "
             f"THEN CAST(julianday(date({z})) - 2440587.5 AS INTEGER) END")
        return f"SELECT d, COUNT(*) AS n FROM (SELECT {d} AS d FROM {table} WHERE {where}) q GROUP BY d"
    return None


def _postgresql(table: str, c: str, form: str, years: tuple[int, int], numeric: bool | None) -> str | None:
    where = f"{c} IS NOT NULL AND btrim({c}::text) <> ''"
    if form == "native":
        # infinity has no day (the scan reads it as NULL)
        return _layered("postgresql", table, where, c,
                        [("d", "CASE WHEN isfinite(v) THEN floor(extract(epoch FROM v) / 86400)::bigint END")])
    if form == "epoch":
        x = ("x", "v::double precision") if numeric else ("x", f"CASE WHEN t ~ '{_EPOCH_TEXT}' THEN t::double precision END")
        steps = [("t", "btrim(v::text)"), x] + _epoch_steps(years, "floor({})::bigint")
        return _layered("postgresql", table, where, c, steps)
    if form == "iso":
        # One regex pass; the zone is found by position (as the scan does). An impossible
        # date (02-30, month 13) would abort the query: refused first, WHEN by WHEN.
        month_end = "extract(day FROM (substr(t, 1, 7) || '-01')::date + interval '1 month - 1 day')"
        day = "substr(t, 9, 2)::int"
        steps = [
            ("t", "btrim(v::text)"),
            ("ok", f"t ~ '{_ISO_ANY}'"),
            ("zoned", "length(t) >= 16 AND (right(t, 1) = 'Z' OR right(t, 3) IN ('UTC', 'GMT') "
                      "OR substr(t, length(t) - 5, 1) IN ('+', '-') OR substr(t, length(t) - 4, 1) IN ('+', '-'))"),
            ("s", f"CASE WHEN NOT ok THEN NULL "
                  f"WHEN substr(t, 6, 2)::int NOT BETWEEN 1 AND 12 OR {day} = 0 THEN NULL "
                  f"WHEN {day} > 28 AND {day} > {month_end} THEN NULL "
                  f"WHEN zoned THEN extract(epoch FROM replace(t, ',', '.')::timestamptz) "
                  f"ELSE extract(epoch FROM replace(t, ',', '.')::timestamp) END"),
            ("d", "floor(s / 86400)::bigint"),
        ]
        return _layered("postgresql", table, where, c, steps)
    return None


def _mysql(table: str, c: str, form: str, years: tuple[int, int], numeric: bool | None) -> str | None:
    where = f"{c} IS NOT NULL AND TRIM(CAST({c} AS CHAR)) <> ''"
    if form == "native":
        return _layered("mysql", table, where, c, [("d", "DATEDIFF(v, '1970-01-01')")])
    if form == "epoch":
        x = ("x", "(v + 0.0)") if numeric else ("x", f"CASE WHEN t REGEXP '{_EPOCH_TEXT}' THEN (t + 0.0) END")
        steps = [("t", "TRIM(CAST(v AS CHAR))"), x] + _epoch_steps(years, "FLOOR({})")
        return _layered("mysql", table, where, c, steps)
    if form == "iso":
        # MySQL reads no zone: the offset (+hh:mm / +hhmm, last 5 characters without
        # colons) moves the day to UTC here, as in the scan.
        steps = [
            ("t", "TRIM(CAST(v AS CHAR))"),
            ("ok", f"t REGEXP '{_ISO_ANY}'"),
            ("tail", "CASE WHEN LENGTH(t) >= 16 AND t REGEXP '[+-][0-9]{2}:?[0-9]{2}$' THEN RIGHT(REPLACE(t, ':', ''), 5) END"),
            ("d", "CASE WHEN ok THEN DATEDIFF(LEFT(t, 10), '1970-01-01') + CASE WHEN tail IS NULL THEN 0 ELSE "
                  "FLOOR((SUBSTRING(t, 12, 2) * 60 + SUBSTRING(t, 15, 2) - (CASE LEFT(tail, 1) WHEN '-' THEN -1 ELSE 1 END) "
                  "* (SUBSTRING(tail, 2, 2) * 60 + SUBSTRING(tail, 4, 2))) / 1440) END END"),
        ]
        return _layered("mysql", table, where, c, steps)
    return None


def day_counts_sql(dialect: str, table: str, column: str, form: str, years: tuple[int, int] = (1990, 2100),
                   numeric: bool | None = None) -> str | None:
    """SELECT d, COUNT(*) ... GROUP BY d for `table`.`column` (both already quoted for
    the dialect), or None when this dialect cannot compute `form`. `numeric`: the column
    has a number type (PostgreSQL/MySQL read it without going through text)."""
    if dialect == "sqlite":
        return _sqlite(table, column, form, years)
    if dialect == "postgresql":
        return _postgresql(table, column, form, years, numeric)
    if dialect == "mysql":
        return _mysql(table, column, form, years, numeric)
    return None


def to_day_counts(rows) -> dict[int | None, int]:
    """Rows of (day, count) -> {day: count}; day None for values the store could not read."""
    out: dict[int | None, int] = {}
    for d, n in rows:
        key = None if d is None else int(d)
        out[key] = out.get(key, 0) + int(n)
    return out
