"""PostgreSQL / MariaDB specifics: schemas, types, odd names, streaming, read-only transactions."""
from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from pii_audit.sources.sql import SqlSource
from tests.db_fixtures import admin_engine, database, url_text

pytestmark = pytest.mark.db

PG_SETUP = r'''
CREATE SCHEMA sales;
CREATE TABLE public.people (id int PRIMARY KEY, email text, aliases text[], doc jsonb, seen timestamptz,
                            born date, photo bytea, nums int[]);
INSERT INTO public.people VALUES
  (2, 'b@example.com', '{x@example.com,y@example.com}', '{"a": {"email": "n@example.com"}, "l": [{"k": 1}]}',
   '2020-01-01 10:00+02', 'infinity', '\x00', '{1,2}'),
  (1, 'a@example.com', NULL, '[1, 2]', NULL, '2001-02-03', NULL, NULL);
CREATE TABLE sales.leads (name text);
INSERT INTO sales.leads SELECT 'lead ' || g FROM generate_series(1, 5) g;
CREATE TABLE public."Odd ""Name""" ("Mixed Col" text, "sel ect" text);
INSERT INTO public."Odd ""Name""" VALUES ('m', 's');
CREATE TABLE public.measurements (id int, at date, note text) PARTITION BY RANGE (at);
CREATE TABLE public.measurements_2024 PARTITION OF public.measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
INSERT INTO public.measurements VALUES (1, '2024-05-05', 'x');
CREATE VIEW public.people_view AS SELECT email FROM public.people;
CREATE MATERIALIZED VIEW public.people_mv AS SELECT email FROM public.people;
CREATE TABLE public.wide (id int PRIMARY KEY, filler text);
INSERT INTO public.wide SELECT g, repeat('x', 1000) FROM generate_series(1, 20000) g;
'''

MY_SETUP = [
    "CREATE TABLE people (id int PRIMARY KEY, email varchar(100), doc json, seen datetime, born date, photo blob, "
    "amount decimal(10,2), t time)",
    "INSERT INTO people VALUES (2, 'b@example.com', '{\"a\": {\"email\": \"n@example.com\"}}', '2020-01-01 10:00:00', "
    "'2001-02-03', 'xx', 12.50, '10:00:00'), (1, 'a@example.com', NULL, NULL, NULL, NULL, NULL, NULL)",
    "CREATE TABLE `Odd ``Name``` (`Mixed Col` text)",
    "INSERT INTO `Odd ``Name``` VALUES ('m')",
    "CREATE VIEW people_view AS SELECT email FROM people",
    "CREATE TABLE wide (id int PRIMARY KEY, filler text)",
    "CREATE TABLE digits (d int)",
    "INSERT INTO digits VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)",
    "INSERT INTO wide SELECT a.d * 10000 + b.d * 1000 + c.d * 100 + e.d * 10 + f.d + 1, REPEAT('x', 1000) "
    "FROM digits a, digits b, digits c, digits e, digits f WHERE a.d < 2",
    "DROP TABLE digits",
    "CREATE TABLE leads (name text)",
    "INSERT INTO leads VALUES ('lead 1'), ('lead 2'), ('lead 3'), ('lead 4'), ('lead 5')",
]


@pytest.fixture(scope="module", params=["postgresql", "mysql"])
def store(request):
    kind = request.param
    with database(kind) as url:
        engine = create_engine(url, poolclass=NullPool)
        with engine.begin() as conn:
            if kind == "postgresql":
                conn.exec_driver_sql(PG_SETUP)
            else:
                for stmt in MY_SETUP:
                    conn.exec_driver_sql(stmt)
        engine.dispose()
        yield kind, url


def read(url, **kw) -> tuple[SqlSource, dict[str, list]]:
    src = SqlSource(url_text(url), "db", **kw)
    return src, {c.name: list(c.batches) for c in src.containers()}


