"""Where a scan's reports go: the main `--format/--output` pair plus any number of
`--FORMAT-output FILE` extras, so a cron job scans once and writes every format.

Every file is written whole or not at all, owner-only (0600): a temp file in the same
directory, then a rename (`atomic_writer`)."""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from pii_audit.model import Report
from pii_audit.reports import render


@dataclass(frozen=True)
class Output:
    fmt: str
    path: Path | None  # None: stdout
    option: str  # the option that asked for it, for error messages


def plan(fmt: str, output: Path | None, extra: dict[str, Path | None]) -> list[Output]:
    outputs = [Output(fmt, output, "--output" if output else "--format")]
    for name, path in extra.items():
        if path is not None:
            outputs.append(Output(name, path, f"--{name}-output"))
    return outputs


def check(outputs: list[Output], targets: list[str], occurrences: Path | None = None) -> str | None:
    """A one-line problem with the outputs, found before a long scan starts; else None."""
    if occurrences is not None:
        outputs = [*outputs, Output("jsonl", occurrences, "--occurrences")]
    seen: dict[str, str] = {}
    scanned = {_real(Path(t)) for t in targets if "://" not in t}
    scanned |= {_real(Path(t.split(":///", 1)[1])) for t in targets if t.lower().startswith("sqlite:///")}
    for out in outputs:
        if out.path is None:
            continue
        real = _real(out.path)
        if real in seen:
            return f"{out.option} {out.path}: the same file as {seen[real]}"
        seen[real] = out.option
        if real in scanned:
            return f"{out.option} {out.path}: is one of the scanned sources; a scan never writes to what it reads"
        if out.path.is_dir():
            return f"{out.option} {out.path}: is a directory"
        parent = out.path.parent if str(out.path.parent) else Path(".")
        if not parent.is_dir():
            return f"{out.option} {out.path}: directory {parent} does not exist"
    return None


def _real(path: Path) -> str:
    return os.path.realpath(os.path.abspath(path))


def write_all(report: Report, outputs: list[Output]) -> list[str]:
    """Render and write every output; returns one-line errors (others are still written)."""
    errors = []
    for out in outputs:
        if out.path is None:
            tty = sys.stdout.isatty()
            color = tty and out.fmt == "table" and not os.environ.get("NO_COLOR")
            width = max(shutil.get_terminal_size((100, 24)).columns, 80) if tty else None
            try:
                sys.stdout.write(render(report, out.fmt, color=color, width=width))
                sys.stdout.flush()
            except OSError as exc:  # a full disk or a closed pipe: the report did not arrive
                errors.append(f"stdout: cannot write report: {exc.strerror or exc.__class__.__name__}")
                # the unflushed rest would fail again (and print a traceback) at exit
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            continue
        try:
            write_text_atomic(out.path, render(report, out.fmt))
        except OSError as exc:
            errors.append(f"{out.option} {out.path}: cannot write report: {exc.strerror or exc.__class__.__name__}")
    return errors


def write_text_atomic(path: Path, text: str) -> None:
    with atomic_writer(path) as fh:
        fh.write(text)


@contextmanager
def atomic_writer(path: Path) -> Iterator[IO[str]]:
    """A text file that appears at `path` (mode 0600) only when the block ends without an
    error; a killed or failed run leaves the previous file, or none, never half of one."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            os.fchmod(fh.fileno(), 0o600)
            yield fh
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
