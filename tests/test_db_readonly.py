"""Nothing is written: a SELECT-only role/user scans everything; missing rights and refused
connections are one-line errors on that source while the others are still scanned."""
from __future__ import annotations

import json

import pytest

from tests.db_fixtures import database, db_url, load_crm, mysql_select_only_user, pg_select_only_role, url_text
from tests.helpers import run_cli, scan_json

pytestmark = pytest.mark.db
ARGS = ("--as-of", "2026-11-25", "--fail-on", "never", "--workers", "1")


def findings(report: dict) -> list[tuple]:
    return sorted((f["type"], f["container"], f["field"], f.get("entity"), f["count"]) for f in report["findings"])


@pytest.fixture(scope="module", params=["postgresql", "mysql"])
def crm(request):
    with database(request.param) as url:
        load_crm(url)
        yield request.param, url


@pytest.fixture(scope="module")
def admin_scan(crm):
    _, url = crm
    code, report = scan_json(url_text(url), *ARGS)
    assert code == 0
    return report


def restricted(kind: str, url, deny: list[str]):
    if kind == "postgresql":
        return pg_select_only_role(url, ["public"], [f"public.{t}" for t in deny])
    return mysql_select_only_user(url, deny)


def test_select_only_account_scans_everything(crm, admin_scan):
    kind, url = crm
    with restricted(kind, url, deny=[]) as (user, password):
        target = url_text(db_url(kind, url.database, user, password))
        code, out, err = run_cli("scan", target, *ARGS, "--format", "json")
    assert code == 0, err
    assert password not in out and password not in err
    report = json.loads(out)
    (src,) = report["sources"]
    assert src["status"] == "ok" and src["containers"] == 4 and user in src["source"]
    assert findings(report) == findings(admin_scan)


def test_table_without_select_rights_is_reported_and_the_rest_scanned(crm, admin_scan, tmp_path):
    kind, url = crm
    other = tmp_path / "other.csv"
    other.write_text("email\nann@example.com\nbob@example.com\n")
    with restricted(kind, url, deny=["customers"]) as (user, password):
        target = url_text(db_url(kind, url.database, user, password))
        code, report = scan_json(target, str(other), *ARGS)
        _, _, err = run_cli("scan", target, *ARGS)
    assert code == 2
    db_src, csv_src = report["sources"]
    assert db_src["status"] == "error" and csv_src["status"] == "ok"
    assert db_src["error"] == f"{'public' if kind == 'postgresql' else url.database}.customers: permission denied"
    assert db_src["containers"] == 4 and db_src["records"] == 80 + 30 + 40
    expected = [f for f in findings(admin_scan) if not f[1].endswith(".customers")]
    assert [f for f in findings(report) if f[1] != "other.csv"] == expected
    lines = [ln for ln in err.splitlines() if "permission denied" in ln]
    assert len(lines) == 1 and "Traceback" not in err and password not in err


def test_wrong_credentials_are_refused_with_one_line(crm, tmp_path):
    kind, url = crm
    target = url_text(db_url(kind, url.database, "piitest_nobody", "Wr0ng-Secret"))
    code, out, err = run_cli("scan", target, *ARGS, "--format", "json")
    (src,) = json.loads(out)["sources"]
    assert code == 2 and src["status"] == "error" and src["error"].startswith("cannot connect")
    assert "Wr0ng-Secret" not in out + err and "Traceback" not in err


@pytest.mark.parametrize(
    "target",
    [
        "postgresql://app:Sup3r-Secret@/crm?host=/nonexistent-pii-audit",
        "mysql+pymysql://app:Sup3r-Secret@localhost/crm?unix_socket=/nonexistent-pii-audit/mysql.sock",
    ],
)
def test_refused_connection_fails_that_source_only(target, tmp_path):
    ok = tmp_path / "ok.csv"
    ok.write_text("email\nann@example.com\n")
    code, out, err = run_cli("scan", target, str(ok), *ARGS, "--format", "json")
    report = json.loads(out)
    db_src, csv_src = report["sources"]
    assert code == 2 and db_src["status"] == "error" and csv_src["status"] == "ok"
    assert db_src["error"].startswith("cannot connect") and "\n" not in db_src["error"]
    assert "Sup3r-Secret" not in out + err and "Traceback" not in err