def test_tables_of_every_schema_and_nothing_else(store):
    kind, url = store
    src, got = read(url)
    schema = "public" if kind == "postgresql" else url.database
    expected = {f"{schema}.people", f'{schema}.Odd "Name"' if kind == "postgresql" else f"{schema}.Odd `Name`",
                f"{schema}.wide"}
    expected.add("sales.leads" if kind == "postgresql" else f"{schema}.leads")
    if kind == "postgresql":
        expected.add("public.measurements")  # its partitions, views and matviews: not again
    assert set(got) == expected
    assert src.errors == [] and src.containers_seen == len(expected)


def test_types_reach_the_batch_deliberately(store):
    kind, url = store
    src, got = read(url)
    schema = "public" if kind == "postgresql" else url.database
    (people,) = got[f"{schema}.people"]
    t = people.table
    assert t.column("email").to_pylist() == ["a@example.com", "b@example.com"]  # key order, not insert order
    assert t.column("doc.a.email").to_pylist() == [None, "n@example.com"]  # JSON walked
    assert pa.types.is_timestamp(t.schema.field("seen").type) and pa.types.is_date(t.schema.field("born").type)
    assert "photo" not in t.column_names and any("photo" in n for n in src.notes)
    if kind == "postgresql":
        assert t.column("aliases").to_pylist() == [None, "x@example.com y@example.com"]
        assert t.column("seen").to_pylist()[1] == dt.datetime(2020, 1, 1, 8, 0, tzinfo=dt.timezone.utc)
        assert t.column("born").to_pylist() == [dt.date(2001, 2, 3), None]  # infinity: no date, no crash
    else:
        assert t.column("amount").to_pylist() == [None, "12.50"] and t.column("t").to_pylist()[1] == "10:00:00"


def test_big_table_streams_in_batches_through_a_server_side_cursor(store):
    kind, url = store
    src = SqlSource(url_text(url), "db")
    admin = admin_engine(kind)
    containers = src.containers()  # kept: closing it ends the connection
    wide = next(c for c in containers if c.name.endswith(".wide"))
    first = next(wide.batches)
    assert first.num_rows == 8192 and first.records.to_pylist()[:2] == [1, 2]
    with admin.connect() as conn:
        if kind == "postgresql":
            running = conn.execute(text(
                "SELECT query FROM pg_stat_activity WHERE application_name = 'pii-audit' AND datname = :d"),
                {"d": url.database}).scalars().all()
            assert any(q.startswith("FETCH FORWARD") for q in running), running
        else:
            running = conn.execute(text(
                "SELECT info FROM information_schema.processlist WHERE db = :d AND info LIKE 'SELECT %wide%'"),
                {"d": url.database}).scalars().all()
            assert running, "the SELECT is still being streamed"
    rest = list(wide.batches)
    assert sum(b.num_rows for b in rest) == 20000 - 8192 and rest[-1].records.to_pylist()[-1] == 20000
    assert src.errors == []
    containers.close()
    admin.dispose()


def test_every_table_is_read_in_a_read_only_transaction(store):
    kind, url = store
    src = SqlSource(url_text(url), "db")
    engine = src._engine()
    with engine.connect() as conn:
        src._begin(conn)
        with pytest.raises(DBAPIError) as err:
            conn.exec_driver_sql("CREATE TABLE must_not_exist (a int)")
        assert "read-only" in str(err.value).lower() or "read only" in str(err.value).lower()
        conn.rollback()
    engine.dispose()
    _, got = read(url)
    assert not any("must_not_exist" in name for name in got)


def test_sample_on_a_table_without_a_key(store):
    kind, url = store
    src, got = read(url, sample=2)
    (leads,) = got["sales.leads" if kind == "postgresql" else f"{url.database}.leads"]
    assert leads.records.to_pylist() == [1, 3]  # physical order, positions floor(i * 5 / 2)
    assert leads.table.column("name").to_pylist() == ["lead 1", "lead 3"]
    assert src.sampled
