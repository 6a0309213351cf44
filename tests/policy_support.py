"""Helpers for the policy tests: scan in-process (regex-only, one worker) and build
rules directories and SQLite stores whose truth the test knows."""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from pii_audit.model import Report
from pii_audit.rules import default_rules_dir, load_rules
from pii_audit.scan import ScanOptions, Scanner

AS_OF = dt.date(2026, 11, 25)


def scan(*targets: Path | str, as_of: dt.date = AS_OF, rules: Path | None = None, sample: int | None = None) -> Report:
    loaded = load_rules(rules)
    options = ScanOptions(as_of=as_of, sample=sample, workers=1)
    return Scanner(loaded, options, ner=None).run([str(t) for t in targets])


def findings(report: Report, type_: str | None = None) -> list[dict]:
    out = [f.to_dict() for f in report.findings]
    return [f for f in out if type_ is None or f["type"] == type_]


def by_place(report: Report, type_: str) -> dict[tuple, dict]:
    """(container, field, entity) -> finding dict, for one finding type."""
    return {(f["container"], f["field"], f.get("entity")): f for f in findings(report, type_)}


def retention(report: Report) -> dict[str, dict]:
    """container -> its retention finding."""
    out = {}
    for f in findings(report, "retention"):
        assert f["container"] not in out, "one retention finding per container"
        out[f["container"]] = f
    return out


def copy_rules(tmp: Path) -> Path:
    dst = tmp / "rules"
    shutil.copytree(default_rules_dir(), dst)
    return dst


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def sqlite_table(db: Path, table: str, columns: dict[str, str], rows: list[tuple]) -> None:
    con = sqlite3.connect(db)
    cols = ", ".join(f'"{c}" {t}' for c, t in columns.items())
    con.execute(f'CREATE TABLE "{table}" ({cols})')
    marks = ", ".join("?" for _ in columns)
    con.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
    con.commit()
    con.close()


def email(i: int) -> str:
    return f"user{i:04d}.name@example.com"


def phone(i: int) -> str:
    return f"+1 202-555-{i % 10000:04d}"
