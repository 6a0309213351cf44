"""One real scan writes every format at once; no raw value of the scanned data appears in
any of them (nor in the occurrences file or on stderr), every file is owner-only, and
stdout carries the report alone even with progress bars forced on.

`write_store()` builds the data (seeded Faker, several locales) and is shared with the
gate and baseline tests."""
from __future__ import annotations

import csv
import json
import random
import re
import sqlite3
import stat
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from faker import Faker

from tests.helpers import run_cli
from tests.test_reports_sarif import github_problems

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?Z?)?$")


def write_store(root: Path, rows: int = 40, seed: int = 7, extra_column: bool = False) -> Path:
    """A CSV export, a JSON-lines SMS log and a SQLite database with personal data."""
    root.mkdir(parents=True, exist_ok=True)
    fake = Faker(["en_US", "de_DE", "es_ES"])
    fake.seed_instance(seed)
    rnd = random.Random(seed)
    header = ["customer_name", "email", "phone", "card_number", "ssn", "iban", "street_address",
              "password", "signup_ip", "created_at", "notes"]
    if extra_column:
        header.append("backup_email")
    with open(root / "customers.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for i in range(rows):
            row = [
                fake.name(), fake.email(), fake.phone_number(), fake["en_US"].credit_card_number(card_type="visa16"),
                fake["en_US"].ssn(), fake["de_DE"].iban(), fake.street_address().replace("\n", ", "),
                fake.password(length=12), fake.ipv4_public(),
                f"{rnd.choice([2014, 2016, 2023, 2025])}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
                f"Customer asked to call {fake.phone_number()} or mail {fake.email()}",
            ]
            if extra_column:
                row.append(fake.email())
            w.writerow(row)
    with open(root / "sms.jsonl", "w", encoding="utf-8") as fh:
        for i in range(rows):
            fh.write(json.dumps({
                "ts": f"20{rnd.choice([19, 25])}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}T10:00:00Z",
                "from": fake["en_US"].msisdn(), "to": fake["de_DE"].phone_number(),
                "body": f"Hi {fake.first_name()}, my card is {fake['en_US'].credit_card_number(card_type='mastercard')}, "
                        f"reach me at {fake.email()}",
            }) + "\n")
    db = sqlite3.connect(root / "crm.db")
    db.execute("CREATE TABLE subscribers (id INTEGER PRIMARY KEY, email TEXT, mobile TEXT, joined_at TEXT)")
    db.execute("CREATE TABLE settings (id INTEGER PRIMARY KEY, name TEXT, value TEXT)")
    db.executemany("INSERT INTO subscribers (email, mobile, joined_at) VALUES (?, ?, ?)",
                   [(fake.email(), fake.phone_number(), f"20{rnd.choice([15, 24])}-05-0{rnd.randint(1, 9)}") for _ in range(rows)])
    db.executemany("INSERT INTO settings (name, value) VALUES (?, ?)", [("theme", "dark"), ("page_size", "50")])
    db.commit()
    db.close()
    return root


def raw_values(root: Path) -> set[str]:
    """Every stored value long enough to be unambiguous, and its digit/@ tokens; bare dates
    excepted (a retention finding names the oldest date, by SPEC)."""
    cells: list[str] = []
    with open(root / "customers.csv", encoding="utf-8") as fh:
        for row in list(csv.reader(fh))[1:]:
            cells.extend(row)
    for line in (root / "sms.jsonl").read_text(encoding="utf-8").splitlines():
        cells.extend(str(v) for v in json.loads(line).values())
    db = sqlite3.connect(root / "crm.db")
    cells.extend(str(v) for (v,) in db.execute("SELECT email FROM subscribers UNION ALL SELECT mobile FROM subscribers"))
    db.close()
    out: set[str] = set()
    for v in cells:
        if len(v) >= 6 and not _DATE.match(v):
            out.add(v)
        out.update(t.strip(",.") for t in v.split() if len(t.strip(",.")) >= 8
                   and any(c.isdigit() or c == "@" for c in t) and not _DATE.match(t.strip(",.")))
    return out


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("leaks")
    store = write_store(tmp / "store")
    out = tmp / "out"
    out.mkdir()
    paths = {fmt: out / f"report.{ext}" for fmt, ext in
             (("sarif", "sarif"), ("junit", "xml"), ("markdown", "md"), ("html", "html"), ("table", "txt"))}
    code, stdout, stderr = run_cli(
        "scan", str(store), "--as-of", "2026-11-25", "--fail-on", "never", "--format", "json", "--progress",
        "--occurrences", str(out / "occ.jsonl"),
        *[arg for fmt, p in paths.items() for arg in (f"--{fmt}-output", str(p))],
    )
    texts = {fmt: p.read_text(encoding="utf-8") for fmt, p in paths.items()}
    texts["json"] = stdout
    texts["occurrences"] = (out / "occ.jsonl").read_text(encoding="utf-8")
    return {"code": code, "stderr": stderr, "texts": texts, "out": out, "store": store, "raw": raw_values(store)}


def test_the_scan_found_something_to_leak(scanned):
    report = json.loads(scanned["texts"]["json"])
    assert scanned["code"] == 0
    assert len(scanned["raw"]) > 200
    assert {f["type"] for f in report["findings"]} >= {"pii", "unencrypted", "retention"}
    assert all(s["status"] == "ok" for s in report["sources"])


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit", "markdown", "html", "table", "occurrences", "stderr"])
def test_no_raw_value_in_any_output(scanned, fmt):
    text = scanned["stderr"] if fmt == "stderr" else scanned["texts"][fmt]
    assert text.strip()
    leaked = sorted(v for v in scanned["raw"] if v in text)
    assert not leaked, f"{len(leaked)} raw values in {fmt}, e.g. a value of length {len(leaked[0])}"


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit", "markdown", "html", "table"])
def test_every_format_shows_the_same_masked_samples(scanned, fmt):
    report = json.loads(scanned["texts"]["json"])
    samples = {f["sample"] for f in report["findings"] if f.get("sample") and f["severity"] in ("critical", "high")}
    assert samples
    text = scanned["texts"][fmt]
    if fmt == "html":
        import html

        text = html.unescape(text)
    missing = [s for s in samples if s not in text]
    assert not missing, missing


def test_report_files_are_owner_only_and_whole(scanned):
    files = sorted(p.name for p in scanned["out"].iterdir())
    assert files == ["occ.jsonl", "report.html", "report.md", "report.sarif", "report.txt", "report.xml"]  # no temp leftovers
    for p in scanned["out"].iterdir():
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p.name


def test_stdout_holds_only_the_report_while_progress_goes_to_stderr(scanned):
    json.loads(scanned["texts"]["json"])  # nothing but the JSON document on stdout
    assert "records" in scanned["stderr"] and "sources" in scanned["stderr"]


def test_progress_is_off_when_stderr_is_not_a_terminal(tmp_path):
    f = tmp_path / "one.csv"
    f.write_text("email\nperson.one@example.com\n", encoding="utf-8")
    code, stdout, stderr = run_cli("scan", str(f), "--format", "json", "--fail-on", "never")
    assert code == 0 and "records/s" not in stderr and "━" not in stderr
    json.loads(stdout)


def test_real_sarif_meets_github_requirements(scanned):
    log = json.loads(scanned["texts"]["sarif"])
    assert github_problems(log) == []
    by_uri = {}
    for res in log["runs"][0]["results"]:
        by_uri.setdefault(res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], res)
    db = next(r for u, r in by_uri.items() if u.endswith("crm.db"))
    assert db["locations"][0]["logicalLocations"][0] == {"name": "subscribers", "fullyQualifiedName": "subscribers", "kind": "type"}
    assert any(u.endswith("store/customers.csv") for u in by_uri)


def test_real_junit_lists_clean_containers_as_passing(scanned):
    root = ET.fromstring(scanned["texts"]["junit"])
    db_suite = next(s for s in root.findall("testsuite") if s.get("name").endswith("crm.db"))
    cases = {c.get("name"): c for c in db_suite.findall("testcase")}
    assert set(cases) == {"subscribers", "settings"}
    assert not list(cases["settings"])  # no failure, no output: a pass
    assert root.get("failures") == "0"  # --fail-on never
