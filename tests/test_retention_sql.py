"""The stores' own aggregate query (policy/age_query.py) dates every value on the same UTC
day as the scan's parser, in SQLite, PostgreSQL and MariaDB."""
from __future__ import annotations

import datetime as dt
import random
import sqlite3

import pyarrow as pa
import pytest

from pii_audit.policy.age_query import day_counts_sql, to_day_counts
from pii_audit.policy.retention import FieldAges
from tests.conftest import ci_required
from tests.policy_support import AS_OF

YEARS = (1990, 2100)
rnd = random.Random(7)
MOMENTS = [dt.datetime(2015, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(seconds=rnd.randrange(0, 11 * 365 * 86400)) for _ in range(300)]
ZONES = [dt.timezone(dt.timedelta(minutes=m)) for m in (-600, -300, -90, 0, 120, 330, 540)]


def _iso(i: int, m: dt.datetime) -> str:
    local = m.astimezone(ZONES[i % len(ZONES)])
    return [
        local.isoformat(),
        local.strftime("%Y-%m-%dT%H:%M:%S%z"),
        local.strftime("%Y-%m-%d %H:%M:%S %z"),
        m.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        m.strftime("%Y-%m-%d %H:%M:%S,%f")[:-3],
        m.strftime("%Y-%m-%d %H:%M") + " UTC",
        m.strftime("%Y-%m-%d"),
    ][i % 7]


# column -> (values, form)
COLUMNS = {
    "iso": ([_iso(i, m) for i, m in enumerate(MOMENTS)] + ["2021-02-30", "2021-13-01 10:00", "not a date"], "iso"),
    "epoch_int": ([int(m.timestamp()) for m in MOMENTS] + [5, 99999999999999999], "epoch"),
    "epoch_ms_text": ([str(int(m.timestamp() * 1000)) for m in MOMENTS] + ["12", "abc"], "epoch"),
    "epoch_float": ([m.timestamp() for m in MOMENTS], "epoch"),
}


def _python(values) -> dict:
    fa = FieldAges()
    fa.add(pa.array(values), YEARS)
    res = fa.resolve(AS_OF)
    out: dict = dict(res.days)
    if res.values - res.parsed:
        out[None] = res.values - res.parsed
    return out


def test_sqlite_aggregate_equals_the_scan():
    con = sqlite3.connect(":memory:")
    for col, (values, form) in COLUMNS.items():
        con.execute(f'CREATE TABLE "{col}" (v)')
        con.executemany(f'INSERT INTO "{col}" VALUES (?)', [(v,) for v in values])
        got = to_day_counts(con.execute(day_counts_sql("sqlite", f'"{col}"', "v", form, YEARS)))
        assert got == _python([v if isinstance(v, str) else str(v) for v in values]), col


def _pg():
    try:
        import psycopg

        for user in ("postgres", "root"):
            try:
                return psycopg.connect(host="127.0.0.1", port=5432, user=user, dbname="postgres", autocommit=True, connect_timeout=3)
            except psycopg.OperationalError:
                continue
    except ImportError:
        pass
    if ci_required():
        pytest.fail("PostgreSQL at 127.0.0.1:5432 is required when CI=true")
    pytest.skip("no PostgreSQL server at 127.0.0.1:5432")


@pytest.mark.db
def test_postgresql_aggregate_equals_the_scan():
    con = _pg()
    schema = "pii_audit_test_age_sql"
    con.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    con.execute(f"CREATE SCHEMA {schema}")
    try:
        typed = {"iso": "text", "epoch_int": "bigint", "epoch_ms_text": "text", "epoch_float": "double precision"}
        for col, (values, form) in COLUMNS.items():
            con.execute(f"CREATE TABLE {schema}.{col} (v {typed[col]})")
            with con.cursor() as cur:
                cur.executemany(f"INSERT INTO {schema}.{col} VALUES (%s)", [(v,) for v in values if not (isinstance(v, int) and v > 2**62)])
            got = to_day_counts(con.execute(day_counts_sql("postgresql", f"{schema}.{col}", "v", form, YEARS)).fetchall())
            back = [r[0] for r in con.execute(f"SELECT v FROM {schema}.{col}").fetchall()]
            assert got == _python(back), col
        # native columns
        con.execute(f"CREATE TABLE {schema}.native (tz timestamptz, naive timestamp, d date)")
        with con.cursor() as cur:
            cur.executemany(f"INSERT INTO {schema}.native VALUES (%s, %s, %s)",
                            [(m, m.replace(tzinfo=None), m.date()) for m in MOMENTS])
        for col, typ in (("tz", pa.timestamp("us", tz="UTC")), ("naive", pa.timestamp("us")), ("d", pa.date32())):
            got = to_day_counts(con.execute(day_counts_sql("postgresql", f"{schema}.native", col, "native", YEARS)).fetchall())
            back = [r[0] for r in con.execute(f"SELECT {col} FROM {schema}.native").fetchall()]
            fa = FieldAges()
            fa.add(pa.array(back, typ), YEARS)
            assert got == dict(fa.resolve(AS_OF).days), col
    finally:
        con.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        con.close()


@pytest.mark.db
def test_mysql_aggregate_equals_the_scan():
    try:
        import pymysql

        con = pymysql.connect(host="127.0.0.1", port=3306, user="root", autocommit=True, connect_timeout=3)
    except Exception:  # noqa: BLE001
        if ci_required():
            pytest.fail("MariaDB/MySQL at 127.0.0.1:3306 is required when CI=true")
        pytest.skip("no MariaDB/MySQL server at 127.0.0.1:3306")
    db = "pii_audit_test_age_sql"
    cur = con.cursor()
    cur.execute(f"DROP DATABASE IF EXISTS {db}")
    cur.execute(f"CREATE DATABASE {db}")
    try:
        typed = {"iso": "VARCHAR(64)", "epoch_int": "BIGINT", "epoch_ms_text": "VARCHAR(32)", "epoch_float": "DOUBLE"}
        for col, (values, form) in COLUMNS.items():
            cur.execute(f"CREATE TABLE {db}.{col} (v {typed[col]})")
            cur.executemany(f"INSERT INTO {db}.{col} VALUES (%s)", [(v,) for v in values if not (isinstance(v, int) and v > 2**62)])
            cur.execute(day_counts_sql("mysql", f"{db}.{col}", "v", form, YEARS))
            got = to_day_counts(cur.fetchall())
            cur.execute(f"SELECT v FROM {db}.{col}")
            back = [r[0] for r in cur.fetchall()]
            assert got == _python(back), col
        cur.execute(f"CREATE TABLE {db}.native (ts DATETIME, d DATE)")
        cur.executemany(f"INSERT INTO {db}.native VALUES (%s, %s)", [(m.replace(tzinfo=None), m.date()) for m in MOMENTS])
        for col in ("ts", "d"):
            cur.execute(day_counts_sql("mysql", f"{db}.native", col, "native", YEARS))
            got = to_day_counts(cur.fetchall())
            cur.execute(f"SELECT {col} FROM {db}.native")
            fa = FieldAges()
            fa.add(pa.array([r[0] for r in cur.fetchall()]), YEARS)
            assert got == dict(fa.resolve(AS_OF).days), col
    finally:
        cur.execute(f"DROP DATABASE IF EXISTS {db}")
        con.close()
