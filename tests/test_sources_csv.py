"""CSV/TSV reading: dialects, encodings, headers, broken rows, big fields, bounded memory."""
from __future__ import annotations

import gzip
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pii_audit.sources.base import SourceError
from pii_audit.sources.csv import CsvSource


def read(path: Path, sample: int | None = None) -> tuple[CsvSource, list[str], list[dict], list[int]]:
    """Every row of the file as dicts, with their record numbers."""
    src = CsvSource(path, path.name, str(path), sample)
    fields: list[str] = []
    rows: list[dict] = []
    records: list[int] = []
    for container in src.containers():
        for batch in container.batches:
            fields = fields or batch.fields
            rows += batch.table.to_pylist()
            records += batch.records.to_pylist()
    return src, fields, rows, records


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    return p


@pytest.mark.parametrize(
    "data, delimiter",
    [
        (b"Email Address,emailAddress,EMAIL,correo\na@x.io,b@x.io,c@x.io,d@x.io\n", ","),
        (b"Email Address;emailAddress;EMAIL;correo\na@x.io;b@x.io;c@x.io;d@x.io\n", ";"),
        (b"Email Address\temailAddress\tEMAIL\tcorreo\na@x.io\tb@x.io\tc@x.io\td@x.io\n", "\t"),
        (b"Email Address|emailAddress|EMAIL|correo\na@x.io|b@x.io|c@x.io|d@x.io\n", "|"),
    ],
)
def test_delimiter_sniffed_and_header_names_kept_as_written(tmp_path, data, delimiter):
    _, fields, rows, records = read(write(tmp_path, "people.csv", data))
    assert fields == ["Email Address", "emailAddress", "EMAIL", "correo"]
    assert rows == [{"Email Address": "a@x.io", "emailAddress": "b@x.io", "EMAIL": "c@x.io", "correo": "d@x.io"}]
    assert records == [1]


@pytest.mark.parametrize(
    "encoded",
    [
        "nombre;ciudad\nJosé Núñez;Málaga\n".encode("utf-8"),
        b"\xef\xbb\xbf" + "nombre;ciudad\nJosé Núñez;Málaga\n".encode("utf-8"),
        "nombre;ciudad\nJosé Núñez;Málaga\n".encode("latin-1"),
        "nombre;ciudad\nJosé Núñez;Málaga\n".encode("utf-16"),
    ],
    ids=["utf8", "utf8-bom", "latin1", "utf16-bom"],
)
def test_encodings(tmp_path, encoded):
    src, fields, rows, _ = read(write(tmp_path, "c.csv", encoded))
    assert fields == ["nombre", "ciudad"]
    assert rows == [{"nombre": "José Núñez", "ciudad": "Málaga"}]
    assert src.skipped == 0


def test_latin1_bytes_after_the_sniffed_head_are_decoded_per_cell(tmp_path):
    head = b"name,city\n" + b"plain,ascii\n" * 8000  # > 64 KiB of pure UTF-8 first
    src, _, rows, _ = read(write(tmp_path, "late.csv", head + "Zoë,Kraków\n".encode("utf-8") + "Müller,Köln\n".encode("latin-1")))
    assert rows[-2:] == [{"name": "Zoë", "city": "Kraków"}, {"name": "Müller", "city": "Köln"}]
    assert src.records == 8002 and src.skipped == 0


def test_headerless_file_keeps_its_first_row_as_data(tmp_path):
    data = b"ann@example.com,+1 202 555 0101\nbob@example.com,+1 202 555 0102\n"
    _, fields, rows, records = read(write(tmp_path, "nohead.csv", data))
    assert fields == ["column_1", "column_2"]  # a value must never become a field name
    assert rows[0]["column_1"] == "ann@example.com"
    assert records == [1, 2]


def test_ragged_rows_are_skipped_and_records_keep_their_positions(tmp_path):
    data = b"a,b\n1,2\n3\n4,5\n6,7,8\n9,10\n"
    src, _, rows, records = read(write(tmp_path, "ragged.csv", data))
    assert [r["a"] for r in rows] == ["1", "4", "9"]
    assert records == [1, 3, 5]  # rows 2 and 4 were skipped, not renumbered away
    assert (src.records, src.skipped) == (3, 2)


def test_multiline_quoted_values_are_one_record_each(tmp_path):
    data = b'name,address\r\n"Ann","1 Main St\r\nSpringfield"\r\n"Bob","2 Side St"\r\n'
    _, _, rows, records = read(write(tmp_path, "ml.csv", data))
    assert rows[0]["address"] == "1 Main St\r\nSpringfield"
    assert records == [1, 2]


