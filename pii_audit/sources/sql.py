"""PostgreSQL and MySQL/MariaDB through SQLAlchemy (psycopg 3, PyMySQL).

Read-only throughout: every session is set read-only when it connects, and each table is
read in its own `READ ONLY` transaction that is rolled back, never committed (a table's
locks last only while it is read). Rows stream through server-side cursors in large
fetches. Containers are `schema.table` (for MySQL the schema is the database): every
ordinary and partitioned table outside the system schemas, never views or foreign tables
(a foreign table would reach another server). Rows come in primary-key order, so
`record` is a row's 1-based position in that order; a table without a primary key is
read in its physical order.
"""
from __future__ import annotations

import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field

import pyarrow as pa
from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from pii_audit.model import Batch
from pii_audit.policy.age_query import day_counts_sql, to_day_counts
from pii_audit.sources.base import (
    ARRAY,
    BATCH_ROWS,
    DATE,
    JSON,
    TEXT,
    TIMESTAMP,
    TIMESTAMPTZ,
    Container,
    Source,
    SourceError,
    TableBuilder,
    Spread,
    spread,
)

DRIVERS = {
    "postgresql": "postgresql+psycopg",
    "postgres": "postgresql+psycopg",
    "postgres+psycopg": "postgresql+psycopg",
    "mysql": "mysql+pymysql",
    "mariadb": "mariadb+pymysql",
}
CONNECT_TIMEOUT_S = 15
# A table locked by someone else's schema change is reported, not waited on forever.
PG_LOCK_TIMEOUT = "60s"
RN = "pii_audit_rn"

_PG_TABLES = """
SELECT n.nspname, c.relname, a.attname,
       COALESCE(bt.typname, t.typname), COALESCE(bt.typcategory, t.typcategory), et.typname
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_type bt ON t.typtype = 'd' AND bt.oid = t.typbasetype
LEFT JOIN pg_catalog.pg_type et ON COALESCE(bt.typcategory, t.typcategory) = 'A'
     AND et.oid = COALESCE(bt.typelem, t.typelem)
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp_)'
ORDER BY n.nspname, c.relname, a.attnum
"""
_PG_KEYS = """
SELECT n.nspname, c.relname, a.attname
FROM pg_catalog.pg_constraint k
JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS u(attnum, ord)
JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum
WHERE k.contype = 'p'
ORDER BY n.nspname, c.relname, u.ord
"""
_MY_SYSTEM = "('mysql', 'information_schema', 'performance_schema', 'sys')"
_MY_TABLES = """
SELECT c.table_schema, c.table_name, c.column_name, c.data_type, c.column_type, NULL
FROM information_schema.columns c
JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
WHERE t.table_type = 'BASE TABLE' AND {where}
ORDER BY c.table_schema, c.table_name, c.ordinal_position
"""
_MY_KEYS = """
SELECT table_schema, table_name, column_name FROM information_schema.key_column_usage
WHERE constraint_name = 'PRIMARY' AND {where}
ORDER BY table_schema, table_name, ordinal_position
"""
_MY_BINARY = {"blob", "tinyblob", "mediumblob", "longblob", "binary", "varbinary", "bit", "geometry", "point",
              "linestring", "polygon", "multipoint", "multilinestring", "multipolygon", "geometrycollection"}
_PG_BINARY = {"bytea"}

# Error texts by code: a driver's own message may quote a value, these never do.
_PG_STATES = {
    "42501": "permission denied",
    "42P01": "table no longer exists",
    "57014": "query cancelled (statement timeout)",
    "55P03": "table is locked (lock timeout)",
    "40001": "serialization failure",
    "25006": "refused a write in a read-only transaction",
    "53100": "server out of disk space",
    "53200": "server out of memory",
    "3D000": "database does not exist",
    "28000": "authentication failed",
    "28P01": "authentication failed",
}
_PG_CLASSES = {"08": "connection lost", "57": "server shut down or cancelled the query", "22": "a value could not be converted"}
_MY_ERRNO = {
    1142: "permission denied",
    1143: "permission denied (columns)",
    1044: "access denied to the database",
    1045: "authentication failed",
    1049: "database does not exist",
    1146: "table no longer exists",
    1205: "lock wait timeout",
    1792: "refused a write in a read-only transaction",
    2002: "cannot connect",
    2003: "cannot connect",
    2006: "connection lost",
    2013: "connection lost",
    3024: "query cancelled (statement timeout)",
}


