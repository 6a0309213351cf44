"""SQLite: read-only to the byte, key order, native dates, JSON, binary, corrupt files."""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest

from pii_audit.sources import open_targets
from pii_audit.sources.base import SourceError, TableFilter
from pii_audit.sources.sqlite import SqliteSource


def make_db(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.executescript(
        """
        CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT, created_at DATETIME, born DATE,
                             profile JSON, photo BLOB);
        CREATE TABLE pairs (a TEXT, b INTEGER, note TEXT, PRIMARY KEY (a, b)) WITHOUT ROWID;
        CREATE TABLE loose (note TEXT);
        """
    )
    for i in (3, 1, 2):  # inserted out of key order
        con.execute(
            "INSERT INTO people VALUES (?, ?, ?, ?, ?, ?)",
            (i, f"p{i}@example.com", f"2020-0{i}-01 10:00:00", f"1990-01-0{i}",
             json.dumps({"contact": {"phone": f"+1 202 555 010{i}"}}), b"\x00\x01"),
        )
    con.executemany("INSERT INTO pairs VALUES (?, ?, ?)", [("b", 1, "b1"), ("a", 2, "a2"), ("a", 1, "a1")])
    con.executemany("INSERT INTO loose VALUES (?)", [("z",), ("y",)])
    con.commit()
    con.close()
    return path


def read(src: SqliteSource) -> dict[str, list]:
    return {c.name: list(c.batches) for c in src.containers()}


def fingerprint(directory: Path) -> dict[str, tuple[str, int]]:
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in directory.iterdir()}


def test_rows_in_key_order_with_native_dates_json_and_binary_skipped(tmp_path):
    src = SqliteSource(make_db(tmp_path / "t.db"), "t.db")
    got = read(src)
    assert sorted(got) == ["loose", "pairs", "people"]
    (people,) = got["people"]
    assert people.table.column("email").to_pylist() == ["p1@example.com", "p2@example.com", "p3@example.com"]
    assert people.records.to_pylist() == [1, 2, 3]
    assert pa.types.is_timestamp(people.table.schema.field("created_at").type)
    assert pa.types.is_date(people.table.schema.field("born").type)
    assert people.table.column("profile.contact.phone").to_pylist()[0] == "+1 202 555 0101"
    assert "photo" not in people.fields
    assert any("photo" in n and "binary" in n for n in src.notes)
    (pairs,) = got["pairs"]
    assert pairs.table.column("note").to_pylist() == ["a1", "a2", "b1"]
    (loose,) = got["loose"]
    assert loose.table.column("note").to_pylist() == ["z", "y"]  # rowid order
    assert (src.records, src.containers_seen) == (8, 3)


def test_file_stays_byte_identical_and_no_journal_is_created(tmp_path):
    make_db(tmp_path / "t.db")
    before = fingerprint(tmp_path)
    src = SqliteSource(tmp_path / "t.db", "t.db")
    read(src)
    assert fingerprint(tmp_path) == before  # same files, bytes and mtimes: no -wal/-shm/-journal


def test_pending_wal_is_read_from_a_copy_and_left_untouched(tmp_path):
    db = tmp_path / "live.db"
    writer = sqlite3.connect(db)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("CREATE TABLE t (email TEXT)")
    writer.execute("INSERT INTO t VALUES ('late@example.com')")
    writer.commit()  # committed into the -wal file only
    try:
        assert Path(f"{db}-wal").stat().st_size > 0
        before = fingerprint(tmp_path)
        got = read(SqliteSource(db, "live.db"))
        assert got["t"][0].table.column("email").to_pylist() == ["late@example.com"]
        assert fingerprint(tmp_path) == before
    finally:
        writer.close()


def test_include_exclude_globs(tmp_path):
    src = SqliteSource(make_db(tmp_path / "t.db"), "t.db")
    src.tables = TableFilter(include=("p*",), exclude=("pairs",))
    assert list(read(src)) == ["people"]


def test_sample_spreads_n_rows_in_key_order(tmp_path):
    db = tmp_path / "s.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    con.executemany("INSERT INTO t VALUES (?, ?)", [(i, f"v{i}") for i in range(100, 0, -1)])
    con.commit()
    con.close()
    src = SqliteSource(db, "s.db", sample=8)
    (batch,) = read(src)["t"]
    assert batch.records.to_pylist() == [1, 13, 26, 38, 51, 63, 76, 88]  # floor(i * 100 / 8) + 1
    assert batch.table.column("v").to_pylist() == ["v1", "v13", "v26", "v38", "v51", "v63", "v76", "v88"]
    assert src.sampled and src.records == 8


def test_corrupt_database_is_one_line_error(tmp_path):
    good = make_db(tmp_path / "t.db").read_bytes()
    bad = tmp_path / "corrupt.db"
    bad.write_bytes(good[:100] + os.urandom(len(good) - 100))  # valid header, garbage pages
    src = SqliteSource(bad, "corrupt.db")
    try:
        read(src)
        problems = src.errors
    except SourceError as exc:
        problems = [str(exc)]
    assert problems and all("\n" not in p for p in problems)


def test_not_sqlite_header(tmp_path):
    p = tmp_path / "x.db"
    p.write_bytes(b"definitely not sqlite" * 10)
    with pytest.raises(SourceError, match="not a SQLite database"):
        read(SqliteSource(p, "x.db"))


def test_sqlite_url_opens_the_file(tmp_path):
    make_db(tmp_path / "t.db")
    opened = open_targets([f"sqlite:///{tmp_path / 't.db'}"])
    (src,) = opened.sources
    assert isinstance(src, SqliteSource) and len(read(src)) == 3


def test_a_whole_cli_scan_leaves_the_database_untouched(tmp_path):
    from tests.helpers import run_cli

    make_db(tmp_path / "t.db")
    before = fingerprint(tmp_path)
    code, _, err = run_cli("scan", str(tmp_path / "t.db"), "--as-of", "2026-11-25", "--fail-on", "never",
                           "--workers", "1", "--sample", "2", "--quiet")
    assert code == 0, err
    assert fingerprint(tmp_path) == before


@pytest.mark.parametrize("total, n", [(10, 3), (100, 8), (7, 6), (1000, 999), (12345, 17), (5, 2)])
def test_spread_picks_exactly_n_evenly_and_sql_agrees(total, n):
    from pii_audit.sources.base import spread

    sample = spread(total, n)
    want = [i * total // n + 1 for i in range(n)]
    assert [r for r in range(1, total + 1) if sample.keeps(r)] == want
    assert np.flatnonzero(sample.mask(np.arange(1, total + 1))).tolist() == [w - 1 for w in want]
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE t (rn INTEGER)")
    con.executemany("INSERT INTO t VALUES (?)", [(r,) for r in range(1, total + 1)])
    assert [r for (r,) in con.execute(f"SELECT rn FROM t WHERE {sample.sql('rn')} ORDER BY rn")] == want
    assert spread(total, total) is None and spread(total, None) is None
