"""The same CRM in SQLite, PostgreSQL and MariaDB gives the same findings, records, samples."""
from __future__ import annotations

import json

import pytest

from tests.db_fixtures import database, load_crm, url_text
from tests.helpers import scan_json

pytestmark = pytest.mark.db
AS_OF = "2026-11-25"


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """kind -> scan target, each loaded with the same rows; a missing server skips its kind."""
    out: dict[str, str] = {}
    db = tmp_path_factory.mktemp("crm") / "crm.db"
    load_crm(f"sqlite:///{db}")
    out["sqlite"] = str(db)
    yield out


@pytest.fixture(scope="module")
def postgresql_store(stores):
    with database("postgresql") as url:
        load_crm(url)
        yield url_text(url)


@pytest.fixture(scope="module")
def mysql_store(stores):
    with database("mysql") as url:
        load_crm(url)
        yield url_text(url)


@pytest.fixture(scope="module")
def scans(tmp_path_factory):
    """(target, extra args) -> (exit code, report, occurrences): each scan runs once."""
    cache: dict = {}
    tmp = tmp_path_factory.mktemp("occ")

    def scan(target: str, *extra: str):
        key = (target, extra)
        if key not in cache:
            occ = tmp / f"occ{len(cache)}.jsonl"
            code, report = scan_json(target, "--as-of", AS_OF, "--fail-on", "never", "--workers", "1",
                                     "--occurrences", str(occ), *extra)
            cache[key] = (code, report, [json.loads(line) for line in occ.read_text().splitlines()])
        return cache[key]

    return scan


@pytest.fixture(params=["sqlite", "postgresql", "mysql"])
def target(request, stores):
    if request.param == "sqlite":
        return stores["sqlite"]
    return request.getfixturevalue(f"{request.param}_store")


def bare(container: str) -> str:
    return container.rsplit(".", 1)[-1]


def normalised(report: dict) -> list[dict]:
    out = []
    for f in report["findings"]:
        f = {k: v for k, v in f.items() if k not in ("id", "source")}
        f["container"] = bare(f["container"])
        out.append(f)
    return sorted(out, key=lambda f: json.dumps(f, sort_keys=True))


def records_of(occ: list[dict], container: str, field: str, entity: str) -> list[int]:
    return sorted({o["record"] for o in occ if bare(o["container"]) == container and o["field"] == field and o["entity"] == entity})


def test_sqlite_baseline_finds_what_the_data_holds(stores, scans):
    code, report, _ = scans(stores["sqlite"])
    assert code == 0 and report["sources"][0]["status"] == "ok"
    got = {(f["container"], f["field"], f["type"], f.get("entity")): f for f in report["findings"]}
    assert got[("customers", "email", "pii", "EMAIL_ADDRESS")]["count"] == 60
    assert got[("customers", "profile.contact.email", "pii", "EMAIL_ADDRESS")]["count"] == 60  # JSON walked
    assert got[("order_lines", "card_number", "unencrypted", "CREDIT_CARD")]["count"] == 30
    assert ("customers", "created_at", "retention", None) in got  # native dates age the records
    assert not any(f["field"] == "avatar" for f in report["findings"])
    assert any("avatar" in n for n in report["notes"])  # binary column skipped, and said so
    assert report["sources"][0]["records"] == 60 + 80 + 30 + 40


@pytest.mark.parametrize("kind", ["postgresql", "mysql"])
def test_same_findings_as_sqlite(kind, stores, scans, request):
    server = request.getfixturevalue(f"{kind}_store")
    _, base, _ = scans(stores["sqlite"])
    code, report, _ = scans(server)
    (src,) = report["sources"]
    assert code == 0 and src["status"] == "ok", src
    assert src["kind"] == kind and src["containers"] == 4 and src["records"] == base["sources"][0]["records"]
    assert all("." in f["container"] for f in report["findings"])  # schema.table
    assert normalised(report) == normalised(base)


def test_records_are_positions_in_key_order(target, scans):
    _, _, occ = scans(target)
    assert records_of(occ, "customers", "email", "EMAIL_ADDRESS") == list(range(1, 61))
    assert records_of(occ, "messages", "body", "EMAIL_ADDRESS") == list(range(4, 81, 4))
    assert records_of(occ, "order_lines", "card_number", "CREDIT_CARD") == list(range(1, 31))


def test_sample_spreads_n_rows_and_is_reported(target, scans):
    code, report, occ = scans(target, "--sample", "7")
    (src,) = report["sources"]
    assert src["status"] == "ok" and src["sampled"] is True
    assert records_of(occ, "customers", "email", "EMAIL_ADDRESS") == [1, 9, 18, 26, 35, 43, 52]  # floor(i * 60 / 7) + 1
    assert records_of(occ, "order_lines", "card_number", "CREDIT_CARD") == [1, 5, 9, 13, 18, 22, 26]
    assert src["records"] == 4 * 7
    assert any(n.startswith("sampled:") for n in report["notes"])


def test_include_and_exclude_globs(target, scans):
    _, report, _ = scans(target, "--include", "cust*", "--include", "*.messages", "--include", "messages",
                         "--exclude", "messages")
    (src,) = report["sources"]
    assert src["containers"] == 1 and src["records"] == 60
    assert {bare(f["container"]) for f in report["findings"]} == {"customers"}
