"""Progress on stderr while a scan runs: one bar for the sources, one line per source being
read with its records and records/s. Never on stdout, so `--format json | jq` works.

The scanner calls the hooks of `ScanProgress` (all keyed by the source's display name,
so sources scanned side by side each keep their own line); `NoProgress` is the default."""
from __future__ import annotations

import sys
from typing import IO

from rich.console import Console
from rich.progress import BarColumn, Progress, ProgressColumn, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.text import Text


class ScanProgress:
    """The hooks a scan calls. Every method is optional to override and cheap to call."""

    def scan_started(self, sources: int) -> None: ...

    def source_started(self, source: str) -> None: ...

    def records(self, source: str, n: int) -> None: ...

    def source_finished(self, source: str) -> None: ...

    def close(self) -> None: ...


class NoProgress(ScanProgress):
    pass


class _Rate(ProgressColumn):
    def render(self, task) -> Text:
        if task.fields.get("kind") != "source":
            return Text("")
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f} records/s" if speed else "", style="cyan")


class _Sources(ProgressColumn):
    def render(self, task) -> Text:
        if task.fields.get("kind") != "overall":
            return Text("")
        total = "?" if task.total is None else f"{int(task.total):,}"
        return Text(f"{int(task.completed):,}/{total}")


class _Records(ProgressColumn):
    def render(self, task) -> Text:
        if task.fields.get("kind") == "source":
            return Text(f"{int(task.completed):,} records")
        return Text(f"{int(task.fields.get('records', 0)):,} records", style="dim")


class RichProgress(ScanProgress):
    def __init__(self, file: IO[str] | None = None, force: bool = False, width: int | None = None):
        console = Console(file=file or sys.stderr, force_terminal=force or None, width=width, highlight=False)
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}", markup=False),
            BarColumn(bar_width=24),
            _Sources(),
            _Records(),
            _Rate(),
            TimeElapsedColumn(),
            console=console,
            transient=False,
            redirect_stdout=False,
            redirect_stderr=False,
            refresh_per_second=8,
        )
        self._overall = None
        self._tasks: dict[str, int] = {}
        self._total_records = 0

    def scan_started(self, sources: int) -> None:
        self._progress.start()
        self._overall = self._progress.add_task("sources", total=sources or None, kind="overall", records=0)

    def source_started(self, source: str) -> None:
        name = source if len(source) <= 48 else "…" + source[-47:]
        self._tasks[source] = self._progress.add_task(name, total=None, kind="source")

    def records(self, source: str, n: int) -> None:
        task = self._tasks.get(source)
        if task is not None:
            self._progress.advance(task, n)
        self._total_records += n
        if self._overall is not None:
            self._progress.update(self._overall, records=self._total_records)

    def source_finished(self, source: str) -> None:
        task = self._tasks.pop(source, None)
        if task is not None:
            # A finished source leaves the display; the overall bar keeps the count.
            self._progress.remove_task(task)
        if self._overall is not None:
            self._progress.advance(self._overall, 1)

    def close(self) -> None:
        self._progress.stop()
