"""Scale-out: one shard (a batch of one container) in, one small mergeable partial out.

The parent reads sources and hands batches to `Shards`, which detects them in-process
(`workers=1`) or in a pool of forked processes. Partials come back in submission order
and merge associatively, so any worker count gives the same report: every worker runs
the same `detect_shard`, and nothing in it depends on earlier batches.
"""
from __future__ import annotations

import gc
import io
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from pii_audit.detection import name_lexicon, place_lexicon, validators
from pii_audit.detection.engine import ContainerDetection, Detector, FieldStats
from pii_audit.model import Batch
from pii_audit.policy.retention import TimestampTracker
from pii_audit.rules import Rules


# Arrow compiles each regex anew for every call, once per recognizer and column of a
# shard: small batches of short values (a 1 MiB CSV block is ~6k rows) spent more time
# compiling patterns than matching them, so they are joined up to this size. Batches with
# a column of prose (mean value >= PROSE_BYTES) are not: NER costs milliseconds a row, and
# a shard is what a worker gets, so they stay small enough to spread over the workers.
SHARD_ROWS = 32_768
SHARD_BYTES = 8 << 20
PROSE_BYTES = 80
# ... and a prose batch is cut into shards of this many rows (about a second of NER), so
# that 16 workers share a 50k-message log; fixed, so the shards never depend on --workers
PROSE_ROWS = 1024


def shard_batches(batches: Iterable[Batch]) -> Iterator[Batch]:
    """Adjacent batches of one container joined into shards of up to SHARD_ROWS rows or
    SHARD_BYTES; batches of another shape (a log's fields change) start a new shard."""
    pending: list[Batch] = []
    rows = size = 0

    def joined() -> Batch:
        if len(pending) == 1:
            return pending[0]
        first = pending[0]
        ts = None if first.timestamp is None else pa.concat_arrays([b.timestamp for b in pending])
        return Batch(first.container, pa.concat_tables([b.table for b in pending]),
                     pa.concat_arrays([b.records for b in pending]), first.text_fields, ts, first.timestamp_field)

    for batch in batches:
        if _has_prose(batch):
            if pending:
                yield joined()
                pending, rows, size = [], 0, 0
            yield from _cut(batch, PROSE_ROWS)
            continue
        if pending and not _same_shape(pending[0], batch):
            yield joined()
            pending, rows, size = [], 0, 0
        pending.append(batch)
        rows += batch.num_rows
        size += batch.table.nbytes
        if rows >= SHARD_ROWS or size >= SHARD_BYTES:
            yield joined()
            pending, rows, size = [], 0, 0
    if pending:
        yield joined()


def _cut(batch: Batch, rows: int) -> Iterator[Batch]:
    if batch.num_rows <= rows:
        yield batch
        return
    for start in range(0, batch.num_rows, rows):
        # taken, not sliced: a pickled slice carries its parent's whole buffers
        pick = pa.array(range(start, min(start + rows, batch.num_rows)), pa.int64())
        ts = None if batch.timestamp is None else batch.timestamp.take(pick)
        yield Batch(batch.container, batch.table.take(pick), batch.records.take(pick),
                    batch.text_fields, ts, batch.timestamp_field)


def _has_prose(batch: Batch) -> bool:
    rows = max(batch.num_rows, 1)
    return bool(batch.text_fields) or any(
        col.nbytes / rows >= PROSE_BYTES for col in batch.table.columns
        if pa.types.is_string(col.type) or pa.types.is_large_string(col.type) or pa.types.is_binary(col.type))


def _same_shape(a: Batch, b: Batch) -> bool:
    return (a.table.schema.equals(b.table.schema) and a.text_fields == b.text_fields
            and a.timestamp_field == b.timestamp_field and (a.timestamp is None) == (b.timestamp is None)
            and (a.timestamp is None or a.timestamp.type.equals(b.timestamp.type)))


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass
class Partial:
    """What one shard found: counts, masked samples, day histograms, occurrence lines."""

    fields: dict[str, FieldStats]
    text_fields: set[str]
    ages: TimestampTracker
    unchecked: set[int] = field(default_factory=set)
    occurrences: str = ""  # spooled JSON lines: positions and scores, never a value
    pid: int = 0  # the process that ran the shard


def detect_shard(detector: Detector, rules: Rules, batch: Batch, occurrences: bool) -> Partial:
    det = detector.container(batch.container, occurrences=False)
    if occurrences:
        det._spool = io.StringIO()  # in memory: a shard is one batch
    det.update(batch)
    ages = TimestampTracker(rules)
    ages.update(batch)
    return Partial(
        fields=det.fields,
        text_fields=det.text_fields,
        ages=ages,
        unchecked=set(getattr(det, "unchecked", ())),
        occurrences=det._spool.getvalue() if occurrences else "",
        pid=os.getpid(),
    )


