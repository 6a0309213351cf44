"""A PostgreSQL table of message bodies: pii-audit vs `COPY ... TO STDOUT` of the same table.

    python bench/bench_pg.py [--rows 100000] [--workers 1,2] [--dsn postgresql://postgres@127.0.0.1:5432]
Creates its own database (pii_bench_<pid>) and drops it afterwards. --rows 1000000 is the
issue's size. pii-audit runs with NER off here (a rules copy with `ner.enabled: false`):
NER throughput is measured by bench_text.py; this one measures reading plus patterns.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import sys
import time
from pathlib import Path

import numpy as np
import psycopg
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import datagen  # noqa: E402
from common import ROOT, log, pii_audit, run_cmd  # noqa: E402

DATA = Path(__file__).resolve().parent / ".data"


def rules_without_ner() -> Path:
    out = DATA / "rules_no_ner"
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(ROOT / "rules", out)
    det = yaml.safe_load((out / "detection.yaml").read_text())
    det.setdefault("ner", {})["enabled"] = False
    (out / "detection.yaml").write_text(yaml.safe_dump(det, sort_keys=False))
    return out


def copy_out_seconds(dsn: str) -> tuple[float, int]:
    best, size = float("inf"), 0
    for _ in range(2):
        with psycopg.connect(dsn) as conn:
            t0 = time.perf_counter()
            size = 0
            with conn.cursor().copy("COPY public.messages TO STDOUT") as cp:
                for data in cp:
                    size += len(data)
            best = min(best, time.perf_counter() - t0)
    return best, size


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--dsn", default="postgresql://postgres@127.0.0.1:5432")
    args = ap.parse_args(argv)
    DATA.mkdir(exist_ok=True)
    db = f"pii_bench_{os.getpid()}"
    admin = f"{args.dsn}/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{db}"')
    res: dict = {"rows": args.rows, "database": "pii_bench_<pid> (created and dropped)"}
    try:
        dsn = f"{args.dsn}/{db}"
        log(f"loading {args.rows} rows ...")
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute("SET TIME ZONE 'UTC'")
            load_table_epoch(conn, args.rows)
            res["table_mb"] = round(conn.execute("SELECT pg_total_relation_size('public.messages')").fetchone()[0] / 1e6, 1)
        log("COPY TO STDOUT ...")
        copy_s, copy_bytes = copy_out_seconds(dsn)
        res["copy_to_stdout_s"] = round(copy_s, 3)
        res["copy_bytes"] = copy_bytes
        rules = rules_without_ner()
        res["pii_audit"] = {}
        for w in [int(x) for x in args.workers.split(",")]:
            log(f"pii-audit --workers {w} ...")
            out = DATA / f"pg_report_w{w}.json"
            run = run_cmd(pii_audit(dsn, "--rules", str(rules), "--workers", str(w), "--output", str(out)))
            r = run.as_dict()
            if run.rc not in (0, 1):
                r["error"] = run.stderr.strip().splitlines()[-1:] if run.stderr else "failed"
            else:
                rep = json.loads(out.read_text())
                r["records"] = sum(s["records"] for s in rep["sources"])
                r["rows_per_s"] = round(r["records"] / run.seconds)
                r["ratio_to_copy"] = round(copy_s / run.seconds, 4)
            res["pii_audit"][f"workers_{w}"] = r
        p = res["pii_audit"]
        if "seconds" in p.get("workers_1", {}) and "seconds" in p.get("workers_2", {}):
            res["workers_2_vs_1"] = round(p["workers_1"]["seconds"] / p["workers_2"]["seconds"], 3)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    return res


def load_table_epoch(conn: psycopg.Connection, rows: int) -> None:
    """Rows go into a staging table with epoch seconds, then one INSERT converts them."""
    conn.execute("CREATE TEMP TABLE staging (id bigint, sender text, recipient text, sent_at bigint, channel text, body text)")
    conn.execute(
        "CREATE TABLE public.messages (id bigint PRIMARY KEY, sender text, recipient text, "
        "sent_at timestamptz, channel text, body text)"
    )
    load_rows(conn, rows)
    conn.execute("INSERT INTO public.messages SELECT id, sender, recipient, to_timestamp(sent_at), channel, body FROM staging")
    conn.execute("ANALYZE public.messages")


def load_rows(conn: psycopg.Connection, rows: int, chunk: int = 50_000) -> None:
    pools = datagen.pools()
    rng = np.random.default_rng(datagen.SEED)
    done = 0
    while done < rows:
        n = min(chunk, rows - done)
        msgs = datagen.messages(n, seed=datagen.SEED + done, p=pools)
        senders = datagen.phones(rng, n).to_pylist()
        recips = datagen.phones(rng, n).to_pylist()
        ts = rng.integers(1_420_000_000, 1_790_000_000, n)
        buf = io.StringIO()
        for k in range(n):
            body = msgs[k][0].replace("\\", "\\\\").replace("\t", " ").replace("\n", " ")
            buf.write(f"{done + k + 1}\t{senders[k]}\t{recips[k]}\t{int(ts[k])}\tsms\t{body}\n")
        with conn.cursor().copy("COPY staging FROM STDIN") as cp:
            cp.write(buf.getvalue())
        done += n


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
