"""Command line: parses, wires the stages, sets the exit code. No logic of its own."""
from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import shutil
import signal
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer

from pii_audit import __version__

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Offline PII audit scanner (Account / Usage / Content).")


class Fmt(str, Enum):
    table = "table"
    json = "json"
    sarif = "sarif"
    junit = "junit"
    markdown = "markdown"
    html = "html"


class DiffFmt(str, Enum):
    text = "text"
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
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version (and the rule set's) and exit.")] = False,
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
    sample: Annotated[Optional[int], typer.Option("--sample", min=1, help="Read at most N records per table or file, spread evenly in primary-key (or file) order; the report marks the source sampled.")] = None,
    include: Annotated[Optional[list[str]], typer.Option("--include", help="Scan only database tables matching this glob (`schema.table` or the bare table name); repeatable.")] = None,
    exclude: Annotated[Optional[list[str]], typer.Option("--exclude", help="Skip database tables matching this glob (`schema.table` or the bare table name); repeatable.")] = None,
    workers: Annotated[Optional[int], typer.Option("--workers", min=1, help="Processes that scan in parallel (default: one per CPU core).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", help="No progress or notices on stderr.")] = False,
    baseline: Annotated[Optional[Path], typer.Option("--baseline", help="An earlier JSON report: its findings are known and do not count (matched by finding id).")] = None,
    progress: Annotated[Optional[bool], typer.Option("--progress/--no-progress", help="Progress bars on stderr (default: when stderr is a terminal and not --quiet).")] = None,
    json_output: Annotated[Optional[Path], typer.Option("--json-output", help="Also write the JSON report here.", rich_help_panel="More reports from the same scan")] = None,
    sarif_output: Annotated[Optional[Path], typer.Option("--sarif-output", help="Also write SARIF 2.1.0 (GitHub code scanning) here.", rich_help_panel="More reports from the same scan")] = None,
    junit_output: Annotated[Optional[Path], typer.Option("--junit-output", help="Also write JUnit XML here.", rich_help_panel="More reports from the same scan")] = None,
    markdown_output: Annotated[Optional[Path], typer.Option("--markdown-output", help="Also write a Markdown summary (PR comment) here.", rich_help_panel="More reports from the same scan")] = None,
    html_output: Annotated[Optional[Path], typer.Option("--html-output", help="Also write a self-contained HTML report here.", rich_help_panel="More reports from the same scan")] = None,
    table_output: Annotated[Optional[Path], typer.Option("--table-output", help="Also write the terminal table (plain text) here.", rich_help_panel="More reports from the same scan")] = None,
) -> None:
    """Scan SOURCES and report PII, retention overruns and unencrypted sensitive fields."""
    from pii_audit.detection.ner import load_ner
    from pii_audit.rules import RulesError, load_rules
    from pii_audit.reports import outputs as report_outputs
    from pii_audit.reports.baseline import BaselineError, apply_baseline, load_baseline
    from pii_audit.scan import ScanOptions, Scanner, exit_code

    try:
        day = dt.date.fromisoformat(as_of) if as_of else dt.datetime.now(dt.timezone.utc).date()
    except ValueError:
        _err(f"--as-of: {as_of!r} is not a date (YYYY-MM-DD)")
        raise typer.Exit(2)
    plan = report_outputs.plan(fmt.value, output, {
        "json": json_output, "sarif": sarif_output, "junit": junit_output,
        "markdown": markdown_output, "html": html_output, "table": table_output,
    })
    problem = report_outputs.check(plan, sources, occurrences)
    if problem:
        _err(problem)
        raise typer.Exit(2)
    try:
        known = load_baseline(baseline) if baseline is not None else None
    except BaselineError as exc:
        _err(str(exc))
        raise typer.Exit(2)
    try:
        loaded = load_rules(rules)
    except RulesError as exc:
        _err(str(exc))
        raise typer.Exit(2)
    ner, ner_note = load_ner(loaded)
    if ner is not None:
        ner.warn = not quiet
    if ner is None and not quiet:
        _err(f"warning: {ner_note}")

    if progress is None or quiet:
        progress = not quiet and sys.stderr.isatty()
    bars = None
    if progress:
        from pii_audit.reports.progress import RichProgress

        bars = RichProgress(force=True)
    occ_file = contextlib.ExitStack()  # the occurrences file appears only when the scan completes
    try:
        occ_fh = occ_file.enter_context(report_outputs.atomic_writer(occurrences)) if occurrences is not None else None
    except OSError as exc:
        _err(f"{occurrences}: cannot write: {exc.strerror}")
        raise typer.Exit(2)
    try:
        with occ_file:
            try:
                options = ScanOptions(as_of=day, sample=sample, occurrences=occ_fh, fail_on=fail_on.value, workers=workers, progress=bars,
                                      include=tuple(include or ()), exclude=tuple(exclude or ()))
                report = Scanner(loaded, options, ner=ner).run(sources)
            finally:
                if bars is not None:
                    bars.close()
    except OSError as exc:  # sources' errors are caught per source: this is the occurrences file (disk full)
        _err(f"--occurrences {occurrences}: cannot write: {exc.strerror or exc.__class__.__name__}")
        raise typer.Exit(2)
    report.notes.append(ner_note)
    if known is not None:
        report = apply_baseline(report, known)
    errors = report_outputs.write_all(report, plan)
    for s in report.sources:
        if s.status != "ok" and not quiet:
            _err(f"{s.source}: {s.error}")
    for message in errors:
        _err(message)
    raise typer.Exit(2 if errors else exit_code(report, fail_on.value))


