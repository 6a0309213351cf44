"""Message logs: JSON lines, access logs, syslog and app logs; line numbers; broken input."""
from __future__ import annotations

import datetime as dt
import gzip
import json
import os
from pathlib import Path

import pyarrow as pa
import pytest

from pii_audit.model import LINE_FIELD
from pii_audit.sources.base import SourceError
from pii_audit.sources.logs import LogSource


def read(path: Path, sample: int | None = None) -> tuple[LogSource, list]:
    src = LogSource(path, path.name, str(path), sample, gz=None)
    return src, [b for c in src.containers() for b in c.batches]


def rows(batches) -> list[dict]:
    return [r for b in batches for r in b.table.to_pylist()]


def records(batches) -> list[int]:
    return [r for b in batches for r in b.records.to_pylist()]


def test_json_lines_nested_keys_dotted_and_line_numbers_kept(tmp_path):
    lines = [
        json.dumps({"ts": "2024-01-02T03:04:05Z", "payload": {"to": "+441632960001", "body": "hi Ann"}, "n": 3}),
        "",
        "{not json",
        json.dumps({"payload": {"to": ["+441632960002", "+441632960003"]}, "ok": True}),
        json.dumps([1, 2]),
    ]
    p = tmp_path / "gw.jsonl"
    p.write_text("\n".join(lines) + "\n")
    src, batches = read(p)
    assert records(batches) == [1, 4, 5]
    got = rows(batches)
    assert got[0]["payload.body"] == "hi Ann" and got[0]["payload.to"] == "+441632960001" and got[0]["n"] == "3"
    assert got[1]["payload.to"] == "+441632960002 +441632960003" and got[1]["ok"] == "true"
    assert (src.records, src.skipped) == (3, 1)


def test_json_keys_that_look_like_values_never_become_field_names(tmp_path):
    p = tmp_path / "m.jsonl"
    p.write_text(json.dumps({"contacts": {"ann@example.com": "Ann", "+44 20 7946 0000": "Bob"}}) + "\n")
    _, batches = read(p)
    assert batches[0].fields == ["contacts.*"]
    assert "ann@example.com" not in json.dumps(batches[0].fields)


ACCESS = [
    '192.0.2.7 - alice [10/Oct/2020:13:55:36 -0700] "GET /api/contacts?email=ann%40example.com&x=1 HTTP/1.1" '
    '200 2326 "https://app.example.com/list" "Mozilla/5.0 (X11; Linux x86_64)"',
    '2001:db8::1 - - [11/Oct/2020:01:00:00 +0000] "POST /login HTTP/2.0" 302 - "-" "curl/8.0"',
    "garbage line that is no access log entry",
    '198.51.100.2 - - [12/Oct/2020:23:30:00 +0200] "GET /health HTTP/1.1" 200 5',
]


def test_access_log_split_into_fields_with_times(tmp_path):
    p = tmp_path / "access.log"
    p.write_text("\n".join(ACCESS) + "\n")
    src, batches = read(p)
    (batch,) = batches
    got = batch.table.to_pylist()
    assert got[0]["client_ip"] == "192.0.2.7" and got[0]["remote_user"] == "alice"
    assert got[0]["method"] == "GET" and got[0]["path"] == "/api/contacts?email=ann%40example.com&x=1"
    assert got[0]["status"] == "200" and got[0]["referer"] == "https://app.example.com/list"
    assert got[0]["user_agent"] == "Mozilla/5.0 (X11; Linux x86_64)"
    assert got[1]["referer"] is None and got[1]["bytes"] is None  # "-" is no value
    assert got[2][LINE_FIELD] == "garbage line that is no access log entry" and got[2]["client_ip"] is None
    assert got[3]["referer"] is None and got[3]["path"] == "/health"  # common log format
    assert batch.timestamp_field == "time" and pa.types.is_timestamp(batch.table.schema.field("time").type)
    utc = [t and t.replace(tzinfo=None) for t in batch.timestamp.to_pylist()]
    assert utc == [dt.datetime(2020, 10, 10, 20, 55, 36), dt.datetime(2020, 10, 11, 1, 0), None, dt.datetime(2020, 10, 12, 21, 30)]
    assert {"path", "referer"} <= batch.text_fields
    assert records([batch]) == [1, 2, 3, 4] and src.skipped == 0


