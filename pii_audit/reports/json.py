"""The SPEC JSON report."""
from __future__ import annotations

import json

from pii_audit.model import Report


def render(report: Report, **_: object) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
