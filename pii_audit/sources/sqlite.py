"""SQLite databases, opened read-only; containers are table names.

`mode=ro&immutable=1` never writes, takes no lock and creates no -wal/-journal/-shm file.
A database with a pending WAL or hot journal is read from a private copy instead, so
its last committed rows are seen and the original stays untouched.
"""
from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path
from urllib.parse import quote

import pyarrow as pa

from pii_audit.model import Batch
from pii_audit.policy.age_query import day_counts_sql, to_day_counts
from pii_audit.sources.base import (
    BATCH_ROWS,
    DATE,
    JSON,
    TEXT,
    TIMESTAMP,
    Container,
    Source,
    SourceError,
    TableBuilder,
    spread,
)

SQLITE_MAGIC = b"SQLite format 3\x00"


def _qident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _problem(exc: Exception) -> str:
    """sqlite3's message without what it quotes from the file: `malformed database schema
    (NAME)` and `no such column: NAME` carry names (or garbage) stored in the database."""
    if isinstance(exc, UnicodeDecodeError):  # sqlite3 decodes its own messages strictly
        return "undecodable text in the database file"
    msg = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
    for cut in (" (", ": "):
        pos = msg.find(cut)
        if pos > 0:
            msg = msg[:pos]
    return msg[:200]


def _kind(decl: str) -> str | None:
    """A column's kind from its declared type; None for binary (skipped)."""
    d = (decl or "").upper()
    if "BLOB" in d or "BINARY" in d or "BYTEA" in d:
        return None
    if "JSON" in d:
        return JSON
    if "TIMESTAMP" in d or "DATETIME" in d:
        return TIMESTAMP
    if d.startswith("DATE"):
        return DATE
    return TEXT


class SqliteSource(Source):
    kind = "sqlite"

    def __init__(self, path: Path, display: str, sample: int | None = None):
        super().__init__(display, sample)
        self.path = path

    def _pending_log(self) -> bool:
        for suffix in ("-wal", "-journal"):
            try:
                if Path(f"{self.path}{suffix}").stat().st_size > 0:
                    return True
            except OSError:
                continue
        return False

    def _connect(self, tmpdir: str | None) -> sqlite3.Connection:
        try:
            with open(self.path, "rb") as fh:
                magic = fh.read(16)
        except OSError as exc:
            raise SourceError(f"cannot open: {exc.strerror}") from None
        if magic and magic != SQLITE_MAGIC:
            raise SourceError("not a SQLite database (bad header)")
        path, params = self.path.resolve(), "mode=ro&immutable=1"
        if tmpdir is not None:
            copy = Path(tmpdir) / "db"
            try:
                shutil.copyfile(path, copy)
                for suffix in ("-wal", "-journal"):
                    if Path(f"{path}{suffix}").exists():
                        shutil.copyfile(f"{path}{suffix}", f"{copy}{suffix}")
            except OSError as exc:
                raise SourceError(f"cannot copy database with pending log: {exc.strerror}") from None
            path, params = copy, "mode=ro"
        try:
            con = sqlite3.connect(f"file:{quote(str(path))}?{params}", uri=True)
            con.execute("PRAGMA query_only = ON")
            con.text_factory = lambda b: b.decode("utf-8", errors="replace")
            return con
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise SourceError(f"cannot open SQLite database: {_problem(exc)}") from None

    def containers(self) -> Iterator[Container]:
        with tempfile.TemporaryDirectory(prefix="pii-audit-") if self._pending_log() else nullcontext() as tmpdir:
            con = self._connect(tmpdir)
            try:
                try:
                    tables = self._tables(con)
                except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
                    raise SourceError(f"corrupt SQLite database: {_problem(exc)}") from None
                for table in tables:
                    if not self.tables.allows(table):
                        self.excluded += 1
                        continue
                    self.containers_seen += 1
                    yield Container(table, self._batches(con, table), day_counts=self._day_counter(table))
            finally:
                con.close()

    def _tables(self, con: sqlite3.Connection) -> list[str]:
        try:  # SQLite >= 3.37 tells FTS shadow tables apart: their rows repeat the virtual table's
            rows = con.execute("PRAGMA table_list").fetchall()
            names = [r[1] for r in rows if r[0] == "main" and r[2] in ("table", "virtual")]
        except sqlite3.OperationalError:
            names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return sorted(n for n in names if not n.startswith("sqlite_"))

    def _day_counter(self, table: str):
        """Retention's aggregate query on this table (see policy/age_query.py). It opens
        its own connection: the policy may ask after the scan has moved on."""

        def day_counts(field: str, form: str, years: tuple[int, int]) -> dict[int | None, int] | None:
            sql = day_counts_sql("sqlite", _qident(table), _qident(field), form, years)
            if sql is None or self._pending_log():
                return None
            try:
                con = self._connect(None)
            except SourceError:
                return None
            try:
                return to_day_counts(con.execute(sql))
            except sqlite3.Error:
                return None
            finally:
                con.close()

        return day_counts

    def _order_by(self, info: list) -> str:
        pk = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]]
        return ", ".join(_qident(c) for c in pk) if pk else "rowid"

    def _batches(self, con: sqlite3.Connection, table: str) -> Iterator[Batch]:
        try:
            yield from self._read(con, table)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            # the problem ("database disk image is malformed"), never what the file holds
            self.container_failed(table, _problem(exc))

    def _read(self, con: sqlite3.Connection, table: str) -> Iterator[Batch]:
        info = con.execute(f"PRAGMA table_info({_qident(table)})").fetchall()
        kinds = {r[1]: _kind(r[2]) for r in info}
        names = [n for n, k in kinds.items() if k is not None]
        binary = [n for n, k in kinds.items() if k is None]
        self.skipped_columns += [f"{table}.{n}" for n in binary]
        order = self._order_by(info)
        total = con.execute(f"SELECT count(*) FROM {_qident(table)}").fetchone()[0]
        if not names:
            self.records += total
            return
        sample = spread(total, self.sample)
        cols = ", ".join(_qident(n) for n in names)
        if sample is not None:
            self.sampled = True
            sql = (
                f"SELECT * FROM (SELECT ROW_NUMBER() OVER (ORDER BY {order}) AS pii_audit_rn, {cols} "
                f"FROM {_qident(table)}) WHERE {sample.sql('pii_audit_rn')} ORDER BY pii_audit_rn"
            )
        else:
            sql = f"SELECT {cols} FROM {_qident(table)} ORDER BY {order}"
        cur = con.execute(sql)
        text_dates = {n: kinds[n] for n in names if kinds[n] in (TIMESTAMP, DATE)}
        builder = TableBuilder(names, [JSON if kinds[n] == JSON else TEXT for n in names], text_dates)
        record = 1
        while rows := cur.fetchmany(BATCH_ROWS):
            if sample is not None:
                records = pa.array([r[0] for r in rows], pa.int64())
                rows = [r[1:] for r in rows]
            else:
                records = pa.array(range(record, record + len(rows)), pa.int64())
            record += len(rows)
            self.records += len(rows)
            yield Batch(table, builder.build(rows), records)
