"""`pii-audit diff OLD NEW`: new, resolved, changed — and an unreadable source is not a fix."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from pii_audit.reports.diff import diff_reports, render_json, render_text
from tests.helpers import run_cli
from tests.test_reports import PG, ok_report


@pytest.fixture()
def pair():
    old = ok_report()
    new = ok_report()
    gone = new.findings.pop(2)  # billing.csv Email Address: fixed in the new export
    new.findings[0].count = 50  # plaintext cards: 37 -> 50
    retention = next(f for f in new.findings if f.type == "retention" and f.container == "public.messages")
    retention.oldest = "2020-01-01"
    added = replace(new.findings[1], field="backup_card", count=3)
    new.findings.append(added)
    new.as_of = "2026-11-26"
    return old, new, gone, added


def test_diff_classifies_new_resolved_changed(pair):
    old, new, gone, added = pair
    d = diff_reports(old.to_dict(), new.to_dict())
    assert [f["id"] for f in d.added] == [added.fingerprint]
    assert [f["id"] for f in d.resolved] == [gone.fingerprint]
    changed = {f["id"]: ch for f, ch in d.changed}
    assert changed[new.findings[0].fingerprint] == {"count": (37, 50)}
    assert changed[next(f for f in new.findings if f.container == "public.messages" and f.type == "retention").fingerprint] == {
        "oldest": ("2019-03-02", "2020-01-01")}
    assert d.unchanged == len(old.findings) - 1 - 2
    assert d.unverified == []


def test_findings_of_an_unreadable_source_are_unverified_not_resolved(pair):
    old, new, _, _ = pair
    new.findings = [f for f in new.findings if f.source != PG]
    pg = next(s for s in new.sources if s.source == PG)
    pg.status, pg.error = "error", "connection refused"
    d = diff_reports(old.to_dict(), new.to_dict())
    assert {f["source"] for f in d.unverified} == {PG}
    assert all(f["source"] != PG for f in d.resolved)
    # a source missing from the new report altogether was not checked either
    new.sources = [s for s in new.sources if s.source != PG]
    assert {f["source"] for f in diff_reports(old.to_dict(), new.to_dict()).unverified} == {PG}


def test_diff_json_and_text(pair):
    old, new, gone, added = pair
    d = diff_reports(old.to_dict(), new.to_dict())
    doc = json.loads(render_json(d))
    assert doc["summary"] == {"new": 1, "resolved": 1, "changed": 2, "unverified": 0, "unchanged": 8}
    assert doc["findings"]["changed"][0]["changes"] == {"count": {"old": 37, "new": 50}}
    assert doc["old"]["as_of"] == "2026-11-25" and doc["new"]["as_of"] == "2026-11-26"
    text = render_text(d, width=100)
    assert text.startswith("pii-audit diff: 1 new, 1 resolved, 2 changed, 0 unverified, 8 unchanged")
    assert "count 37 → 50" in text and added.fingerprint in text and gone.fingerprint in text
    assert max(len(line) for line in text.splitlines()) <= 100
    assert text.index("new (1)") < text.index("changed (2)") < text.index("resolved (1)")


def test_failing_counts_new_findings_and_raised_severities(pair):
    old, new, _, added = pair  # `added` is a low-severity PII finding
    phone = next(f for f in new.findings if f.entity == "PHONE_NUMBER")
    phone.severity = "critical"  # was medium
    d = diff_reports(old.to_dict(), new.to_dict())
    assert [f["id"] for f in d.failing("critical")] == [phone.fingerprint]
    assert sorted(f["id"] for f in d.failing("low")) == sorted([phone.fingerprint, added.fingerprint])
    assert d.failing("never") == []


def test_cli_diff(tmp_path, pair):
    old, new, _, added = pair
    a, b = tmp_path / "old.json", tmp_path / "new.json"
    a.write_text(json.dumps(old.to_dict()), encoding="utf-8")
    b.write_text(json.dumps(new.to_dict()), encoding="utf-8")
    code, out, err = run_cli("diff", str(a), str(b), "--format", "json")
    assert code == 0 and json.loads(out)["summary"]["new"] == 1
    code, out, _ = run_cli("diff", str(a), str(b), "--fail-on", "low")
    assert code == 1 and out.startswith("pii-audit diff: 1 new")
    code, out, _ = run_cli("diff", str(a), str(a), "--fail-on", "info")
    assert code == 0 and "0 new, 0 resolved, 0 changed" in out
    target = tmp_path / "d.json"
    code, out, _ = run_cli("diff", str(a), str(b), "--format", "json", "--output", str(target))
    assert code == 0 and out == "" and json.loads(target.read_text())["summary"]["resolved"] == 1
    assert (target.stat().st_mode & 0o777) == 0o600
    code, out, err = run_cli("diff", str(a), str(tmp_path / "missing.json"))
    assert code == 2 and err.strip() == f"pii-audit: {tmp_path / 'missing.json'}: no such file"
