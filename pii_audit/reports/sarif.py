"""SARIF 2.1.0 for GitHub code scanning.

One SARIF rule per pii-audit rule id (the `rule` every finding names). Files (CSV, logs,
SQLite files) get a physical location with a relative path URI, so GitHub links them;
database URLs get their (password-free) URL as a non-file URI. Logical locations carry
schema/table/column. `partialFingerprints` holds the finding's stable id, which ignores
counts, so an alert stays the same alert from one nightly run to the next."""
from __future__ import annotations

import json
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import quote

from pii_audit.model import Finding, Report, severity_rank
from pii_audit.reports.common import describe, display_sample, where

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "piiAuditFindingId/v1"
# GitHub: > 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low.
SECURITY_SEVERITY = {"critical": "9.5", "high": "8.0", "medium": "5.5", "low": "3.0", "info": "1.0"}
LEVEL = {"critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}
PROBLEM_SEVERITY = {"error": "error", "warning": "warning", "note": "recommendation"}

HELP = {
    "pii": (
        "Personal data detected",
        "Values of {entity} were found in this field. The category ({categories}) decides the "
        "retention limit that applies to the records holding them.",
        "Confirm that the field is meant to hold {entity}. Keep it only as long as its category "
        "allows, minimise or remove it where it is not needed, and check that the field is "
        "classified in the right category (rules/categories.yaml).",
    ),
    "unencrypted": (
        "Sensitive value stored in plaintext",
        "{entity} values are stored without hashing, encryption, tokenisation or masking. The "
        "privacy policy requires these values to be protected; full card numbers must never be "
        "stored on our servers at all.",
        "Hash, encrypt or tokenise the values (or keep only a masked form such as the last four "
        "digits) and delete the plaintext copies, including in exports and logs.",
    ),
    "retention": (
        "Records kept past their retention limit",
        "The container holds {categories} data and records older than the category's retention "
        "limit (rules/policy.yaml). A container without a usable timestamp cannot be checked.",
        "Delete or anonymise the records older than the limit, schedule that clean-up, or add "
        "a documented per-container override to rules/policy.yaml when a longer period is "
        "legally required.",
    ),
}


def render(report: Report, **_: object) -> str:
    rules, index = _rules(report.findings)
    kinds = {s.source: s.kind for s in report.sources}
    results = [_result(f, index[f.rule], kinds.get(f.source) or source_kind(f.source)) for f in report.findings]
    errors = [s for s in report.sources if s.status != "ok"]
    run = {
        "tool": {
            "driver": {
                "name": "pii-audit",
                "version": report.version,
                "semanticVersion": report.version,
                "rules": rules,
                "properties": {"rulesVersion": report.rules_version},
            }
        },
        "invocations": [
            {
                "executionSuccessful": not errors,
                "toolExecutionNotifications": [
                    {"level": "error", "message": {"text": f"{s.source}: {s.error}"}, "descriptor": {"id": "source-error"}}
                    for s in errors
                ],
            }
        ],
        "results": results,
        "columnKind": "unicodeCodePoints",
        "properties": {
            "asOf": report.as_of,
            "failOn": report.fail_on,
            "suppressedByBaseline": report.suppressed,
            "sources": [s.to_dict() for s in report.sources],
        },
    }
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _rules(findings: list[Finding]) -> tuple[list[dict], dict[str, int]]:
    by_rule: dict[str, list[Finding]] = {}
    for f in findings:
        by_rule.setdefault(f.rule, []).append(f)
    rules = []
    index: dict[str, int] = {}
    for rule_id in sorted(by_rule):
        fs = by_rule[rule_id]
        first = fs[0]
        worst = max((f.severity for f in fs), key=severity_rank)
        entities = sorted({f.entity for f in fs if f.entity}) or ["personal data"]
        cats = ", ".join(sorted({f.category for f in fs}))
        short, full, help_text = HELP.get(first.type, HELP["pii"])
        fmt = {"entity": " / ".join(entities), "categories": cats}
        short_text = f"{short} ({cats})" if first.type == "retention" else f"{short}: {fmt['entity']}"
        index[rule_id] = len(rules)
        rules.append(
            {
                "id": rule_id,
                "name": _pascal(rule_id),
                "shortDescription": {"text": short_text},
                "fullDescription": {"text": full.format(**fmt)},
                "help": {
                    "text": help_text.format(**fmt),
                    "markdown": f"**{short_text}**\n\n{full.format(**fmt)}\n\n{help_text.format(**fmt)}",
                },
                "defaultConfiguration": {"level": LEVEL[worst]},
                "properties": {
                    "security-severity": SECURITY_SEVERITY[worst],
                    "tags": ["security", "privacy", first.type] + sorted({f.category for f in fs}),
                    "precision": "high" if first.type != "pii" else "medium",
                    "problem.severity": PROBLEM_SEVERITY[LEVEL[worst]],
                },
            }
        )
    return rules, index


def _result(f: Finding, rule_index: int, kind: str) -> dict:
    props = {
        "type": f.type,
        "severity": f.severity,
        "category": f.category,
        "count": f.count,
        "source": f.source,
        "container": f.container,
        "field": f.field,
    }
    if f.entity:
        props["entity"] = f.entity
    sample = display_sample(f)
    if sample:
        props["sample"] = sample
    if f.type == "retention":
        props.update(limitDays=f.limit_days, oldest=f.oldest)
    if f.confidence is not None:
        props["confidence"] = round(f.confidence, 3)
    return {
        "ruleId": f.rule,
        "ruleIndex": rule_index,
        "level": LEVEL.get(f.severity, "warning"),
        "message": {"text": describe(f)},
        "locations": [_location(f, kind)],
        "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
        "properties": props,
    }


def _location(f: Finding, kind: str) -> dict:
    uri, _ = artifact_uri(f.source)
    # GitHub needs a region with a start line. A CSV names its fields on line 1, so
    # that line is exact there; elsewhere the logical locations say where.
    physical: dict = {"artifactLocation": {"uri": uri}, "region": {"startLine": 1}}
    return {"physicalLocation": physical, "logicalLocations": _logical(f, kind)}


def _logical(f: Finding, kind: str) -> list[dict]:
    out: list[dict] = []
    if kind in ("postgresql", "mysql") and "." in f.container:
        schema, table = f.container.split(".", 1)
        out.append({"name": schema, "fullyQualifiedName": schema, "kind": "namespace"})
        out.append({"name": table, "fullyQualifiedName": f.container, "kind": "type"})
    elif kind in ("postgresql", "mysql", "sqlite"):
        out.append({"name": f.container, "fullyQualifiedName": f.container, "kind": "type"})
    else:
        out.append({"name": f.container, "fullyQualifiedName": f.container, "kind": "resource"})
    if f.field is not None:
        out.append({"name": f.field, "fullyQualifiedName": where(f), "kind": "member"})
    return out


def source_kind(source: str) -> str:
    """The kind from the display form, for reports that do not list the source."""
    scheme = _scheme(source)
    if scheme:
        return {"postgres": "postgresql", "mariadb": "mysql"}.get(scheme, scheme)
    name = source.lower()
    if name.endswith((".db", ".sqlite", ".sqlite3")):
        return "sqlite"
    if name.endswith((".csv", ".tsv", ".csv.gz", ".tsv.gz")):
        return "csv"
    return "log"


def _scheme(source: str) -> str:
    if "://" not in source:
        return ""
    return source.split("://", 1)[0].split("+", 1)[0].lower()


def artifact_uri(source: str) -> tuple[str, bool]:
    """(uri, is_file). A path becomes a relative URI (GitHub resolves it against the
    repository root) or a file:// URI when absolute; a server database URL stays itself
    (already without its password)."""
    scheme = _scheme(source)
    if scheme == "sqlite":
        rest = source.split("://", 1)[1]
        return _path_uri(rest[1:] if rest.startswith("/") else rest), True
    if scheme:
        return source, False
    return _path_uri(source), True


def _path_uri(path: str) -> str:
    if "\\" in path and not path.startswith("/"):
        p = PureWindowsPath(path)
        if p.is_absolute():
            return p.as_uri()
        path = p.as_posix()
    pp = PurePosixPath(path)
    if pp.is_absolute():
        return pp.as_uri()
    parts = [part for part in pp.parts if part != "."]
    return quote("/".join(parts), safe="/")


def _pascal(rule_id: str) -> str:
    words = rule_id.replace("-", ".").replace("_", ".").split(".")
    return "".join(w.capitalize() for w in words if w)
