"""Throwaway PostgreSQL / MariaDB databases and roles for tests.

Each helper creates uniquely named objects and drops them afterwards. Without a server
the test is skipped with the reason; with CI=true it fails instead.
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.pool import NullPool

from tests.conftest import ci_required

PG_ADMIN = os.environ.get("PII_AUDIT_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
MY_ADMIN = os.environ.get("PII_AUDIT_TEST_MYSQL", "mysql+pymysql://root@127.0.0.1:3306/")


def unique(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:10]}"


def admin_engine(kind: str) -> Engine:
    """An autocommit admin connection to the local server, or skip (fail under CI)."""
    url = PG_ADMIN if kind == "postgresql" else MY_ADMIN
    engine = create_engine(url, poolclass=NullPool, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - any failure means "no server here"
        reason = f"{kind} server not reachable at {make_url(url).render_as_string()}: {exc.__class__.__name__}"
        if ci_required():
            pytest.fail(f"CI=true requires it: {reason}")
        pytest.skip(reason)
    return engine


def db_url(kind: str, database: str, user: str | None = None, password: str | None = None) -> URL:
    url = make_url(PG_ADMIN if kind == "postgresql" else MY_ADMIN).set(database=database)
    if user is not None:
        url = url.set(username=user, password=password)
    return url


def url_text(url: URL) -> str:
    return url.render_as_string(hide_password=False)


@contextmanager
def database(kind: str) -> Iterator[URL]:
    """A fresh empty database; yields its admin URL."""
    admin = admin_engine(kind)
    name = unique("piitest")
    with admin.connect() as conn:
        if kind == "postgresql":
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        else:
            conn.execute(text(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"))
    try:
        yield db_url(kind, name)
    finally:
        with admin.connect() as conn:
            if kind == "postgresql":
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            else:
                conn.execute(text(f"DROP DATABASE IF EXISTS `{name}`"))
        admin.dispose()


@contextmanager
def pg_select_only_role(db: URL, schemas: list[str], deny: list[str] = ()) -> Iterator[tuple[str, str]]:
    """A login role with SELECT on every table of `schemas` but the `deny` tables."""
    admin = admin_engine("postgresql")
    role, password = unique("piitest_ro"), uuid.uuid4().hex
    with admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{password}'"))
    engine = create_engine(db, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'REVOKE TEMPORARY, CREATE ON DATABASE "{db.database}" FROM PUBLIC'))
            conn.execute(text(f'GRANT CONNECT ON DATABASE "{db.database}" TO "{role}"'))
            for schema in schemas:
                conn.execute(text(f'GRANT USAGE ON SCHEMA "{schema}" TO "{role}"'))
                conn.execute(text(f'GRANT SELECT ON ALL TABLES IN SCHEMA "{schema}" TO "{role}"'))
            for table in deny:
                conn.execute(text(f'REVOKE SELECT ON {table} FROM "{role}"'))
        yield role, password
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP OWNED BY "{role}"'))
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'REVOKE ALL ON DATABASE "{db.database}" FROM "{role}"'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        admin.dispose()


@contextmanager
def mysql_select_only_user(db: URL, deny: list[str] = ()) -> Iterator[tuple[str, str]]:
    """A user with SELECT on every table of the database but the `deny` tables (those it
    may only see, through REFERENCES)."""
    admin = admin_engine("mysql")
    user, password = unique("piitest_ro")[:32], uuid.uuid4().hex
    hosts = ("localhost", "127.0.0.1", "%")
    with admin.connect() as conn:
        tables = [r[0] for r in conn.execute(
            text("SELECT table_name FROM information_schema.tables WHERE table_schema = :db"), {"db": db.database})]
        for host in hosts:
            conn.execute(text(f"CREATE USER '{user}'@'{host}' IDENTIFIED BY '{password}'"))
            for table in tables:
                privilege = "REFERENCES" if table in deny else "SELECT"
                conn.execute(text(f"GRANT {privilege} ON `{db.database}`.`{table}` TO '{user}'@'{host}'"))
    try:
        yield user, password
    finally:
        with admin.connect() as conn:
            for host in hosts:
                conn.execute(text(f"DROP USER IF EXISTS '{user}'@'{host}'"))
        admin.dispose()


# -- one small CRM, loadable into SQLite, PostgreSQL and MariaDB alike -----------------

FIRST = ["Ann", "Bob", "Carla", "Dmitri", "Emma", "Farid", "Grace", "Hiro", "Ines", "Jonas"]
LAST = ["Smith", "Okafor", "Novak", "Garcia", "Müller", "Tanaka", "Dubois", "Rossi", "Kowalski", "Larsen"]


def luhn_card(i: int) -> str:
    digits = [4, 5, 3, 9] + [(i * 7 + k * 3) % 10 for k in range(11)]
    total = 0
    for pos, d in enumerate(reversed(digits)):
        d = d * 2 if pos % 2 == 0 else d
        total += d - 9 if d > 9 else d
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def crm_metadata():
    from sqlalchemy import JSON, Column, Date, DateTime, Integer, LargeBinary, MetaData, String, Table, Text
    from sqlalchemy.dialects.postgresql import JSONB

    md = MetaData()
    Table("customers", md,
          Column("id", Integer, primary_key=True, autoincrement=False),
          Column("full_name", String(100)), Column("email", String(200)), Column("phone", String(40)),
          Column("created_at", DateTime), Column("birthday", Date),
          Column("profile", JSON().with_variant(JSONB(), "postgresql")), Column("avatar", LargeBinary))
    Table("messages", md,
          Column("id", Integer, primary_key=True, autoincrement=False),
          Column("sender", String(200)), Column("recipient", String(200)), Column("body", Text),
          Column("sent_at", DateTime))
    Table("order_lines", md,
          Column("order_id", Integer, primary_key=True, autoincrement=False),
          Column("line_no", Integer, primary_key=True, autoincrement=False),
          Column("card_number", String(30)), Column("note", Text))
    Table("events", md,  # no primary key
          Column("event", String(40)), Column("client_ip", String(45)), Column("created_at", DateTime))
    return md


def crm_rows() -> dict[str, list[dict]]:
    import datetime as dt

    base = dt.datetime(2015, 1, 10, 9, 30)
    customers, messages, lines, events = [], [], [], []
    for i in range(1, 61):
        first, last = FIRST[i % 10], LAST[(i * 3) % 10]
        email = f"{first.lower()}.{last.lower().replace('ü', 'u')}{i}@example.com"
        phone = f"+1 202-555-01{i:02d}"
        customers.append({
            "id": i, "full_name": f"{first} {last}", "email": email, "phone": phone,
            "created_at": base + dt.timedelta(days=67 * i), "birthday": dt.date(1960 + i % 40, 1 + i % 12, 1 + i % 28),
            "profile": {"contact": {"email": email, "mobile": phone}, "prefs": {"lang": "en"}, "tags": ["vip", "beta"]},
            "avatar": bytes([i % 256]) * 16,
        })
    for i in range(1, 81):
        c = customers[i % 60]
        body = (f"Hi {c['full_name']}, call me back at {c['phone']} or write to {c['email']}." if i % 4 == 0
                else "Your order has shipped and should arrive in two or three business days.")
        messages.append({"id": i, "sender": c["phone"], "recipient": c["email"], "body": body,
                         "sent_at": base + dt.timedelta(days=50 * i, hours=i)})
    for order in range(1, 11):
        for line in range(1, 4):
            lines.append({"order_id": order, "line_no": line, "card_number": luhn_card(order * 10 + line),
                          "note": f"line {line} of order {order}"})
    for i in range(1, 41):
        events.append({"event": "login", "client_ip": f"198.51.100.{i}", "created_at": base + dt.timedelta(days=90 * i)})
    # rows inserted out of key order: records must still follow the key
    return {"customers": customers[::-1], "messages": messages[::-1], "order_lines": lines[::-1], "events": events}


def load_crm(url) -> None:
    engine = create_engine(url, poolclass=NullPool)
    md = crm_metadata()
    md.create_all(engine)
    rows = crm_rows()
    with engine.begin() as conn:
        for table in md.sorted_tables:
            conn.execute(table.insert(), rows[table.name])
    engine.dispose()
