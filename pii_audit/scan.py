"""The pipeline: sources -> batches -> detection -> hits -> policy -> findings -> Report."""
from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from pii_audit import __version__
from pii_audit.detection.engine import Detector
from pii_audit.model import LINE_FIELD, Finding, Report, SourceResult, severity_rank
from pii_audit.policy.evaluate import Policy
from pii_audit.policy.retention import TimestampTracker
from pii_audit.rules import Rules
from pii_audit.sources import Source, SourceError, open_targets

log = logging.getLogger("pii_audit")


@dataclass
class ScanOptions:
    as_of: dt.date
    sample: int | None = None
    occurrences: IO[str] | None = None
    fail_on: str = "high"


class Scanner:
    def __init__(self, rules: Rules, options: ScanOptions, ner: object = None):
        self.rules = rules
        self.options = options
        self.detector = Detector(rules, ner=ner)
        self.policy = Policy(rules)

    def scan_source(self, source: Source) -> tuple[SourceResult, list[Finding]]:
        result = SourceResult(source.display, source.kind)
        findings: list[Finding] = []
        try:
            for container in source.containers():
                det = self.detector.container(container.name, occurrences=self.options.occurrences is not None)
                ages = TimestampTracker(self.rules)
                for batch in container.batches:
                    det.update(batch)
                    ages.update(batch)
                hits = det.finish()
                container_findings = self.policy.evaluate(source.display, container.name, hits, ages, self.options.as_of)
                findings.extend(container_findings)
                if self.options.occurrences is not None:
                    self._write_occurrences(source.display, container.name, det, hits, container_findings)
        except SourceError as exc:
            result.status = "error"
            result.error = str(exc)
        except (OSError, MemoryError, RecursionError, ValueError) as exc:
            # Messages of these may quote data: keep only what kind of failure it was.
            result.status = "error"
            result.error = f"{exc.__class__.__name__} while reading"
            log.debug("source %s failed: %s", source.display, exc.__class__.__name__)
        result.records = source.records
        result.skipped_records = source.skipped
        result.containers = source.containers_seen
        result.sampled = source.sampled
        return result, findings

    def _write_occurrences(self, source: str, container: str, det, hits, findings: list[Finding]) -> None:
        category = {
            ((f.field if f.field is not None else LINE_FIELD), f.entity): f.category for f in findings if f.type == "pii"
        }
        out = self.options.occurrences
        for field, record, start, end, entity, score in det.occurrences(hits):
            out.write(
                json.dumps(
                    {
                        "source": source,
                        "container": container,
                        "field": None if field == LINE_FIELD else field,
                        "record": record,
                        "start": start,
                        "end": end,
                        "entity": entity,
                        "category": category.get((field, entity)),
                        "score": score,
                    }
                )
                + "\n"
            )

    def run(self, targets: list[str]) -> Report:
        opened = open_targets(targets, sample=self.options.sample)
        results: list[SourceResult] = []
        findings: list[Finding] = []
        for display, kind, error in opened.errors:
            results.append(SourceResult(display, kind, status="error", error=error))
        for source in opened.sources:
            res, fs = self.scan_source(source)
            results.append(res)
            findings.extend(fs)
        findings.sort(key=lambda f: (-severity_rank(f.severity), f.source, f.container, f.field or "", f.type, f.entity or ""))
        notes = [f"skipped unsupported file: {p}" for p in opened.skipped_files]
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
    if any(s.status != "ok" for s in report.sources):
        return 2
    if fail_on == "never":
        return 0
    threshold = severity_rank(fail_on)
    return 1 if any(severity_rank(f.severity) >= threshold for f in report.findings) else 0


def write_text_atomic(path: Path, text: str) -> None:
    """Owner-only, all-or-nothing: a killed scan never leaves a half report behind."""
    import os
    import tempfile

    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent or Path("."), prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