@app.command()
def diff(
    old: Annotated[Path, typer.Argument(help="The earlier JSON report.")],
    new: Annotated[Path, typer.Argument(help="The later JSON report.")],
    fmt: Annotated[DiffFmt, typer.Option("--format", help="text or json.")] = DiffFmt.text,
    output: Annotated[Optional[Path], typer.Option("--output", help="Write the diff here instead of stdout.")] = None,
    fail_on: Annotated[FailOn, typer.Option("--fail-on", help="Exit 1 when a new (or newly more severe) finding is at or above this severity.")] = FailOn.never,
) -> None:
    """List the findings that are new, resolved or changed between two JSON reports."""
    from pii_audit.reports import outputs as report_outputs
    from pii_audit.reports.diff import diff_reports, render_json, render_text
    from pii_audit.reports.load import ReportFileError, load_report_file

    try:
        d = diff_reports(load_report_file(old), load_report_file(new))
    except ReportFileError as exc:
        _err(str(exc))
        raise typer.Exit(2)
    if fmt is DiffFmt.json:
        text = render_json(d)
    elif output is None and sys.stdout.isatty():
        text = render_text(d, width=max(shutil.get_terminal_size((100, 24)).columns, 80), color=not os.environ.get("NO_COLOR"))
    else:
        text = render_text(d)
    if output is None:
        sys.stdout.write(text)
    else:
        try:
            report_outputs.write_text_atomic(output, text)
        except OSError as exc:
            _err(f"--output {output}: cannot write: {exc.strerror}")
            raise typer.Exit(2)
    raise typer.Exit(1 if d.failing(fail_on.value) else 0)


@app.command("rules")
def rules_cmd(
    rules: Annotated[Optional[Path], typer.Option("--rules", help="Rules directory (default: the shipped rules/).")] = None,
    fmt: Annotated[DiffFmt, typer.Option("--format", help="text or json.")] = DiffFmt.text,
) -> None:
    """Print the effective policy: categories and their hints, retention limits and
    overrides, timestamp hints, encryption rules and severities, with file lines."""
    import json

    from pii_audit.policy.evaluate import Policy
    from pii_audit.policy.explain import render_policy
    from pii_audit.rules import RulesError, load_rules

    try:
        desc = Policy(load_rules(rules)).describe()
    except RulesError as exc:
        _err(str(exc))
        raise typer.Exit(2)
    sys.stdout.write(json.dumps(desc, indent=2, ensure_ascii=False) + "\n" if fmt is DiffFmt.json else render_policy(desc))


@app.command()
def explain(
    finding_id: Annotated[str, typer.Argument(help="A finding's id (or a unique prefix of it) from a JSON report.")],
    report: Annotated[Path, typer.Option("--report", help="The JSON report the finding comes from.")],
    rules: Annotated[Optional[Path], typer.Option("--rules", help="Rules directory the scan used (for file lines).")] = None,
    fmt: Annotated[DiffFmt, typer.Option("--format", help="text or json (the finding itself).")] = DiffFmt.text,
) -> None:
    """Show why a finding was made: its rule, category rule, evidence, limit and severity rule."""
    import json

    from pii_audit.policy.evaluate import Policy
    from pii_audit.policy.explain import ExplainError, explain as explain_finding, find_finding
    from pii_audit.reports.load import ReportFileError, load_report_file
    from pii_audit.rules import RulesError, load_rules

    try:
        finding = find_finding(load_report_file(report), finding_id)
    except (ReportFileError, ExplainError) as exc:
        _err(f"{report}: {exc}" if isinstance(exc, ExplainError) else str(exc))
        raise typer.Exit(2)
    if fmt is DiffFmt.json:
        sys.stdout.write(json.dumps(finding, indent=2, ensure_ascii=False) + "\n")
        return
    try:
        policy = Policy(load_rules(rules))
    except RulesError as exc:
        if rules is not None:
            _err(str(exc))
            raise typer.Exit(2)
        policy = None  # the explanation stands without file lines
    sys.stdout.write(explain_finding(finding, policy))


