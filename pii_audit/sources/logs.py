"""Message logs: JSON lines (nested keys become dotted fields), Apache/nginx access logs
(split into fields), or plain text lines (app logs, syslog) with each line's own time.

Records are physical line numbers (1-based), so `--occurrences` points at a line.
"""
from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import re
import zlib
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from pii_audit.model import LINE_FIELD, Batch
from pii_audit.sources.base import BATCH_ROWS, Container, Source, SourceError, flatten, spread, strings_table
from pii_audit.sources.csv import GZIP_MAGIC, _encoding

SNIFF_BYTES = 64 * 1024
# A longer line is skipped (and counted): it is not a log line, and must not exhaust memory.
MAX_LINE = 64 << 20

# Apache/nginx "combined" (and "common": no referer / user agent), anything after is kept.
_ACCESS = re.compile(
    r'^(?P<client_ip>\S+) \S+ (?P<remote_user>\S+) \[(?P<time>[^\]]+)\] "(?P<request>(?:[^"\\]|\\.)*)" '
    r'(?P<status>\d{3}|-) (?P<bytes>\d+|-)'
    r'(?: "(?P<referer>(?:[^"\\]|\\.)*)" "(?P<user_agent>(?:[^"\\]|\\.)*)")?(?P<extra>.*)$'
)
ACCESS_FIELDS = ("client_ip", "remote_user", "time", "method", "path", "protocol", "status", "bytes", "referer", "user_agent", "extra")
# URLs carry values anywhere in them (query strings): scanned like free text.
ACCESS_TEXT_FIELDS = frozenset({"path", "referer", "extra", LINE_FIELD})

_ISO_START = re.compile(r"^\s*[\[(]?(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2})?")
_ISO_NEAR = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2})?")
_APACHE = re.compile(r"\[(\d{2}/[A-Za-z]{3}/\d{4}:\d{2}:\d{2}:\d{2}(?: [+-]\d{4})?)\]")
_SYSLOG = re.compile(r"^(?:<\d{1,3}>)?([A-Z][a-z]{2}) ([ \d]\d) (\d{2}:\d{2}:\d{2}) ")
_EPOCH = re.compile(r"^\s*(\d{10})(?:\.\d+)?\s")
_MONTHS = {m: i for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}
_TS = pa.timestamp("s", tz="UTC")