@dataclass
class Table:
    schema: str
    name: str
    columns: list[tuple[str, str | None]] = field(default_factory=list)  # (name, kind or None: binary)
    key: list[str] = field(default_factory=list)

    @property
    def container(self) -> str:
        return f"{self.schema}.{self.name}"


def engine_url(url: str) -> URL:
    """The URL with a driver we ship (psycopg 3, PyMySQL) when it names none."""
    u = make_url(url)
    if u.drivername in DRIVERS:
        u = u.set(drivername=DRIVERS[u.drivername])
    return u


def db_problem(exc: BaseException) -> str:
    """A one-line reason from the error's code; never the driver's text (it may quote data)."""
    orig = getattr(exc, "orig", None) or exc
    args = getattr(orig, "args", ())
    if args and isinstance(args[0], int):  # PyMySQL: (errno, message)
        return _MY_ERRNO.get(args[0], f"database error (MySQL error {args[0]})")
    code = getattr(orig, "sqlstate", None)
    if code:
        return _PG_STATES.get(code) or _PG_CLASSES.get(code[:2]) or f"database error (SQLSTATE {code})"
    return f"database error ({orig.__class__.__name__})"


def connect_problem(exc: BaseException, password: str | None) -> str:
    """Why a connection failed. Nothing has been read yet, so the driver's first line is safe
    once any password is cut out of it."""
    orig = getattr(exc, "orig", None) or exc
    args = getattr(orig, "args", ())
    text = str(args[1]) if len(args) > 1 and isinstance(args[0], int) else str(orig)
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "") or db_problem(exc)
    for prefix in ("connection failed:", "connection is bad:"):
        line = line.removeprefix(prefix).strip()
    if password:
        line = line.replace(password, "***")
    return line[:200]


