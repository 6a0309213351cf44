"""--baseline files: matched by the stable finding id, never by counts; bad files are
one-line errors."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from pii_audit.reports import render
from pii_audit.reports.baseline import BaselineError, apply_baseline, load_baseline
from pii_audit.reports.load import finding_id
from tests.test_reports import ok_report, sample_report


def test_fingerprint_ignores_counts_samples_and_severity_but_not_place():
    f = sample_report().findings[0]
    same = replace(f, count=f.count + 1000, sample="************0000", severity="low", rule="other.rule")
    assert same.fingerprint == f.fingerprint
    for change in ({"field": "card_no"}, {"container": "other.csv"}, {"source": "other/billing.csv"},
                   {"entity": "IBAN_CODE"}, {"category": "Usage"}, {"type": "pii"}):
        assert replace(f, **change).fingerprint != f.fingerprint, change


def test_apply_baseline_drops_known_findings_and_counts_them(tmp_path):
    old = ok_report()
    path = tmp_path / "old.json"
    path.write_text(render(old, "json"), encoding="utf-8")
    known = load_baseline(path)
    assert known == {f.fingerprint for f in old.findings}
    new = ok_report()
    extra = replace(new.findings[1], field="cvv")
    new.findings.append(extra)
    for f in new.findings:
        f.count *= 2
    result = apply_baseline(new, known)
    assert result.findings == [extra]
    assert result.suppressed == len(old.findings)
    assert json.loads(render(result, "json"))["summary"]["suppressed"] == len(old.findings)
    assert f"{len(old.findings)} suppressed by baseline" in render(result, "markdown")


def test_baseline_from_a_report_without_ids_recomputes_them(tmp_path):
    data = sample_report().to_dict()
    for f in data["findings"]:
        del f["id"]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_baseline(path) == {f.fingerprint for f in sample_report().findings}
    assert finding_id(data["findings"][0]) == sample_report().findings[0].fingerprint


@pytest.mark.parametrize("content, problem", [
    (None, "no such file"),
    ("", "not JSON (line 1, column 1)"),
    ("[1, 2]", "not a pii-audit JSON report (no findings list)"),
    ('{"findings": {"a": 1}}', "not a pii-audit JSON report (no findings list)"),
    ('{"findings": [{"count": 1}]}', "finding 1 is not a finding object"),
    (b"\xff\xfe{", "not UTF-8 text"),
])
def test_bad_baseline_files_are_one_line_errors(tmp_path, content, problem):
    path = tmp_path / "base.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(BaselineError) as exc:
        load_baseline(path)
    assert str(exc.value) == f"--baseline {path}: {problem}"


def test_a_directory_is_not_a_baseline(tmp_path):
    with pytest.raises(BaselineError, match="is a directory"):
        load_baseline(tmp_path)
