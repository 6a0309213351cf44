"""What every source gives the pipeline: containers of Batches, and honest counters."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pyarrow as pa

from pii_audit.model import Batch

BATCH_ROWS = 8192


class SourceError(Exception):
    """The whole source cannot be read. The message is one line and holds no data value."""


@dataclass
class Container:
    name: str
    batches: Iterator[Batch]


class Source:
    kind = "?"

    def __init__(self, display: str, sample: int | None = None):
        self.display = display  # what the report shows: never a password
        self.sample = sample
        self.records = 0
        self.skipped = 0
        self.containers_seen = 0
        self.sampled = False

    def containers(self) -> Iterator[Container]:
        raise NotImplementedError


def records_array(first: int, n: int) -> pa.Array:
    return pa.array(range(first, first + n), pa.int64())


def strings_table(columns: dict[str, list]) -> pa.Table:
    """Python values -> an all-string Arrow table (bytes are dropped: binary carries no text)."""
    arrays = {}
    for name, values in columns.items():
        arrays[name] = pa.array(
            [None if v is None or isinstance(v, (bytes, bytearray, memoryview)) else (v if isinstance(v, str) else str(v)) for v in values],
            pa.string(),
        )
    return pa.table(arrays)
