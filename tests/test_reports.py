"""Every report format from one hand-built Report: structure, layout, the gate's verdict.

`sample_report()` is shared with the other report tests."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from pii_audit.model import Finding, Report, SourceResult
from pii_audit.reports import FORMATS, render
from pii_audit.reports.common import display_sample, grouped
from pii_audit.reports.gate import exit_code, failing

PG = "postgresql://audit@127.0.0.1:5432/crm"


def _pii(source, container, field, entity, category, count, severity, sample, rule=None):
    return Finding("pii", source, container, field, category, count, severity, rule or f"{entity}.pattern",
                   entity=entity, confidence=0.9, sample=sample)


def sample_report(fail_on: str = "high") -> Report:
    """Four kinds of source (one unreadable), all three finding types, every severity."""
    sources = [
        SourceResult("exports/billing.csv", "csv", containers=1, records=120, container_names=["billing.csv"]),
        SourceResult(PG, "postgresql", containers=3, records=5000,
                     container_names=["public.customers", "public.messages", "public.audit_trail"]),
        SourceResult("crm.db", "sqlite", containers=2, records=40, container_names=["calls", "settings"]),
        SourceResult("logs/app.log", "log", containers=1, records=300, container_names=["app.log"]),
        SourceResult("broken.csv", "csv", status="error", error="not UTF-8 text at byte 12"),
    ]
    findings = [
        Finding("unencrypted", "exports/billing.csv", "billing.csv", "card_number", "Account", 37, "critical",
                "encryption.must_encrypt.CREDIT_CARD", entity="CREDIT_CARD", sample="************4242",
                message="CREDIT_CARD stored in plaintext"),
        _pii("exports/billing.csv", "billing.csv", "card_number", "CREDIT_CARD", "Account", 37, "low",
             "************4242", "CREDIT_CARD.luhn"),
        _pii("exports/billing.csv", "billing.csv", "Email Address", "EMAIL_ADDRESS", "Account", 120, "low",
             "j***@e******.com"),
        Finding("retention", PG, "public.messages", "sent_at", "Content", 412, "high", "retention.Content",
                limit_days=365, oldest="2019-03-02", message="412 records older than 365 days (Content)"),
        _pii(PG, "public.messages", "body", "PHONE_NUMBER", "Content", 88, "medium", "+4* 2*** 9******"),
        _pii(PG, "public.messages", "recipient", "EMAIL_ADDRESS", "Usage", 4000, "low", "m***@e******.org"),
        _pii(PG, "public.customers", "email", "EMAIL_ADDRESS", "Account", 9981, "low", "a***@e******.com"),
        Finding("retention", PG, "public.customers", "created_at", "Account", 9, "high", "retention.Account",
                limit_days=2555, oldest="2016-01-05"),
        Finding("unencrypted", "crm.db", "calls", "transcript", "Content", 2, "critical",
                "encryption.must_encrypt.US_SSN", entity="US_SSN", sample="***********"),
        Finding("retention", "crm.db", "calls", None, "Usage", 0, "info", "retention.no_timestamp",
                limit_days=730, message="holds personal data but has no usable timestamp: retention cannot be checked"),
        _pii("logs/app.log", "app.log", None, "IP_ADDRESS", "Usage", 51, "low", "1**.*.*.2**", "IP_ADDRESS.v4"),
    ]
    return Report(as_of="2026-11-25", version="0.1.0", sources=sources, findings=findings,
                  rules_version="2026.11.1", fail_on=fail_on, notes=["skipped unsupported file: README.md"])


@pytest.fixture(scope="module")
def report() -> Report:
    return sample_report()


def ok_report(fail_on="high") -> Report:
    r = sample_report(fail_on)
    return replace(r, sources=[s for s in r.sources if s.status == "ok"])


# ---- the gate -----------------------------------------------------------------------

@pytest.mark.parametrize(
    "fail_on, failing_count, code",
    [("info", 11, 1), ("low", 10, 1), ("medium", 5, 1), ("high", 4, 1), ("critical", 2, 1), ("never", 0, 0)],
)
def test_gate_counts_findings_at_or_above_threshold(fail_on, failing_count, code):
    r = ok_report(fail_on)
    assert len(failing(r)) == failing_count
    assert exit_code(r) == code


def test_gate_unreadable_source_is_exit_2_whatever_the_threshold(report):
    assert exit_code(report) == 2
    assert exit_code(replace(report, fail_on="never")) == 2


# ---- terminal table -----------------------------------------------------------------

@pytest.mark.parametrize("width", [100, 120])
def test_table_fits_the_terminal_width(report, width):
    out = render(report, "table", width=width)
    assert max(len(line) for line in out.splitlines()) <= width
    for f in report.findings:
        assert f.rule in out.replace("\n", "") or f.rule[: width // 4] in out


def test_table_wraps_long_names_inside_the_width():
    r = ok_report()
    f = r.findings[0]
    r.findings.append(replace(f, container="x" * 150 + ".csv", field="a very long column name " * 4,
                              rule="encryption." + "must_encrypt_" * 8, sample="*" * 90))
    for width in (80, 100, 120):
        out = render(r, "table", width=width)
        assert max(len(line) for line in out.splitlines()) <= width
        assert "must_encrypt_" in out and "x" * 60 in out


def test_table_order_summary_then_groups_then_status(report):
    out = render(report, "table", width=110)
    lines = out.splitlines()
    summary = next(i for i, line in enumerate(lines) if line.startswith("Summary"))
    first_source = next(i for i, line in enumerate(lines) if line.startswith("exports/billing.csv"))
    assert summary < first_source
    # sources in report order, each titled once with its kind and record count
    order = [next(i for i, line in enumerate(lines) if line.startswith(s)) for s in ("exports/billing.csv", PG, "crm.db", "logs/app.log")]
    assert order == sorted(order)
    assert "(postgresql, 3 containers, 5,000 records)" in out and "(csv, 1 container, 120 records)" in out
    # the summary crosses category x type x severity
    row = next(line for line in lines if line.split()[:2] == ["Content", "retention"])
    assert row.split()[2:] == ["·", "1", "·", "·", "·", "1"]
    # inside a source, the container with the worst finding comes first (ties by name)
    pg = out.index(PG)
    assert out.index("public.customers", pg) < out.index("public.messages", pg)
    r = replace(report, findings=[replace(report.findings[2], container="a_low.csv"), report.findings[0]])
    out = render(r, "table", width=110)
    assert out.index("billing.csv") < out.index("a_low.csv")
    assert "error broken.csv: not UTF-8 text at byte 12" in out
    last = lines[-1]
    assert last.startswith("11 findings: 2 critical, 2 high, 1 medium, 5 low, 1 info")
    assert "4/5 sources ok" in last and last.endswith("→ exit 2")


def test_table_shows_masked_samples_and_retention_detail(report):
    out = render(report, "table", width=120)
    assert "************4242" in out and "j***@e******.com" in out
    assert "limit 365 d, oldest 2019-03-02" in out
    assert "no usable timestamp" in out
    assert "\x1b[" not in out  # no colour unless asked


def test_table_colour_only_when_asked(report):
    assert "\x1b[" in render(report, "table", width=120, color=True)


def test_display_sample_never_passes_an_unmasked_value():
    f = Finding("pii", "s", "c", "f", "Account", 1, "low", "r", entity="EMAIL_ADDRESS", sample="john.smith@example.com")
    assert display_sample(f) == "j*********@e******.com"
    f.sample = "j***@e******.com"
    assert display_sample(f) == "j***@e******.com"


def test_grouping_keeps_every_finding_once(report):
    seen = [f for _, containers in grouped(report) for _, fs in containers for f in fs]
    assert sorted(map(id, seen)) == sorted(map(id, report.findings))


# ---- JSON ---------------------------------------------------------------------------

def test_json_is_the_spec_report(report):
    data = json.loads(render(report, "json"))
    assert data == json.loads(json.dumps(report.to_dict()))
    assert data["summary"]["findings"] == 11 and data["summary"]["suppressed"] == 0
    assert all(re.fullmatch(r"[0-9a-f]{16}", f["id"]) for f in data["findings"])


# ---- JUnit --------------------------------------------------------------------------

def test_junit_one_case_per_container_and_a_failure_per_failing_finding(report):
    root = ET.fromstring(render(report, "junit"))
    assert root.tag == "testsuites"
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert list(suites) == [s.source for s in report.sources]
    pg = suites[PG]
    cases = {c.get("name"): c for c in pg.findall("testcase")}
    assert set(cases) == {"public.customers", "public.messages", "public.audit_trail"}
    assert len(cases["public.messages"].findall("failure")) == 1  # the retention overrun (high)
    assert cases["public.messages"].find("system-out") is not None  # medium and low listed, not failed
    assert not cases["public.audit_trail"].findall("failure")  # clean container: a passing test
    assert pg.get("tests") == "3" and pg.get("failures") == "2"
    csv_case = suites["exports/billing.csv"].find("testcase")
    failure = csv_case.find("failure")
    assert failure.get("type") == "unencrypted.critical"
    assert "************4242" in failure.text
    err = suites["broken.csv"].find("testcase/error")
    assert err is not None and "not UTF-8" in err.get("message")
    total_failures = sum(len(c.findall("failure")) for c in root.iter("testcase"))
    assert total_failures == len(failing(report)) == 4
    assert root.get("errors") == "1"


def test_junit_never_fails_with_fail_on_never():
    root = ET.fromstring(render(ok_report("never"), "junit"))
    assert not list(root.iter("failure")) and root.get("failures") == "0"
    assert int(root.get("tests")) >= 7


def test_junit_survives_control_characters_in_names():
    r = ok_report()
    r.findings[0].container = "bad\x01name\x1f.csv"
    ET.fromstring(render(r, "junit"))


# ---- Markdown -----------------------------------------------------------------------

def test_markdown_is_a_compact_pr_comment(report):
    md = render(report, "markdown")
    assert md.startswith("### ⚠️ pii-audit: error")
    assert "| category | critical | high | medium | low | info | total |" in md
    assert "| Content | 1 | 1 | 1 | · | · | 3 |" in md
    assert "**Findings at or above `high`**" in md
    assert "<details><summary>7 other findings</summary>" in md
    assert "`************4242`" in md  # masked samples in code spans: `*` is not emphasis
    assert len(md) < 65536
    # every table row has the header's number of cells
    for block in re.findall(r"(\| severity \|.*?)(?:\n\n|\Z)", md, re.S):
        rows = block.strip().splitlines()
        widths = {len(re.findall(r"(?<!\\)\|", row)) for row in rows}
        assert len(widths) == 1, rows


def test_markdown_caps_rows_for_huge_reports():
    r = ok_report("low")
    many = [replace(r.findings[2], field=f"f{i}") for i in range(500)]
    md = render(replace(r, findings=many), "markdown")
    assert "450 more in the full report" in md and len(md) < 65536


def test_markdown_escapes_pipes_and_markup():
    r = ok_report()
    r.findings[0].container = "a|b<script>"
    r.sources[0].status, r.sources[0].error = "error", "bad *byte* <b>|</b>"
    md = render(r, "markdown")
    assert "`a\\|b<script>.card_number`" in md  # literal inside a code span, pipe escaped
    assert "bad \\*byte\\* &lt;b&gt;\\|&lt;/b&gt;" in md


# ---- HTML (static checks; the browser test renders it) ----------------------------

def test_html_is_self_contained_and_escaped(report):
    r = replace(report, findings=[*report.findings, replace(report.findings[2], field="<img src=x onerror=alert(1)>")])
    page = render(r, "html")
    assert not re.search(r"https?://", page, re.I)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"<(link|img|iframe|object|embed)\b", page, re.I)
    assert not re.search(r"<script[^>]+src=", page, re.I)
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert page.count("<tr class=") == len(r.findings)
    assert 'id="chart-category"' in page and 'id="chart-severity"' in page and 'id="retention-chart"' in page


def test_html_retention_picture_lists_records_past_limit(report):
    page = render(report, "html")
    section = page[page.index('id="retention"'):page.index('id="findings"')]
    assert "412 past 365 d (Content), oldest 2019-03-02" in section
    assert "public.customers" in section and "9 past 2555 d" in section
    assert "no usable timestamp" in section and "calls" in section
    # biggest overrun first
    assert section.index("public.messages") < section.index("public.customers")


# ---- every format -------------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_an_empty_report(fmt):
    empty = Report(as_of="2026-11-25", version="0.1.0", sources=[SourceResult("a.csv", "csv")], findings=[])
    out = render(empty, fmt)
    assert out.strip()


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_names_every_rule(report, fmt):
    out = render(report, fmt)
    flat = out.replace("\n", "")
    for f in report.findings:
        if fmt == "markdown" or fmt == "table":
            continue  # checked in their own tests (folded cells, capped rows)
        assert f.rule in flat, (fmt, f.rule)
