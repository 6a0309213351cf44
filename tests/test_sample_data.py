"""The sample data generator is deterministic, small, and builds the expected tables."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

GENERATOR = Path(__file__).resolve().parents[1] / "sample_data" / "generate.py"
EXPECTED_FILES = {
    "crm.db",
    "exports/customers_export.csv",
    "exports/payments.tsv",
    "exports/sms_outbox.csv.gz",
    "exports/contactos.csv",
    "logs/sms_gateway.jsonl",
    "logs/app.log",
    "logs/access.log",
}
EXPECTED_TABLES = {"accounts", "billing", "users", "legacy_logins", "messages", "calls", "app_meta"}
MAX_BYTES = 2 * 1024 * 1024


def _generate(out: Path) -> dict[str, bytes]:
    subprocess.run([sys.executable, str(GENERATOR), "--out", str(out)], check=True,
                   capture_output=True, text=True, timeout=300)
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory) -> tuple[Path, dict[str, bytes], dict[str, bytes]]:
    first_dir = tmp_path_factory.mktemp("sample_a")
    second_dir = tmp_path_factory.mktemp("sample_b")
    return first_dir, _generate(first_dir), _generate(second_dir)


def test_outputs_are_byte_identical(two_runs):
    _, first, second = two_runs
    assert set(first) == EXPECTED_FILES
    assert set(first) == set(second)
    changed = [name for name in first if first[name] != second[name]]
    assert not changed, f"not reproducible: {changed}"


def test_total_size_under_2mb(two_runs):
    _, first, _ = two_runs
    assert sum(len(data) for data in first.values()) < MAX_BYTES


def test_crm_db_has_expected_tables(two_runs):
    out, _, _ = two_runs
    con = sqlite3.connect(f"file:{out / 'crm.db'}?mode=ro", uri=True)
    try:
        tables = {name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert tables == EXPECTED_TABLES
        for table in EXPECTED_TABLES:
            (count,) = con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()
            assert count >= 30, table
    finally:
        con.close()
