"""The pipeline: sources -> batches -> detection -> hits -> policy -> findings -> Report."""
from __future__ import annotations

import datetime as dt
import json
import logging
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import IO

from pii_audit import __version__
from pii_audit.detection.engine import Detector
from pii_audit.interrupt import check as stop_if_interrupted
from pii_audit.model import LINE_FIELD, Finding, Report, SourceResult, severity_rank
from pii_audit.policy.evaluate import Policy
from pii_audit.policy.retention import TimestampTracker
from pii_audit.reports.progress import NoProgress, ScanProgress
from pii_audit.rules import Rules
from pii_audit.shards import OrderedQueue, Shards, default_workers, merge_into, shard_batches
from pii_audit.sources import Source, SourceError, open_targets
from pii_audit.sources.base import SAMPLE_METHOD

log = logging.getLogger("pii_audit")


@dataclass
class ScanOptions:
    as_of: dt.date
    sample: int | None = None
    occurrences: IO[str] | None = None
    fail_on: str = "high"
    workers: int | None = None  # processes detecting shards; None: one per core
    progress: ScanProgress | None = None  # hooks for a progress display (reports/progress.py)
    include: tuple[str, ...] = ()  # table globs (`schema.table` or bare name); none: every table
    exclude: tuple[str, ...] = ()


@dataclass
class _SourceRun:
    source: Source
    result: SourceResult
    unchecked: int = 0  # records skipped by detection (regex time bound hit)

    def fail(self, error: str) -> None:
        if self.result.status == "ok":
            self.result.status = "error"
            self.result.error = error


def _error_kind(source: Source, exc: BaseException) -> str:
    """Messages of these may quote data: keep only what kind of failure it was."""
    if isinstance(exc, BrokenProcessPool):
        return "a worker process died (out of memory?)"
    log.debug("source %s failed: %s", source.display, exc.__class__.__name__)
    return f"{exc.__class__.__name__} while reading"


class Scanner:
    def __init__(self, rules: Rules, options: ScanOptions, ner: object = None):
        self.rules = rules
        self.options = options
        self.detector = Detector(rules, ner=ner)
        self.policy = Policy(rules)

    def scan_source(self, source: Source) -> tuple[SourceResult, list[Finding]]:
        results, findings = self._scan([source])
        return results[0], findings

    def _scan(self, sources: list[Source]) -> tuple[list[SourceResult], list[Finding]]:
        """Read sources here; detect their batches as shards (in-process or in a pool)."""
        occ = self.options.occurrences is not None
        progress = self.options.progress or NoProgress()
        progress.scan_started(len(sources))
        shards = Shards(self.detector, self.rules, occ, self.options.workers or default_workers())
        queue = OrderedQueue(shards.window)
        results: list[SourceResult] = []
        findings: list[Finding] = []
        try:
            for source in sources:
                run = _SourceRun(source, SourceResult(source.display, source.kind))
                results.append(run.result)
                progress.source_started(source.display)
                read_error = None
                try:
                    for container in source.containers():
                        run.result.container_names.append(container.name)
                        det = self.detector.container(container.name, occurrences=occ)
                        ages = TimestampTracker(self.rules, day_counts=container.day_counts, sampled=lambda s=source: s.sampled)
                        for batch in shard_batches(container.batches):
                            stop_if_interrupted()
                            progress.records(source.display, batch.num_rows)
                            queue.push(("shard", run, det, ages, shards.submit(batch)), is_work=True)
                            self._settle(queue.pop_ready(), findings)
                        queue.push(("container", run, det, ages, container.name), is_work=False)
                except SourceError as exc:
                    read_error = str(exc)
                except (OSError, MemoryError, RecursionError, ValueError) as exc:
                    read_error = _error_kind(source, exc)
                if read_error is None and source.errors:  # some tables unreadable, the others scanned
                    read_error = source.error_summary()
                queue.push(("source", run, read_error), is_work=False)
                progress.source_finished(source.display)
                self._settle(queue.pop_ready(), findings)
            self._settle(queue.pop_ready(drain=True), findings)
        except BaseException:
            shards.close(abort=True)  # Ctrl-C or a crash: stop the workers, do not wait for them
            raise
        shards.close()
        return results, findings

    def _settle(self, items, findings: list[Finding]) -> None:
        """Merge finished shards and close containers and sources, in reading order."""
        for item in items:
            kind, run = item[0], item[1]
            if kind == "shard":
                det, ages, fut = item[2:]
                stop_if_interrupted()
                try:
                    part = fut.result()
                except (OSError, MemoryError, RecursionError, ValueError, BrokenProcessPool) as exc:
                    run.fail(_error_kind(run.source, exc))
                    continue
                if run.result.status == "ok":
                    merge_into(det, ages, part)
            elif kind == "container":
                det, ages, name = item[2:]
                if run.result.status != "ok":
                    continue  # as when scanning stops at a failure: later containers give nothing
                hits = det.finish()
                run.unchecked += len(det.unchecked)
                container_findings = self.policy.evaluate(run.source.display, name, hits, ages, self.options.as_of)
                findings.extend(container_findings)
                if self.options.occurrences is not None:
                    self._write_occurrences(run.source.display, name, det, hits, container_findings)
            else:
                read_error = item[2]
                if read_error is not None:
                    run.fail(read_error)
                source, result = run.source, run.result
                result.records = source.records
                result.skipped_records = source.skipped + run.unchecked
                result.containers = source.containers_seen
                result.sampled = source.sampled

    def _write_occurrences(self, source: str, container: str, det, hits, findings: list[Finding]) -> None:
        category = {
            ((f.field if f.field is not None else LINE_FIELD), f.entity): f.category for f in findings if f.type == "pii"
        }
        out = self.options.occurrences
        # the same bytes as json.dumps of one dict per value, built from parts cached per
        # (field, entity): millions of values in a large export
        head = f'{{"source": {json.dumps(source)}, "container": {json.dumps(container)}, "field": '
        parts: dict[tuple[str, str], tuple[str, str]] = {}
        for field, entity, record, start, end, score in det.occurrence_parts(hits):
            part = parts.get((field, entity))
            if part is None:
                name = json.dumps(None if field == LINE_FIELD else field)
                part = parts[(field, entity)] = (
                    f"{head}{name}, \"record\": ",
                    f', "entity": {json.dumps(entity)}, "category": {json.dumps(category.get((field, entity)))}, "score": ',
                )
            out.write(f'{part[0]}{record}, "start": {start}, "end": {end}{part[1]}{score}}}\n')

    def run(self, targets: list[str]) -> Report:
        opened = open_targets(targets, sample=self.options.sample, include=self.options.include, exclude=self.options.exclude)
        results: list[SourceResult] = []
        findings: list[Finding] = []
        for display, kind, error in opened.errors:
            results.append(SourceResult(display, kind, status="error", error=error))
        res, findings = self._scan(opened.sources)
        results.extend(res)
        findings.sort(key=lambda f: (-severity_rank(f.severity), f.source, f.container, f.field or "", f.type, f.entity or ""))
        notes = [f"skipped: {p}" for p in opened.skipped_files]
        notes += [n for s in opened.sources for n in s.notes]
        if any(r.sampled for r in res):
            notes.append(SAMPLE_METHOD)
        return Report(
            as_of=self.options.as_of.isoformat(),
            version=__version__,
            sources=results,
            findings=findings,
            rules_version=self.rules.version,
            fail_on=self.options.fail_on,
            notes=notes,
        )


def exit_code(report: Report, fail_on: str) -> int:
    from pii_audit.reports.gate import exit_code as gate_exit_code

    return gate_exit_code(report, fail_on)

