"""A malformed or contradictory rules/ directory: one line naming file, line and problem,
exit 2, before any data is read."""
from __future__ import annotations

import re

import pytest

from pii_audit.rules import RulesError, load_rules
from tests.helpers import run_cli
from tests.policy_support import copy_rules, edit

# (file, old text, new text, the line the error must name (text on it), words of the problem)
CASES = {
    "yaml-syntax": ("policy.yaml", "  Usage: 730d", "  Usage: [730d", "  Content: 365d", "invalid YAML"),
    "bad-limit": ("policy.yaml", "  Usage: 730d", "  Usage: two years", "  Usage: two years", "not a number with a unit"),
    "zero-limit": ("policy.yaml", "  Content: 365d", "  Content: 0d", "  Content: 0d", "more than 0 days"),
    "unknown-category-limit": ("policy.yaml", "  Usage: 730d", "  Usage: 730d\n  Billing: 90d", "  Billing: 90d", "unknown category 'Billing'"),
    "missing-limit": ("policy.yaml", "  Content: 365d    # communication contents: 1 year\n", "", "retention:", "no limit for Content"),
    "override-contradiction": (
        "policy.yaml", "      Usage: 1825d\n",
        "      Usage: 1825d\n  - container: \"audit_*\"\n    retention:\n      Usage: 30d\n",
        "      Usage: 30d", "contradicts",
    ),
    "unknown-severity": ("policy.yaml", "      severity: medium", "      severity: severe", "      severity: severe", "must be one of"),
    "shadowed-severity": (
        "policy.yaml", "    - id: severity.content-pii\n",
        "    - id: severity.any-pii\n      type: pii\n      severity: low\n    - id: severity.content-pii\n",
        "    - id: severity.content-pii", "can never apply",
    ),
    "severity-unknown-entity": ("policy.yaml", "      entity: US_SSN", "      entity: US_SNN", "      entity: US_SNN", "unknown entity 'US_SNN'"),
    "category-unknown": ("categories.yaml", "    category: Usage\n    field: [caller", "    category: Metadata\n    field: [caller",
                         "    category: Metadata", "must be one of"),
    "category-typo-key": ("categories.yaml", "    category: Usage\n    field: [caller", "    category: Usage\n    feild: [caller",
                          "    feild: [caller", "unknown key 'feild'"),
    "category-word-twice": (
        "categories.yaml", "            afzender, ontvanger, beller]",
        "            afzender, ontvanger, beller, transcript]", "", "already Content",
    ),
    "category-unknown-entity": ("categories.yaml", "    entity: [IP_ADDRESS]", "    entity: [IP_ADRESS]", "    entity: [IP_ADRESS]",
                                "unknown entity 'IP_ADRESS'"),
    "must-encrypt-unknown": ("encryption.yaml", "  - IBAN_CODE", "  - IBAN", "  - IBAN", "unknown entity 'IBAN'"),
    "must-encrypt-twice": ("encryption.yaml", "  - IBAN_CODE", "  - IBAN_CODE\n  - US_SSN", "  - US_SSN\n", "listed twice"),
    "timestamp-hint-excluded": ("timestamps.yaml", "field_hints: [created_at,", "field_hints: [dob, created_at,",
                                "field_hints: [dob", "both a timestamp hint and an excluded"),
    "min-distinct": ("recognizers.yaml", "    min_distinct: 12", "    min_distinct: many", "    min_distinct: many", "'min_distinct' must be a whole number"),
    "parse-ratio": ("timestamps.yaml", "min_parse_ratio: 0.8", "min_parse_ratio: 80", "min_parse_ratio: 80", "min_parse_ratio"),
}


def _line_of(text: str, needle: str, occurrence: str = "last") -> int:
    lines = text.splitlines()
    hits = [i + 1 for i, line in enumerate(lines) if line.startswith(needle.rstrip("\n"))]
    assert hits, needle
    return hits[-1] if occurrence == "last" else hits[0]


@pytest.mark.parametrize("case", list(CASES))
def test_bad_rules_name_file_line_and_problem(tmp_path, case):
    file, old, new, line_text, problem = CASES[case]
    rules = copy_rules(tmp_path)
    edit(rules / file, old, new)
    with pytest.raises(RulesError) as err:
        load_rules(rules)
    msg = str(err.value)
    assert "\n" not in msg
    m = re.match(rf"^{re.escape(str(rules / file))}:(\d+): (.+)$", msg)
    assert m, msg
    assert problem in m.group(2), msg
    if line_text:
        text = (rules / file).read_text(encoding="utf-8")
        expected = _line_of(text, line_text)
        if case == "yaml-syntax":  # the parser notices at the next key
            assert int(m.group(1)) in (expected - 1, expected), msg
        else:
            assert int(m.group(1)) == expected, msg


def test_word_claimed_twice_names_the_later_rule_line(tmp_path):
    rules = copy_rules(tmp_path)
    edit(rules / "categories.yaml", "            afzender, ontvanger, beller]", "            afzender, ontvanger, beller, transcript]")
    with pytest.raises(RulesError) as err:
        load_rules(rules)
    line = int(str(err.value).split(":")[1])
    text = (rules / "categories.yaml").read_text().splitlines()
    assert "transcript]" in text[line - 1] and "beller" in text[line - 1]
    assert "category.content-field" in str(err.value) and "category.usage-field" in str(err.value)


def test_cli_reports_bad_rules_before_reading_any_data(tmp_path, sample_dir):
    rules = copy_rules(tmp_path)
    edit(rules / "policy.yaml", "  Usage: 730d", "  Usage: 730 days")
    out = tmp_path / "report.json"
    code, stdout, stderr = run_cli("scan", str(sample_dir / "crm.db"), "--rules", str(rules), "--output", str(out),
                                   "--format", "json", "--quiet")
    assert code == 2
    assert not out.exists() and stdout == ""
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "Traceback" not in stderr
    assert f"{rules / 'policy.yaml'}:" in lines[0] and "730 days" in lines[0]
    # the same for `pii-audit rules`
    code, _, stderr = run_cli("rules", "--rules", str(rules))
    assert code == 2 and len(stderr.strip().splitlines()) == 1


def test_missing_rules_file_and_directory(tmp_path):
    rules = copy_rules(tmp_path)
    (rules / "timestamps.yaml").unlink()
    with pytest.raises(RulesError, match="timestamps.yaml: file not found"):
        load_rules(rules)
    with pytest.raises(RulesError, match="rules directory not found"):
        load_rules(tmp_path / "nope")


def test_shipped_rules_load_and_round_trip_lines():
    rules = load_rules()
    assert rules.line("policy.yaml", "retention", "Content")
    text = (rules.directory / "policy.yaml").read_text().splitlines()
    assert text[rules.line("policy.yaml", "retention", "Content") - 1].strip().startswith("Content:")
