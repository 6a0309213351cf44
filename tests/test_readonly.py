"""Nothing is ever written to a scanned store.

- SQLite: the database file and its directory are byte-identical after a scan, mtime
  included, and no -journal/-wal/-shm appears — also in WAL mode, and with a live writer
  whose rows still sit in the -wal file (they are read, the files stay untouched).
- A scanned directory: every file's bytes and mtime, and the set of entries, unchanged.
- PostgreSQL: even a role allowed to write cannot, because every scan transaction is
  READ ONLY (a row-level-security policy that tries to write on each read proves it).
- MariaDB: the server's general log shows only reads from the scanning account.
(SELECT-only accounts scanning everything: tests/test_db_readonly.py.)
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

BASE = ("--as-of", "2026-11-25", "--fail-on", "never")


def snapshot(root: Path) -> dict[str, tuple]:
    """Every entry under root: (kind, size, mtime_ns, mode, sha256) — atime excluded."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            st = p.lstat()
            digest = hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() and not p.is_symlink() else None
            out[str(p.relative_to(root))] = (st.st_mode, st.st_size, st.st_mtime_ns, digest)
    st = root.stat()
    out["."] = (st.st_mode, st.st_mtime_ns)
    return out


def scan(*args: str, env: dict | None = None) -> tuple[int, dict, str]:
    proc = subprocess.run([sys.executable, "-m", "pii_audit", "scan", *args, "--format", "json", *BASE],
                          capture_output=True, text=True, timeout=600, env=env)
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    return proc.returncode, json.loads(proc.stdout), proc.stderr


def make_db(path: Path, wal: bool = False, rows: int = 40) -> None:
    con = sqlite3.connect(path)
    if wal:
        assert con.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
    con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, full_name TEXT, email TEXT, created_at TEXT)")
    con.executemany("INSERT INTO customers VALUES (?, ?, ?, ?)",
                    [(i, f"Ann Lee{i}", f"ann{i}@example.com", f"2015-01-{i % 28 + 1:02d}") for i in range(1, rows + 1)])
    con.commit()
    con.close()


@pytest.fixture
def private_tmp(tmp_path) -> tuple[dict, Path]:
    """An environment whose TMPDIR is a fresh folder, to see what a scan leaves there."""
    tmp = tmp_path / "scanner-tmp"
    tmp.mkdir()
    return {**os.environ, "TMPDIR": str(tmp)}, tmp


@pytest.mark.parametrize("wal", [False, True], ids=["rollback-journal", "wal"])
@pytest.mark.parametrize("how", ["path", "url", "directory"])
def test_sqlite_is_byte_identical_after_a_scan(tmp_path, private_tmp, wal, how):
    store = tmp_path / "store"
    store.mkdir()
    db = store / "crm.db"
    make_db(db, wal=wal)
    assert not Path(f"{db}-wal").exists()  # a clean close leaves the main file alone
    before = snapshot(store)
    env, tmp = private_tmp
    target = {"path": str(db), "url": f"sqlite:///{db}", "directory": str(store)}[how]
    code, report, _ = scan(target, env=env)
    assert code == 0 and report["sources"][0]["status"] == "ok", report["sources"]
    assert any(f.get("entity") == "EMAIL_ADDRESS" for f in report["findings"])
    assert snapshot(store) == before  # bytes, mtime, and no -journal/-wal/-shm created
    assert list(tmp.iterdir()) == []  # nothing left behind in TMPDIR either


def test_sqlite_with_a_live_writer_is_read_and_left_untouched(tmp_path, private_tmp):
    """Rows committed to the -wal file but not yet checkpointed are part of the database:
    the scan must see them, and must not checkpoint, lock, or touch the -wal/-shm files."""
    store = tmp_path / "live"
    store.mkdir()
    db = store / "app.db"
    make_db(db, wal=True, rows=5)
    writer = sqlite3.connect(db)
    try:
        writer.execute("PRAGMA wal_autocheckpoint=0")
        writer.execute("CREATE TABLE signups (id INTEGER PRIMARY KEY, email TEXT, phone TEXT)")
        writer.executemany("INSERT INTO signups VALUES (?, ?, ?)",
                           [(i, f"walrow{i}@example.org", f"+1 415 555 01{i:02d}") for i in range(1, 31)])
        writer.commit()
        assert Path(f"{db}-wal").stat().st_size > 0
        before = snapshot(store)
        env, tmp = private_tmp
        code, report, _ = scan(str(db), env=env)
        assert code == 0, report["sources"]
        (src,) = report["sources"]
        assert src["status"] == "ok" and src["containers"] == 2 and src["records"] == 35, src
        found = {(f["container"], f["field"], f.get("entity")) for f in report["findings"]}
        assert ("signups", "email", "EMAIL_ADDRESS") in found
        assert snapshot(store) == before
        assert list(tmp.iterdir()) == []  # the private copy is gone
        # the writer is not disturbed: it can still write and checkpoint
        writer.execute("INSERT INTO signups VALUES (31, 'late@example.org', NULL)")
        writer.commit()
    finally:
        writer.close()


