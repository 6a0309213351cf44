"""CSV / TSV files, plain or gzip, streamed in Arrow record batches (bounded memory)."""
from __future__ import annotations

import csv as pycsv
import gzip
import io
import zlib
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv

from pii_audit.model import Batch
from pii_audit.sources.base import Container, Source, SourceError

SNIFF_BYTES = 64 * 1024
BLOCK_SIZE = 4 << 20


def _open_head(path: Path) -> bytes:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            return fh.read(SNIFF_BYTES)
    except (gzip.BadGzipFile, EOFError, zlib.error):
        raise SourceError("not a valid gzip file") from None


def _sniff(head: bytes, path: Path) -> tuple[str, str]:
    """(encoding, delimiter) from the first bytes."""
    try:
        text = head.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start > len(head) - 4:  # cut in the middle of a character
            text = head[: exc.start].decode("utf-8")
            encoding = "utf-8"
        else:
            text = head.decode("latin-1")
            encoding = "latin-1"
    if "\x00" in text[:4096]:
        raise SourceError("binary content (NUL bytes), not CSV")
    text = text.lstrip("\ufeff")
    lower = path.name.lower()
    if ".tsv" in lower:
        return encoding, "\t"
    sample = "\n".join(text.splitlines()[:50])
    try:
        delim = pycsv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except pycsv.Error:
        first = sample.splitlines()[0] if sample else ""
        delim = max(",;\t|", key=first.count) if first else ","
    return encoding, delim


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for i, n in enumerate(names):
        n = n.strip() or f"column_{i + 1}"
        if n in seen:
            seen[n] += 1
            n = f"{n}_{seen[n]}"
        else:
            seen[n] = 1
        out.append(n)
    return out


class CsvSource(Source):
    kind = "csv"

    def __init__(self, path: Path, container: str, display: str, sample: int | None = None):
        super().__init__(display, sample)
        self.path = path
        self.container = container

    def containers(self) -> Iterator[Container]:
        head = _open_head(self.path)
        if not head.strip():
            return
        encoding, delim = _sniff(head, self.path)
        first_line = head.decode(encoding, errors="replace").lstrip("\ufeff").splitlines()[0]
        header = next(pycsv.reader(io.StringIO(first_line), delimiter=delim), [])
        names = _unique(header)
        self.containers_seen = 1
        yield Container(self.container, self._batches(encoding, delim, names))

    def _batches(self, encoding: str, delim: str, names: list[str]) -> Iterator[Batch]:
        def on_invalid(row) -> str:  # never log row.text: it is raw data
            self.skipped += 1
            return "skip"

        read = pacsv.ReadOptions(
            column_names=names, skip_rows=1, encoding=encoding, block_size=BLOCK_SIZE, use_threads=True
        )
        parse = pacsv.ParseOptions(delimiter=delim, newlines_in_values=True, invalid_row_handler=on_invalid)
        convert = pacsv.ConvertOptions(
            column_types={n: pa.string() for n in names}, strings_can_be_null=True, quoted_strings_can_be_null=False
        )
        try:
            reader = pacsv.open_csv(str(self.path), read_options=read, parse_options=parse, convert_options=convert)
        except pa.ArrowInvalid as exc:
            raise SourceError(_safe_arrow_error(exc)) from None
        record = 1
        while True:
            try:
                rb = reader.read_next_batch()
            except StopIteration:
                break
            except (pa.ArrowInvalid, OSError, EOFError, zlib.error) as exc:
                raise SourceError(_safe_arrow_error(exc)) from None
            n = rb.num_rows
            if not n:
                continue
            if self.sample is not None and self.records + n > self.sample:
                n = self.sample - self.records
                rb = rb.slice(0, n)
                self.sampled = True
            table = pa.Table.from_batches([rb])
            self.records += n
            yield Batch(self.container, table, pa.array(range(record, record + n), pa.int64()))
            record += n
            if self.sample is not None and self.records >= self.sample:
                break


def _safe_arrow_error(exc: Exception) -> str:
    """Arrow's CSV errors quote the offending row; keep only the part before the data."""
    msg = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
    for cut in (": '", ' "', ": b'", "Row #"):
        pos = msg.find(cut)
        if pos > 0:
            msg = msg[:pos]
    if "gzip" in msg.lower() or isinstance(exc, (EOFError, zlib.error)):
        return "truncated or corrupt gzip data"
    return msg[:200]
