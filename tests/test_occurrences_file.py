"""`--occurrences` lines are assembled from cached parts (scan.py, engine.occurrence_parts):
they must be exactly `json.dumps` of SPEC's record, whatever the field names hold."""
from __future__ import annotations

import csv
import json

from tests.helpers import run_cli

KEYS = ["source", "container", "field", "record", "start", "end", "entity", "category", "score"]


def _check(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines
    for line in lines:
        rec = json.loads(line)
        assert list(rec) == KEYS
        assert line == json.dumps(rec)  # byte for byte what json.dumps of the dict writes
        assert isinstance(rec["record"], int) and isinstance(rec["start"], int) and isinstance(rec["end"], int)
    return [json.loads(line) for line in lines]


def test_structured_and_free_text_fields_with_awkward_names(tmp_path):
    src = tmp_path / 'exp"ort, ü.csv'
    with src.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["e-mail, primary", 'the "note"', "Телефон"])
        for i in range(30):
            w.writerow([f"user{i}@example.org", f"Call Anna Schmidt on +44 20 7946 09{i:02d} about order {i}, she is waiting.",
                        f"+49 30 1234 56{i:02d}"])
    occ = tmp_path / "occ.jsonl"
    code, _out, err = run_cli("scan", str(src), "--format", "json", "--quiet", "--fail-on", "never", "--occurrences", str(occ))
    assert code == 0, err
    recs = _check(occ)
    fields = {r["field"] for r in recs}
    assert {"e-mail, primary", 'the "note"', "Телефон"} <= fields
    assert [r["record"] for r in recs if r["field"] == "e-mail, primary"] == list(range(1, 31))


def test_log_lines_have_a_null_field(tmp_path):
    src = tmp_path / "app.log"
    src.write_text("".join(f"2026-01-0{1 + i % 9}T10:00:00Z login ok for jane{i}@example.org from 203.0.113.{i}\n"
                           for i in range(20)), encoding="utf-8")
    occ = tmp_path / "occ.jsonl"
    code, _out, err = run_cli("scan", str(src), "--format", "json", "--quiet", "--fail-on", "never", "--occurrences", str(occ))
    assert code == 0, err
    recs = _check(occ)
    assert {r["field"] for r in recs} == {None}
    assert {r["entity"] for r in recs} >= {"EMAIL_ADDRESS"}
