"""Terminal report (rich): the summary by category × type × severity first, then the
findings grouped by source and container, most severe first, then a closing status line.
Laid out for 100-120 columns; long names wrap inside their cell."""
from __future__ import annotations

import io

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from pii_audit.model import Report
from pii_audit.reports.common import (
    SEVERITIES_DESC,
    TYPES,
    categories,
    counts,
    display_sample,
    grouped,
    retention_unchecked,
    status_line,
)
from pii_audit.reports.gate import exit_code

SEV_STYLE = {"critical": "bold red", "high": "red", "medium": "yellow", "low": "cyan", "info": "dim"}
DEFAULT_WIDTH = 100
MAX_NOTES = 10


def render(report: Report, width: int | None = None, color: bool = False, **_: object) -> str:
    buf = io.StringIO()
    console = Console(
        file=buf,
        width=width or DEFAULT_WIDTH,
        force_terminal=color,
        color_system="standard" if color else None,
        highlight=False,
        emoji=False,
    )
    console.print(
        Text.assemble(
            ("pii-audit ", "bold"),
            f"{report.version} · rules {report.rules_version or '?'} · as of {report.as_of}",
        )
    )
    console.print(_summary(report))
    for source, containers in grouped(report):
        console.print(_source_table(report, source, containers))
    _problems(console, report)
    code = exit_code(report)
    style = "bold red" if code else "bold green"
    console.print(Text(status_line(report), style=style))
    text = buf.getvalue()
    # rich pads every line to the full width; plain text should not carry that.
    return text if color else "\n".join(line.rstrip() for line in text.split("\n"))


def _summary(report: Report) -> Table:
    table = Table(box=box.SIMPLE_HEAD, title="Summary", title_justify="left", pad_edge=False)
    table.add_column("category")
    table.add_column("type")
    for sev in SEVERITIES_DESC:
        table.add_column(sev, justify="right", header_style=SEV_STYLE[sev])
    table.add_column("total", justify="right")
    n = counts(report)
    for cat in categories(report):
        for typ in TYPES:
            row = [n.get((cat, typ, sev), 0) for sev in SEVERITIES_DESC]
            if any(row):
                table.add_row(cat, typ, *[str(x) if x else "·" for x in row], str(sum(row)))
    totals = [sum(v for (_, _, s), v in n.items() if s == sev) for sev in SEVERITIES_DESC]
    table.add_row("all", "", *[str(x) for x in totals], str(len(report.findings)), style="bold", end_section=False)
    return table


def _source_table(report: Report, source: str, containers) -> Table:
    info = next((s for s in report.sources if s.source == source), None)
    title = escape(source)
    if info is not None:
        title += f" [dim]({info.kind}, {info.containers:,} containers, {info.records:,} records)[/]"
    table = Table(box=box.SIMPLE_HEAD, title=title, title_justify="left", pad_edge=False, expand=True)
    table.add_column("container / field", overflow="fold", ratio=1, min_width=12)
    table.add_column("severity", no_wrap=True)
    table.add_column("finding", no_wrap=True)
    table.add_column("count", justify="right", no_wrap=True)
    table.add_column("sample or detail / rule", overflow="fold", ratio=2, min_width=16)
    for i, (container, findings) in enumerate(containers):
        table.add_row(Text(container, style="bold"))
        for j, f in enumerate(findings):
            if f.type == "retention":
                extra = "no usable timestamp" if retention_unchecked(f) else f"limit {f.limit_days} d, oldest {f.oldest}"
            else:
                extra = display_sample(f)
            if f.type == "retention":
                finding = Text("retention unchecked" if retention_unchecked(f) else "retention overrun")
                finding.append(f"\n{f.category}", style="dim")
            else:
                finding = Text(f.entity or "—")
                finding.append(f"\n{f.type} · {f.category}", style="dim")
            last = Text(extra)
            last.append(f"\n{f.rule}", style="dim")
            table.add_row(
                Text("  " + (f.field if f.field is not None else "(line)")),
                Text(f.severity, style=SEV_STYLE.get(f.severity, "")),
                finding,
                f"{f.count:,}",
                last,
                end_section=j == len(findings) - 1 and i < len(containers) - 1,
            )
    return table


def _problems(console: Console, report: Report) -> None:
    for s in report.sources:
        if s.status != "ok":
            console.print(Text.assemble(("error ", "bold red"), f"{s.source}: {s.error}"))
    for note in report.notes[:MAX_NOTES]:
        console.print(Text(note, style="dim"))
    if len(report.notes) > MAX_NOTES:
        console.print(Text(f"… and {len(report.notes) - MAX_NOTES} more notes (see the JSON report)", style="dim"))
