"""Hits + record ages -> Findings: category, retention, encryption and severity.

Every finding names the rule that produced it (`rule`) and carries the why in
`evidence`: the category rule and what matched, the severity rule, and for retention
the field, the cutoff and how the ages were counted. `pii-audit explain` reads it back.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from pii_audit.model import LINE_FIELD, Finding, Hit
from pii_audit.policy.categories import Classifier, known_entities
from pii_audit.policy.retention import (
    Limits,
    TimestampConfig,
    TimestampTracker,
    count_older,
    cutoff_day,
    parse_limits,
    parse_timestamp_config,
)
from pii_audit.policy.severity import Severities, parse_severities
from pii_audit.policy.timeparse import day_to_iso
from pii_audit.rules import Rules

NO_TIMESTAMP_RULE = "retention.no_timestamp"


def parse_must_encrypt(rules: Rules, entities: set[str]) -> list[str]:
    raw = rules.encryption.get("must_encrypt")
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise rules.error("encryption.yaml", ("must_encrypt",), "'must_encrypt' must be a list of entity names")
    seen: set[str] = set()
    for i, e in enumerate(raw):
        if not isinstance(e, str) or e not in entities:
            raise rules.error("encryption.yaml", ("must_encrypt", i), f"unknown entity {e!r} in must_encrypt (known: {', '.join(sorted(entities))})")
        if e in seen:
            raise rules.error("encryption.yaml", ("must_encrypt", i), f"{e} is listed twice in must_encrypt")
        seen.add(e)
    return list(raw)


class Policy:
    def __init__(self, rules: Rules):
        entities = known_entities(rules)
        self.rules = rules
        self.classifier = Classifier(rules)
        self.limits: Limits = parse_limits(rules)
        self.timestamps: TimestampConfig = parse_timestamp_config(rules)
        self.must_encrypt = parse_must_encrypt(rules, entities)
        self.severities: Severities = parse_severities(rules, entities)

    def tracker(self, day_counts=None) -> TimestampTracker:
        return TimestampTracker(day_counts=day_counts, config=self.timestamps)

    def _finding(self, **kw: Any) -> Finding:
        sev, sev_rule = self.severities.decide(kw["type"], kw.get("entity"), kw.get("category"), kw["rule"])
        f = Finding(severity=sev, **kw)
        f.evidence = dict(f.evidence, severity_rule=sev_rule)
        return f

    def evaluate(self, source: str, container: str, hits: list[Hit], ages: TimestampTracker, as_of: dt.date) -> list[Finding]:
        findings: list[Finding] = []
        categories: set[str] = set()
        for h in hits:
            field = None if h.field == LINE_FIELD else h.field
            cls = self.classifier.classify(container, h.field, h.entity, h.free_text)
            categories.add(cls.category)
            evidence = dict(h.evidence, **cls.evidence())
            message = None
            if cls.default:
                message = f"no category rule matched; default category {cls.category} applied (confidence {cls.confidence})"
            findings.append(
                self._finding(
                    type="pii",
                    source=source,
                    container=container,
                    field=field,
                    entity=h.entity,
                    category=cls.category,
                    count=h.count,
                    rule=h.rule,
                    confidence=round(min(h.confidence, 0.5 + cls.confidence / 2), 3),
                    sample=h.sample,
                    message=message,
                    evidence=evidence,
                )
            )
            plaintext = min(h.plaintext, h.count)
            if h.entity in self.must_encrypt and plaintext > 0:
                findings.append(
                    self._finding(
                        type="unencrypted",
                        source=source,
                        container=container,
                        field=field,
                        entity=h.entity,
                        category=cls.category,
                        count=plaintext,
                        rule=f"encryption.must_encrypt.{h.entity}",
                        sample=h.sample,
                        message=f"{plaintext} {h.entity} values stored in plaintext (not hashed, encrypted, tokenised or masked)",
                        evidence={
                            "plaintext": plaintext,
                            "detected": h.count,
                            "free_text": h.free_text,
                            "detection_rule": h.rule,
                            **cls.evidence(),
                        },
                    )
                )
        if categories:
            findings.extend(self._retention(source, container, categories, ages, as_of))
        return findings

    def _retention(self, source: str, container: str, categories: set[str], ages: TimestampTracker, as_of: dt.date) -> list[Finding]:
        limits, set_by = self.limits.for_container(container)
        category = min(categories, key=lambda c: (limits[c], c))
        limit = limits[category]
        override = set_by.get(category)
        rule = f"retention.override.{override}.{category}" if override else f"retention.{category}"
        base_evidence: dict[str, Any] = {
            "categories": sorted(categories),
            "limits_days": {c: limits[c] for c in sorted(categories)},
            "as_of": as_of.isoformat(),
            "cutoff": day_to_iso(cutoff_day(as_of, limit)),
        }
        if override:
            base_evidence["override"] = override
        record_ages = ages.record_ages(as_of)
        if record_ages is None:
            tried = [c for c in ages_candidates(ages, as_of)]
            detail = "; ".join(f"{c['field'] or 'line time'}: {c['parsed']} of {c['values']} values are dates" for c in tried[:5])
            return [
                self._finding(
                    type="retention",
                    source=source,
                    container=container,
                    field=None,
                    category=category,
                    count=0,
                    rule=NO_TIMESTAMP_RULE,
                    limit_days=limit,
                    message="holds personal data but has no usable timestamp: retention cannot be checked"
                    + (f" ({detail})" if detail else " (no field named or shaped like a timestamp)"),
                    evidence=dict(base_evidence, candidates=tried, min_parse_ratio=self.timestamps.min_ratio),
                )
            ]
        res = record_ages.ages
        older, oldest = count_older(res.days, as_of, limit)
        if not older:
            return []
        field = None if record_ages.field == LINE_FIELD else record_ages.field
        evidence = dict(
            base_evidence,
            timestamp_field=field if field is not None else "line time",
            basis=res.basis,
            values=res.values,
            parsed=res.parsed,
            forms=record_ages.forms,
        )
        if res.notes:
            evidence["notes"] = res.notes
        if len(record_ages.candidates) > 1:
            evidence["candidates"] = record_ages.candidates
        return [
            self._finding(
                type="retention",
                source=source,
                container=container,
                field=field,
                category=category,
                count=older,
                rule=rule,
                limit_days=limit,
                oldest=day_to_iso(oldest) if oldest is not None else None,
                message=f"{older} records older than {limit} days ({category}; dated before {evidence['cutoff']})",
                evidence=evidence,
            )
        ]

    def describe(self) -> dict[str, Any]:
        """The effective policy, for `pii-audit rules`."""
        r = self.rules
        return {
            "rules_dir": str(r.directory),
            "version": r.version,
            "categories": self.classifier.describe(),
            "retention": {
                "limits_days": dict(self.limits.default),
                "line": r.line("policy.yaml", "retention"),
                "overrides": [{"container": o.container, "limits_days": o.limits, "line": o.line} for o in self.limits.overrides],
            },
            "timestamps": {
                "field_hints": ["_".join(h) for h in self.timestamps.hints],
                "exclude_field_hints": ["_".join(h) for h in self.timestamps.exclude],
                "min_parse_ratio": self.timestamps.min_ratio,
                "epoch_years": list(self.timestamps.years),
                "day_month_order": self.timestamps.day_month,
                "age_in_database": self.timestamps.in_database,
            },
            "encryption": {
                "must_encrypt": list(self.must_encrypt),
                "line": r.line("encryption.yaml", "must_encrypt"),
                "protected": [
                    {"id": p.get("id"), "regex": p.get("regex"), "line": r.line("encryption.yaml", "protected", i)}
                    for i, p in enumerate(r.encryption.get("protected") or []) if isinstance(p, dict)
                ],
            },
            "severity": self.severities.describe(),
        }


def ages_candidates(ages: TimestampTracker, as_of: dt.date) -> list[dict[str, Any]]:
    out = []
    for key, fa in ages.fields.items():
        res = fa.resolve(as_of, ages.cfg.day_month)
        out.append({"field": None if key == LINE_FIELD else key, "values": res.values, "parsed": res.parsed})
    return out