def merge_into(det: ContainerDetection, ages: TimestampTracker, part: Partial) -> None:
    """Fold a shard's partial into its container's running state (in shard order)."""
    for name, st in part.fields.items():
        det.fields.setdefault(name, FieldStats()).merge(st)
    det.text_fields |= part.text_fields
    if part.unchecked:
        det.unchecked |= part.unchecked
    if part.occurrences and det._spool is not None:
        det._spool.write(part.occurrences)
    ages.merge(part.ages)


# A forked worker inherits these from the parent: the detector (and its NER model) is
# never pickled, only batches go out and partials come back.
_WORKER: tuple[Detector, Rules, bool] | None = None


def _init_worker(state: tuple[Detector, Rules, bool]) -> None:
    global _WORKER
    _WORKER = state
    # Ctrl-C reaches the whole process group: the parent alone handles it (and stops us).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # terminate() stops us quietly
    _die_with_parent()


def _die_with_parent() -> None:
    """A worker never outlives its parent (killed -9, or by the OOM killer): Linux only."""
    parent = os.getppid()
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def _run_in_worker(batch: Batch) -> Partial:
    assert _WORKER is not None
    detector, rules, occurrences = _WORKER
    return detect_shard(detector, rules, batch, occurrences)


class Shards:
    """Runs shards and yields their results in submission order, with bounded look-ahead."""

    def __init__(self, detector: Detector, rules: Rules, occurrences: bool, workers: int):
        self.detector = detector
        self.rules = rules
        self.occurrences = occurrences
        self.workers = max(1, workers)
        self.window = 4 * self.workers  # batches in flight: bounds memory
        self._pool: ProcessPoolExecutor | None = None

    def submit(self, batch: Batch) -> Future:
        if self.workers == 1:
            fut: Future = Future()
            try:
                fut.set_result(detect_shard(self.detector, self.rules, batch, self.occurrences))
            except Exception as exc:  # noqa: BLE001 - re-raised where the result is read
                fut.set_exception(exc)
            return fut
        if self._pool is not None:
            return self._pool.submit(_run_in_worker, batch)
        # fork: workers start in milliseconds with the loaded rules and NER model. The
        # first submit forks them all; frozen objects are left alone by the workers' GC,
        # so garbage inherited from the parent (an old DB connection) is never finalised
        # in a worker, and shared pages stay shared.
        ctx = multiprocessing.get_context("fork")
        if self.detector.ner is not None and _has_prose(batch):
            # prose ahead: load the model once here, shared by every worker, not once each
            # (16 workers each loading it cost 3x the CPU of one and 6.7 GB)
            _ = self.detector.ner.nlp
            name_lexicon.preload_foreign()
        name_lexicon.preload()  # the name lists too (~140 MB): shared pages, not one copy a worker
        if any(r.validator is validators.listed_place for r in self.detector.recognizers):
            place_lexicon.preload()  # (~44 MB) only where a rule reads the place list
        state = (self.detector, self.rules, self.occurrences)
        self._pool = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_init_worker, initargs=(state,))
        gc.freeze()
        try:
            return self._pool.submit(_run_in_worker, batch)
        finally:
            gc.unfreeze()

    def close(self, abort: bool = False) -> None:
        """Wait for the workers; with `abort` (Ctrl-C, a failure) stop them at once."""
        if self._pool is not None:
            if abort:
                procs = list((getattr(self._pool, "_processes", None) or {}).values())
                self._pool.shutdown(wait=False, cancel_futures=True)
                for proc in procs:
                    proc.terminate()
                for proc in procs:
                    proc.join(5)
            else:
                self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class OrderedQueue:
    """Work items and markers, handled strictly in the order they were queued."""

    def __init__(self, window: int):
        self.window = window
        self.items: deque[tuple[Any, ...]] = deque()
        self.in_flight = 0

    def push(self, item: tuple[Any, ...], is_work: bool) -> None:
        self.items.append((is_work, item))
        self.in_flight += is_work

    def pop_ready(self, drain: bool = False):
        """Items whose turn has come: markers at the head, and work once the window is full."""
        while self.items:
            is_work, item = self.items[0]
            if is_work and not drain and self.in_flight <= self.window:
                return
            self.items.popleft()
            self.in_flight -= is_work
            yield item
