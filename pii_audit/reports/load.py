"""Read an earlier JSON report (for --baseline and `diff`) with one-line errors."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pii_audit.model import Finding, Report, SourceResult


class ReportFileError(Exception):
    """A report file that cannot be used; the message is one line and quotes no data."""


def load_report_file(path: Path | str) -> dict[str, Any]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReportFileError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ReportFileError(f"{path}: is a directory") from None
    except OSError as exc:
        raise ReportFileError(f"{path}: cannot read: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise ReportFileError(f"{path}: not UTF-8 text") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReportFileError(f"{path}: not JSON (line {exc.lineno}, column {exc.colno})") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise ReportFileError(f"{path}: not a pii-audit JSON report (no findings list)")
    for i, f in enumerate(data["findings"]):
        if not isinstance(f, dict) or not isinstance(f.get("type"), str):
            raise ReportFileError(f"{path}: finding {i + 1} is not a finding object")
    return data


def finding_id(f: dict[str, Any]) -> str:
    """The exported `id`, or the same fingerprint recomputed for reports that lack it."""
    fid = f.get("id")
    if isinstance(fid, str) and fid:
        return fid
    return finding_from_dict(f).fingerprint


def finding_from_dict(f: dict[str, Any]) -> Finding:
    return Finding(
        type=f.get("type", ""),
        source=f.get("source", ""),
        container=f.get("container", ""),
        field=f.get("field"),
        category=f.get("category", ""),
        count=int(f.get("count") or 0),
        severity=f.get("severity", "info"),
        rule=f.get("rule", ""),
        entity=f.get("entity"),
        confidence=f.get("confidence"),
        sample=f.get("sample"),
        limit_days=f.get("limit_days"),
        oldest=f.get("oldest"),
        message=f.get("message"),
        evidence=f.get("evidence") or {},
    )


def report_from_dict(d: dict[str, Any]) -> Report:
    """A Report again, so a saved JSON report can be rendered in any format."""
    tool = d.get("tool") or {}
    sources = [
        SourceResult(
            source=s.get("source", ""),
            kind=s.get("kind", ""),
            status=s.get("status", "ok"),
            error=s.get("error"),
            containers=int(s.get("containers") or 0),
            records=int(s.get("records") or 0),
            skipped_records=int(s.get("skipped_records") or 0),
            sampled=bool(s.get("sampled")),
        )
        for s in d.get("sources") or []
    ]
    return Report(
        as_of=d.get("as_of", ""),
        version=tool.get("version", ""),
        sources=sources,
        findings=[finding_from_dict(f) for f in d.get("findings") or []],
        rules_version=tool.get("rules_version", ""),
        suppressed=int((d.get("summary") or {}).get("suppressed") or 0),
        fail_on=d.get("fail_on", "high"),
        notes=list(d.get("notes") or []),
    )
