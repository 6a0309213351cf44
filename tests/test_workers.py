"""--workers N changes only how fast a scan runs, never what it reports."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pyarrow as pa
import pytest

from pii_audit.detection.engine import Detector
from pii_audit.model import Batch
from pii_audit.policy.retention import TimestampTracker
from pii_audit.rules import load_rules
from pii_audit.shards import Shards, merge_into
from tests.helpers import run_cli

LOG_LINES = 12_000  # more than one batch: shards of one container merge across workers


def _multi_batch_log(path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(LOG_LINES):
            rec = {
                "ts": f"20{18 + i % 8}-0{1 + i % 9}-1{i % 10}T10:00:00Z",
                "client_ip": f"203.0.113.{i % 250 + 1}",
                "user_email": f"user{i}@example.org" if i % 3 else "",
                "status": "ok" if i % 7 else "retry",
            }
            fh.write(json.dumps(rec) + "\n")


def _scan(target: Path, workers: int, out_dir: Path) -> tuple[dict, bytes]:
    occ = out_dir / f"occ_{workers}.jsonl"
    code, out, err = run_cli(
        "scan", str(target), "--format", "json", "--quiet", "--fail-on", "never",
        "--as-of", "2026-11-25", "--workers", str(workers), "--occurrences", str(occ),
    )
    assert code in (0, 1), err
    return json.loads(out), occ.read_bytes()


@pytest.fixture(scope="module")
def scans(sample_dir, tmp_path_factory):
    root = tmp_path_factory.mktemp("workers")
    data = root / "data"
    shutil.copytree(sample_dir, data, ignore=shutil.ignore_patterns("*.py", "*.md"))
    _multi_batch_log(data / "logs" / "gateway_access.jsonl")
    return {w: _scan(data, w, root) for w in (1, 2)}


def test_two_workers_report_exactly_what_one_reports(scans):
    (one, _), (two, _) = scans[1], scans[2]
    assert one["findings"], "the sample data must give findings, or this compares nothing"
    assert one["sources"] == two["sources"]
    assert one["findings"] == two["findings"]
    assert one["summary"] == two["summary"]


def test_two_workers_write_identical_occurrences(scans):
    (_, occ_one), (_, occ_two) = scans[1], scans[2]
    assert occ_one.count(b"\n") > LOG_LINES // 2
    assert occ_one == occ_two


def test_multi_batch_container_counts_every_record(scans):
    report, _ = scans[2]
    src = next(s for s in report["sources"] if s["source"].endswith("gateway_access.jsonl"))
    assert src["records"] == LOG_LINES
    emails = [f for f in report["findings"] if f["type"] == "pii" and f["field"] == "user_email"
              and f["source"].endswith("gateway_access.jsonl")]
    assert [f["count"] for f in emails] == [LOG_LINES - len(range(0, LOG_LINES, 3))]


def _batches(n: int, rows: int) -> list[Batch]:
    out = []
    for b in range(n):
        first = b * rows + 1
        emails = [f"person{first + i}@example.com" for i in range(rows)]
        times = [f"2019-0{1 + i % 9}-0{1 + i % 9} 12:00:00" for i in range(rows)]
        table = pa.table({"email": pa.array(emails), "created_at": pa.array(times)})
        out.append(Batch("people", table, pa.array(range(first, first + rows), pa.int64())))
    return out


@pytest.mark.parametrize("workers", [1, 2])
def test_shards_run_in_worker_processes_and_merge_in_order(workers):
    rules = load_rules()
    detector = Detector(rules)
    shards = Shards(detector, rules, occurrences=True, workers=workers)
    det = detector.container("people", occurrences=True)
    ages = TimestampTracker(rules)
    try:
        futures = [shards.submit(b) for b in _batches(4, 500)]
        parts = [f.result() for f in futures]
    finally:
        shards.close()
    pids = {p.pid for p in parts}
    if workers == 1:
        assert pids == {os.getpid()}
    else:
        assert os.getpid() not in pids
    for p in parts:
        merge_into(det, ages, p)
    assert det.fields["email"].entities["EMAIL_ADDRESS"].cells == 2000
    records = [json.loads(line)[1] for part in parts for line in part.occurrences.splitlines()]
    assert records == sorted(records) and len(records) == 2000


def test_prose_batches_are_cut_into_compact_shards():
    """A log batch of prose is cut into PROSE_ROWS-row shards (so many workers share one
    log), each carrying only its own rows' buffers to the worker, records in order."""
    import pickle

    from pii_audit.shards import PROSE_ROWS, shard_batches

    n = PROSE_ROWS * 2 + 5
    body = pa.array([f"Customer number {i} wrote a long message about the delivery of order {i}." for i in range(n)])
    ts = pa.array(range(n), pa.int64())
    batch = Batch("log", pa.table({"body": body}), pa.array(range(1, n + 1), pa.int64()), frozenset({"body"}), ts, None)
    shards = list(shard_batches([batch]))
    assert [s.num_rows for s in shards] == [PROSE_ROWS, PROSE_ROWS, 5]
    assert pa.concat_arrays([s.records for s in shards]).to_pylist() == list(range(1, n + 1))
    assert pa.concat_arrays([s.timestamp for s in shards]).equals(ts)
    assert len(pickle.dumps(shards[-1])) < len(pickle.dumps(batch)) / 50


def test_the_ner_model_is_loaded_once_before_the_workers_fork():
    """Prose in the first shard: the parent loads the model, so the forked workers share
    its pages instead of each loading its own copy."""
    from pii_audit.detection.ner import load_ner

    rules = load_rules()
    ner, _note = load_ner(rules)
    if ner is None:
        pytest.skip("no spaCy model installed")
    ner.warn = False
    detector = Detector(rules, ner=ner)
    body = pa.array(["Anna Schmidt called from Berlin about her delivery, she wants a refund soon."] * 50)
    batch = Batch("log", pa.table({"body": body}), pa.array(range(1, 51), pa.int64()), frozenset({"body"}))
    shards = Shards(detector, rules, occurrences=False, workers=2)
    try:
        assert ner._nlp is None
        part = shards.submit(batch).result()
    finally:
        shards.close()
    assert ner._nlp is not None and part.pid != os.getpid()
