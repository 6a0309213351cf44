"""Hits + record ages -> Findings: category, retention, encryption and severity."""
from __future__ import annotations

import datetime as dt

from pii_audit.model import SEVERITIES, Finding, Hit
from pii_audit.policy.categories import Classifier
from pii_audit.policy.retention import Limits, TimestampTracker, count_older, day_to_iso, parse_limits
from pii_audit.rules import Rules, RulesError
from pii_audit.model import LINE_FIELD


def _check_severity(value: object, where: str) -> str:
    if value not in SEVERITIES:
        raise RulesError(f"{where}: severity {value!r} must be one of {', '.join(SEVERITIES)}")
    return str(value)


class Policy:
    def __init__(self, rules: Rules):
        where = str(rules.directory / "policy.yaml")
        self.classifier = Classifier(rules)
        self.limits: Limits = parse_limits(rules)
        self.must_encrypt = set(rules.encryption.get("must_encrypt") or [])
        sev = rules.policy.get("severity") or {}
        self.sev_pii = {c: _check_severity(v, f"{where}: severity.pii.{c}") for c, v in (sev.get("pii") or {}).items()}
        self.sev_retention = _check_severity(sev.get("retention", "high"), f"{where}: severity.retention")
        self.sev_unknown = _check_severity(sev.get("retention_unknown", "info"), f"{where}: severity.retention_unknown")
        unenc = sev.get("unencrypted") or {}
        self.sev_unenc = {k: _check_severity(v, f"{where}: severity.unencrypted.{k}") for k, v in unenc.items()}

    def evaluate(self, source: str, container: str, hits: list[Hit], ages: TimestampTracker, as_of: dt.date) -> list[Finding]:
        findings: list[Finding] = []
        categories: set[str] = set()
        for h in hits:
            field = None if h.field == LINE_FIELD else h.field
            cls = self.classifier.classify(container, h.field, h.entity, h.free_text)
            categories.add(cls.category)
            evidence = dict(h.evidence, category_rule=cls.rule, category_confidence=cls.confidence)
            findings.append(
                Finding(
                    type="pii",
                    source=source,
                    container=container,
                    field=field,
                    entity=h.entity,
                    category=cls.category,
                    count=h.count,
                    severity=self.sev_pii.get(cls.category, "low"),
                    rule=h.rule,
                    confidence=round(min(h.confidence, 0.5 + cls.confidence / 2), 3),
                    sample=h.sample,
                    evidence=evidence,
                )
            )
            if h.entity in self.must_encrypt and h.plaintext > 0:
                findings.append(
                    Finding(
                        type="unencrypted",
                        source=source,
                        container=container,
                        field=field,
                        entity=h.entity,
                        category=cls.category,
                        count=h.plaintext,
                        severity=self.sev_unenc.get(h.entity, self.sev_unenc.get("default", "high")),
                        rule=f"encryption.must_encrypt.{h.entity}",
                        sample=h.sample,
                        message=f"{h.entity} stored in plaintext",
                    )
                )
        if categories:
            findings.extend(self._retention(source, container, categories, ages, as_of))
        return findings

    def _retention(self, source, container, categories, ages, as_of) -> list[Finding]:
        limits, override = self.limits.for_container(container)
        category = min(categories, key=lambda c: (limits[c], c))
        limit = limits[category]
        rule = f"retention.override.{override}.{category}" if override else f"retention.{category}"
        best = ages.best()
        if best is None:
            return [
                Finding(
                    type="retention",
                    source=source,
                    container=container,
                    field=None,
                    category=category,
                    count=0,
                    severity=self.sev_unknown,
                    rule="retention.no_timestamp",
                    limit_days=limit,
                    message="holds personal data but has no usable timestamp: retention cannot be checked",
                )
            ]
        field, fa = best
        older, oldest = count_older(fa, as_of, limit)
        if not older:
            return []
        return [
            Finding(
                type="retention",
                source=source,
                container=container,
                field=None if field == LINE_FIELD else field,
                category=category,
                count=older,
                severity=self.sev_retention,
                rule=rule,
                limit_days=limit,
                oldest=day_to_iso(oldest) if oldest is not None else None,
                message=f"{older} records older than {limit} days ({category})",
            )
        ]
