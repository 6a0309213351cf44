"""SQLite databases, opened read-only; containers are table names."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

from pii_audit.model import Batch
from pii_audit.sources.base import BATCH_ROWS, Container, Source, SourceError, records_array, strings_table

SQLITE_MAGIC = b"SQLite format 3\x00"


def _qident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class SqliteSource(Source):
    kind = "sqlite"

    def __init__(self, path: Path, display: str, sample: int | None = None):
        super().__init__(display, sample)
        self.path = path

    def _connect(self) -> sqlite3.Connection:
        try:
            with open(self.path, "rb") as fh:
                magic = fh.read(16)
        except OSError as exc:
            raise SourceError(f"cannot open: {exc.strerror}") from None
        if magic and magic != SQLITE_MAGIC:
            raise SourceError("not a SQLite database (bad header)")
        # mode=ro never writes; immutable=1 also skips locking and journal/WAL files.
        uri = f"file:{quote(str(self.path.resolve()))}?mode=ro&immutable=1"
        try:
            con = sqlite3.connect(uri, uri=True)
            con.execute("PRAGMA query_only = ON")
            con.text_factory = lambda b: b.decode("utf-8", errors="replace")
            return con
        except sqlite3.Error as exc:
            raise SourceError(f"cannot open SQLite database: {exc}") from None

    def containers(self) -> Iterator[Container]:
        con = self._connect()
        try:
            try:
                tables = [
                    r[0]
                    for r in con.execute(
                        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                    )
                ]
            except sqlite3.DatabaseError as exc:
                raise SourceError(f"corrupt SQLite database: {exc}") from None
            for table in tables:
                self.containers_seen += 1
                yield Container(table, self._batches(con, table))
        finally:
            con.close()

    def _order_by(self, con: sqlite3.Connection, table: str) -> str:
        pk = [r[1] for r in sorted(con.execute(f"PRAGMA table_info({_qident(table)})"), key=lambda r: r[5]) if r[5]]
        if pk:
            return ", ".join(_qident(c) for c in pk)
        without_rowid = con.execute(
            "SELECT sql FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
        if without_rowid and without_rowid[0] and "WITHOUT ROWID" in without_rowid[0].upper():
            return "1"
        return "rowid"

    def _batches(self, con: sqlite3.Connection, table: str) -> Iterator[Batch]:
        try:
            order = self._order_by(con, table)
            sql = f"SELECT * FROM {_qident(table)} ORDER BY {order}"
            if self.sample is not None:
                sql += f" LIMIT {int(self.sample)}"
            cur = con.execute(sql)
        except sqlite3.DatabaseError as exc:
            raise SourceError(f"table {table}: {exc}") from None
        names = [d[0] for d in cur.description]
        record = 1
        while True:
            try:
                rows = cur.fetchmany(BATCH_ROWS)
            except sqlite3.DatabaseError as exc:
                raise SourceError(f"table {table}: {exc}") from None
            if not rows:
                break
            cols = {n: [r[i] for r in rows] for i, n in enumerate(names)}
            n = len(rows)
            self.records += n
            yield Batch(table, strings_table(cols), records_array(record, n))
            record += n
        if self.sample is not None and record - 1 >= self.sample:
            self.sampled = True