def _interrupted(signum, frame) -> None:
    from pii_audit import interrupt

    if interrupt.request(KeyboardInterrupt()):  # the scan also checks the flag between batches
        _err("interrupted: the scan did not finish, no report is written")
        raise KeyboardInterrupt  # typer exits 130; temp files and workers are cleaned up on the way
    os._exit(130)  # a second Ctrl-C: stop now (workers die with us; a temp file may stay)


def _terminated(signum, frame) -> None:
    from pii_audit import interrupt

    if interrupt.request(SystemExit(143)):
        _err("terminated: the scan did not finish, no report is written")
        raise SystemExit(143)


def _quiet_unraisable(unraisable) -> None:
    """Exceptions Python cannot propagate (in a __del__, a fork handler) change no result:
    a driver closing a dead connection, or a stop request the scan sees through its flag.
    Their tracebacks can quote data: one line at debug level instead."""
    where = getattr(unraisable.object, "__qualname__", type(unraisable.object).__name__)
    logging.getLogger("pii_audit").debug("ignored in %s: %s", where, unraisable.exc_type.__name__)


def _child_signals() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops its workers
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


class _OneLine(logging.Formatter):
    """A log record as one line, without exception text or traceback: both can quote the
    data being scanned (a driver's error, a parser's message)."""

    def format(self, record: logging.LogRecord) -> str:
        exc = record.exc_info[0].__name__ if record.exc_info and record.exc_info[0] else None
        record = logging.makeLogRecord({**record.__dict__, "exc_info": None, "exc_text": None, "stack_info": None})
        line = " ".join(super().format(record).split())
        return f"{line} ({exc})" if exc else line


def _logging() -> None:
    """Libraries' log records (a driver complaining about a dropped connection) would reach
    stderr with their tracebacks through logging's last resort. Only PII_AUDIT_LOG=debug
    (or info, warning) shows any, one line each; the scan's own errors are reported anyway."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLine("pii-audit: log: %(levelname)s %(name)s: %(message)s"))
    level = os.environ.get("PII_AUDIT_LOG", "").upper()
    handler.setLevel(getattr(logging, level, logging.CRITICAL + 1) if level else logging.CRITICAL + 1)
    logging.getLogger().addHandler(handler)
    if level == "DEBUG":
        logging.getLogger("pii_audit").setLevel(logging.DEBUG)


def _stopped(code: int) -> NoReturn:
    """Leave a stopped scan with `code` once it has unwound (workers stopped, no report or
    temp file left). Not through CPython's shutdown: it puts SIGINT back to the default
    first, and one seen there (or a KeyboardInterrupt CPython noted inside a library)
    ends the process by the signal, -2 instead of 130: a CI gate would read a crash."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more to say
            pass
    os._exit(code)


def main() -> None:
    signal.signal(signal.SIGINT, _interrupted)
    signal.signal(signal.SIGTERM, _terminated)
    _logging()
    sys.unraisablehook = _quiet_unraisable
    os.register_at_fork(after_in_child=_child_signals)
    try:
        app()
    except KeyboardInterrupt:
        # typer turns a Ctrl-C inside the command into 130; one that escapes it (raised by the
        # handler while typer itself was returning) must not end the process by SIGINT (-2)
        _stopped(130)
    except SystemExit as exc:
        from pii_audit import interrupt

        if interrupt.requested() is not None:
            _stopped(exc.code if isinstance(exc.code, int) else 130)
        raise
    except Exception as exc:  # a bug: one line; a traceback (with locals) could quote scanned data
        if os.environ.get("PII_AUDIT_DEBUG"):
            raise
        _err(f"internal error: {exc.__class__.__name__} (set PII_AUDIT_DEBUG=1 for the traceback)")
        sys.exit(2)
