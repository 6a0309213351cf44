"""Directory walking: readers by extension and content, skipped files listed, symlink loops."""
from __future__ import annotations

import gzip
import os
import sqlite3
from pathlib import Path

import pytest

from pii_audit.sources import open_targets, redact_url
from pii_audit.sources.csv import CsvSource
from pii_audit.sources.logs import LogSource
from pii_audit.sources.sqlite import SqliteSource


def tree(root: Path) -> Path:
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "a.csv").write_text("email\nann@example.com\n")
    (root / "sub" / "b.tsv").write_text("email\tphone\nx@example.com\t+1 202 555 0100\n")
    (root / "sub" / "deeper" / "c.log").write_text("2024-01-01 00:00:00 hello\n")
    (root / "README.md").write_text("# notes\n")
    (root / "tool.py").write_text("print('hi')\n")
    con = sqlite3.connect(root / "sub" / "data.sqlite3")
    con.execute("CREATE TABLE t (x TEXT)")
    con.commit()
    con.close()
    return root


def kinds(opened) -> dict[str, type]:
    return {s.display: type(s) for s in opened.sources}


def test_walk_picks_readers_and_lists_unknown_files(tmp_path):
    root = tree(tmp_path / "d")
    opened = open_targets([str(root)])
    assert kinds(opened) == {
        str(root / "a.csv"): CsvSource,
        str(root / "sub" / "b.tsv"): CsvSource,
        str(root / "sub" / "data.sqlite3"): SqliteSource,
        str(root / "sub" / "deeper" / "c.log"): LogSource,
    }
    containers = {s.container for s in opened.sources if not isinstance(s, SqliteSource)}
    assert containers == {"a.csv", "sub/b.tsv", "sub/deeper/c.log"}
    skipped = " ".join(opened.skipped_files)
    assert "README.md" in skipped and "tool.py" in skipped


def test_symlink_loop_is_visited_once(tmp_path):
    root = tree(tmp_path / "d")
    os.symlink(root, root / "sub" / "loop")  # points back up
    os.symlink(root / "sub" / "deeper", root / "alias")  # a second way into a directory
    os.symlink(root / "missing.csv", root / "dangling.csv")
    opened = open_targets([str(root)])
    assert len(opened.sources) == 4
    skipped = " ".join(opened.skipped_files)
    assert "symlink loop" in skipped or "already visited" in skipped
    assert "broken symlink" in skipped


def test_fifo_is_listed_never_opened(tmp_path):
    root = tree(tmp_path / "d")
    os.mkfifo(root / "pipe.log")
    opened = open_targets([str(root)])  # opening a FIFO would block forever
    assert any("pipe.log" in s and "not a regular file" in s for s in opened.skipped_files)


def test_content_wins_where_the_extension_lies(tmp_path):
    d = tmp_path / "d"
    d.mkdir()
    con = sqlite3.connect(d / "export.csv")  # a SQLite file named .csv
    con.execute("CREATE TABLE t (x TEXT)")
    con.commit()
    con.close()
    (d / "app.log").write_bytes(gzip.compress(b"2024-01-01 00:00:00 gz inside\n"))  # gzip without .gz
    (d / "events.out").write_text('{"a": 1}\n{"a": 2}\n')  # JSON lines, unknown extension
    (d / "app.log.1").write_text("2024-01-01 00:00:00 rotated\n")
    (d / "syslog").write_text("Mar  3 04:05:06 host sshd[1]: Accepted password for bob\n")
    (d / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0 not sqlite")
    opened = open_targets([str(d)])
    got = kinds(opened)
    assert got[str(d / "export.csv")] is SqliteSource
    assert got[str(d / "app.log")] is LogSource
    assert got[str(d / "events.out")] is LogSource
    assert got[str(d / "app.log.1")] is LogSource
    assert got[str(d / "syslog")] is LogSource
    assert str(d / "Thumbs.db") not in got and any("Thumbs.db" in s for s in opened.skipped_files)
    gz_log = next(s for s in opened.sources if s.display == str(d / "app.log"))
    lines = [r for c in gz_log.containers() for b in c.batches for r in b.table.column(0).to_pylist()]
    assert lines == ["2024-01-01 00:00:00 gz inside"]


def test_explicit_non_sqlite_db_file_is_an_error_not_a_skip(tmp_path):
    p = tmp_path / "x.db"
    p.write_bytes(b"not sqlite at all")
    (src,) = open_targets([str(p)]).sources
    assert isinstance(src, SqliteSource)


@pytest.mark.parametrize(
    "url, shown",
    [
        ("postgresql://app:s3cret@db.example:5432/crm", "postgresql://app@db.example:5432/crm"),
        ("mysql+pymysql://root:p%40ss@127.0.0.1/crm?charset=utf8mb4", "mysql+pymysql://root@127.0.0.1/crm?charset=utf8mb4"),
        ("postgresql://app@h/crm?password=s3cret&sslmode=require", "postgresql://app@h/crm?sslmode=require"),
    ],
)
def test_urls_are_shown_without_passwords(url, shown):
    assert redact_url(url) == shown
    (src,) = open_targets([url]).sources
    assert "s3cret" not in src.display and "p%40ss" not in src.display
