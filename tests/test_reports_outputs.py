"""Several reports from one scan: planned and checked before the scan, written whole."""
from __future__ import annotations

import os
import stat

import pytest

from pii_audit.reports import FORMATS
from pii_audit.reports.outputs import Output, atomic_writer, check, plan, write_all
from tests.helpers import run_cli
from tests.test_reports import ok_report


def test_plan_keeps_the_main_format_first_and_adds_extras(tmp_path):
    outs = plan("table", None, {"sarif": tmp_path / "a.sarif", "html": None, "json": tmp_path / "a.json"})
    assert outs == [Output("table", None, "--format"), Output("sarif", tmp_path / "a.sarif", "--sarif-output"),
                    Output("json", tmp_path / "a.json", "--json-output")]


def test_check_refuses_clashes_before_any_scan(tmp_path):
    data = tmp_path / "export.csv"
    data.write_text("email\n", encoding="utf-8")
    same = plan("json", tmp_path / "r.json", {"sarif": tmp_path / "r.json"})
    assert check(same, [str(tmp_path)]) == f"--sarif-output {tmp_path / 'r.json'}: the same file as --output"
    onto_source = plan("json", data, {})
    assert "is one of the scanned sources" in check(onto_source, [str(data)])
    assert "is one of the scanned sources" in check(plan("json", None, {}), [str(data)], occurrences=data)
    assert "is one of the scanned sources" in check(plan("json", tmp_path / "crm.db", {}), [f"sqlite:///{tmp_path}/crm.db"])
    assert check(plan("json", tmp_path / "nope" / "r.json", {}), []) == \
        f"--output {tmp_path / 'nope' / 'r.json'}: directory {tmp_path / 'nope'} does not exist"
    assert check(plan("json", tmp_path, {}), []) == f"--output {tmp_path}: is a directory"
    assert check(plan("json", tmp_path / "r.json", {"html": tmp_path / "r.html"}), [str(data)]) is None


def test_atomic_writer_leaves_nothing_behind_on_failure(tmp_path):
    target = tmp_path / "occ.jsonl"
    target.write_text("yesterday\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        with atomic_writer(target) as fh:
            fh.write("half of today")
            raise KeyboardInterrupt
    assert target.read_text(encoding="utf-8") == "yesterday\n"  # the previous file, untouched
    assert sorted(os.listdir(tmp_path)) == ["occ.jsonl"]
    with atomic_writer(target) as fh:
        fh.write("today\n")
    assert target.read_text(encoding="utf-8") == "today\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_write_all_writes_every_format_and_reports_failures(tmp_path, capsys):
    outs = [Output(fmt, tmp_path / f"r.{fmt}", f"--{fmt}-output") for fmt in FORMATS]
    outs.append(Output("json", tmp_path / "gone" / "r.json", "--json-output"))
    errors = write_all(ok_report(), outs)
    assert errors == [f"--json-output {tmp_path / 'gone' / 'r.json'}: cannot write report: No such file or directory"]
    for fmt in FORMATS:
        p = tmp_path / f"r.{fmt}"
        assert p.stat().st_size > 100 and stat.S_IMODE(p.stat().st_mode) == 0o600
    assert capsys.readouterr().out == ""  # files only: nothing on stdout


def test_cli_refuses_a_missing_output_directory_before_scanning(tmp_path):
    data = tmp_path / "export.csv"
    data.write_text("email\n", encoding="utf-8")
    code, out, err = run_cli("scan", str(data), "--html-output", str(tmp_path / "no" / "r.html"))
    assert code == 2 and out == ""
    assert err.strip() == f"pii-audit: --html-output {tmp_path / 'no' / 'r.html'}: directory {tmp_path / 'no'} does not exist"