class SqlSource(Source):
    def __init__(self, url: str, display: str, sample: int | None = None):
        super().__init__(display, sample)
        self.url = url
        try:
            self._url: URL | None = engine_url(url)
            backend = self._url.get_backend_name()
        except (ArgumentError, ValueError):
            self._url, backend = None, url.split(":", 1)[0].split("+", 1)[0].lower()
        self.postgres = backend in ("postgresql", "postgres")
        self.kind = "postgresql" if self.postgres else "mysql"

    # -- connecting ---------------------------------------------------------------------
    def _engine(self) -> Engine:
        if self._url is None:
            raise SourceError("not a valid database URL")
        args: dict[str, object] = {"connect_timeout": CONNECT_TIMEOUT_S}
        if self.postgres:
            args["application_name"] = "pii-audit"
        elif "charset" not in self._url.query:
            args["charset"] = "utf8mb4"
        try:
            engine = create_engine(self._url, poolclass=NullPool, connect_args=args)
        except (NoSuchModuleError, ArgumentError, ImportError) as exc:
            raise SourceError(f"unsupported database URL ({exc.__class__.__name__})") from None
        event.listen(engine, "connect", self._on_connect)
        return engine

    def _on_connect(self, dbapi_conn, _record) -> None:
        """Every transaction of the session is read-only, whatever runs on it."""
        if self.postgres:
            dbapi_conn.read_only = True
        else:
            with dbapi_conn.cursor() as cur:
                cur.execute("SET SESSION TRANSACTION READ ONLY")

    def _begin(self, conn: Connection) -> None:
        if self.postgres:
            conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{PG_LOCK_TIMEOUT}'")
            # no primary key: physical order, the same on every run
            conn.exec_driver_sql("SET LOCAL synchronize_seqscans = off")
            conn.exec_driver_sql("SET LOCAL max_parallel_workers_per_gather = 0")
        else:
            conn.exec_driver_sql("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY")

    def containers(self) -> Iterator[Container]:
        engine = self._engine()
        try:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    conn = engine.connect()
            except (DBAPIError, SQLAlchemyError, OSError) as exc:
                raise SourceError(f"cannot connect: {connect_problem(exc, self._url.password)}") from None
            with conn:
                try:
                    tables = self._catalog(conn)
                except (DBAPIError, SQLAlchemyError) as exc:
                    raise SourceError(f"cannot list tables: {db_problem(exc)}") from None
                for table in tables:
                    if not self.tables.allows(table.container):
                        self.excluded += 1
                        continue
                    self.containers_seen += 1
                    yield Container(table.container, self._batches(conn, table), day_counts=self._day_counter(engine, table))
        finally:
            engine.dispose()

    # -- catalog ------------------------------------------------------------------------
    def _catalog(self, conn: Connection) -> list[Table]:
        self._begin(conn)
        try:
            if self.postgres:
                cols, keys = conn.exec_driver_sql(_PG_TABLES).fetchall(), conn.exec_driver_sql(_PG_KEYS).fetchall()
            else:
                where = "{col} = DATABASE()" if self._url.database else "{col} NOT IN " + _MY_SYSTEM
                cols = conn.exec_driver_sql(_MY_TABLES.format(where=where.format(col="c.table_schema"))).fetchall()
                keys = conn.exec_driver_sql(_MY_KEYS.format(where=where.format(col="table_schema"))).fetchall()
        finally:
            conn.rollback()
        tables: dict[tuple[str, str], Table] = {}
        for schema, name, column, typ, cat, elem in cols:
            t = tables.setdefault((schema, name), Table(schema, name))
            t.columns.append((column, self._kind(str(typ).lower(), cat, elem)))
        for schema, name, column in keys:
            if (schema, name) in tables:
                tables[(schema, name)].key.append(column)
        return list(tables.values())

    def _kind(self, typ: str, cat: object, elem: str | None) -> str | None:
        if self.postgres:
            if typ in _PG_BINARY or (cat == "A" and elem in _PG_BINARY):
                return None
            if cat == "A":
                return ARRAY
            return {"json": JSON, "jsonb": JSON, "date": DATE, "timestamp": TIMESTAMP,
                    "timestamptz": TIMESTAMPTZ}.get(typ, TEXT)
        if typ in _MY_BINARY:
            return None
        return {"json": JSON, "date": DATE, "datetime": TIMESTAMP, "timestamp": TIMESTAMP}.get(typ, TEXT)

    # -- retention's aggregate query ------------------------------------------------------
    def _day_counter(self, engine: Engine, table: Table):
        """Ages a column in the database (policy/age_query.py), in its own read-only
        transaction on its own connection: the policy may ask after the scan moved on."""

        def day_counts(column: str, form: str, years: tuple[int, int]) -> dict[int | None, int] | None:
            if dict(table.columns).get(column) is None:  # a JSON path or a binary column
                return None
            try:
                with engine.connect() as conn:
                    self._begin(conn)
                    try:
                        src = f"{self._q(conn, table.schema)}.{self._q(conn, table.name)}"
                        sql = day_counts_sql("postgresql" if self.postgres else "mysql", src, self._q(conn, column), form, years)
                        return None if sql is None else to_day_counts(conn.exec_driver_sql(sql).fetchall())
                    finally:
                        conn.rollback()
            except (DBAPIError, SQLAlchemyError, OSError):
                return None

        return day_counts

    # -- reading ------------------------------------------------------------------------
    def _q(self, conn: Connection, name: str) -> str:
        return conn.dialect.identifier_preparer.quote_identifier(name)

    def _windows(self, conn: Connection) -> bool:
        """ROW_NUMBER() is there: PostgreSQL, MySQL 8, MariaDB 10.2."""
        if self.postgres:
            return True
        version = conn.dialect.server_version_info or (0,)
        return version >= ((10, 2) if getattr(conn.dialect, "is_mariadb", False) else (8, 0))

    def _batches(self, conn: Connection, table: Table) -> Iterator[Batch]:
        try:
            yield from self._read(conn, table)
        except (DBAPIError, SQLAlchemyError) as exc:
            if getattr(exc, "connection_invalidated", False):
                raise SourceError(f"{table.container}: {db_problem(exc)}") from None
            self.container_failed(table.container, db_problem(exc))
        except (pa.ArrowException, TypeError, ValueError, OverflowError) as exc:
            self.container_failed(table.container, f"cannot convert values ({exc.__class__.__name__})")
        finally:
            try:
                conn.rollback()
            except SQLAlchemyError:
                pass

    def _select(self, conn: Connection, table: Table, names: list[str], kinds: list[str],
                sample: Spread | None, limit: int | None) -> str:
        q = lambda n: self._q(conn, n)  # noqa: E731
        src = f"{q(table.schema)}.{q(table.name)}"
        cols = []
        for n, k in zip(names, kinds):
            c = f"src.{q(n)}"
            if self.postgres and k in (DATE, TIMESTAMP, TIMESTAMPTZ):
                # infinity and dates outside years 1-9999 have no Python form: read as NULL
                c = f"CASE WHEN {c} BETWEEN '0001-01-01' AND '9999-12-31' THEN {c} END AS {q(n)}"
            cols.append(c)
        select = ", ".join(cols)
        order = ", ".join(f"src.{q(k)}" for k in table.key)
        if sample is None:
            sql = f"SELECT {select} FROM {src} AS src"
            sql += f" ORDER BY {order}" if order else ""
            return sql + (f" LIMIT {int(limit)}" if limit else "")
        keep = sample.sql(RN, "/" if self.postgres else "DIV")
        if table.key:  # the key index alone picks the sample; only the sampled rows are read
            keys = ", ".join(q(k) for k in table.key)
            on = " AND ".join(f"src.{q(k)} = k.{q(k)}" for k in table.key)
            return (
                f"SELECT k.{RN}, {select} FROM {src} AS src JOIN ("
                f"SELECT {keys}, {RN} FROM (SELECT {keys}, ROW_NUMBER() OVER (ORDER BY {keys}) AS {RN} "
                f"FROM {src}) AS n WHERE {keep}) AS k ON {on} ORDER BY k.{RN}"
            )
        return (
            f"SELECT * FROM (SELECT ROW_NUMBER() OVER () AS {RN}, {select} FROM {src} AS src) AS k "
            f"WHERE {keep} ORDER BY {RN}"
        )

    def _read(self, conn: Connection, table: Table) -> Iterator[Batch]:
        self._begin(conn)
        names = [n for n, k in table.columns if k is not None]
        kinds = [k for _, k in table.columns if k is not None]
        self.skipped_columns += [f"{table.container}.{n}" for n, k in table.columns if k is None]
        src = f"{self._q(conn, table.schema)}.{self._q(conn, table.name)}"
        total = None
        if self.sample is not None or not names:
            total = conn.exec_driver_sql(f"SELECT COUNT(*) FROM {src}").scalar() or 0
        if not names:
            self.records += total
            return
        sample = spread(total or 0, self.sample)
        limit = None
        if sample is not None:
            self.sampled = True
            if not self._windows(conn):  # old MySQL: the first N in key order
                sample, limit = None, self.sample
                self.remarks.append(f"{table.container}: server has no window functions, sampled the first {limit} rows")
        result = conn.exec_driver_sql(
            self._select(conn, table, names, kinds, sample, limit),
            execution_options={"stream_results": True, "max_row_buffer": BATCH_ROWS},
        )
        builder = TableBuilder(names, kinds)
        record = 1
        try:
            while rows := result.fetchmany(BATCH_ROWS):
                if sample is not None:
                    records = pa.array([r[0] for r in rows], pa.int64())
                    rows = [tuple(r)[1:] for r in rows]
                else:
                    records = pa.array(range(record, record + len(rows)), pa.int64())
                record += len(rows)
                self.records += len(rows)
                yield Batch(table.container, builder.build(rows), records)
        finally:
            result.close()
