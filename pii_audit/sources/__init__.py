"""Turn command-line targets (files, directories, database URLs) into Sources.

A file's reader is chosen by its content first where the content is unmistakable (a
SQLite header, gzip), then by its extension; a file whose extension says nothing is read
as a log only when its lines look like one. Everything else is listed as skipped.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pii_audit.sources.base import Source, SourceError, TableFilter

CSV_EXT = (".csv", ".tsv")
LOG_EXT = (".jsonl", ".ndjson", ".log", ".txt")
SQLITE_EXT = (".db", ".sqlite", ".sqlite3")
URL_SCHEMES = ("sqlite", "postgresql", "postgres", "mysql", "mariadb")
# Rotated logs: app.log.1, app.log.2024-01-31, access.log-20240131
_ROTATION = re.compile(r"([.-](\d+|\d{4}-?\d{2}-?\d{2}))+$")


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
    from sqlalchemy.engine import URL, make_url

    try:
        u = make_url(url)
    except Exception:  # noqa: BLE001 - an unparsable URL is shown without its authority
        scheme, _, rest = url.partition("://")
        return f"{scheme}://{rest.rsplit('@', 1)[-1]}"
    # URL.set(password=None) would keep the password: None there means "unchanged"
    query = {k: v for k, v in u.query.items() if "pass" not in k.lower()}
    safe = URL.create(u.drivername, u.username, None, u.host, u.port, u.database, query)
    return safe.render_as_string(hide_password=False)


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(16)
    except OSError:
        return b""


def _gz_head(path: Path) -> bytes:
    import gzip
    import zlib

    try:
        with gzip.open(path, "rb") as fh:
            return fh.read(64 * 1024)
    except (OSError, EOFError, zlib.error):
        return b""


def _file_source(path: Path, container: str, display: str, sample: int | None, walking: bool) -> Source | None:
    from pii_audit.sources.csv import GZIP_MAGIC, CsvSource
    from pii_audit.sources.logs import LogSource, looks_like_log
    from pii_audit.sources.sqlite import SQLITE_MAGIC, SqliteSource

    head = _head(path)
    if head.startswith(SQLITE_MAGIC):
        return SqliteSource(path, display, sample)
    gz = head.startswith(GZIP_MAGIC)
    name = path.name.lower()
    base = name[:-3] if name.endswith(".gz") else name
    for candidate in (base, _ROTATION.sub("", base)):
        if candidate.endswith(CSV_EXT):
            return CsvSource(path, container, display, sample, gz=gz)
        if candidate.endswith(LOG_EXT):
            return LogSource(path, container, display, sample, gz=gz)
    if base.endswith(SQLITE_EXT) and (not walking or not head):
        return SqliteSource(path, display, sample)  # an empty file is an empty database
    if looks_like_log(_gz_head(path) if gz else _read_some(path)):
        return LogSource(path, container, display, sample, gz=gz)
    return None


def _read_some(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(64 * 1024)
    except OSError:
        return b""


def _walk(root: Path, opened: Opened) -> Iterator[Path]:
    """Files under root in a stable order; symlinked directories are followed once (no loops)."""
    seen: set[tuple[int, int]] = set()

    # a stack, not recursion: a tree thousands of levels deep must not overflow Python's stack
    stack = [root]
    while stack:
        d = stack.pop()
        try:
            st = d.stat()
            key = (st.st_dev, st.st_ino)
            if key in seen:
                opened.skipped_files.append(f"{d} (directory already visited: symlink loop)")
                continue
            seen.add(key)
            entries = sorted(os.scandir(d), key=lambda e: e.name)
        except OSError as exc:
            opened.errors.append((str(d), "file", f"cannot read directory: {exc.strerror or 'unreadable'}"))
            continue
        subdirs = []
        for e in entries:
            p = d / e.name
            try:
                if e.is_dir(follow_symlinks=True):
                    if e.name.startswith("."):
                        opened.skipped_files.append(f"{p} (hidden directory)")
                    else:
                        subdirs.append(p)
                elif e.is_file(follow_symlinks=True):
                    yield p
                elif e.is_symlink():
                    opened.skipped_files.append(f"{p} (broken symlink)")
                else:
                    opened.skipped_files.append(f"{p} (not a regular file)")
            except OSError:
                opened.skipped_files.append(f"{p} (unreadable)")
        stack.extend(reversed(subdirs))  # visited in name order, each after its parent's files


def open_targets(
    targets: list[str],
    sample: int | None = None,
    include: tuple[str, ...] | list[str] = (),
    exclude: tuple[str, ...] | list[str] = (),
) -> Opened:
    opened = Opened()
    for target in targets:
        if is_url(target):
            display = redact_url(target)
            scheme = target.split(":", 1)[0].split("+", 1)[0].lower()
            if scheme == "sqlite":
                from pii_audit.sources.sqlite import SqliteSource

                rest = target.split("://", 1)[1].split("?", 1)[0]
                path = Path(rest[1:] if rest.startswith("/") else rest)
                opened.sources.append(SqliteSource(path, display, sample))
            else:
                from pii_audit.sources.sql import SqlSource

                opened.sources.append(SqlSource(target, display, sample))
            continue
        path = Path(target)
        if path.is_dir():
            for fpath in _walk(path, opened):
                rel = fpath.relative_to(path).as_posix()
                src = _file_source(fpath, rel, str(fpath), sample, walking=True)
                if src is None:
                    opened.skipped_files.append(f"{fpath} (unsupported file type)")
                else:
                    opened.sources.append(src)
        elif path.is_file():
            src = _file_source(path, path.name, target, sample, walking=False)
            if src is None:
                opened.errors.append((target, "file", "unsupported file type"))
            else:
                opened.sources.append(src)
        elif path.exists() or path.is_symlink():
            opened.errors.append((target, "file", "not a regular file" if path.exists() else "broken symlink"))
        else:
            opened.errors.append((target, "file", "no such file or directory"))
    tables = TableFilter(tuple(include), tuple(exclude))
    for src in opened.sources:
        src.tables = tables
    return opened


__all__ = ["Source", "SourceError", "TableFilter", "open_targets", "redact_url", "is_url"]
