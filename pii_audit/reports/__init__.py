"""Report formats: each a pure function of the finished Report."""
from __future__ import annotations

from collections.abc import Callable

from pii_audit.model import Report

FORMATS = ("table", "json")


def render(report: Report, fmt: str, **kwargs) -> str:
    renderer: Callable[..., str]
    if fmt == "json":
        from pii_audit.reports.json import render as renderer
    elif fmt == "table":
        from pii_audit.reports.table import render as renderer
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return renderer(report, **kwargs)
