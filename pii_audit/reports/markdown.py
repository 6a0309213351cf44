"""A compact GitHub-flavoured Markdown summary, fit for a pull-request comment: the verdict,
counts by category × severity, then the findings that fail the gate (the rest folded)."""
from __future__ import annotations

from pii_audit.model import Finding, Report
from pii_audit.reports.common import (
    SEVERITIES_DESC,
    categories,
    detail,
    display_sample,
    exit_meaning,
    severity_counts,
    sort_key,
    where,
)
from pii_audit.reports.gate import exit_code, failing

MAX_ROWS = 50  # a PR comment holds 65,536 characters; beyond this, point to the full report
ICON = {0: "✅", 1: "❌", 2: "⚠️"}


def render(report: Report, **_: object) -> str:
    code = exit_code(report)
    fails = failing(report)
    sev = severity_counts(report)
    ok = sum(1 for s in report.sources if s.status == "ok")
    lines = [
        f"### {ICON[code]} pii-audit: {exit_meaning(code)} (exit {code})",
        "",
        f"{len(report.findings)} findings · {len(fails)} at or above `{report.fail_on}` · "
        f"{ok}/{len(report.sources)} sources read · as of {report.as_of}"
        + (f" · {report.suppressed} suppressed by baseline" if report.suppressed else ""),
        "",
        "| category | " + " | ".join(SEVERITIES_DESC) + " | total |",
        "|---|" + "---:|" * (len(SEVERITIES_DESC) + 1),
    ]
    for cat in categories(report):
        row = [sum(1 for f in report.findings if f.category == cat and f.severity == s) for s in SEVERITIES_DESC]
        lines.append(f"| {cat} | " + " | ".join(str(n) if n else "·" for n in row) + f" | {sum(row)} |")
    lines.append("| **all** | " + " | ".join(f"**{sev[s]}**" for s in SEVERITIES_DESC) + f" | **{len(report.findings)}** |")
    lines.append("")
    for s in report.sources:
        if s.status != "ok":
            lines.append(f"- ⚠️ could not read {code_span(s.source)}: {cell(s.error or '')}")
    if any(s.status != "ok" for s in report.sources):
        lines.append("")
    fail_set = {id(f) for f in fails}
    rest = [f for f in report.findings if id(f) not in fail_set]
    if fails:
        lines.append(f"**Findings at or above `{report.fail_on}`**")
        lines.append("")
        lines.extend(_table(sorted(fails, key=_order)))
        lines.append("")
    if rest:
        lines.append(f"<details><summary>{len(rest)} other findings</summary>")
        lines.append("")
        lines.extend(_table(sorted(rest, key=_order)))
        lines.append("")
        lines.append("</details>")
        lines.append("")
    return "\n".join(lines)


def _order(f: Finding) -> tuple:
    return (sort_key(f)[0], f.source, f.container, *sort_key(f)[1:])


def _table(findings: list[Finding]) -> list[str]:
    rows = [
        "| severity | type | source | location | entity | category | count | sample / detail | rule |",
        "|---|---|---|---|---|---|---:|---|---|",
    ]
    for f in findings[:MAX_ROWS]:
        sample = display_sample(f)
        shown = code_span(sample) if sample else cell(detail(f))
        location = where(f)
        rows.append(
            f"| {f.severity} | {f.type} | {code_span(f.source)} | {code_span(location)} | {code_span(f.entity) if f.entity else '—'} "
            f"| {f.category} | {f.count:,} | {shown} | {code_span(f.rule)} |"
        )
    if len(findings) > MAX_ROWS:
        rows.append(f"| … | {len(findings) - MAX_ROWS} more in the full report | | | | | | | |")
    return rows


def cell(text: str) -> str:
    """Plain text in a table cell: no markup, no HTML, no line breaks."""
    out = []
    for ch in " ".join(str(text).split()):
        if ch in "\\`*_[]|~#":
            out.append("\\" + ch)
        else:
            out.append({"<": "&lt;", ">": "&gt;", "&": "&amp;"}.get(ch, ch))
    return "".join(out)


def code_span(text: str) -> str:
    """Literal text (masked samples are full of `*`) in a code span that survives tables."""
    text = " ".join(str(text).split()).replace("|", "\\|")
    longest = run = 0
    for ch in text:
        run = run + 1 if ch == "`" else 0
        longest = max(longest, run)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"
