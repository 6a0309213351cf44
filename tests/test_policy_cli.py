"""`pii-audit rules` prints the effective policy; `pii-audit explain ID` says why."""
from __future__ import annotations

import json

import pytest

from tests.helpers import raw_values, run_cli
from pii_audit.reports import render
from tests.policy_support import copy_rules, edit, scan


def test_rules_prints_the_effective_policy():
    code, out, err = run_cli("rules")
    assert code == 0, err
    for text in ("Categories", "category.usage-field -> Usage", "recipient", "Retention", "Account 2555 days",
                 "override 'audit_*'", "timestamp field hints", "created_at", "Encryption", "CREDIT_CARD",
                 "protected.bcrypt", "Severity", "severity.card-anywhere", "-> critical", "default: Account"):
        assert text in out, text


def test_rules_shows_a_users_changes_with_lines(tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "policy.yaml", "  Content: 365d", "  Content: 90d")
    code, out, _ = run_cli("rules", "--rules", str(rules), "--format", "json")
    assert code == 0
    desc = json.loads(out)
    assert desc["retention"]["limits_days"] == {"Account": 2555, "Usage": 730, "Content": 90}
    assert desc["rules_dir"] == str(rules)
    assert desc["encryption"]["must_encrypt"] == ["CREDIT_CARD", "US_SSN", "US_BANK_NUMBER", "IBAN_CODE", "PASSWORD", "API_KEY"]
    line = next(r["line"] for r in desc["categories"]["rules"] if r["id"] == "category.content-field")
    assert "category.content-field" in (rules / "categories.yaml").read_text().splitlines()[line - 1]


@pytest.fixture(scope="module")
def report(sample_dir, tmp_path_factory):
    """A JSON report as `scan --format json` writes it (regex-only: no NER load)."""
    path = tmp_path_factory.mktemp("explain") / "report.json"
    path.write_text(render(scan(sample_dir / "crm.db"), "json"), encoding="utf-8")
    return path, json.loads(path.read_text())


def _find(rep, **kw):
    return next(f for f in rep["findings"] if all(f.get(k) == v for k, v in kw.items()))


def test_explain_pii_finding(report, sample_dir):
    path, rep = report
    f = _find(rep, type="pii", container="messages", field="recipient", entity="EMAIL_ADDRESS")
    code, out, err = run_cli("explain", f["id"], "--report", str(path))
    assert code == 0, err
    assert "category.usage-field" in out and "'recipient'" in out and "categories.yaml:" in out
    assert "severity.pii" in out and "policy.yaml:" in out
    assert "EMAIL_ADDRESS.pattern" in out
    leaked = [v for v in raw_values(sample_dir / "crm.db") if v in out]
    assert not leaked


def test_explain_retention_finding_by_prefix(report):
    path, rep = report
    f = _find(rep, type="retention", container="messages")
    code, out, _ = run_cli("explain", f["id"][:8], "--report", str(path))
    assert code == 0
    assert f"{f['count']} records dated before" in out
    assert "365 days for Content" in out and "sent_at" in out and "counted by the scanned values" in out
    assert "retention.Content" in out and "severity.retention-overrun" in out


def test_explain_unencrypted_finding(report):
    path, rep = report
    f = _find(rep, type="unencrypted", container="billing", entity="CREDIT_CARD")
    code, out, _ = run_cli("explain", f["id"], "--report", str(path))
    assert code == 0
    assert "must never be stored in plaintext" in out and "encryption.yaml:" in out
    assert "critical by severity.card-anywhere" in out


def test_explain_unknown_or_bad_input_is_a_one_line_error(report, tmp_path):
    path, _ = report
    code, _, err = run_cli("explain", "ffffffffffffffff", "--report", str(path))
    assert code == 2 and "no finding with id" in err and len(err.strip().splitlines()) == 1
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    code, _, err = run_cli("explain", "abcd1234", "--report", str(bad))
    assert code == 2 and "not JSON" in err and "Traceback" not in err
