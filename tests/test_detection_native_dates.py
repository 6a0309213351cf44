"""A birthday stored as a native DATE column is still a DATE_OF_BIRTH."""
from __future__ import annotations

import sqlite3

from tests.helpers import scan_json


def test_native_date_birthday_column_is_date_of_birth(tmp_path):
    db = tmp_path / "crm.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, birthday DATE, created_at DATE, plan TEXT)")
    con.executemany(
        "INSERT INTO customers (birthday, created_at, plan) VALUES (?, ?, ?)",
        [(f"19{60 + i % 30}-0{1 + i % 9}-1{i % 9}", f"2025-0{1 + i % 9}-01", "pro") for i in range(40)],
    )
    con.commit()
    con.close()
    _, report = scan_json(str(db), "--as-of", "2026-11-25", "--fail-on", "never")
    pii = {(f["field"], f["entity"]): f for f in report["findings"] if f["type"] == "pii"}
    assert pii[("birthday", "DATE_OF_BIRTH")]["count"] == 40
    # a creation date is a timestamp, not a birthday
    assert not [k for k in pii if k[0] == "created_at"]
