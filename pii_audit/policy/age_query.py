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
The query is a plain SELECT: nothing is ever written.
"""
from __future__ import annotations

import datetime as dt

EPOCH = dt.date(1970, 1, 1)
DIALECTS = ("sqlite", "postgresql", "mysql")


def _bounds(years: tuple[int, int]) -> tuple[int, int]:
    lo = (dt.date(years[0], 1, 1) - EPOCH).days * 86400
    hi = (dt.date(years[1], 1, 1) - EPOCH).days * 86400
    return lo, hi


def _epoch_day(secs_expr: str, years: tuple[int, int], floor: str) -> str:
    """SQL: seconds / ms / us (by magnitude) -> day, NULL outside `years`."""
    lo, hi = _bounds(years)
    secs = (
        f"(CASE WHEN x >= {hi * 1000}.0 THEN x / 1000000.0 WHEN x >= {hi}.0 THEN x / 1000.0 ELSE x END)"
    )
    inner = f"(SELECT {secs_expr} AS x FROM {{src}}) xs"
    return (
        f"SELECT CASE WHEN s >= {lo} AND s < {hi} THEN {floor.format('s / 86400.0')} END AS d "
        f"FROM (SELECT {secs} AS s FROM {inner}) ss"
    )


def day_counts_sql(dialect: str, table: str, column: str, form: str, years: tuple[int, int] = (1990, 2100),
                   numeric: bool | None = None) -> str | None:
    """SELECT d, COUNT(*) ... GROUP BY d for `table`.`column` (both already quoted for
    the dialect), or None when this dialect cannot compute `form`. `numeric`: the column
    has a number type (PostgreSQL/MySQL read it without going through text)."""
    c = column
    if dialect == "sqlite":
        src = f"{table} WHERE {c} IS NOT NULL AND trim({c}) <> ''"
        if form == "epoch":
            txt = f"trim({c})"
            secs = (
                f"CASE WHEN typeof({c}) IN ('integer', 'real') THEN CAST({c} AS REAL) "
                f"WHEN typeof({c}) = 'text' AND {txt} GLOB '[0-9]*' AND {txt} NOT GLOB '*[^0-9.]*' "
                f"AND length({txt}) - length(replace({txt}, '.', '')) <= 1 THEN CAST({txt} AS REAL) END"
            )
            body = _epoch_day(secs, years, "CAST({} AS INTEGER)")
        elif form in ("iso", "native"):
            # SQLite has no date type: its "native" dates are ISO text the source read as
            # dates. strftime('%s') applies a written '+hh:mm' offset; the written forms it
            # does not read are normalised first (',123', ' UTC', '+hhmm', a space before
            # the offset). A bare number would be a Julian day; 02-30 would roll over to
            # 03-01, so the date part must read back unchanged.
            t = "t"
            a = f"replace({t}, ',', '.')"
            b = (f"CASE WHEN {a} LIKE '% UTC' OR {a} LIKE '% GMT' THEN substr({a}, 1, length({a}) - 4) || 'Z' "
                 f"WHEN {a} LIKE '%UTC' OR {a} LIKE '%GMT' THEN substr({a}, 1, length({a}) - 3) || 'Z' ELSE {a} END")
            norm = (f"replace(replace(CASE WHEN length({t}) >= 16 AND substr({t}, -5, 1) IN ('+', '-') "
                    f"THEN substr({b}, 1, length({b}) - 2) || ':' || substr({b}, -2) ELSE {b} END, ' +', '+'), ' -', '-')")
            secs = (
                f"CASE WHEN {t} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' "
                f"AND date(substr({t}, 1, 10), '+0 days') = substr({t}, 1, 10) THEN CAST(strftime('%s', {norm}) AS INTEGER) END"
            )
            body = (
                f"SELECT CASE WHEN s IS NOT NULL THEN (s - ((s % 86400) + 86400) % 86400) / 86400 END AS d "
                f"FROM (SELECT {secs} AS s FROM (SELECT CASE WHEN typeof({c}) = 'text' THEN trim({c}) END AS t FROM {{src}}) tt) ss"
            )
    elif dialect == "postgresql":
        src = f"{table} WHERE {c} IS NOT NULL AND btrim({c}::text) <> ''"
        if form == "native":
            # infinity has no day (the scan reads it as NULL)
            body = f"SELECT CASE WHEN isfinite({c}) THEN floor(extract(epoch FROM {c}) / 86400)::bigint END AS d FROM {{src}}"
        elif form == "epoch":
            secs = (
                f"{c}::double precision" if numeric
                else f"CASE WHEN btrim({c}::text) ~ '^[0-9]{{9,16}}([.][0-9]+)?$' THEN btrim({c}::text)::double precision END"
            )
            body = _epoch_day(secs, years, "floor({})::bigint")
        elif form == "iso":
            # the scan's strict ISO layout; a zone (Z, UTC, GMT, +hh:mm, +hhmm) only after a time
            date = r"[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.,][0-9]{1,9})?)?)?"
            zoned = r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.,][0-9]{1,9})?)? ?(Z|UTC|GMT|[+-][0-9]{2}:?[0-9]{2})"
            # an impossible date (02-30, month 13) would abort the query: refused first, in order
            month_end = "extract(day FROM (substr(t, 1, 7) || '-01')::date + interval '1 month - 1 day')"
            secs = (
                f"CASE WHEN NOT (t ~ '^{date}$' OR t ~ '^{zoned}$') THEN NULL "
                f"WHEN substr(t, 6, 2)::int NOT BETWEEN 1 AND 12 THEN NULL "
                f"WHEN substr(t, 9, 2)::int NOT BETWEEN 1 AND {month_end} THEN NULL "
                f"WHEN t ~ '^{date}$' THEN extract(epoch FROM replace(t, ',', '.')::timestamp) "
                f"ELSE extract(epoch FROM replace(t, ',', '.')::timestamptz) END"
            )
            body = f"SELECT floor(s / 86400)::bigint AS d FROM (SELECT {secs} AS s FROM (SELECT btrim({c}::text) AS t FROM {{src}}) tt) ss"
        else:
            return None
    elif dialect == "mysql":
        src = f"{table} WHERE {c} IS NOT NULL AND TRIM(CAST({c} AS CHAR)) <> ''"
        if form == "native":
            body = f"SELECT DATEDIFF({c}, '1970-01-01') AS d FROM {{src}}"
        elif form == "epoch":
            t = f"TRIM(CAST({c} AS CHAR))"
            secs = f"({c} + 0.0)" if numeric else f"CASE WHEN {t} REGEXP '^[0-9]{{9,16}}([.][0-9]+)?$' THEN ({t} + 0.0) END"
            body = _epoch_day(secs, years, "FLOOR({})")
        elif form == "iso":
            # 'YYYY-MM-DD[ T]HH:MM[:SS[.fff]]' with an optional Z / UTC / +hh:mm / +hhmm;
            # the offset moves the day to UTC as in the scan (MySQL has no zone-aware parse).
            iso = ("'^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.,][0-9]{1,9})?)?"
                   "( ?(Z|UTC|GMT|[+-][0-9]{2}:?[0-9]{2}))?)?$'")
            tail = "RIGHT(REPLACE(t, ':', ''), 5)"
            off = f"(CASE LEFT({tail}, 1) WHEN '-' THEN -1 ELSE 1 END) * (SUBSTRING({tail}, 2, 2) * 60 + SUBSTRING({tail}, 4, 2))"
            shift = (f"CASE WHEN LENGTH(t) >= 16 AND t REGEXP '[+-][0-9]{{2}}:?[0-9]{{2}}$' "
                     f"THEN FLOOR((SUBSTRING(t, 12, 2) * 60 + SUBSTRING(t, 15, 2) - {off}) / 1440) ELSE 0 END")
            body = (
                f"SELECT CASE WHEN t REGEXP {iso} THEN DATEDIFF(LEFT(t, 10), '1970-01-01') + {shift} END AS d "
                f"FROM (SELECT TRIM(CAST({c} AS CHAR)) AS t FROM {{src}}) tt"
            )
    else:
        return None
    return f"SELECT d, COUNT(*) AS n FROM ({body.replace('{src}', src)}) q GROUP BY d"


def to_day_counts(rows) -> dict[int | None, int]:
    """Rows of (day, count) -> {day: count}; day None for values the store could not read."""
    out: dict[int | None, int] = {}
    for d, n in rows:
        key = None if d is None else int(d)
        out[key] = out.get(key, 0) + int(n)
    return out
