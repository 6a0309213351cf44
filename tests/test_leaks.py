"""No raw value and no password escapes — through broken records, error messages, debug
logs (every logger, the libraries' too), any report format, or a database URL.

(Every format on clean data: tests/test_reports_leaks.py. Bad inputs' statuses:
tests/test_sources_bad_input.py.) Here the data is hostile: the values that must not leak
sit inside the records that break parsers, so they reach error paths, and the scan runs
with every logger at DEBUG.
"""
from __future__ import annotations

import gzip
import json
import logging
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from pii_audit.reports import FORMATS
from tests.helpers import run_cli

BASE = ("--as-of", "2026-11-25", "--fail-on", "never")

# Values a leak would show verbatim. Each is unique, so any hit is a real leak.
SECRETS = {
    "email": "zelda.quartermain@leakcheck-mail.com",
    "email2": "orion.vasquez-leak@leakcheck-post.org",
    "phone": "+1 415 555 0173",
    "card": "5425 2334 3010 9903",
    "card_plain": "5425233430109903",
    "ssn": "536-90-4399",
    "iban": "DE44 5001 0517 5407 3249 31",
    "password": "Tr0ub4dor&3-leakcheck",
    "api_key": "sk_live_51LeakCheckAbCdEfGhIjKlMnOp",
    "name": "Zelda Quartermain",
    "street": "742 Evergreen Terrace",
}