def test_plain_app_log_and_syslog_lines_carry_their_own_time(tmp_path):
    p = tmp_path / "app.log"
    p.write_text(
        "2023-12-10 13:44:23,203 INFO delivered to +44 7592 079300\n"
        "[2024-01-02T03:04:05.123Z] WARN retry\n"
        "Mar  3 04:05:06 host sshd[1]: Accepted password for bob from 203.0.113.9\n"
        "<34>Dec 24 10:00:00 host app: hello\n"
        "no time here\n"
    )
    os.utime(p, (dt.datetime(2024, 6, 1).timestamp(),) * 2)  # syslog has no year: the file's mtime gives it
    _, batches = read(p)
    (batch,) = batches
    assert batch.fields == [LINE_FIELD] and batch.timestamp_field == LINE_FIELD
    assert batch.table.column(LINE_FIELD)[0].as_py() == "2023-12-10 13:44:23,203 INFO delivered to +44 7592 079300"
    times = [t and t.replace(tzinfo=None) for t in batch.timestamp.to_pylist()]
    assert times == [
        dt.datetime(2023, 12, 10, 13, 44, 23),
        dt.datetime(2024, 1, 2, 3, 4, 5),
        dt.datetime(2024, 3, 3, 4, 5, 6),
        dt.datetime(2023, 12, 24, 10, 0),  # after June: last year's December
        None,
    ]


def test_latin1_line_is_decoded_not_mangled(tmp_path):
    p = tmp_path / "l.log"
    p.write_bytes("2024-01-01 00:00:00 user José Müller\n".encode("latin-1"))
    _, batches = read(p)
    assert rows(batches)[0][LINE_FIELD].endswith("José Müller")


def test_gzip_log_plain_and_truncated(tmp_path):
    data = "".join(json.dumps({"i": i, "msg": "x" * 50}) + "\n" for i in range(3000)).encode()
    ok = tmp_path / "a.jsonl.gz"
    ok.write_bytes(gzip.compress(data))
    src, batches = read(ok)
    assert src.records == 3000 and records(batches)[-1] == 3000
    cut = tmp_path / "b.jsonl.gz"
    full = gzip.compress(data)
    cut.write_bytes(full[: len(full) // 2])
    with pytest.raises(SourceError, match="truncated or corrupt gzip"):
        read(cut)


def test_binary_garbage_named_log_is_an_error(tmp_path):
    p = tmp_path / "garbage.log"
    p.write_bytes(os.urandom(20000))
    with pytest.raises(SourceError, match="binary content"):
        read(p)


def test_empty_log_is_ok_with_nothing(tmp_path):
    p = tmp_path / "empty.log"
    p.write_bytes(b"\n\n")
    src, batches = read(p)
    assert (src.containers_seen, src.records, batches) == (0, 0, [])


def test_sample_spreads_n_lines(tmp_path):
    p = tmp_path / "s.log"
    p.write_text("".join(f"2024-01-01 00:00:00 line {i}\n" for i in range(1, 51)))
    src, batches = read(p, sample=5)
    assert records(batches) == [1, 11, 21, 31, 41]
    assert src.sampled and src.records == 5


def test_utf8_bom_before_json_lines(tmp_path):
    p = tmp_path / "bom.jsonl"
    p.write_bytes(b"\xef\xbb\xbf" + json.dumps({"email": "a@example.com"}).encode() + b"\n")
    src, batches = read(p)
    assert rows(batches) == [{"email": "a@example.com"}] and src.skipped == 0


def test_deeply_nested_json_is_one_value_or_a_skipped_line(tmp_path):
    p = tmp_path / "deep.jsonl"
    deep: dict = {"a": 1}
    for _ in range(100):
        deep = {"k": deep}
    p.write_text(json.dumps({"top": deep}) + "\n" + "[" * 100000 + "]" * 100000 + "\n" + json.dumps({"n": 1}) + "\n")
    src, batches = read(p)
    assert (src.records, src.skipped) == (2, 1)
    fields = [f for b in batches for f in b.fields]
    assert max(f.count(".") for f in fields) <= 32
