"""JUnit XML for CI dashboards: a test suite per source, a test case per container, a
<failure> per finding at or above --fail-on; findings below it are listed in the test
case's system-out. An unreadable source is a test case with an <error>."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from pii_audit.model import Finding, Report
from pii_audit.reports.common import describe, grouped, sort_key, what, where
from pii_audit.reports.gate import failing

# Characters XML 1.0 cannot carry, even escaped.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _x(text: object) -> str:
    return _INVALID_XML.sub("\ufffd", str(text))


def render(report: Report, **_: object) -> str:
    fail_ids = {id(f) for f in failing(report)}
    by_source = dict(grouped(report))
    root = ET.Element("testsuites", name="pii-audit")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for src in report.sources:
        containers = dict(by_source.get(src.source, []))
        names = list(dict.fromkeys([*src.container_names, *containers]))
        suite = ET.SubElement(root, "testsuite", name=_x(src.source))
        props = ET.SubElement(suite, "properties")
        for key, value in (("kind", src.kind), ("records", src.records), ("skipped_records", src.skipped_records),
                           ("as_of", report.as_of), ("fail_on", report.fail_on)):
            ET.SubElement(props, "property", name=key, value=_x(value))
        counts = {"tests": 0, "failures": 0, "errors": 0}
        if src.status != "ok":
            case = ET.SubElement(suite, "testcase", classname=_x(src.source), name="(read source)")
            err = ET.SubElement(case, "error", message=_x(src.error or "source could not be read"), type="SourceError")
            err.text = _x(f"{src.source}: {src.error}")
            counts["tests"] += 1
            counts["errors"] += 1
        if not names and src.status == "ok":
            # Nothing was listed for this source: still one passing case, so a clean scan
            # is a visible pass rather than "no tests found".
            names = ["(all containers)"]
        for name in names:
            findings = containers.get(name, [])
            case = ET.SubElement(suite, "testcase", classname=_x(src.source), name=_x(name))
            counts["tests"] += 1
            failed = [f for f in findings if id(f) in fail_ids]
            for f in failed:
                _failure(case, f, report.fail_on)
            if failed:
                counts["failures"] += 1
            below = [f for f in findings if id(f) not in fail_ids]
            if below:
                out = ET.SubElement(case, "system-out")
                out.text = _x("\n".join(describe(f) for f in sorted(below, key=sort_key)))
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
        suite.set("skipped", "0")
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _failure(case: ET.Element, f: Finding, fail_on: str) -> None:
    el = ET.SubElement(
        case,
        "failure",
        message=_x(f"{f.severity}: {what(f)} in {where(f)} ({f.category})"),
        type=_x(f"{f.type}.{f.severity}"),
    )
    el.text = _x(f"{describe(f)}\nFinding id {f.fingerprint}; fails because it is at or above --fail-on {fail_on}.")
