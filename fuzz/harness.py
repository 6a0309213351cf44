"""The one check every parser input must pass, shared by the atheris targets (`make fuzz`)
and the regression tests (tests/test_properties.py replays fuzz/regressions/).

An input is written to a file with the reader's extension and scanned in-process through
the real pipeline (reader -> detection -> policy), NER off for speed. The scan may report
the source ok (broken records skipped and counted) or as a one-line error; anything else —
an exception, a multi-line error, input text echoed in an error, or scan.py's catch-all
"<Exception> while reading" (an exception the reader did not expect) — is a bug.
"""
from __future__ import annotations

import atexit
import datetime as dt
import gzip
import os
import re
import shutil
import tempfile
from pathlib import Path

from pii_audit.rules import load_rules
from pii_audit.scan import ScanOptions, Scanner

# Readers and the file name each input is written to (the extension picks the reader).
SUFFIXES = {
    "csv": "data.csv",
    "tsv": "data.tsv",
    "csv.gz": "data.csv.gz",
    "jsonl": "data.jsonl",
    "log": "data.log",
    "log.gz": "data.log.gz",
    "sqlite": "data.db",
}

_SCANNER: Scanner | None = None
_TMP = Path(tempfile.mkdtemp(prefix="pii-fuzz-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None))
atexit.register(shutil.rmtree, _TMP, ignore_errors=True)  # one directory per process, gone at exit


def scanner() -> Scanner:
    global _SCANNER
    if _SCANNER is None:
        options = ScanOptions(as_of=dt.date(2026, 11, 25), fail_on="never", workers=1)
        _SCANNER = Scanner(load_rules(), options, ner=None)
    return _SCANNER


_WORD = re.compile(rb"[^\s,;|\t\"'{}\[\]:=]{16,}")


def _data_tokens(data: bytes) -> set[str]:
    """Long runs of input bytes: if one shows up in an error message, data leaked."""
    out = set()
    for m in _WORD.finditer(data[:1 << 16]):
        try:
            out.add(m.group().decode("utf-8"))
        except UnicodeDecodeError:
            pass
    return out


def scan_bytes(data: bytes, kind: str, compress: bool | None = None):
    """Write `data` as a `kind` file and scan it; returns the report's SourceResult."""
    name = SUFFIXES[kind]
    path = _TMP / name
    if name.endswith(".gz") and compress is not False:
        data = gzip.compress(data, mtime=0)
    path.write_bytes(data)
    try:
        report = scanner().run([str(path)])
    finally:
        path.unlink(missing_ok=True)
    assert len(report.sources) == 1, report.sources
    return report.sources[0]


def check(data: bytes, kind: str, compress: bool | None = None) -> None:
    """Raise AssertionError when `data` breaks a promise of SPEC."""
    result = scan_bytes(data, kind, compress)
    assert result.status in ("ok", "error"), result.status
    assert result.records >= 0 and result.skipped_records >= 0
    if result.status == "error":
        err = result.error or ""
        assert err and "\n" not in err and "Traceback" not in err, repr(err)
        # "<Exception> while reading" is scan.py's catch-all: an exception no reader expected
        assert not err.endswith(" while reading"), f"unexpected exception: {err!r}"
        for tok in _data_tokens(data):
            if tok not in str(_TMP):
                assert tok not in err, f"input text in error message: {err!r}"
