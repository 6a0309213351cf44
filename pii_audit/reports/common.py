"""What every format shares: the one way a sample is shown, the words for a finding,
the grouping order and the closing status line."""
from __future__ import annotations

from collections.abc import Iterator

from pii_audit.detection.masking import mask
from pii_audit.model import CATEGORIES, SEVERITIES, Finding, Report, severity_rank
from pii_audit.reports.gate import exit_code, failing

SEVERITIES_DESC = tuple(reversed(SEVERITIES))
TYPES = ("pii", "unencrypted", "retention")


def display_sample(f: Finding) -> str:
    """The sample as every format shows it. Detection already masked it with `mask`; a
    sample without a single mask character did not pass through it, so mask it again
    rather than trust it."""
    if not f.sample:
        return ""
    if "*" in f.sample:
        return f.sample
    return mask(f.sample, f.entity)


def where(f: Finding) -> str:
    """`customers.email` for a table; `exports/a.csv[Email Address]` for a file, whose
    name already holds dots."""
    return location(f.source, f.container, f.field)


def location(source: str, container: str, field: str | None) -> str:
    if field is None:
        return container
    if source.replace("\\", "/").endswith(container):
        return f"{container}[{field}]"
    return f"{container}.{field}"


def retention_unchecked(f: Finding) -> bool:
    """A container with personal data but no usable timestamp (an `info` finding)."""
    return f.type == "retention" and f.oldest is None and not f.count


def what(f: Finding) -> str:
    """`EMAIL_ADDRESS`, `CREDIT_CARD in plaintext`, `Usage retention`."""
    if f.type == "retention":
        return f"{f.category} retention unchecked" if retention_unchecked(f) else f"{f.category} retention"
    if f.type == "unencrypted":
        return f"{f.entity} in plaintext"
    return f.entity or f.type


def detail(f: Finding) -> str:
    """What was counted, in words; for PII the masked sample is shown beside it."""
    if f.type == "retention":
        if retention_unchecked(f):
            return "no usable timestamp: retention cannot be checked"
        limit = f"{f.limit_days:,}" if f.limit_days is not None else "?"
        return f"{f.count:,} records older than {limit} days (oldest {f.oldest or '?'})"
    if f.type == "unencrypted":
        return f"{f.count:,} plaintext values"
    return f"{f.count:,} values"


def describe(f: Finding) -> str:
    """One sentence for SARIF messages, JUnit failures and the like."""
    sample = display_sample(f)
    text = f"{what(f)} in {where(f)} ({f.category}, {f.severity}): {detail(f)}"
    if sample:
        text += f", e.g. {sample}"
    return f"{text}. Source {f.source}. Rule {f.rule}."


def sort_key(f: Finding) -> tuple:
    return (-severity_rank(f.severity), TYPES.index(f.type) if f.type in TYPES else 9, f.field or "", f.entity or "")


def grouped(report: Report) -> Iterator[tuple[str, list[tuple[str, list[Finding]]]]]:
    """(source, [(container, findings)]) in report source order; containers worst first,
    findings within a container most severe first."""
    by_source: dict[str, dict[str, list[Finding]]] = {}
    for f in report.findings:
        by_source.setdefault(f.source, {}).setdefault(f.container, []).append(f)
    order = [s.source for s in report.sources] + sorted(set(by_source) - {s.source for s in report.sources})
    for source in order:
        containers = by_source.get(source)
        if not containers:
            continue
        items = [(name, sorted(fs, key=sort_key)) for name, fs in containers.items()]
        items.sort(key=lambda item: (sort_key(item[1][0])[0], item[0]))
        yield source, items


def counts(report: Report) -> dict[tuple[str, str, str], int]:
    """(category, type, severity) -> number of findings."""
    out: dict[tuple[str, str, str], int] = {}
    for f in report.findings:
        key = (f.category, f.type, f.severity)
        out[key] = out.get(key, 0) + 1
    return out


def categories(report: Report) -> list[str]:
    extra = sorted({f.category for f in report.findings} - set(CATEGORIES))
    return list(CATEGORIES) + extra


def severity_counts(report: Report) -> dict[str, int]:
    out = {s: 0 for s in SEVERITIES_DESC}
    for f in report.findings:
        out[f.severity] = out.get(f.severity, 0) + 1
    return out


def status_line(report: Report) -> str:
    """The closing line: counts, sources, baseline, gate and exit status."""
    sev = severity_counts(report)
    sev_text = ", ".join(f"{n} {s}" for s, n in sev.items() if n) or "none"
    ok = sum(1 for s in report.sources if s.status == "ok")
    parts = [
        f"{len(report.findings)} findings: {sev_text}",
        f"{ok}/{len(report.sources)} sources ok",
    ]
    if report.suppressed:
        parts.append(f"{report.suppressed} suppressed by baseline")
    code = exit_code(report)
    if report.fail_on == "never":
        gate = "fail-on never"
    else:
        gate = f"{len(failing(report))} at/above {report.fail_on}"
    parts.append(f"{gate} → exit {code}")
    return " · ".join(parts)


def exit_meaning(code: int) -> str:
    return {0: "pass", 1: "fail: findings at or above the threshold", 2: "error: a source could not be read"}[code]