class _LineTimes:
    """Finds each plain line's own time; parsed in bulk per batch."""

    def __init__(self, reference: dt.date):
        self.reference = reference  # syslog lines carry no year: the file's mtime supplies it

    def find(self, line: str) -> tuple[str | None, str | None]:
        """(ISO 'YYYY-MM-DD HH:MM:SS', Apache '10/Oct/2020:13:55:36 -0700') - one is set."""
        m = _ISO_START.match(line)
        if m:
            return f"{m.group(1)} {m.group(2)}{m.group(3) or ':00'}", None
        m = _APACHE.search(line, 0, 200)
        if m:
            return None, m.group(1)
        m = _SYSLOG.match(line)
        if m and m.group(1) in _MONTHS:
            month, day = _MONTHS[m.group(1)], int(m.group(2))
            ref = self.reference
            year = ref.year - 1 if (month, day) > (ref.month, ref.day + 1) else ref.year
            return f"{year:04d}-{month:02d}-{day:02d} {m.group(3)}", None
        m = _EPOCH.match(line)
        if m:
            return dt.datetime.fromtimestamp(int(m.group(1)), dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S"), None
        m = _ISO_NEAR.search(line, 0, 80)
        if m:
            return f"{m.group(1)} {m.group(2)}{m.group(3) or ':00'}", None
        return None, None


def _parse_times(iso: list[str | None], apache: list[str | None]) -> pa.Array:
    a = pc.strptime(pa.array(iso, pa.string()), format="%Y-%m-%d %H:%M:%S", unit="s", error_is_null=True)
    b = pc.strptime(pa.array(apache, pa.string()), format="%d/%b/%Y:%H:%M:%S %z", unit="s", error_is_null=True)
    return pc.coalesce(pc.cast(a, _TS), pc.cast(b, _TS))


def _nul_ratio_binary(text: str) -> bool:
    probe = text[:8192]
    if not probe:
        return False
    bad = sum(1 for ch in probe if (ch < " " and ch not in "\t\r\n\f\x1b") or ch == "\x7f")
    return (bad >= 4 and bad > 0.05 * len(probe)) or probe.count("\ufffd") > 0.3 * len(probe)


class LogSource(Source):
    kind = "log"

    def __init__(self, path: Path, container: str, display: str, sample: int | None = None, gz: bool | None = None):
        super().__init__(display, sample)
        self.path = path
        self.container = container
        self.gz = path.name.lower().endswith(".gz") if gz is None else gz
        self.encoding = "utf-8"

    # -- opening ----------------------------------------------------------------------
    def _open(self):
        try:
            return gzip.open(self.path, "rb") if self.gz else open(self.path, "rb")
        except OSError as exc:
            raise SourceError(f"cannot open: {exc.strerror}") from None

    def _head(self) -> bytes:
        try:
            with self._open() as fh:
                return fh.read(SNIFF_BYTES)
        except (OSError, EOFError, zlib.error):
            raise SourceError("truncated or corrupt gzip data" if self.gz else "cannot read file") from None

    def containers(self) -> Iterator[Container]:
        head = self._head()
        if not head.strip():
            return
        self.encoding = _encoding(head)
        text = head.decode("utf-8" if self.encoding == "latin-1" else self.encoding, errors="replace").lstrip("\ufeff")
        if _nul_ratio_binary(text):
            raise SourceError("binary content, not a text log")
        fmt = _sniff_format(text)
        self.containers_seen = 1
        batches = {"json": self._json_batches, "access": self._access_batches}.get(fmt, self._text_batches)
        yield Container(self.container, batches())

    # -- lines ------------------------------------------------------------------------
    def _count_lines(self) -> int:
        n = 0
        last = b"\n"
        try:
            with self._open() as fh:
                while chunk := fh.read(1 << 20):
                    n += chunk.count(b"\n")
                    last = chunk[-1:]
        except (OSError, EOFError, zlib.error):
            raise SourceError("truncated or corrupt gzip data" if self.gz else "cannot read file") from None
        return n + (last != b"\n")

    def _lines(self) -> Iterator[tuple[int, str]]:
        """(line number, line without its newline); blank lines are not records."""
        sample = spread(self._count_lines(), self.sample) if self.sample is not None else None
        self.sampled = sample is not None
        try:
            with self._open() as raw:
                if self.encoding.startswith("utf-16"):
                    lines = _text_lines(io.TextIOWrapper(raw, encoding=self.encoding, errors="replace", newline="\n"))
                else:
                    lines = _byte_lines(raw)
                for no, line in lines:
                    if sample is not None and not sample.keeps(no):
                        continue
                    if line is None:
                        self.skipped += 1  # longer than MAX_LINE
                        continue
                    line = line.rstrip("\r\n")
                    if no == 1:
                        line = line.lstrip("\ufeff")
                    if line.strip():
                        yield no, line
        except (OSError, EOFError, zlib.error):
            raise SourceError("truncated or corrupt gzip data" if self.gz else "cannot read file") from None

    # -- JSON lines -----------------------------------------------------------------------
    def _json_batches(self) -> Iterator[Batch]:
        rows: list[dict] = []
        recs: list[int] = []
        for no, line in self._lines():
            try:
                row = flatten(json.loads(line))
            except (ValueError, RecursionError):  # nested too deep is as broken as invalid
                self.skipped += 1
                continue
            rows.append(row)
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

    # -- plain text -----------------------------------------------------------------------
    def _reference_date(self) -> dt.date:
        try:
            return dt.datetime.fromtimestamp(self.path.stat().st_mtime, dt.timezone.utc).date()
        except OSError:
            return dt.datetime.now(dt.timezone.utc).date()

    def _text_batches(self) -> Iterator[Batch]:
        times = _LineTimes(self._reference_date())
        lines: list[str] = []
        iso: list[str | None] = []
        apache: list[str | None] = []
        recs: list[int] = []
        for no, line in self._lines():
            a, b = times.find(line)
            iso.append(a)
            apache.append(b)
            lines.append(line)
            recs.append(no)
            self.records += 1
            if len(lines) >= BATCH_ROWS:
                yield self._text_batch(lines, iso, apache, recs)
                lines, iso, apache, recs = [], [], [], []
        if lines:
            yield self._text_batch(lines, iso, apache, recs)

    def _text_batch(self, lines: list[str], iso: list, apache: list, recs: list[int]) -> Batch:
        table = pa.table({LINE_FIELD: pa.array(lines, pa.string())})
        return Batch(
            self.container,
            table,
            pa.array(recs, pa.int64()),
            text_fields=frozenset({LINE_FIELD}),
            timestamp=_parse_times(iso, apache),
            timestamp_field=LINE_FIELD,
        )

    # -- access logs ----------------------------------------------------------------------
    def _access_batches(self) -> Iterator[Batch]:
        times = _LineTimes(self._reference_date())
        cols: dict[str, list] = {f: [] for f in (*ACCESS_FIELDS, LINE_FIELD)}
        iso: list[str | None] = []
        apache: list[str | None] = []
        recs: list[int] = []
        for no, line in self._lines():
            m = _ACCESS.match(line)
            if m:
                g = m.groupdict()
                parts = g["request"].split(" ")
                method, path, protocol = (parts if len(parts) == 3 else (None, g["request"], None))
                row = {**g, "method": method, "path": path, "protocol": protocol, "extra": g["extra"].strip()}
                for f in ACCESS_FIELDS:
                    v = row.get(f)
                    cols[f].append(None if v in (None, "", "-") else v)
                cols[LINE_FIELD].append(None)
                iso.append(None)
                apache.append(g["time"])
            else:  # a line of another shape in an access log: kept whole, as text
                for f in ACCESS_FIELDS:
                    cols[f].append(None)
                cols[LINE_FIELD].append(line)
                a, b = times.find(line)
                iso.append(a)
                apache.append(b)
            recs.append(no)
            self.records += 1
            if len(recs) >= BATCH_ROWS:
                yield self._access_batch(cols, iso, apache, recs)
                cols = {f: [] for f in cols}
                iso, apache, recs = [], [], []
        if recs:
            yield self._access_batch(cols, iso, apache, recs)

    def _access_batch(self, cols: dict[str, list], iso: list, apache: list, recs: list[int]) -> Batch:
        ts = _parse_times(iso, apache)
        present = {f: v for f, v in cols.items() if f != "time" and any(x is not None for x in v)}
        table = strings_table(present)
        table = table.add_column(min(2, table.num_columns), "time", ts)
        return Batch(
            self.container,
            table,
            pa.array(recs, pa.int64()),
            text_fields=ACCESS_TEXT_FIELDS,
            timestamp=ts,
            timestamp_field="time",
        )


def _byte_lines(fh) -> Iterator[tuple[int, str | None]]:
    no = 0
    while True:
        line = fh.readline(MAX_LINE)
        if not line:
            return
        no += 1
        if len(line) == MAX_LINE and not line.endswith(b"\n"):
            while (rest := fh.readline(MAX_LINE)) and not rest.endswith(b"\n"):
                pass
            yield no, None
            continue
        try:
            yield no, line.decode("utf-8")
        except UnicodeDecodeError:
            yield no, line.decode("latin-1")


def _text_lines(fh) -> Iterator[tuple[int, str | None]]:
    for no, line in enumerate(fh, 1):
        yield no, (None if len(line) > MAX_LINE else line)


def _sniff_format(text: str) -> str:
    lines = [ln.strip() for ln in text.splitlines()[:-1] or text.splitlines() if ln.strip()][:50]
    if not lines:
        return "text"
    if sum(ln.startswith("{") for ln in lines) >= 0.6 * len(lines):
        return "json"
    if sum(bool(_ACCESS.match(ln)) for ln in lines) >= 0.6 * len(lines):
        return "access"
    return "text"


def looks_like_log(head: bytes) -> bool:
    """Content sniffing for files without a telling extension (`syslog`, `events.out`): JSON
    lines, an access log, or lines that start with a time."""
    if head.startswith(GZIP_MAGIC) or not head.strip():
        return False
    text = head.decode("utf-8", errors="replace")
    if _nul_ratio_binary(text):
        return False
    if _sniff_format(text) in ("json", "access"):
        return True
    lines = [ln for ln in text.splitlines()[:50] if ln.strip()]
    timed = sum(bool(_ISO_START.match(ln) or _SYSLOG.match(ln) or _EPOCH.match(ln)) for ln in lines)
    return timed >= 0.6 * len(lines)
