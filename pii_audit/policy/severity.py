"""Severity of a finding from the ordered `severity.rules` in rules/policy.yaml.

Each rule has conditions on the finding (type, entity, category, rule id glob); the
first rule whose conditions all hold gives the severity, and its id goes into the
finding's evidence. A rule that an earlier, broader rule always beats with a different
severity is a contradiction and is reported with its line.
"""
from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from typing import Any

from pii_audit.model import CATEGORIES, SEVERITIES
from pii_audit.rules import Rules

FILE = "policy.yaml"
TYPES = ("pii", "retention", "unencrypted")
_KEYS = {"id", "severity", "type", "entity", "category", "rule", "description"}
_CONDITIONS = ("type", "entity", "category", "rule")


@dataclass
class SeverityRule:
    id: str
    severity: str
    conditions: dict[str, frozenset[str]]
    line: int | None = None
    description: str = ""

    def matches(self, finding_type: str, entity: str | None, category: str | None, rule: str) -> bool:
        c = self.conditions
        if "type" in c and finding_type not in c["type"]:
            return False
        if "entity" in c and entity not in c["entity"]:
            return False
        if "category" in c and category not in c["category"]:
            return False
        if "rule" in c and not any(fnmatch.fnmatchcase(rule, g) for g in c["rule"]):
            return False
        return True


@dataclass
class Severities:
    rules: list[SeverityRule]
    default: str
    default_line: int | None = None
    _by_id: dict[str, SeverityRule] = field(default_factory=dict)

    def decide(self, finding_type: str, entity: str | None, category: str | None, rule: str) -> tuple[str, str]:
        """(severity, id of the severity rule that gave it)."""
        for r in self.rules:
            if r.matches(finding_type, entity, category, rule):
                return r.severity, r.id
        return self.default, "severity.default"

    def describe(self) -> dict[str, Any]:
        return {
            "default": self.default,
            "rules": [
                {"id": r.id, "severity": r.severity, "line": r.line,
                 **{k: sorted(v) for k, v in r.conditions.items()},
                 **({"description": r.description} if r.description else {})}
                for r in self.rules
            ],
        }


def _set(rules: Rules, raw: object, path: tuple[Any, ...], allowed: set[str] | None, what: str) -> frozenset[str]:
    items = raw if isinstance(raw, list) else [raw]
    if not items or not all(isinstance(x, str) and x for x in items):
        raise rules.error(FILE, path, f"{what} must be a name or a list of names")
    if allowed is not None:
        for j, x in enumerate(items):
            if x not in allowed:
                p = path + (j,) if isinstance(raw, list) else path
                raise rules.error(FILE, p, f"unknown {what} {x!r} (expected one of {', '.join(sorted(allowed))})")
    return frozenset(items)


def parse_severities(rules: Rules, entities: set[str]) -> Severities:
    cfg = rules.policy.get("severity")
    if not isinstance(cfg, dict):
        raise rules.error(FILE, ("severity",), "'severity' must hold 'default' and an ordered list of 'rules'")
    for k in cfg:
        if k not in ("default", "rules"):
            raise rules.error(FILE, ("severity", k), f"unknown key {k!r} under severity (expected default, rules)")
    default = cfg.get("default", "low")
    if default not in SEVERITIES:
        raise rules.error(FILE, ("severity", "default"), f"severity {default!r} must be one of {', '.join(SEVERITIES)}")
    raw = cfg.get("rules") or []
    if not isinstance(raw, list):
        raise rules.error(FILE, ("severity", "rules"), "'severity.rules' must be a list")
    allowed = {"type": set(TYPES), "entity": entities, "category": set(CATEGORIES), "rule": None}
    parsed: list[SeverityRule] = []
    ids: dict[str, int | None] = {}
    for i, r in enumerate(raw):
        path = ("severity", "rules", i)
        if not isinstance(r, dict):
            raise rules.error(FILE, path, f"severity rule #{i + 1} must be a mapping with id, severity and conditions")
        for k in r:
            if k not in _KEYS:
                raise rules.error(FILE, path + (k,), f"unknown key {k!r} in severity rule (expected {', '.join(sorted(_KEYS))})")
        rid = str(r.get("id") or f"severity.rule{i + 1}")
        if rid in ids:
            raise rules.error(FILE, path + ("id",), f"duplicate severity rule id {rid!r} (first at line {ids[rid]})")
        if r.get("severity") not in SEVERITIES:
            raise rules.error(FILE, path + ("severity",), f"rule {rid}: severity {r.get('severity')!r} must be one of {', '.join(SEVERITIES)}")
        conds = {k: _set(rules, r[k], path + (k,), allowed[k], k) for k in _CONDITIONS if k in r}
        rule = SeverityRule(rid, r["severity"], conds, rules.line(FILE, *path), str(r.get("description") or ""))
        for earlier in parsed:
            if earlier.severity != rule.severity and _shadows(earlier, rule):
                raise rules.error(
                    FILE, path,
                    f"severity rule {rid} ({rule.severity}) can never apply: rule {earlier.id} (line {earlier.line}) "
                    f"matches every finding it does and gives {earlier.severity}",
                )
        ids[rid] = rule.line
        parsed.append(rule)
    sev = Severities(parsed, default, rules.line(FILE, "severity", "default"))
    sev._by_id = {r.id: r for r in parsed}
    return sev


def _shadows(earlier: SeverityRule, later: SeverityRule) -> bool:
    """Every finding `later` matches is matched by `earlier` first."""
    for k in _CONDITIONS:
        e = earlier.conditions.get(k)
        if e is None:
            continue
        lat = later.conditions.get(k)
        if lat is None:
            return False
        if k == "rule":
            if not all(any(fnmatch.fnmatchcase(x, g) for g in e) for x in lat if not any(ch in x for ch in "*?[")):
                return False
            if any(any(ch in x for ch in "*?[") and x not in e for x in lat):
                return False
        elif not lat <= e:
            return False
    return True
