"""Retention semantics end to end, and the same data in SQLite, PostgreSQL and CSV giving
the same counts (the databases age records with one aggregate query)."""
from __future__ import annotations

import csv
import datetime as dt
import random
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import ci_required
from tests.policy_support import AS_OF, copy_rules, edit, email, retention, scan, sqlite_table

UTC = dt.timezone.utc
LIMITS = (365, 730, 1825, 2555)
CUTOFFS = [dt.datetime.combine(AS_OF - dt.timedelta(days=n), dt.time(), UTC) for n in LIMITS]


def _moments(seed: int, n: int) -> list[dt.datetime]:
    rnd = random.Random(seed)
    out = []
    while len(out) < n:
        m = dt.datetime.combine(AS_OF, dt.time(), UTC) - dt.timedelta(seconds=rnd.randrange(86400, 10 * 365 * 86400))
        if all(abs((m - c).total_seconds()) > 2 * 86400 for c in CUTOFFS):
            out.append(m)
    return out


def _older(moments: list[dt.datetime], days: int) -> int:
    cutoff = dt.datetime.combine(AS_OF - dt.timedelta(days=days), dt.time(), UTC)
    return sum(1 for m in moments if m < cutoff)


def _zone(i: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=(-8, -5, 0, 2, 9)[i % 5]))


N = 120
MSG = _moments(1, N)
CUST = _moments(2, N)
EVT = _moments(3, N)
AUD = _moments(4, N)
BODY = "Hi, this is a reminder to write to {} before the meeting next week, thanks"

# table -> (category, limit, count, oldest)
TRUTH = {
    "messages": ("Content", 365, _older(MSG, 365), min(MSG).date().isoformat()),  # Usage + Content: Content is shorter
    "customers": ("Account", 2555, _older(CUST, 2555), min(CUST).date().isoformat()),
    "events": ("Usage", 730, _older(EVT, 730), min(EVT).date().isoformat()),  # epoch seconds
    "audit_log": ("Usage", 1825, _older(AUD, 1825), min(AUD).date().isoformat()),  # override audit_*
}


def _rows():
    msgs = [(i + 1, email(i), BODY.format(email(i + 500)) if i % 3 == 0 else "See you at the meeting next week, bring the slides please",
             m.astimezone(_zone(i)).isoformat()) for i, m in enumerate(MSG)]
    cust = [(i + 1, email(i), m.strftime("%Y-%m-%d %H:%M:%S"), "1990-01-01") for i, m in enumerate(CUST)]
    evts = [(i + 1, email(i), int(m.timestamp())) for i, m in enumerate(EVT)]
    auds = [(i + 1, email(i), m.strftime("%Y-%m-%dT%H:%M:%SZ")) for i, m in enumerate(AUD)]
    calls = [(i + 1, email(i), "n/a") for i in range(30)]
    return msgs, cust, evts, auds, calls


@pytest.fixture(scope="module")
def sqlite_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("ret") / "crm.db"
    msgs, cust, evts, auds, calls = _rows()
    sqlite_table(db, "messages", {"id": "INTEGER PRIMARY KEY", "recipient": "TEXT", "body": "TEXT", "sent_at": "TEXT"}, msgs)
    sqlite_table(db, "customers", {"id": "INTEGER PRIMARY KEY", "email": "TEXT", "created_at": "TIMESTAMP", "birth_date": "DATE"}, cust)
    sqlite_table(db, "events", {"id": "INTEGER PRIMARY KEY", "user_email": "TEXT", "ts": "INTEGER"}, evts)
    sqlite_table(db, "audit_log", {"id": "INTEGER PRIMARY KEY", "actor_email": "TEXT", "logged_at": "TEXT"}, auds)
    sqlite_table(db, "calls", {"id": "INTEGER PRIMARY KEY", "caller_email": "TEXT", "note": "TEXT"}, calls)
    return db


