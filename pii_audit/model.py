"""Plain data types that flow between the stages: Batch -> Hit -> Finding -> Report."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

SEVERITIES = ("info", "low", "medium", "high", "critical")
CATEGORIES = ("Account", "Usage", "Content")
# The field name of a plain-text log line; reported as `field: null`.
LINE_FIELD = "<line>"


def severity_rank(name: str) -> int:
    return SEVERITIES.index(name)


@dataclass
class Batch:
    """A slice of one container: columns of values plus their 1-based record numbers.

    `table` columns may be of any Arrow type; detection casts to string itself.
    `text_fields` names fields known to hold free text (e.g. a log line).
    """

    container: str
    table: pa.Table
    records: pa.Array  # int64, 1-based record numbers, one per row
    text_fields: frozenset[str] = frozenset()
    # The records' own time when the source knows it (a log line's timestamp); else the
    # policy looks for a timestamp field among the columns.
    timestamp: pa.Array | None = None
    timestamp_field: str | None = None

    @property
    def fields(self) -> list[str]:
        return self.table.column_names

    @property
    def num_rows(self) -> int:
        return self.table.num_rows


@dataclass
class SourceResult:
    source: str  # display form, never with a password
    kind: str
    status: str = "ok"
    error: str | None = None
    containers: int = 0
    records: int = 0
    skipped_records: int = 0
    sampled: bool = False
    # Every container read, findings or not (JUnit lists clean ones as passing tests).
    container_names: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "kind": self.kind,
            "status": self.status,
            "error": self.error,
            "containers": self.containers,
            "records": self.records,
            "skipped_records": self.skipped_records,
            "sampled": self.sampled,
        }


@dataclass
class Hit:
    """Detection's verdict for one (container, field, entity), before policy."""

    container: str
    field: str | None
    entity: str
    count: int  # values holding the entity
    plaintext: int  # of those, values not hashed/encrypted/masked
    confidence: float
    rule: str
    sample: str  # already masked
    free_text: bool
    evidence: dict[str, Any] = field(default_factory=dict)


@dataclass
class Finding:
    type: str  # pii | retention | unencrypted
    source: str
    container: str
    field: str | None
    category: str
    count: int
    severity: str
    rule: str
    entity: str | None = None
    confidence: float | None = None
    sample: str | None = None
    limit_days: int | None = None
    oldest: str | None = None
    message: str | None = None
    evidence: dict[str, Any] = field(default_factory=dict)

    @property
    def fingerprint(self) -> str:
        """Stable across runs and count changes: what, where, which rule."""
        key = "\x1f".join(
            str(x)
            for x in (self.type, self.source, self.container, self.field, self.entity, self.category)
        )
        return hashlib.sha256(key.encode()).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.fingerprint,
            "type": self.type,
            "source": self.source,
            "container": self.container,
            "field": self.field,
        }
        if self.type != "retention" or self.entity:
            d["entity"] = self.entity
        d["category"] = self.category
        d["count"] = self.count
        if self.type == "retention":
            d["limit_days"] = self.limit_days
            d["oldest"] = self.oldest
        d["severity"] = self.severity
        d["rule"] = self.rule
        if self.confidence is not None:
            d["confidence"] = round(self.confidence, 3)
        if self.sample is not None:
            d["sample"] = self.sample
        if self.message:
            d["message"] = self.message
        if self.evidence:
            d["evidence"] = self.evidence
        return d


@dataclass
class Report:
    as_of: str
    version: str
    sources: list[SourceResult]
    findings: list[Finding]
    rules_version: str = ""
    suppressed: int = 0
    fail_on: str = "high"
    notes: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        by_type: dict[str, int] = {}
        by_cat: dict[str, int] = {}
        by_sev: dict[str, int] = {}
        for f in self.findings:
            by_type[f.type] = by_type.get(f.type, 0) + 1
            by_cat[f.category] = by_cat.get(f.category, 0) + 1
            by_sev[f.severity] = by_sev.get(f.severity, 0) + 1
        return {
            "findings": len(self.findings),
            "by_type": by_type,
            "by_category": by_cat,
            "by_severity": by_sev,
            "sources_failed": sum(1 for s in self.sources if s.status != "ok"),
            "suppressed": self.suppressed,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": 1,
            "tool": {"name": "pii-audit", "version": self.version, "rules_version": self.rules_version},
            "as_of": self.as_of,
            "fail_on": self.fail_on,
            "sources": [s.to_dict() for s in self.sources],
            "findings": [f.to_dict() for f in self.findings],
            "summary": self.summary(),
            "notes": self.notes,
        }
