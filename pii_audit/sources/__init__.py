"""Turn command-line targets (files, directories, database URLs) into Sources."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from pii_audit.sources.base import Source, SourceError

CSV_EXT = (".csv", ".tsv", ".csv.gz", ".tsv.gz")
LOG_EXT = (".jsonl", ".ndjson", ".log", ".txt", ".jsonl.gz", ".ndjson.gz", ".log.gz", ".txt.gz")
SQLITE_EXT = (".db", ".sqlite", ".sqlite3")
URL_SCHEMES = ("sqlite", "postgresql", "postgres", "mysql", "mariadb")


@dataclass
class Opened:
    sources: list[Source] = field(default_factory=list)
    # (display, kind, one-line error) for targets that could not even be opened
    errors: list[tuple[str, str, str]] = field(default_factory=list)
    skipped_files: list[str] = field(default_factory=list)


def is_url(target: str) -> bool:
    scheme = target.split(":", 1)[0].split("+", 1)[0].lower()
    return "://" in target and scheme in URL_SCHEMES


def redact_url(url: str) -> str:
    """postgresql://user:secret@host/db -> postgresql://user@host/db"""
    from sqlalchemy.engine import make_url

    try:
        u = make_url(url)
    except Exception:  # noqa: BLE001 - an unparsable URL is shown without its authority
        scheme, _, rest = url.partition("://")
        return f"{scheme}://{rest.rsplit('@', 1)[-1]}"
    return u.set(password=None).render_as_string(hide_password=False)


def _file_source(path: Path, container: str, display: str, sample: int | None) -> Source | None:
    name = path.name.lower()
    from pii_audit.sources.csv import CsvSource
    from pii_audit.sources.logs import LogSource
    from pii_audit.sources.sqlite import SQLITE_MAGIC, SqliteSource

    if name.endswith(SQLITE_EXT):
        return SqliteSource(path, display, sample)
    if name.endswith(CSV_EXT):
        return CsvSource(path, container, display, sample)
    if name.endswith(LOG_EXT):
        return LogSource(path, container, display, sample)
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError:
        return None
    if head == SQLITE_MAGIC:
        return SqliteSource(path, display, sample)
    return None


def open_targets(targets: list[str], sample: int | None = None) -> Opened:
    opened = Opened()
    for target in targets:
        if is_url(target):
            display = redact_url(target)
            scheme = target.split(":", 1)[0].split("+", 1)[0].lower()
            if scheme == "sqlite":
                from pii_audit.sources.sqlite import SqliteSource

                path = Path(target.split(":///", 1)[1]) if ":///" in target else Path(target.split("://", 1)[1])
                opened.sources.append(SqliteSource(path, display, sample))
            else:
                from pii_audit.sources.sql import SqlSource

                opened.sources.append(SqlSource(target, display, sample))
            continue
        path = Path(target)
        if path.is_dir():
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for fname in sorted(files):
                    fpath = Path(root) / fname
                    rel = fpath.relative_to(path).as_posix()
                    src = _file_source(fpath, rel, str(fpath), sample)
                    if src is None:
                        opened.skipped_files.append(str(fpath))
                    else:
                        opened.sources.append(src)
        elif path.is_file():
            src = _file_source(path, path.name, target, sample)
            if src is None:
                opened.errors.append((target, "file", "unsupported file type"))
            else:
                opened.sources.append(src)
        else:
            opened.errors.append((target, "file", "no such file or directory"))
    return opened


__all__ = ["Source", "SourceError", "open_targets", "redact_url", "is_url"]
