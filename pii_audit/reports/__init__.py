"""Report formats: each a pure function of the finished Report (one module per format)."""
from __future__ import annotations

import importlib

from pii_audit.model import Report

FORMATS = ("table", "json", "sarif", "junit", "markdown", "html")
# The file name ending each format is usually given; used in help and docs.
EXTENSIONS = {"table": "txt", "json": "json", "sarif": "sarif", "junit": "xml", "markdown": "md", "html": "html"}


def render(report: Report, fmt: str, **kwargs) -> str:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    module = importlib.import_module(f"pii_audit.reports.{fmt}")
    return module.render(report, **kwargs)
