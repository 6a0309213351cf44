"""Property tests: every reader and the rules loader survive any input.

Each example goes through the real pipeline (fuzz/harness.py: file -> reader -> detection
-> policy) and must end as SPEC says: the source `ok` with broken records skipped and
counted, or `error` with a one-line reason that quotes no data. Never an exception.
PII_AUDIT_HYPOTHESIS_EXAMPLES raises the example count (`make fuzz` runs 2000).
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from fuzz.harness import check, scan_bytes
from pii_audit.rules import RulesError, default_rules_dir, load_rules

EXAMPLES = int(os.environ.get("PII_AUDIT_HYPOTHESIS_EXAMPLES", "30"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
    derandomize=EXAMPLES <= 30,  # the fast suite is reproducible; `make fuzz` explores
    # long runs report a failing example as found: shrinking a whole rules file takes minutes
    phases=tuple(Phase) if EXAMPLES <= 30 else (Phase.explicit, Phase.reuse, Phase.generate),
)
REGRESSIONS = Path(__file__).resolve().parents[1] / "fuzz" / "regressions"

# Values that look like what the scanner hunts, mixed with what breaks parsers.
LOOKALIKES = [
    "jane.doe@example.com", "+1 415 555 0100", "4111 1111 1111 1111", "078-05-1120",
    "DE89 3704 0044 0532 0130 00", "192.168.0.1", "2019-03-02T10:00:00Z", "10/Oct/2020:13:55:36 -0700",
    '"', '""', "'", ",", ";", "\t", "|", "\n", "\r\n", "\r", "\x00", "\ufeff", "\\", "{", "[", "]", "}",
    "\u202e", "\udcff", "é", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "1" * 40, "-" * 40, "a@" * 20,
]
text_cell = st.one_of(st.text(max_size=30), st.sampled_from(LOOKALIKES))
rows = st.lists(st.lists(text_cell, min_size=0, max_size=7), min_size=0, max_size=25)


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


@st.composite
def csv_bytes(draw, delimiter: str | None = None) -> bytes:
    data = draw(rows)
    delim = delimiter or draw(st.sampled_from([",", ";", "\t", "|"]))
    if draw(st.booleans()):
        buf = io.StringIO()
        quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]))
        csv.writer(buf, delimiter=delim, quoting=quoting).writerows(data)
        text = buf.getvalue()
    else:  # naive joining: broken quoting, ragged rows
        text = draw(st.sampled_from(["\n", "\r\n", "\r"])).join(delim.join(r) for r in data)
    if draw(st.booleans()):
        text = "\ufeff" + text
    raw = _encode(text, draw(st.sampled_from(["utf-8", "latin-1", "utf-16", "cp1252"])))
    if draw(st.integers(0, 4)) == 0 and raw:  # splice random bytes in
        at = draw(st.integers(0, len(raw)))
        raw = raw[:at] + draw(st.binary(max_size=40)) + raw[at:]
    return raw


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | text_cell,
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(text_cell, kids, max_size=4),
    max_leaves=25,
)


@st.composite
def jsonl_bytes(draw) -> bytes:
    lines = []
    for _ in range(draw(st.integers(0, 20))):
        kind = draw(st.integers(0, 9))
        if kind < 5:
            lines.append(json.dumps(draw(st.dictionaries(text_cell, json_values, max_size=6)), ensure_ascii=draw(st.booleans())))
        elif kind == 5:
            lines.append(json.dumps(draw(json_values)))
        elif kind == 6:
            depth = draw(st.integers(1, 200_000))
            lines.append(draw(st.sampled_from(["[", '{"a":'])) * depth)
        elif kind == 7:
            full = json.dumps(draw(st.dictionaries(text_cell, json_values, min_size=1, max_size=4)))
            lines.append(full[: draw(st.integers(0, len(full)))])  # truncated
        else:
            lines.append(draw(text_cell))
    return "\n".join(lines).encode("utf-8", errors="surrogatepass")


TIMESTAMPS = ["2024-01-02 03:04:05", "2024-01-02T03:04:05Z", "[10/Oct/2020:13:55:36 -0700]", "Oct 10 13:55:36",
              "1700000000", "9999-99-99 99:99:99", "0000-00-00", "[", ""]


@st.composite
def log_bytes(draw) -> bytes:
    lines = []
    for _ in range(draw(st.integers(0, 25))):
        ts = draw(st.sampled_from(TIMESTAMPS))
        parts = draw(st.lists(text_cell, max_size=8))
        if draw(st.integers(0, 3)) == 0:  # Apache combined shape with garbage fields
            lines.append(f'{draw(text_cell)} - - {ts} "{draw(text_cell)}" {draw(st.integers(-1, 999))} - "{draw(text_cell)}"')
        else:
            lines.append(" ".join([ts, *parts]))
    sep = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    raw = sep.join(lines).encode("utf-8", errors="surrogatepass")
    if draw(st.integers(0, 5)) == 0:
        raw += draw(st.binary(max_size=64))
    return raw


# -- readers -------------------------------------------------------------------------


@FUZZ
@given(csv_bytes())
def test_csv_reader_survives_anything(data):
    check(data, "csv")


@FUZZ
@given(csv_bytes(delimiter="\t"))
def test_tsv_reader_survives_anything(data):
    check(data, "tsv")


@FUZZ
@given(st.one_of(csv_bytes(), st.binary(max_size=200)), st.integers(0, 3), st.integers(0, 10_000))
def test_gzip_csv_survives_truncation_and_garbage(data, mode, cut):
    if mode == 0:
        check(data, "csv.gz")  # valid gzip
    elif mode == 1:
        packed = gzip.compress(data, mtime=0)
        check(packed[: cut % (len(packed) + 1)], "csv.gz", compress=False)  # truncated gzip
    elif mode == 2:
        check(data, "csv.gz", compress=False)  # not gzip at all
    else:
        check(gzip.compress(data, mtime=0) + data, "csv.gz", compress=False)  # trailing garbage


@FUZZ
@given(jsonl_bytes())
def test_jsonl_reader_survives_anything(data):
    check(data, "jsonl")


@FUZZ
@given(st.one_of(log_bytes(), st.binary(max_size=300)))
def test_text_log_reader_survives_anything(data):
    check(data, "log")


@FUZZ
@given(st.one_of(log_bytes(), jsonl_bytes()), st.booleans(), st.integers(0, 10_000))
def test_gzip_log_survives_truncation(data, truncate, cut):
    if truncate:
        packed = gzip.compress(data, mtime=0)
        check(packed[: cut % (len(packed) + 1)], "log.gz", compress=False)
    else:
        check(data, "log.gz")


sql_names = st.text(min_size=1, max_size=12).filter(lambda s: "\x00" not in s)
sql_values = st.one_of(
    st.none(), st.integers(-(2**63), 2**63 - 1), st.floats(), text_cell, st.binary(max_size=30),
    st.binary(max_size=30).map(lambda b: b),  # stored as TEXT below: invalid UTF-8 in a text column
)


@st.composite
def sqlite_bytes(draw, tmp_dir: Path) -> bytes:
    path = tmp_dir / f"h{draw(st.integers(0, 10**9))}.db"
    con = sqlite3.connect(path)
    try:
        if draw(st.booleans()):
            con.execute("PRAGMA journal_mode=WAL")
        for t in range(draw(st.integers(0, 3))):
            cols = draw(st.lists(sql_names, min_size=1, max_size=5, unique_by=str.lower))
            table = draw(sql_names)
            types = [draw(st.sampled_from(["TEXT", "INTEGER", "BLOB", "", "REAL", "DATETIME", "JSON"])) for _ in cols]
            ddl = ", ".join('"{}" {}'.format(c.replace('"', '""'), ty) for c, ty in zip(cols, types))
            without = " WITHOUT ROWID" if draw(st.integers(0, 4)) == 0 else ""
            pk = ', PRIMARY KEY ("{}")'.format(cols[0].replace('"', '""')) if without else ""
            try:
                con.execute('CREATE TABLE "{}" ({}{}){}'.format(table.replace('"', '""'), ddl, pk, without))
            except sqlite3.Error:
                continue
            for _ in range(draw(st.integers(0, 15))):
                vals = [draw(sql_values) for _ in cols]
                if draw(st.booleans()):  # raw bytes in TEXT: invalid UTF-8 the reader must survive
                    vals = [v.decode("latin-1") if isinstance(v, bytes) else v for v in vals]
                try:
                    con.execute('INSERT INTO "{}" VALUES ({})'.format(table.replace('"', '""'), ",".join("?" * len(cols))), vals)
                except (sqlite3.Error, UnicodeEncodeError):  # a lone surrogate cannot be stored
                    pass
        con.commit()
    finally:
        con.close()
    raw = path.read_bytes()
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    # corrupt some bytes, or cut the file short
    mode = draw(st.integers(0, 3))
    if mode == 1 and raw:
        buf = bytearray(raw)
        for _ in range(draw(st.integers(1, 20))):
            buf[draw(st.integers(0, len(buf) - 1))] = draw(st.integers(0, 255))
        raw = bytes(buf)
    elif mode == 2:
        raw = raw[: draw(st.integers(0, len(raw)))]
    return raw


@FUZZ
@given(st.data())
def test_sqlite_reader_survives_random_and_corrupt_databases(tmp_path_factory, data):
    raw = data.draw(sqlite_bytes(tmp_path_factory.mktemp("sq")))
    check(raw, "sqlite")


# -- regressions: every crash `make fuzz` ever found ------------------------------------

_CASES = sorted(p for p in REGRESSIONS.glob("*/*") if p.is_file()) if REGRESSIONS.is_dir() else []


@pytest.mark.parametrize("case", _CASES, ids=[f"{p.parent.name}/{p.name}" for p in _CASES])
def test_fuzz_regressions(case):
    check(case.read_bytes(), case.parent.name.replace("_", "."))


def test_timestamps_outside_python_dates_are_read(tmp_path):
    # year 0000 parses (Arrow and the text parsers allow it) but `day_to_iso` raised
    # OverflowError out of Scanner.run: no report at all; a 0001-01-01 sentinel in a
    # DATETIME column failed the SQLite source (`ArrowInvalid while reading`, int64 µs -> float64)
    for data, kind in [
        (b"0000-01-02 03:04:05 login user1@example.com\n", "log"),
        (b'1.2.3.4 - - [01/Jan/0000:00:00:00 +0000] "GET / HTTP/1.1" 200 5\n', "log"),
        (b'{"time": "0000-01-02T03:04:05Z", "email": "user1@example.com"}\n', "jsonl"),
        (b"created_at,email\n0000-01-02 03:04:05,user1@example.com\n", "csv"),
    ]:
        result = scan_bytes(data, kind)
        assert result.status == "ok", (kind, result.error)
    db = tmp_path / "sentinel.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t (created_at DATETIME, email TEXT)")
    con.executemany("INSERT INTO t VALUES (?, ?)", [("0001-01-01 00:00:00", "a@example.com"), ("2024-01-01 00:00:00", "b@example.com")])
    con.commit()
    con.close()
    result = scan_bytes(db.read_bytes(), "sqlite")
    assert result.status == "ok", result.error


def test_regression_corpus_exists():
    assert {p.parent.name for p in _CASES} >= {"csv", "jsonl", "log"}


def test_deeply_nested_json_line_is_a_skipped_record():
    data = b'{"to": "x@example.com"}\n' + b"[" * 100_000 + b"\n" + b'{"a": ' * 5000 + b"1" + b"}" * 5000 + b"\n"
    result = scan_bytes(data, "jsonl")
    assert result.status == "ok", result.error
    assert result.records == 1 and result.skipped_records == 2


def test_lone_surrogate_json_escapes_are_read_not_fatal(tmp_path):
    # "\ud800" is valid JSON syntax but no UTF-8: it failed the whole source
    # ("UnicodeEncodeError while reading"); now U+FFFD stands in, the rest is detected
    result = scan_bytes((REGRESSIONS / "jsonl" / "lone-surrogate-escape.jsonl").read_bytes(), "jsonl")
    assert result.status == "ok", result.error
    assert result.records == 2 and result.skipped_records == 0
    db = tmp_path / "docs.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t (id INTEGER, doc TEXT, email TEXT)")
    con.execute("INSERT INTO t VALUES (1, ?, 'a@example.com')", ('{"note": "\\ud800", "\\udfff": 1}',))
    con.commit()
    con.close()
    result = scan_bytes(db.read_bytes(), "sqlite")
    assert result.status == "ok", result.error
    assert result.records == 1


def test_repeated_csv_header_names_hide_no_column():
    # `e,e,e_2,e_2_2` used to become e, e_2, e_2_2, e_2_2: two equal names, one column unscanned
    from fuzz.harness import SUFFIXES, _TMP, scanner
    from pii_audit.sources.csv import unique_names

    names = unique_names(["e", "e", "e_2", "e_2_2", "e", "", "column_6"])
    assert len(set(names)) == len(names) == 7 and names[:2] == ["e", "e_2"]
    assert len(set(unique_names(["x"] * 20_000))) == 20_000
    path = _TMP / SUFFIXES["csv"]
    path.write_text("e,e,e_2,e_2_2\n" + ",".join(f"u{i}@example.com" for i in range(4)) + "\n")
    try:
        report = scanner().run([str(path)])
    finally:
        path.unlink()
    fields = {f.field for f in report.findings if f.type == "pii" and f.entity == "EMAIL_ADDRESS"}
    assert len(fields) == 4, fields


# -- the rules loader ------------------------------------------------------------------

RULES = default_rules_dir()
yaml_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**12), 10**12), st.floats(), st.text(max_size=20),
    st.sampled_from(["(", "[a-", "*", "(?<x>", "\\", "0d", "-5d", "1x", "Account", "CREDIT_CARD", "luhn", "y" * 300]),
)
yaml_values = st.recursive(yaml_scalars, lambda k: st.lists(k, max_size=3) | st.dictionaries(st.text(max_size=8), k, max_size=3), max_leaves=8)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, prefix + (i,))


@st.composite
def mutated_rules(draw) -> tuple[str, str]:
    name = draw(st.sampled_from(sorted(p.name for p in RULES.glob("*.yaml"))))
    text = (RULES / name).read_text(encoding="utf-8")
    how = draw(st.integers(0, 3))
    if how == 0:  # replace or delete a value somewhere in the tree
        data = yaml.safe_load(text) or {}
        paths = [p for p in _paths(data) if p]
        if paths:
            path = draw(st.sampled_from(paths))
            parent = data
            for key in path[:-1]:
                parent = parent[key]
            if draw(st.booleans()):
                parent[path[-1]] = draw(yaml_values)
            elif isinstance(parent, dict):
                del parent[path[-1]]
            else:
                parent.pop(path[-1])
        else:
            data = draw(yaml_values)
        text = yaml.safe_dump(data, allow_unicode=True)
    elif how == 1:  # edit the text: delete, insert or swap characters
        for _ in range(draw(st.integers(1, 5))):
            at = draw(st.integers(0, len(text)))
            junk = draw(st.sampled_from(["", ":", "- ", "  ", "\t", "&a ", "*a", "!!python/object:os.system ", "{", "'", "\n"]))
            text = text[:at] + junk + text[at + draw(st.integers(0, 20)):]
    elif how == 2:  # the whole file replaced
        text = draw(st.one_of(st.text(max_size=60), yaml_values.map(lambda v: yaml.safe_dump(v))))
    else:  # cut short
        text = text[: draw(st.integers(0, len(text)))]
    return name, text


@FUZZ
@given(mutated_rules())
def test_rules_loader_gives_one_line_errors(tmp_path_factory, mutation):
    name, text = mutation
    d = tmp_path_factory.mktemp("rules")
    for f in RULES.glob("*.yaml"):
        shutil.copy(f, d / f.name)
    (d / name).write_text(text, encoding="utf-8")
    try:
        rules = load_rules(d)
    except RulesError as exc:
        msg = str(exc)
        assert msg and "\n" not in msg and "Traceback" not in msg, msg
        assert str(d) in msg, f"error does not name the file: {msg}"
        return
    # Accepted rules must then scan without surprises.
    from pii_audit.scan import ScanOptions, Scanner
    import datetime as dt

    data_file = d / "probe.csv"
    data_file.write_text("name,email,phone,created_at,notes\nJane Roe,jane@example.com,+1 415 555 0100,2019-01-01,call me\n")
    report = Scanner(rules, ScanOptions(as_of=dt.date(2026, 1, 1), workers=1), ner=None).run([str(data_file)])
    assert report.sources[0].status == "ok", report.sources[0].error


def test_wrong_type_for_ner_settings_is_a_rules_error(tmp_path):
    # found by `make fuzz` (hypothesis): `ner:` as a list made Policy() raise AttributeError
    # out of load_rules (an `internal error` instead of a one-line RulesError)
    for f in RULES.glob("*.yaml"):
        shutil.copy(f, tmp_path / f.name)
    data = yaml.safe_load((RULES / "detection.yaml").read_text(encoding="utf-8"))
    data["ner"] = [None, 845]
    (tmp_path / "detection.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(RulesError, match="detection.yaml"):
        load_rules(tmp_path)


def test_yaml_bomb_in_rules_is_a_one_line_error(tmp_path):
    for f in RULES.glob("*.yaml"):
        shutil.copy(f, tmp_path / f.name)
    bomb = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    bomb += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
    with open(tmp_path / "timestamps.yaml", "a", encoding="utf-8") as fh:
        fh.write("\n" + "\n".join(bomb) + "\n")
    with pytest.raises(RulesError, match="timestamps.yaml"):
        load_rules(tmp_path)
    (tmp_path / "timestamps.yaml").write_text("field_hints: &x [created_at, *x]\n", encoding="utf-8")
    with pytest.raises(RulesError):
        load_rules(tmp_path)


def test_python_tags_in_rules_never_execute(tmp_path):
    for f in RULES.glob("*.yaml"):
        shutil.copy(f, tmp_path / f.name)
    marker = tmp_path / "pwned"
    (tmp_path / "timestamps.yaml").write_text(
        f"field_hints: !!python/object/apply:os.system ['touch {marker}']\n", encoding="utf-8"
    )
    with pytest.raises(RulesError):
        load_rules(tmp_path)
    assert not marker.exists()
