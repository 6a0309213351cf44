"""Every kind of bad input in one scan: each ends as SPEC says (status `error` with one line,
or records skipped and counted), the other sources are still read, the exit code is 2, and
no error text quotes the data."""
from __future__ import annotations

import gzip
import json
import random
import sqlite3
from pathlib import Path

import pytest

from tests.helpers import run_cli

MARK = "zq-marker-7731@example.com"  # a value that must never show up in any output


def build(d: Path) -> None:
    d.mkdir()
    rnd = random.Random(7)
    rows = "".join(f"{MARK},{rnd.random()}\n" for i in range(20000)).encode()  # cut after the sniffed head
    cut = gzip.compress(b"email,note\n" + rows)
    (d / "truncated.csv.gz").write_bytes(cut[: len(cut) // 2])
    (d / "latin1.csv").write_bytes("name,city\nJosé,Málaga\nZoë,Köln\n".encode("latin-1"))
    (d / "nul.csv").write_bytes(b"name,note\nann,a\x00b\nbob,c\n")
    (d / "ragged.csv").write_bytes(f"email,note\n{MARK},1\n{MARK}\n{MARK},3\n{MARK},4,extra\n{MARK},5\n".encode())
    (d / "bigfield.csv").write_bytes(b"id,blob\n1," + b"A" * (10 << 20) + b"\n2,small\n")
    (d / "empty.csv").write_bytes(b"")
    (d / "badjson.jsonl").write_text(
        json.dumps({"email": MARK}) + "\n" + '{"email": "' + MARK + '", broken\n' + json.dumps({"n": 2}) + "\n"
        + MARK + " not json at all\n" + json.dumps({"n": 3}) + "\n"
    )
    (d / "garbage.log").write_bytes(bytes(rnd.getrandbits(8) for _ in range(20000)))
    logcut = gzip.compress(("".join(f"2024-01-01 00:00:00 sent to {MARK}\n" for _ in range(5000))).encode())
    (d / "truncated.log.gz").write_bytes(logcut[: len(logcut) // 3])
    (d / "nul.log").write_bytes(b"2024-01-01 00:00:00 one\x00two\n2024-01-02 00:00:00 three\n")
    db = d / "corrupt.db"
    con = sqlite3.connect(db)
    con.execute("PRAGMA page_size = 4096")
    con.execute("CREATE TABLE t (email TEXT)")
    con.executemany("INSERT INTO t VALUES (?)", [(MARK,)] * 500)
    con.commit()
    con.close()
    data = db.read_bytes()
    db.write_bytes(data[:4096] + bytes(rnd.getrandbits(8) for _ in range(len(data) - 4096)))  # schema page intact
    (d / "notes.md").write_text("not a data file\n")


# display -> (status, error starts with, containers, records, skipped)
EXPECTED = {
    "truncated.csv.gz": ("error", "truncated or corrupt gzip data", 1, None, 0),
    "latin1.csv": ("ok", None, 1, 2, 0),
    "nul.csv": ("ok", None, 1, 2, 0),
    "ragged.csv": ("ok", None, 1, 3, 2),
    "bigfield.csv": ("ok", None, 1, 2, 0),
    "empty.csv": ("ok", None, 0, 0, 0),
    "badjson.jsonl": ("ok", None, 1, 3, 2),
    "garbage.log": ("error", "binary content", 0, 0, 0),
    "truncated.log.gz": ("error", "truncated or corrupt gzip data", 1, None, 0),
    "nul.log": ("ok", None, 1, 2, 0),
    "corrupt.db": ("error", "t: ", 1, 0, 0),
}
REFUSED = "postgresql://app:Sup3r-Secret@/crm?host=/nonexistent-pii-audit"


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    d = tmp_path_factory.mktemp("bad") / "inputs"
    build(d)
    code, out, err = run_cli("scan", str(d), REFUSED, "--format", "json", "--as-of", "2026-11-25",
                             "--fail-on", "never", "--workers", "1")
    return d, code, out, err


def test_each_bad_input_ends_as_specified(scanned):
    d, code, out, _ = scanned
    report = json.loads(out)
    got = {Path(s["source"]).name if s["kind"] != "postgresql" else "db": s for s in report["sources"]}
    assert set(got) == set(EXPECTED) | {"db"}
    for name, (status, error, containers, records, skipped) in EXPECTED.items():
        s = got[name]
        assert s["status"] == status, (name, s)
        if error is None:
            assert s["error"] is None, (name, s)
        else:
            assert s["error"].startswith(error) and "\n" not in s["error"], (name, s)
        assert s["containers"] == containers, (name, s)
        if records is not None:
            assert s["records"] == records, (name, s)
        assert s["skipped_records"] == skipped, (name, s)
    assert got["db"]["status"] == "error" and got["db"]["error"].startswith("cannot connect")
    assert code == 2
    assert any("notes.md" in n for n in report["notes"])  # unknown files are listed, not ignored


def test_broken_sources_leave_no_data_in_any_output(scanned):
    d, _, out, err = scanned
    assert MARK not in out and MARK not in err
    assert "Sup3r-Secret" not in out and "Sup3r-Secret" not in err
    assert "Traceback" not in err


def test_stderr_has_one_line_per_failed_source(scanned):
    d, _, _, err = scanned
    failed = [name for name, exp in EXPECTED.items() if exp[0] == "error"]
    for name in failed:
        assert len([ln for ln in err.splitlines() if name in ln]) == 1, (name, err)
    assert len([ln for ln in err.splitlines() if "nonexistent-pii-audit" in ln]) == 1
    assert (d / "corrupt.db").exists()