def hostile_store(root: Path) -> Path:
    """Every reader, each fed records that break it, with the secrets inside them."""
    s = SECRETS
    root.mkdir(parents=True, exist_ok=True)
    good = f"{s['name']},{s['email']},{s['phone']},{s['card']},{s['ssn']}\n"
    # ragged rows, an unterminated quote at the end, a NUL, invalid UTF-8, all carrying secrets
    (root / "customers.csv").write_bytes(
        b"full_name,email,phone,card_number,ssn\n" + good.encode() * 5
        + f"{s['email2']},{s['password']},{s['api_key']},x,y,z,{s['iban']}\n".encode()
        + f"{s['street']}\n".encode()
        + b"\xff\xfe" + s["email2"].encode() + b",\x00" + s["card_plain"].encode() + b"\n"
        + f'"{s["name"]},"{s["email"]}\n'.encode()
        + f'"unterminated {s["email2"]} {s["iban"]}\n'.encode()
    )
    (root / "payments.tsv").write_text(
        "holder\tiban\tpassword\n" + f"{s['name']}\t{s['iban']}\t{s['password']}\n" * 3
        + f"{s['api_key']}\t\t\t\t{s['email']}\n", encoding="utf-8")
    lines = [json.dumps({"ts": "2024-01-02T03:04:05Z", "to": s["email"], "body": f"card {s['card']} for {s['name']}"})] * 3
    lines += [
        '{"ts": "2024-01-02", "to": "' + s["email2"] + '", "body": "unterminated ' + s["iban"],
        "[" * 50_000 + json.dumps(s["api_key"]),
        f"not json at all {s['password']} {s['ssn']}",
        '{"a": ' * 3000 + json.dumps(s["email2"]) + "}" * 3000,
    ]
    (root / "sms.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "app.log").write_bytes(
        f"2024-01-02 03:04:05 login {s['email']} password={s['password']}\n".encode() * 3
        + b"\x00\x01garbage " + s["api_key"].encode() + b"\n")
    # a gzip cut short after the secrets
    packed = gzip.compress((f"email,ssn\n{s['email2']},{s['ssn']}\n" * 200).encode(), mtime=0)
    (root / "export.csv.gz").write_bytes(packed[: len(packed) // 2])
    # SQLite: one good table, then the file cut in the middle of a page of secrets
    db = root / "crm.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT, card_number TEXT, password TEXT)")
    con.executemany("INSERT INTO accounts (email, card_number, password) VALUES (?, ?, ?)",
                    [(s["email"], s["card"], s["password"])] * 50)
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body BLOB)")
    con.executemany("INSERT INTO notes (body) VALUES (?)", [(f"{s['email2']} {s['api_key']}".encode() * 40,)] * 50)
    con.commit()
    con.close()
    broken = root / "broken.sqlite"
    raw = db.read_bytes()
    broken.write_bytes(raw[: len(raw) * 2 // 3] + s["email2"].encode() * 30)
    return root


def assert_no_secret(text: str, where: str) -> None:
    leaked = [k for k, v in SECRETS.items() if v in text]
    assert not leaked, f"{where} leaks {leaked}"


class _Capture(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.texts: list[str] = []

    def emit(self, record):
        text = record.getMessage()
        if record.exc_info:
            text += "\n" + logging.Formatter().formatException(record.exc_info)
        self.texts.append(f"{record.name}: {text}")


@pytest.fixture(scope="module")
def debug_logs():
    """Every logger at DEBUG for the module: what a host application or a curious user
    could turn on must still hold no data."""
    root = logging.getLogger()
    handler, level = _Capture(), root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield handler
    root.removeHandler(handler)
    root.setLevel(level)


@pytest.fixture(scope="module")
def hostile_scan(tmp_path_factory, debug_logs):
    tmp = tmp_path_factory.mktemp("hostile")
    store = hostile_store(tmp / "store")
    out = tmp / "out"
    out.mkdir()
    files = {fmt: out / f"report.{fmt}" for fmt in FORMATS}
    args = ["--format", "json", "--output", str(files["json"]), "--occurrences", str(out / "occ.jsonl")]
    for fmt, path in files.items():
        if fmt != "json":
            args += [f"--{fmt}-output", str(path)]
    first = len(debug_logs.texts)
    code, stdout, stderr = run_cli("scan", str(store), *BASE, *args, "--workers", "1")
    texts = {fmt: p.read_text(encoding="utf-8") for fmt, p in files.items()}
    texts["occurrences"] = (out / "occ.jsonl").read_text(encoding="utf-8")
    return {"code": code, "stdout": stdout, "stderr": stderr, "texts": texts, "logs": debug_logs.texts[first:],
            "report": json.loads(texts["json"]), "files": files}


def test_hostile_store_breaks_readers_and_is_still_reported(hostile_scan):
    report = hostile_scan["report"]
    by = {Path(s["source"]).name: s for s in report["sources"]}
    assert hostile_scan["code"] == 2  # the cut gzip and the cut SQLite are errors
    assert by["export.csv.gz"]["status"] == "error"
    assert by["sms.jsonl"]["status"] == "ok" and by["sms.jsonl"]["skipped_records"] >= 3
    assert any(s["status"] == "error" for s in report["sources"] if s["error"])
    assert any(f.get("entity") == "EMAIL_ADDRESS" for f in report["findings"])


@pytest.mark.parametrize("fmt", [*FORMATS, "occurrences"])
def test_no_secret_in_any_report_format(hostile_scan, fmt):
    assert_no_secret(hostile_scan["texts"][fmt], fmt)


def test_no_secret_in_error_messages_or_stderr(hostile_scan):
    for s in hostile_scan["report"]["sources"]:
        assert_no_secret(str(s["error"]), f"error of {s['source']}")
        assert s["error"] is None or "\n" not in s["error"]
    assert_no_secret(hostile_scan["stderr"] + hostile_scan["stdout"], "stderr")
    assert "Traceback" not in hostile_scan["stderr"]


def test_no_secret_in_debug_logs(hostile_scan):
    for line in hostile_scan["logs"]:
        assert_no_secret(line, f"log record {line[:80]!r}")


def test_report_files_are_owner_only(hostile_scan):
    for fmt, path in hostile_scan["files"].items():
        assert path.stat().st_mode & 0o777 == 0o600, fmt


def test_files_are_owner_only_even_with_a_permissive_umask(tmp_path):
    store = hostile_store(tmp_path / "store")
    report, occ = tmp_path / "r.json", tmp_path / "occ.jsonl"
    proc = subprocess.run([sys.executable, "-c", "import os, sys; os.umask(0); from pii_audit.cli import main; "
                           "sys.argv = ['pii-audit', *sys.argv[1:]]; main()",
                           "scan", str(store / "customers.csv"), *BASE, "--format", "json", "--output", str(report),
                           "--occurrences", str(occ)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert report.stat().st_mode & 0o777 == 0o600 and occ.stat().st_mode & 0o777 == 0o600


# -- passwords in database URLs ---------------------------------------------------------

PASSWORD = "Pw-" + uuid.uuid4().hex[:12] + "-S3cr3t"


def _urls(kind_ok: dict[str, str]) -> list[str]:
    """URLs with the password in every position users write it."""
    return [
        f"postgresql://nobody:{PASSWORD}@127.0.0.1:5432/pii_audit_no_such_db",
        f"postgresql+psycopg://nobody:{PASSWORD}@127.0.0.1:1/db",  # refused
        f"mysql+pymysql://nobody:{PASSWORD}@127.0.0.1:3306/pii_audit_no_such_db",
        f"mysql://nobody:{PASSWORD}@localhost/db?unix_socket=/nonexistent/mysql.sock",
        f"postgresql://nobody:{PASSWORD}@127.0.0.1:notaport/db",  # unparsable port
        f"postgresql://nobody:{PASSWORD.replace('-', '%2D')}@127.0.0.1:5432/db",  # percent-encoded
        f"postgresql:///db?user=nobody&password={PASSWORD}&host=127.0.0.1",  # password in the query
        *kind_ok.values(),
    ]


@pytest.fixture(scope="module")
def reachable_urls():
    """Working URLs with a password, for each server that is up (others are skipped)."""
    from tests.db_fixtures import admin_engine, database, db_url, load_crm, mysql_select_only_user, pg_select_only_role, url_text

    urls: dict[str, str] = {}
    stack = []
    for kind in ("postgresql", "mysql"):
        try:
            admin_engine(kind).dispose()
        except pytest.skip.Exception:
            continue
        db = database(kind)
        url = db.__enter__()
        stack.append(db)
        load_crm(url)
        role = pg_select_only_role(url, ["public"]) if kind == "postgresql" else mysql_select_only_user(url)
        user, password = role.__enter__()
        stack.append(role)
        urls[kind] = (url_text(db_url(kind, url.database, user, password)), password)
    yield urls
    for cm in reversed(stack):
        cm.__exit__(None, None, None)


def test_database_passwords_never_shown(tmp_path, debug_logs, reachable_urls):
    working = {k: u for k, (u, _) in reachable_urls.items()}
    secrets = [PASSWORD, PASSWORD.replace("-", "%2D"), *(p for _, p in reachable_urls.values())]
    out = tmp_path / "out"
    out.mkdir()
    args = []
    for fmt in FORMATS:
        args += ["--output", str(out / f"r.{fmt}")] if fmt == "json" else [f"--{fmt}-output", str(out / f"r.{fmt}")]
    first = len(debug_logs.texts)
    code, stdout, stderr = run_cli("scan", *_urls(working), *BASE, "--format", "json", *args,
                                   "--occurrences", str(out / "occ.jsonl"), "--workers", "1")
    report = json.loads((out / "r.json").read_text())
    assert code == 2
    assert len(report["sources"]) == len(_urls(working))
    for kind in working:
        assert any(s["kind"] == kind and s["status"] == "ok" and s["records"] > 0 for s in report["sources"]), kind
    texts = [stdout, stderr, *debug_logs.texts[first:], *(p.read_text() for p in out.iterdir())]
    for text in texts:
        for secret in secrets:
            assert secret not in text, f"password shown: {text[:200]!r}"
    for s in report["sources"]:
        assert "nobody" in s["source"] or s["kind"] in working or s["source"].startswith("sqlite"), s["source"]
    assert "Traceback" not in stderr
