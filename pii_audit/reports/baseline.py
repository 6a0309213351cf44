"""--baseline: an earlier JSON report whose findings are known and accepted.

A finding is matched by its stable id (Finding.fingerprint: type, source, container,
field, entity, category), never by its count, so a known finding that grows or shrinks
stays suppressed; anything new still fails the gate."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pii_audit.model import Report
from pii_audit.reports.load import ReportFileError, finding_id, load_report_file


class BaselineError(Exception):
    """One line naming the baseline file and the problem."""


def load_baseline(path: Path | str) -> set[str]:
    try:
        data = load_report_file(path)
    except ReportFileError as exc:
        raise BaselineError(f"--baseline {exc}") from None
    return {finding_id(f) for f in data["findings"]}


def apply_baseline(report: Report, known: set[str]) -> Report:
    """The report without the known findings, counting how many were suppressed."""
    kept = [f for f in report.findings if f.fingerprint not in known]
    return replace(report, findings=kept, suppressed=report.suppressed + len(report.findings) - len(kept))
