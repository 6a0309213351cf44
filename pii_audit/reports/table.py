"""Terminal report (rich): the summary by category × type × severity first, then the
findings grouped by source and container, most severe first, then a closing status line.
Laid out for 100-120 columns; long names wrap inside their cell."""
from __future__ import annotations

import io
import textwrap

from rich import box
from rich.color import ColorSystem
from rich.console import Console
from rich.style import Style
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
    paint = _painter(color)
    for source, containers in grouped(report):
        console.file.write("\n".join(_source_lines(report, source, containers, console.width, paint)) + "\n")
    _problems(console, report)
    code = exit_code(report)
    style = "bold red" if code else "bold green"
    console.print(Text(status_line(report), style=style))
    text = buf.getvalue()
    # rich pads every line to the full width; plain text should not carry that.
    return text if color else "\n".join(line.rstrip() for line in text.split("\n"))


def _painter(color: bool):
    if not color:
        return lambda text, style="": text
    cache: dict[str, Style] = {}

    def paint(text: str, style: str = "") -> str:
        if not style or not text:
            return text
        st = cache.setdefault(style, Style.parse(style))
        return st.render(text, color_system=ColorSystem.STANDARD)

    return paint


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


GUTTER = "   "


def _source_lines(report: Report, source: str, containers, width: int, paint) -> list[str]:
    """One source's findings, laid out by hand: a rich Table costs ~0.5 ms per cell, far
    too slow for a database with thousands of findings."""
    info = next((s for s in report.sources if s.source == source), None)
    title = paint(source, "bold")
    if info is not None:
        title += paint(f" ({info.kind}, {_n(info.containers, 'container')}, {_n(info.records, 'record')})", "dim")
    rows = []
    for container, findings in containers:
        for f in findings:
            if f.type == "retention":
                unchecked = retention_unchecked(f)
                first = ("retention unchecked" if unchecked else "retention overrun", f.category)
                extra = "no usable timestamp" if unchecked else f"limit {f.limit_days} d, oldest {f.oldest}"
            else:
                first = (f.entity or "—", f"{f.type} · {f.category}")
                extra = display_sample(f)
            rows.append((container, f, first, extra))
    sev_w = max([len("severity")] + [len(f.severity) for _, f, _, _ in rows])
    find_w = max([len("finding")] + [len(x) for _, _, first, _ in rows for x in first])
    count_w = max([len("count")] + [len(f"{f.count:,}") for _, f, _, _ in rows])
    room = width - 1 - sev_w - find_w - count_w - 4 * len(GUTTER)
    longest_field = max([len("container / field")] + [len(_field(f)) + 2 for _, f, _, _ in rows])
    field_w = max(12, min(longest_field, room // 3))
    last_w = max(16, room - field_w)
    header = " " + GUTTER.join([
        ("container / field" if field_w >= 17 else "field")[:field_w].ljust(field_w),
        "severity".ljust(sev_w), "finding".ljust(find_w), "count".rjust(count_w),
        ("sample or detail / rule" if last_w >= 23 else "sample / rule")[:last_w],
    ])
    lines = ["", title, "", header, " " + "─" * (width - 2)]
    current = None
    for container, f, first, extra in rows:
        if container != current:
            if current is not None:
                lines.append("")
            lines.extend(" " + paint(part, "bold") for part in _fold(container, width - 2))
            current = container
        field = _fold("  " + _field(f), field_w)
        last = [(x, "") for x in _fold(extra, last_w)] + [(x, "dim") for x in _fold(f.rule, last_w)]
        height = max(len(field), 2, len(last))
        for i in range(height):
            cells = [
                (field[i] if i < len(field) else "").ljust(field_w),
                paint(f.severity.ljust(sev_w), SEV_STYLE.get(f.severity, "")) if i == 0 else " " * sev_w,
                paint(first[i].ljust(find_w), "dim" if i else "") if i < 2 else " " * find_w,
                f"{f.count:,}".rjust(count_w) if i == 0 else " " * count_w,
                paint(*last[i]) if i < len(last) else "",
            ]
            lines.append((" " + GUTTER.join(cells)).rstrip())
    return lines


def _n(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def _field(f) -> str:
    return f.field if f.field is not None else "(line)"


def _fold(text: str, width: int) -> list[str]:
    """Wrap at spaces where possible, else cut: never wider than `width`."""
    if len(text) <= width:
        return [text]
    return textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False,
                         drop_whitespace=True, replace_whitespace=True) or [text[:width]]


def _problems(console: Console, report: Report) -> None:
    for s in report.sources:
        if s.status != "ok":
            console.print(Text.assemble(("error ", "bold red"), f"{s.source}: {s.error}"))
    for note in report.notes[:MAX_NOTES]:
        console.print(Text(note, style="dim"))
    if len(report.notes) > MAX_NOTES:
        console.print(Text(f"… and {len(report.notes) - MAX_NOTES} more notes (see the JSON report)", style="dim"))
