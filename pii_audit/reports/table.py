"""Terminal report with rich: summary first, then findings by source and container."""
from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table

from pii_audit.model import CATEGORIES, SEVERITIES, Report

SEV_STYLE = {"critical": "bold red", "high": "red", "medium": "yellow", "low": "cyan", "info": "dim"}


def render(report: Report, width: int | None = None, color: bool = False, **_: object) -> str:
    buf = io.StringIO()
    console = Console(file=buf, width=width or 160, force_terminal=color, color_system="standard" if color else None)

    summary = Table(title=f"pii-audit {report.version} — as of {report.as_of}", show_lines=False)
    summary.add_column("category")
    types = ("pii", "retention", "unencrypted")
    for t in types:
        summary.add_column(t, justify="right")
    for cat in CATEGORIES:
        row = [cat] + [str(sum(1 for f in report.findings if f.category == cat and f.type == t)) for t in types]
        summary.add_row(*row)
    console.print(summary)

    if report.findings:
        table = Table(title="Findings", show_lines=False)
        for col in ("severity", "type", "category", "source", "container", "field", "entity", "count", "sample", "rule"):
            table.add_column(col, overflow="fold", justify="right" if col == "count" else "left")
        for f in report.findings:
            table.add_row(
                f"[{SEV_STYLE[f.severity]}]{f.severity}[/]",
                f.type,
                f.category,
                f.source,
                f.container,
                f.field or "—",
                f.entity or "—",
                str(f.count),
                f.sample or (f"oldest {f.oldest}, limit {f.limit_days}d" if f.type == "retention" and f.oldest else (f.message or "")),
                f.rule,
            )
        console.print(table)

    for s in report.sources:
        if s.status != "ok":
            console.print(f"[red]error[/] {s.source}: {s.error}")
    for note in report.notes:
        console.print(f"[dim]{note}[/]")
    by_sev = report.summary()["by_severity"]
    sev_text = ", ".join(f"{by_sev[s]} {s}" for s in reversed(SEVERITIES) if by_sev.get(s))
    ok = sum(1 for s in report.sources if s.status == "ok")
    console.print(
        f"{len(report.findings)} findings ({sev_text or 'none'}) in {ok}/{len(report.sources)} sources; "
        f"fail-on {report.fail_on}"
    )
    return buf.getvalue()