def test_trailing_delimiter_on_data_rows_is_not_ragged(tmp_path):
    data = b"a,b\n1,2,\n3,4,\n"
    src, fields, rows, _ = read(write(tmp_path, "trail.csv", data))
    assert fields == ["a", "b", "column_3"] and src.skipped == 0 and len(rows) == 2


def test_nul_bytes_inside_values_are_kept(tmp_path):
    src, _, rows, _ = read(write(tmp_path, "nul.csv", b"a,b\n1,x\x00y\n2,z\n"))
    assert rows[0]["b"] == "x\x00y" and src.records == 2 and src.skipped == 0


def test_binary_garbage_named_csv_is_an_error(tmp_path):
    garbage = bytes(range(256)) * 64
    with pytest.raises(SourceError, match="binary content"):
        read(write(tmp_path, "garbage.csv", garbage))


def test_ten_megabyte_field(tmp_path):
    big = b"x" * (10 << 20)
    data = b"id,blob_text\n1,short\n2," + big + b"\n3,after\n"
    src, _, rows, records = read(write(tmp_path, "big.csv", data))
    assert [len(r["blob_text"]) for r in rows] == [5, 10 << 20, 5]
    assert records == [1, 2, 3] and src.skipped == 0


def test_empty_file_and_header_only_file(tmp_path):
    src, fields, rows, _ = read(write(tmp_path, "empty.csv", b""))
    assert (src.containers_seen, rows) == (0, [])
    src, fields, rows, _ = read(write(tmp_path, "header.csv", b"email,phone\n"))
    assert (src.containers_seen, src.records, rows) == (1, 0, [])


def test_gzip_plain_and_truncated(tmp_path):
    data = b"email\n" + b"".join(b"u%d@example.com\n" % i for i in range(5000))
    src, _, rows, records = read(write(tmp_path, "ok.csv.gz", data))
    assert src.records == 5000 and records[-1] == 5000
    full = gzip.compress(data)
    bad = tmp_path / "cut.csv.gz"
    bad.write_bytes(full[: len(full) // 2])
    with pytest.raises(SourceError, match="truncated or corrupt gzip"):
        read(bad)


def test_sample_spreads_n_records_across_the_whole_file(tmp_path):
    data = b"n\n" + b"".join(b"%d\n" % i for i in range(1, 101))
    src, _, rows, records = read(write(tmp_path, "s.csv", data), sample=10)
    assert records == list(range(1, 101, 10))
    assert [r["n"] for r in rows] == [str(i) for i in range(1, 101, 10)]
    assert src.sampled and src.records == 10
    src, _, _, records = read(write(tmp_path, "s2.csv", data), sample=500)
    assert not src.sampled and len(records) == 100


def test_error_text_never_quotes_row_data(tmp_path):
    data = b'email\n"secret.person@example.com\n' + b"x" * 100
    try:
        read(write(tmp_path, "q.csv", data))
    except SourceError as exc:
        assert "secret.person" not in str(exc)


def test_big_gzip_file_is_streamed_in_bounded_memory(tmp_path):
    """~150 MB of CSV (1.5 MB gzipped) read through the source: peak memory stays far below it."""
    path = tmp_path / "big.csv.gz"
    row = b"someone@example.com,+1 202 555 0100,12 Long Street Springfield,2024-01-01 10:00:00\n"
    with gzip.open(path, "wb", compresslevel=1) as fh:
        fh.write(b"email,phone,address,created_at\n")
        chunk = row * 20000
        for _ in range(90):
            fh.write(chunk)
    script = textwrap.dedent(f"""
        import resource
        from pathlib import Path
        import pyarrow as pa
        from pii_audit.sources.csv import CsvSource
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        src = CsvSource(Path({str(path)!r}), "big.csv.gz", "big.csv.gz")
        for c in src.containers():
            for b in c.batches:
                pass
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(src.records, (after - before) // 1024, pa.default_memory_pool().max_memory() >> 20)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=300)
    records, grown_mb, arrow_peak_mb = map(int, out.stdout.split())
    assert records == 1_800_000
    # Arrow reads ~30 blocks ahead, so its peak is ~30 x the block size (1 MiB: ~40 MB).
    assert arrow_peak_mb < 100, f"Arrow held {arrow_peak_mb} MB at once for a ~150 MB file"
    assert grown_mb < 140, f"peak memory grew by {grown_mb} MB for a ~150 MB file"
