"""`pii-audit diff OLD NEW`: what changed between two JSON reports — what a nightly job mails.

Findings are matched by their stable id. A finding of OLD that is missing from NEW is
`resolved` only when NEW read its source; when NEW could not read it or did not scan it
at all, it is `unverified` (an outage is not a fix)."""
from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from pii_audit.model import severity_rank
from pii_audit.reports.load import finding_from_dict, finding_id
from pii_audit.reports.common import display_sample, location

# What may change while a finding stays the same finding.
COMPARED = ("severity", "count", "rule", "limit_days", "oldest")


@dataclass
class Diff:
    old: dict[str, Any]
    new: dict[str, Any]
    added: list[dict] = field(default_factory=list)
    resolved: list[dict] = field(default_factory=list)
    unverified: list[dict] = field(default_factory=list)
    changed: list[tuple[dict, dict[str, tuple[Any, Any]]]] = field(default_factory=list)
    unchanged: int = 0

    def failing(self, fail_on: str) -> list[dict]:
        """New findings and findings whose severity rose, at or above the threshold."""
        if fail_on == "never":
            return []
        t = severity_rank(fail_on)
        out = [f for f in self.added if _rank(f) >= t]
        for f, changes in self.changed:
            if _rank(f) >= t and "severity" in changes and _rank_of(changes["severity"][0]) < _rank(f):
                out.append(f)
        return out


def _rank_of(sev: Any) -> int:
    try:
        return severity_rank(str(sev))
    except ValueError:
        return -1


def _rank(f: dict) -> int:
    return _rank_of(f.get("severity"))


def _order(f: dict) -> tuple:
    return (-_rank(f), f.get("source") or "", f.get("container") or "", f.get("field") or "", f.get("type") or "")


def diff_reports(old: dict[str, Any], new: dict[str, Any]) -> Diff:
    before = {finding_id(f): f for f in old["findings"]}
    after = {finding_id(f): f for f in new["findings"]}
    read_ok = {s.get("source") for s in new.get("sources") or [] if s.get("status") == "ok"}
    d = Diff(old=old, new=new)
    for fid, f in after.items():
        if fid not in before:
            d.added.append(f)
            continue
        changes = {k: (before[fid].get(k), f.get(k)) for k in COMPARED if before[fid].get(k) != f.get(k)}
        if changes:
            d.changed.append((f, changes))
        else:
            d.unchanged += 1
    for fid, f in before.items():
        if fid not in after:
            (d.resolved if f.get("source") in read_ok else d.unverified).append(f)
    d.added.sort(key=_order)
    d.resolved.sort(key=_order)
    d.unverified.sort(key=_order)
    d.changed.sort(key=lambda item: _order(item[0]))
    return d


def _summary(d: Diff) -> dict[str, int]:
    return {
        "new": len(d.added),
        "resolved": len(d.resolved),
        "changed": len(d.changed),
        "unverified": len(d.unverified),
        "unchanged": d.unchanged,
    }


def _brief(f: dict) -> dict:
    keep = ("id", "type", "source", "container", "field", "entity", "category", "count", "severity", "rule",
            "sample", "limit_days", "oldest")
    out = {k: f.get(k) for k in keep if k in f}
    out["id"] = finding_id(f)
    if "sample" in out and out["sample"]:
        out["sample"] = display_sample(finding_from_dict(f))
    return out


def render_json(d: Diff) -> str:
    def side(r: dict) -> dict:
        return {"as_of": r.get("as_of"), "findings": len(r.get("findings") or []),
                "tool": r.get("tool"), "sources_failed": sum(1 for s in r.get("sources") or [] if s.get("status") != "ok")}

    doc = {
        "schema_version": 1,
        "old": side(d.old),
        "new": side(d.new),
        "summary": _summary(d),
        "findings": {
            "new": [_brief(f) for f in d.added],
            "resolved": [_brief(f) for f in d.resolved],
            "changed": [dict(_brief(f), changes={k: {"old": a, "new": b} for k, (a, b) in ch.items()}) for f, ch in d.changed],
            "unverified": [_brief(f) for f in d.unverified],
        },
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def _where(f: dict) -> str:
    return location(f.get("source") or "", f.get("container") or "", f.get("field"))


def _what(f: dict) -> str:
    if f.get("type") == "retention":
        return f"{f.get('category')} retention"
    if f.get("type") == "unencrypted":
        return f"{f.get('entity')} in plaintext"
    return f"{f.get('entity')} ({f.get('category')})"


def render_text(d: Diff, width: int | None = None, color: bool = False) -> str:
    buf = io.StringIO()
    console = Console(file=buf, width=width or 100, force_terminal=color, color_system="standard" if color else None,
                      highlight=False, emoji=False)
    s = _summary(d)
    console.print(
        Text(
            f"pii-audit diff: {s['new']} new, {s['resolved']} resolved, {s['changed']} changed, "
            f"{s['unverified']} unverified, {s['unchanged']} unchanged "
            f"(as of {d.old.get('as_of')} → {d.new.get('as_of')})",
            style="bold",
        )
    )
    sections = (
        ("new", d.added, "red"),
        ("changed", [f for f, _ in d.changed], "yellow"),
        ("resolved", d.resolved, "green"),
        ("unverified: source not read in the new report", d.unverified, "magenta"),
    )
    changes = {id(f): ch for f, ch in d.changed}
    for title, findings, style in sections:
        if not findings:
            continue
        table = Table(box=box.SIMPLE_HEAD, title=f"{title} ({len(findings)})", title_justify="left",
                      title_style=f"bold {style}", pad_edge=False, expand=True)
        table.add_column("severity", no_wrap=True)
        table.add_column("finding", overflow="fold", ratio=2)
        table.add_column("where", overflow="fold", ratio=3)
        table.add_column("count", justify="right", no_wrap=True)
        table.add_column("id / change", overflow="fold", ratio=2)
        for f in findings:
            ch = changes.get(id(f))
            note = "; ".join(f"{k} {a} → {b}" for k, (a, b) in ch.items()) if ch else finding_id(f)
            table.add_row(str(f.get("severity")), _what(f), f"{f.get('source')} · {_where(f)}",
                          f"{f.get('count', 0):,}", note)
        console.print(table)
    text = buf.getvalue()
    return text if color else "\n".join(line.rstrip() for line in text.split("\n"))
