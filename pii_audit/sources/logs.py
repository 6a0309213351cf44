"""Message logs: JSON lines (nested keys become dotted fields) or plain text lines."""
from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa

from pii_audit.model import LINE_FIELD, Batch
from pii_audit.sources.base import BATCH_ROWS, Container, Source, SourceError, strings_table

# A plain line's own time: ISO / 'YYYY-MM-DD HH:MM:SS' at the start, or Apache's [10/Oct/2020:13:55:36 -0700].
_LINE_TIME = re.compile(
    r"^\s*\[?(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?)|\[(\d{2}/[A-Za-z]{3}/\d{4}):\d{2}:\d{2}:\d{2}[^\]]*\]"
)


def flatten(obj: object, prefix: str = "", out: dict | None = None) -> dict[str, object]:
    out = {} if out is None else out
    if isinstance(obj, dict):
        for k, v in obj.items():
            flatten(v, f"{prefix}.{k}" if prefix else str(k), out)
    elif isinstance(obj, list):
        if all(not isinstance(x, (dict, list)) for x in obj):
            out[prefix or "value"] = " ".join("" if x is None else str(x) for x in obj)
        else:
            for i, x in enumerate(obj):
                flatten(x, f"{prefix}.{i}" if prefix else str(i), out)
    else:
        out[prefix or "value"] = obj
    return out


def _open_text(path: Path):
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", errors="replace", newline="")
    return open(path, encoding="utf-8", errors="replace", newline="")


class LogSource(Source):
    kind = "log"

    def __init__(self, path: Path, container: str, display: str, sample: int | None = None):
        super().__init__(display, sample)
        self.path = path
        self.container = container

    def _is_json(self) -> bool:
        try:
            with _open_text(self.path) as fh:
                for _ in range(20):
                    line = fh.readline()
                    if not line:
                        return False
                    if line.strip():
                        return line.lstrip().startswith("{")
        except (OSError, EOFError, zlib.error, gzip.BadGzipFile):
            raise SourceError("truncated or corrupt gzip data") from None
        return False

    def containers(self) -> Iterator[Container]:
        try:
            with open(self.path, "rb") as fh:
                head = fh.read(4096)
        except OSError as exc:
            raise SourceError(f"cannot open: {exc.strerror}") from None
        if not self.path.name.lower().endswith(".gz") and b"\x00" in head:
            raise SourceError("binary content (NUL bytes), not a text log")
        if not head.strip():
            return
        self.containers_seen = 1
        yield Container(self.container, self._json_batches() if self._is_json() else self._text_batches())

    def _lines(self) -> Iterator[tuple[int, str]]:
        try:
            with _open_text(self.path) as fh:
                for no, line in enumerate(fh, 1):
                    if self.sample is not None and self.records >= self.sample:
                        self.sampled = True
                        return
                    yield no, line.rstrip("\r\n")
        except (OSError, EOFError, zlib.error, gzip.BadGzipFile):
            raise SourceError("truncated or corrupt gzip data") from None

    def _json_batches(self) -> Iterator[Batch]:
        rows: list[dict] = []
        recs: list[int] = []
        for no, line in self._lines():
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError:
                self.skipped += 1
                continue
            rows.append(flatten(obj))
            recs.append(no)
            self.records += 1
            if len(rows) >= BATCH_ROWS:
                yield self._json_batch(rows, recs)
                rows, recs = [], []
        if rows:
            yield self._json_batch(rows, recs)

    def _json_batch(self, rows: list[dict], recs: list[int]) -> Batch:
        keys: dict[str, None] = {}
        for r in rows:
            keys.update(dict.fromkeys(r))
        cols = {k: [r.get(k) for r in rows] for k in keys}
        return Batch(self.container, strings_table(cols), pa.array(recs, pa.int64()))

    def _text_batches(self) -> Iterator[Batch]:
        lines: list[str] = []
        times: list[str | None] = []
        recs: list[int] = []
        for no, line in self._lines():
            if not line.strip():
                continue
            m = _LINE_TIME.search(line)
            times.append((m.group(1) or m.group(2)) if m else None)
            lines.append(line)
            recs.append(no)
            self.records += 1
            if len(lines) >= BATCH_ROWS:
                yield self._text_batch(lines, times, recs)
                lines, times, recs = [], [], []
        if lines:
            yield self._text_batch(lines, times, recs)

    def _text_batch(self, lines: list[str], times: list[str | None], recs: list[int]) -> Batch:
        table = pa.table({LINE_FIELD: pa.array(lines, pa.string())})
        return Batch(
            self.container,
            table,
            pa.array(recs, pa.int64()),
            text_fields=frozenset({LINE_FIELD}),
            timestamp=pa.array(times, pa.string()),
            timestamp_field=LINE_FIELD,
        )
