"""Command line: parses, wires the stages, sets the exit code. No logic of its own."""
from __future__ import annotations

import datetime as dt
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from pii_audit import __version__

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Offline PII audit scanner (Account / Usage / Content).")


class Fmt(str, Enum):
    table = "table"
    json = "json"


class FailOn(str, Enum):
    info = "info"
    low = "low"
    medium = "medium"
    high = "high"
    critical = "critical"
    never = "never"


def _err(msg: str) -> None:
    typer.echo(f"pii-audit: {msg}", err=True)


def _version(value: bool) -> None:
    if value:
        from pii_audit.rules import RulesError, load_rules

        try:
            rv = load_rules().version
        except RulesError:
            rv = "unreadable"
        typer.echo(f"pii-audit {__version__} (rules {rv})")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = None,
) -> None:
    pass


@app.command()
def scan(
    sources: Annotated[list[str], typer.Argument(help="Files, directories or database URLs.")],
    rules: Annotated[Optional[Path], typer.Option("--rules", help="Rules directory (replaces the shipped rules/).")] = None,
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="Date retention is checked against (YYYY-MM-DD).")] = None,
    fmt: Annotated[Fmt, typer.Option("--format", help="Report format.")] = Fmt.table,
    output: Annotated[Optional[Path], typer.Option("--output", help="Write the report here instead of stdout.")] = None,
    occurrences: Annotated[Optional[Path], typer.Option("--occurrences", help="Write one JSON line per detected value.")] = None,
    fail_on: Annotated[FailOn, typer.Option("--fail-on", help="Exit 1 when a finding is at or above this severity.")] = FailOn.high,
    sample: Annotated[Optional[int], typer.Option("--sample", min=1, help="Read at most N records per table or file.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", help="No progress or notices on stderr.")] = False,
) -> None:
    """Scan SOURCES and report PII, retention overruns and unencrypted sensitive fields."""
    from pii_audit.detection.ner import load_ner
    from pii_audit.reports import render
    from pii_audit.rules import RulesError, load_rules
    from pii_audit.scan import ScanOptions, Scanner, exit_code, write_text_atomic

    try:
        day = dt.date.fromisoformat(as_of) if as_of else dt.datetime.now(dt.timezone.utc).date()
    except ValueError:
        _err(f"--as-of: {as_of!r} is not a date (YYYY-MM-DD)")
        raise typer.Exit(2)
    try:
        loaded = load_rules(rules)
    except RulesError as exc:
        _err(str(exc))
        raise typer.Exit(2)
    ner, ner_note = load_ner(loaded)
    if ner is None and not quiet:
        _err(f"warning: {ner_note}")

    occ_fh = None
    if occurrences is not None:
        try:
            occ_fh = open(occurrences, "w", encoding="utf-8")
        except OSError as exc:
            _err(f"{occurrences}: cannot write: {exc.strerror}")
            raise typer.Exit(2)
    try:
        options = ScanOptions(as_of=day, sample=sample, occurrences=occ_fh, fail_on=fail_on.value)
        report = Scanner(loaded, options, ner=ner).run(sources)
    finally:
        if occ_fh is not None:
            occ_fh.close()
    report.notes.append(ner_note)
    text = render(report, fmt.value)
    if output is not None:
        try:
            write_text_atomic(output, text)
        except OSError as exc:
            _err(f"{output}: cannot write report: {exc.strerror}")
            raise typer.Exit(2)
    else:
        sys.stdout.write(text)
    for s in report.sources:
        if s.status != "ok" and not quiet:
            _err(f"{s.source}: {s.error}")
    raise typer.Exit(exit_code(report, fail_on.value))


def main() -> None:
    app()
