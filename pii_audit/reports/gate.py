"""The CI gate: which findings fail a run, and the exit code (SPEC "Exit codes").

Baseline-suppressed findings are already gone from the report, so they never count."""
from __future__ import annotations

from pii_audit.model import Finding, Report, severity_rank

FAIL_ON = ("info", "low", "medium", "high", "critical", "never")


def failing(report: Report, fail_on: str | None = None) -> list[Finding]:
    level = fail_on or report.fail_on
    if level == "never":
        return []
    threshold = severity_rank(level)
    return [f for f in report.findings if severity_rank(f.severity) >= threshold]


def exit_code(report: Report, fail_on: str | None = None) -> int:
    if any(s.status != "ok" for s in report.sources):
        return 2
    return 1 if failing(report, fail_on) else 0