@pytest.fixture(scope="module")
def csv_dir(tmp_path_factory, sqlite_db) -> Path:
    """The same tables as CSV files: aged by the scan itself, not by a database."""
    out = tmp_path_factory.mktemp("retcsv")
    con = sqlite3.connect(sqlite_db)
    for table in ("messages", "customers", "events", "audit_log", "calls"):
        cur = con.execute(f'SELECT * FROM "{table}"')
        with open(out / f"{table}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow([d[0] for d in cur.description])
            w.writerows(cur.fetchall())
    con.close()
    return out


def _summary(report, strip_schema: bool = False) -> dict[str, tuple]:
    out = {}
    for name, f in retention(report).items():
        key = name.split(".")[-1] if strip_schema else name.removesuffix(".csv")
        out[key] = (f["category"], f["limit_days"], f["count"], f["oldest"])
    return out


@pytest.fixture(scope="module")
def sqlite_report(sqlite_db):
    return scan(sqlite_db)


def _bases(report) -> set[str]:
    return {f["evidence"]["basis"] for f in retention(report).values() if f["rule"] != "retention.no_timestamp"}


def test_sqlite_counts_match_the_truth(sqlite_report):
    got = _summary(sqlite_report)
    for table, truth in TRUTH.items():
        assert got[table] == truth, table
    assert _bases(sqlite_report) == {"scan"}  # a full scan parsed every value itself


@pytest.fixture(scope="module")
def always_in_database(tmp_path_factory) -> Path:
    rules = copy_rules(tmp_path_factory.mktemp("rules_db"))
    edit(rules / "timestamps.yaml", "age_in_database: sampled", "age_in_database: always")
    return rules


def test_sqlite_aggregate_query_gives_the_same_counts(sqlite_db, sqlite_report, always_in_database):
    rep = scan(sqlite_db, rules=always_in_database)
    assert _bases(rep) == {"database"}
    assert _summary(rep) == _summary(sqlite_report)


def test_override_names_itself(sqlite_report):
    f = retention(sqlite_report)["audit_log"]
    assert f["rule"] == "retention.override.audit_*.Usage" and f["evidence"]["override"] == "audit_*"


def test_strictest_category_decides(sqlite_report):
    f = retention(sqlite_report)["messages"]
    assert f["evidence"]["categories"] == ["Content", "Usage"] and f["category"] == "Content"
    assert f["field"] == "sent_at" and f["message"].startswith(f"{TRUTH['messages'][2]} records older than 365 days")


def test_birth_dates_never_age_a_record(sqlite_report):
    assert retention(sqlite_report)["customers"]["field"] == "created_at"


def test_no_usable_timestamp_is_an_info_finding(sqlite_report):
    f = retention(sqlite_report)["calls"]
    assert (f["rule"], f["severity"], f["count"]) == ("retention.no_timestamp", "info", 0)
    assert "cannot be checked" in f["message"]


def test_sampled_scan_still_counts_every_record(sqlite_db):
    rep = scan(sqlite_db, sample=10)
    got = _summary(rep)
    for table, truth in TRUTH.items():
        assert got[table] == truth, table
    assert _bases(rep) == {"database"}


def test_csv_copy_gives_the_same_counts(csv_dir, sqlite_report):
    got = _summary(scan(csv_dir))
    assert {k: v for k, v in got.items() if k in TRUTH} == {k: v for k, v in _summary(sqlite_report).items() if k in TRUTH}


def test_limits_come_from_the_rules(tmp_path, sqlite_db):
    rules = copy_rules(tmp_path)
    edit(rules / "policy.yaml", "  Account: 2555d", "  Account: 5y")
    edit(rules / "policy.yaml", '  - container: "audit_*"', '  - container: "customers"\n    retention:\n      Account: 2y\n  - container: "audit_*"')
    f = retention(scan(sqlite_db, rules=rules))["customers"]
    assert (f["limit_days"], f["count"]) == (730, _older(CUST, 730))
    assert f["rule"] == "retention.override.customers.Account"


# -- PostgreSQL: the same data, native types, one aggregate query ------------------------------

PG_DB = "pii_audit_test_retention"


def _pg_admin():
    try:
        import psycopg

        for user in ("postgres", "root"):
            try:
                return psycopg.connect(host="127.0.0.1", port=5432, user=user, dbname="postgres", autocommit=True, connect_timeout=3), user
            except psycopg.OperationalError:
                continue
    except ImportError:
        pass
    return None, None


@pytest.fixture(scope="module")
def pg_url():
    admin, user = _pg_admin()
    if admin is None:
        if ci_required():
            pytest.fail("PostgreSQL at 127.0.0.1:5432 is required when CI=true")
        pytest.skip("no PostgreSQL server at 127.0.0.1:5432")
    import psycopg

    admin.execute(f"DROP DATABASE IF EXISTS {PG_DB}")
    admin.execute(f"CREATE DATABASE {PG_DB}")
    msgs, cust, evts, auds, calls = _rows()
    try:
        with psycopg.connect(host="127.0.0.1", port=5432, user=user, dbname=PG_DB, autocommit=True) as con:
            con.execute("CREATE TABLE messages (id int PRIMARY KEY, recipient text, body text, sent_at timestamptz)")
            con.execute("CREATE TABLE customers (id int PRIMARY KEY, email text, created_at timestamp, birth_date date)")
            con.execute("CREATE TABLE events (id int PRIMARY KEY, user_email text, ts bigint)")
            con.execute("CREATE TABLE audit_log (id int PRIMARY KEY, actor_email text, logged_at text)")
            con.execute("CREATE TABLE calls (id int PRIMARY KEY, caller_email text, note text)")
            with con.cursor() as cur:
                cur.executemany("INSERT INTO messages VALUES (%s, %s, %s, %s)", msgs)
                cur.executemany("INSERT INTO customers VALUES (%s, %s, %s, %s)", cust)
                cur.executemany("INSERT INTO events VALUES (%s, %s, %s)", evts)
                cur.executemany("INSERT INTO audit_log VALUES (%s, %s, %s)", auds)
                cur.executemany("INSERT INTO calls VALUES (%s, %s, %s)", calls)
        yield f"postgresql://{user}@127.0.0.1:5432/{PG_DB}"
    finally:
        admin.execute(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)")
        admin.close()


@pytest.mark.db
@pytest.mark.parametrize("in_database", [False, True])
def test_postgresql_gives_the_same_retention_counts_as_sqlite(pg_url, sqlite_report, always_in_database, in_database):
    rep = scan(pg_url, rules=always_in_database if in_database else None)
    assert all(s.status == "ok" for s in rep.sources), [s.error for s in rep.sources]
    got = _summary(rep, strip_schema=True)
    assert got == _summary(sqlite_report)
    for table, truth in TRUTH.items():
        assert got[table] == truth, table
    assert _bases(rep) == {"database" if in_database else "scan"}
    assert retention(rep)["public.messages"]["evidence"]["forms"] == {"native": N}


@pytest.mark.db
def test_postgresql_sampled_scan_counts_every_record(pg_url):
    rep = scan(pg_url, sample=10)
    got = _summary(rep, strip_schema=True)
    for table, truth in TRUTH.items():
        assert got[table] == truth, table
    assert _bases(rep) == {"database"}



# -- MariaDB / MySQL: native DATETIME, epoch and ISO text ------------------------------------

MY_DB = "pii_audit_test_retention"


@pytest.fixture(scope="module")
def mysql_url():
    try:
        import pymysql

        admin = pymysql.connect(host="127.0.0.1", port=3306, user="root", autocommit=True, connect_timeout=3)
    except Exception:  # noqa: BLE001 - no server: skip (or fail under CI)
        if ci_required():
            pytest.fail("MariaDB/MySQL at 127.0.0.1:3306 is required when CI=true")
        pytest.skip("no MariaDB/MySQL server at 127.0.0.1:3306")
    msgs, cust, evts, auds, calls = _rows()
    utc = lambda s: dt.datetime.fromisoformat(s).astimezone(UTC).replace(tzinfo=None)  # noqa: E731
    try:
        with admin.cursor() as cur:
            cur.execute(f"DROP DATABASE IF EXISTS {MY_DB}")
            cur.execute(f"CREATE DATABASE {MY_DB} CHARACTER SET utf8mb4")
            cur.execute(f"USE {MY_DB}")
            cur.execute("CREATE TABLE messages (id INT PRIMARY KEY, recipient TEXT, body TEXT, sent_at DATETIME)")
            cur.execute("CREATE TABLE customers (id INT PRIMARY KEY, email TEXT, created_at DATETIME, birth_date DATE)")
            cur.execute("CREATE TABLE events (id INT PRIMARY KEY, user_email TEXT, ts BIGINT)")
            cur.execute("CREATE TABLE audit_log (id INT PRIMARY KEY, actor_email TEXT, logged_at VARCHAR(40))")
            cur.execute("CREATE TABLE calls (id INT PRIMARY KEY, caller_email TEXT, note TEXT)")
            cur.executemany("INSERT INTO messages VALUES (%s, %s, %s, %s)", [(a, b, c, utc(d)) for a, b, c, d in msgs])
            cur.executemany("INSERT INTO customers VALUES (%s, %s, %s, %s)", cust)
            cur.executemany("INSERT INTO events VALUES (%s, %s, %s)", evts)
            cur.executemany("INSERT INTO audit_log VALUES (%s, %s, %s)", auds)
            cur.executemany("INSERT INTO calls VALUES (%s, %s, %s)", calls)
        yield f"mysql://root@127.0.0.1:3306/{MY_DB}"
    finally:
        with admin.cursor() as cur:
            cur.execute(f"DROP DATABASE IF EXISTS {MY_DB}")
        admin.close()


@pytest.mark.db
def test_mysql_gives_the_same_retention_counts(mysql_url, sqlite_report):
    rep = scan(mysql_url, sample=10)
    assert all(s.status == "ok" for s in rep.sources), [s.error for s in rep.sources]
    got = _summary(rep, strip_schema=True)
    assert got == _summary(sqlite_report)
    assert _bases(rep) == {"database"}