def test_scanned_directory_is_unchanged(sample_dir, tmp_path):
    """A copy of the demo data plus every file kind: hashes, mtimes and entries equal."""
    store = tmp_path / "data"
    shutil.copytree(sample_dir, store, ignore=shutil.ignore_patterns("*.py", "README.md"), copy_function=shutil.copy2)
    make_db(store / "wal.sqlite3", wal=True)
    (store / "empty.csv").write_bytes(b"")
    (store / "notes.txt").write_text("Call Ann Lee at +1 415 555 0100\n")
    (store / "broken.csv.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    (store / "unknown.bin").write_bytes(os.urandom(256))
    before = snapshot(store)
    code, report, _ = scan(str(store))
    assert code == 2  # broken.csv.gz is an error, the rest is scanned
    assert len(report["sources"]) >= 10
    assert snapshot(store) == before


# -- PostgreSQL: a READ ONLY transaction stops even a role that may write -----------------


@pytest.mark.db
def test_postgres_scan_runs_in_read_only_transactions(tmp_path):
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    from tests.db_fixtures import admin_engine, database, url_text

    role, password = f"piitest_rw_{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    with database("postgresql") as url:
        admin = admin_engine("postgresql")
        owner = create_engine(url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'"))
        try:
            with owner.connect() as conn:
                # nextval() is not rolled back: any read that could write leaves a trace
                conn.execute(text("CREATE SEQUENCE reads"))
                conn.execute(text("CREATE TABLE customers (id int PRIMARY KEY, email text)"))
                conn.execute(text("INSERT INTO customers SELECT i, 'user' || i || '@example.com' FROM generate_series(1, 50) i"))
                conn.execute(text("CREATE TABLE contacts (id int PRIMARY KEY, email text)"))
                conn.execute(text("INSERT INTO contacts SELECT i, 'contact' || i || '@example.org' FROM generate_series(1, 50) i"))
                conn.execute(text("CREATE FUNCTION note_read() RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER "
                                  "AS $$ BEGIN PERFORM nextval('reads'); RETURN true; END $$"))
                conn.execute(text("ALTER TABLE customers ENABLE ROW LEVEL SECURITY"))
                conn.execute(text("CREATE POLICY every_read_writes ON customers USING (note_read())"))
                conn.execute(text(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {role}"))
                conn.execute(text(f"GRANT ALL ON SEQUENCE reads TO {role}"))
                conn.execute(text(f"GRANT EXECUTE ON FUNCTION note_read() TO {role}"))
            target = url_text(url.set(username=role, password=password))
            code, report, err = scan(target)
            with owner.connect() as conn:
                called = conn.execute(text("SELECT is_called FROM reads")).scalar()
        finally:
            with owner.connect() as conn:
                conn.execute(text(f"DROP OWNED BY {role}"))
            owner.dispose()
            with admin.connect() as conn:
                conn.execute(text(f'REVOKE ALL ON DATABASE "{url.database}" FROM {role}'))
                conn.execute(text(f"DROP ROLE IF EXISTS {role}"))
            admin.dispose()
    assert called is False, "a scan transaction was allowed to write"
    (src,) = report["sources"]
    assert code == 2 and src["status"] == "error" and "customers" in src["error"] and "\n" not in src["error"], src
    assert password not in json.dumps(report) and password not in err
    found = {(f["container"], f.get("entity")) for f in report["findings"]}
    assert ("public.contacts", "EMAIL_ADDRESS") in found  # the other table was still scanned


# -- MariaDB: only reads reach the server ------------------------------------------------

WRITE_VERBS = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER", "TRUNCATE", "RENAME", "GRANT",
               "REVOKE", "LOCK", "CALL", "LOAD", "HANDLER", "DO ", "SET GLOBAL", "FLUSH", "OPTIMIZE", "ANALYZE", "COMMIT")


@pytest.mark.db
def test_mariadb_scan_sends_only_reads(tmp_path):
    from sqlalchemy import text

    from tests.db_fixtures import admin_engine, database, db_url, load_crm, mysql_select_only_user, url_text

    admin = admin_engine("mysql")
    with database("mysql") as url:
        load_crm(url)
        with mysql_select_only_user(url) as (user, password):
            with admin.connect() as conn:
                saved = conn.execute(text("SELECT @@GLOBAL.general_log, @@GLOBAL.log_output")).one()
                conn.execute(text("SET GLOBAL log_output = 'TABLE'"))
                conn.execute(text("SET GLOBAL general_log = 1"))
            try:
                code, report, err = scan(url_text(db_url("mysql", url.database, user, password)))
            finally:
                with admin.connect() as conn:
                    conn.execute(text("SET GLOBAL general_log = :on"), {"on": int(saved[0])})
                    conn.execute(text(f"SET GLOBAL log_output = '{saved[1]}'"))
                    statements = [
                        (r[0].decode() if isinstance(r[0], bytes) else r[0])
                        for r in conn.execute(text(
                            "SELECT argument FROM mysql.general_log WHERE user_host LIKE :u AND command_type = 'Query'"),
                            {"u": f"{user}[%"})
                    ]
    admin.dispose()
    assert code == 0 and report["sources"][0]["status"] == "ok", report["sources"]
    assert password not in json.dumps(report) and password not in err
    assert statements, "the general log recorded nothing for the scanning account"
    assert any("READ ONLY" in s.upper() for s in statements)
    writes = [s for s in statements if s.strip().upper().startswith(WRITE_VERBS)]
    assert not writes, writes
