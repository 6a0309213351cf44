"""CSV / TSV files, plain or gzip, streamed in Arrow record batches (bounded memory).

The dialect (encoding, delimiter, header or not, column count) is sniffed from the first
64 KiB; the file itself is only ever read block by block.
"""
from __future__ import annotations

import csv as pycsv
import io
import zlib
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv

from pii_audit.model import Batch
from pii_audit.sources.base import Container, Source, SourceError, spread

SNIFF_BYTES = 64 * 1024
# Arrow reads ~30 blocks ahead: the block size bounds memory (~40 MB at 1 MiB).
BLOCK_SIZE = 1 << 20
# A record larger than a block is retried with bigger blocks, up to this: Arrow holds
# several blocks at once, so 256 MB blocks peaked at 2.4 GB (`make stress`, sparse_10g).
MAX_BLOCK_SIZE = 32 << 20
GZIP_MAGIC = b"\x1f\x8b"
DELIMITERS = ",;\t|"


@dataclass
class Dialect:
    encoding: str  # what Arrow transcodes from; "utf-8" means no transcoding
    delimiter: str
    header: bool
    names: list[str]


def is_gzip(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(2) == GZIP_MAGIC
    except OSError:
        return False


def _open_stream(path: Path, gz: bool) -> pa.NativeFile:
    try:
        return pa.input_stream(str(path), compression="gzip" if gz else None)
    except OSError as exc:
        raise SourceError(f"cannot open: {getattr(exc, 'strerror', None) or 'unreadable'}") from None


def _read_head(path: Path, gz: bool) -> tuple[bytes, bool]:
    """The first bytes (decompressed) and whether they are the whole file."""
    try:
        with _open_stream(path, gz) as fh:
            head = fh.read(SNIFF_BYTES + 1)
    except (OSError, EOFError, zlib.error, pa.ArrowInvalid):
        raise SourceError("truncated or corrupt gzip data" if gz else "cannot read file") from None
    return head[:SNIFF_BYTES], len(head) <= SNIFF_BYTES


def _encoding(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    probe = head[:4096]
    if len(probe) >= 8:
        even, odd = probe[0::2], probe[1::2]
        if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
            return "utf-16-le"
        if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
            return "utf-16-be"
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start > len(head) - 4:  # cut in the middle of a character
            return "utf-8"
        return "latin-1"


def _is_binary(text: str) -> bool:
    """Mostly control characters: not a text file, whatever its name says."""
    probe = text[:8192]
    if not probe:
        return False
    bad = sum(1 for ch in probe if ch < " " and ch not in "\t\r\n\f" or ch == "\x7f")
    return bad >= 4 and bad > 0.05 * len(probe)


def _header_like(cells: list[str]) -> bool:
    """A header names columns; a first row of data (an email, a number) does not."""
    filled = [c.strip() for c in cells if c.strip()]
    if not filled:
        return False
    for c in filled:
        if len(c) > 64 or "@" in c or not any(ch.isalpha() for ch in c):
            return False
        if sum(ch.isdigit() for ch in c) >= 6:  # a phone, card or date, not a name
            return False
    return True


def unique_names(names: list[str]) -> list[str]:
    """Distinct column names: a repeated one gets `_2`, `_3`… skipping names already taken
    (a header `a,a,a_2` is `a, a_2, a_2_2`): two equal names would hide a column."""
    seen: set[str] = set()
    suffix: dict[str, int] = {}  # next suffix to try per name: linear even for 20,000 equal names
    out = []
    for i, n in enumerate(names):
        n = n.strip().lstrip("\ufeff").strip() or f"column_{i + 1}"
        if n in seen:
            k = suffix.get(n, 2)
            while f"{n}_{k}" in seen:
                k += 1
            suffix[n] = k + 1
            n = f"{n}_{k}"
        seen.add(n)
        out.append(n)
    return out


def _rows(text: str, delim: str, limit: int = 60) -> list[list[str]]:
    rows = []
    try:
        for row in pycsv.reader(io.StringIO(text), delimiter=delim, strict=False):
            rows.append(row)
            if len(rows) >= limit:
                break
    except pycsv.Error:
        pass
    return rows


def sniff(head: bytes, whole: bool, path: Path) -> Dialect:
    encoding = _encoding(head)
    text = head.decode("utf-8" if encoding == "utf-8" else encoding, errors="replace").lstrip("\ufeff")
    if _is_binary(text):
        raise SourceError("binary content, not CSV text")
    if not whole:  # the last line may be cut short
        cut = max(text.rfind("\n"), 0)
        text = text[:cut] if cut else text
    if ".tsv" in path.name.lower():
        delim = "\t"
    else:
        best = (-1.0, 0, ",")
        for d in DELIMITERS:
            widths = [len(r) for r in _rows(text, d) if r]
            if not widths:
                continue
            width, n = Counter(widths).most_common(1)[0]
            score = (n / len(widths) if width > 1 else 0.0, width, d)
            if score[:2] > best[:2]:
                best = score
        delim = best[2]
    rows = [r for r in _rows(text, delim) if r]
    first = rows[0] if rows else []
    data_widths = Counter(len(r) for r in rows[1:])
    width = data_widths.most_common(1)[0][0] if data_widths else len(first)
    header = _header_like(first)
    names = unique_names(first[:width] if header else [])
    names += [f"column_{i + 1}" for i in range(len(names), width)]
    return Dialect(encoding, delim, header, unique_names(names))


class CsvSource(Source):
    kind = "csv"

    def __init__(self, path: Path, container: str, display: str, sample: int | None = None, gz: bool | None = None):
        super().__init__(display, sample)
        self.path = path
        self.container = container
        self.gz = path.name.lower().endswith(".gz") if gz is None else gz
        self._skipped_rows: set[int] = set()

    def containers(self) -> Iterator[Container]:
        head, whole = _read_head(self.path, self.gz)
        if not head.strip(b" \t\r\n"):
            return  # an empty file: ok, nothing in it
        dialect = sniff(head, whole, self.path)
        if not dialect.names:
            return
        self.containers_seen = 1
        yield Container(self.container, self._batches(dialect))

    # -- reading --------------------------------------------------------------------
    def _reader(self, d: Dialect, block_size: int, on_invalid, columns: list[str] | None = None):
        # use_threads=False: only then does Arrow number the rows it skips, and record
        # numbers must stay the rows' real positions.
        read = pacsv.ReadOptions(
            column_names=d.names, encoding=d.encoding, block_size=block_size, use_threads=False
        )
        parse = pacsv.ParseOptions(delimiter=d.delimiter, newlines_in_values=True, invalid_row_handler=on_invalid)
        convert = pacsv.ConvertOptions(
            column_types={n: pa.binary() for n in d.names},
            include_columns=columns,
            strings_can_be_null=True,
            quoted_strings_can_be_null=False,
        )
        return pacsv.open_csv(_open_stream(self.path, self.gz), read_options=read, parse_options=parse, convert_options=convert)

    def _row_batches(self, d: Dialect, on_invalid, columns: list[str] | None = None) -> Iterator[tuple[pa.RecordBatch, np.ndarray]]:
        """(batch, row numbers) over the whole file; row 1 is the first line, header or not.

        A record bigger than a block makes Arrow fail; we reopen with bigger blocks and go
        on after the last row already given.
        """
        block = BLOCK_SIZE
        done = 0
        while True:
            skipped: deque[int] = deque()

            def handler(row, skipped=skipped) -> str:  # never look at row.text: it is raw data
                if row.number is not None:
                    skipped.append(row.number)
                on_invalid(row.number)
                return "skip"

            try:
                reader = self._reader(d, block, handler, columns)
                next_row = 1
                while True:
                    try:
                        rb = reader.read_next_batch()
                    except StopIteration:
                        return
                    numbers, next_row = _number_rows(rb.num_rows, next_row, skipped)
                    if numbers.size and numbers[-1] > done:
                        keep = numbers > done
                        if not keep.all():
                            rb, numbers = rb.filter(pa.array(keep)), numbers[keep]
                        done = int(numbers[-1])
                        yield rb, numbers
            except pa.ArrowInvalid as exc:
                if "straddl" in str(exc) and block < MAX_BLOCK_SIZE:
                    block = min(block * 4, MAX_BLOCK_SIZE)
                    continue
                if "straddl" in str(exc):
                    raise SourceError(f"a record is larger than {MAX_BLOCK_SIZE >> 20} MB") from None
                raise SourceError(_safe_arrow_error(exc)) from None
            except (OSError, EOFError, zlib.error, UnicodeError, pa.ArrowNotImplementedError) as exc:
                raise SourceError(_safe_arrow_error(exc)) from None

    def _count_records(self, d: Dialect) -> int:
        last = 0

        def seen(number: int | None) -> None:
            nonlocal last
            last = max(last, number or 0)

        for _, numbers in self._row_batches(d, seen, columns=d.names[:1]):
            last = max(last, int(numbers[-1]))
        return last - (1 if d.header else 0)

    def _on_invalid(self, d: Dialect, number: int | None) -> None:
        if number == 1 and d.header:
            return  # the header itself, wider or narrower than the data
        if number is None or number not in self._skipped_rows:
            self.skipped += 1
            if number is not None:
                self._skipped_rows.add(number)

    def _batches(self, d: Dialect) -> Iterator[Batch]:
        sample = spread(self._count_records(d), self.sample) if self.sample is not None else None
        self.sampled = sample is not None
        offset = 1 if d.header else 0
        for rb, numbers in self._row_batches(d, lambda n: self._on_invalid(d, n)):
            records = numbers - offset
            keep = records >= 1
            if sample is not None:
                keep &= sample.mask(records)
            if not keep.all():
                rb, records = rb.filter(pa.array(keep)), records[keep]
            if not rb.num_rows:
                continue
            table = pa.table({name: _to_text(rb.column(i)) for i, name in enumerate(rb.schema.names)})
            self.records += rb.num_rows
            yield Batch(self.container, table, pa.array(records, pa.int64()))


def _number_rows(n: int, next_row: int, skipped: deque[int]) -> tuple[np.ndarray, int]:
    """Row numbers of n parsed rows, stepping over the rows Arrow skipped."""
    parts = []
    while n:
        while skipped and skipped[0] < next_row:
            skipped.popleft()
        stop = skipped[0] if skipped else next_row + n
        run = min(n, stop - next_row)
        if run:
            parts.append(np.arange(next_row, next_row + run, dtype=np.int64))
            next_row += run
            n -= run
        if skipped and skipped[0] == next_row:
            skipped.popleft()
            next_row += 1
    return (np.concatenate(parts) if parts else np.empty(0, np.int64)), next_row


def _to_text(col: pa.Array) -> pa.Array:
    """Binary cells -> text: UTF-8 in bulk; a column with stray bytes cell by cell (latin-1)."""
    try:
        return col.cast(pa.string())
    except pa.ArrowInvalid:
        out = []
        for v in col.to_pylist():
            if v is None:
                out.append(None)
                continue
            try:
                out.append(v.decode("utf-8"))
            except UnicodeDecodeError:
                out.append(v.decode("latin-1"))
        return pa.array(out, pa.string())


def _safe_arrow_error(exc: Exception) -> str:
    """Arrow's CSV errors quote the offending row; keep only the part before the data."""
    msg = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
    low = msg.lower()
    if "gzip" in low or "compressed" in low or isinstance(exc, (EOFError, zlib.error)):
        return "truncated or corrupt gzip data"
    if isinstance(exc, UnicodeError):
        return f"cannot decode text ({exc.__class__.__name__})"
    for cut in (": '", ' "', ": b'", "Row #", ": "):
        pos = msg.find(cut)
        if pos > 0:
            msg = msg[:pos]
    return msg[:200]
