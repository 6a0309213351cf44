"""Plain-text views of the policy: `pii-audit rules` (the effective policy) and
`pii-audit explain ID` (why one finding of a JSON report was made).

Both are pure functions of their inputs; neither ever prints a raw value (a finding
only carries masked samples and counts).
"""
from __future__ import annotations

from typing import Any

from pii_audit.policy.evaluate import NO_TIMESTAMP_RULE, Policy


class ExplainError(Exception):
    """The report or the finding cannot be found. One line."""


# -- pii-audit rules ----------------------------------------------------------------


def _at(path: str, line: int | None) -> str:
    return f"{path}:{line}" if line else path


def _words(ws: list[str] | None, limit: int = 0) -> str:
    ws = [str(w) for w in ws or []]
    if limit and len(ws) > limit:
        return ", ".join(ws[:limit]) + f", … (+{len(ws) - limit})"
    return ", ".join(ws)


def render_policy(desc: dict[str, Any], full: bool = True) -> str:
    d = desc["rules_dir"]
    out = [f"pii-audit effective policy: {d} (version {desc['version']})", ""]

    cats = desc["categories"]
    dflt = cats["default"]
    out.append(f"Categories ({_at(d + '/categories.yaml', None)}): the first rule whose conditions all hold wins;")
    out.append("  among container rules, the word that comes last in the container name wins.")
    for i, r in enumerate(cats["rules"], 1):
        out.append(f"  {i}. {r['id']} -> {r['category']} (confidence {r['confidence']})  [line {r.get('line')}]")
        if r.get("description"):
            out.append(f"       {r['description']}")
        limit = 0 if full else 12
        for key, label in (("field", "field words"), ("not_field", "not field words"), ("container", "container words")):
            if r.get(key):
                out.append(f"       {label}: {_words(r[key], limit)}")
        if "free_text" in r:
            out.append(f"       data shape: {'free text' if r['free_text'] else 'single values'}")
        if r.get("entity"):
            out.append(f"       entity: {_words(r['entity'])}")
    out.append(f"  default: {dflt['category']} (confidence {dflt['confidence']}, rule {dflt['rule']})  [line {dflt.get('line')}]"
               " - used when no rule matches; such findings say so")
    out.append("")

    ret = desc["retention"]
    out.append(f"Retention ({_at(d + '/policy.yaml', ret.get('line'))}): a container's limit is the shortest among its categories")
    out.append("  " + " · ".join(f"{c} {n} days" for c, n in ret["limits_days"].items()))
    for o in ret["overrides"]:
        out.append(f"  override {o['container']!r} [line {o.get('line')}]: " + ", ".join(f"{c} {n} days" for c, n in o["limits_days"].items()))
    ts = desc["timestamps"]
    out.append(f"  timestamp field hints, in order: {_words(ts['field_hints'], 0 if full else 15)}")
    out.append(f"  never a record's time: {_words(ts['exclude_field_hints'])}")
    out.append(f"  a field ages records when >= {ts['min_parse_ratio']:.0%} of its values are dates; epoch numbers "
               f"{ts['epoch_years'][0]}-{ts['epoch_years'][1]}; day/month order: {ts['day_month_order']}")
    out.append(f"  databases age records themselves (one aggregate query): {ts['age_in_database']}")
    out.append("")

    enc = desc["encryption"]
    out.append(f"Encryption ({_at(d + '/encryption.yaml', enc.get('line'))}):")
    out.append(f"  never in plaintext: {_words(enc['must_encrypt'])}")
    out.append("  protected (hashed, encrypted, tokenised, masked) forms: " + _words([p["id"] for p in enc["protected"]]))
    out.append("")

    sev = desc["severity"]
    out.append(f"Severity ({d}/policy.yaml): the first rule whose conditions all hold gives it")
    for r in sev["rules"]:
        conds = " and ".join(f"{k} {'/'.join(r[k])}" for k in ("type", "entity", "category", "rule") if k in r) or "any finding"
        out.append(f"  {r['id']}: {conds} -> {r['severity']}  [line {r.get('line')}]")
    out.append(f"  otherwise: {sev['default']}")
    return "\n".join(out) + "\n"


# -- pii-audit explain ---------------------------------------------------------------


def find_finding(report: dict[str, Any], finding_id: str) -> dict[str, Any]:
    """The finding with this id, or the only one whose id starts with it."""
    findings = report.get("findings")
    if not isinstance(findings, list):
        raise ExplainError("not a pii-audit JSON report (no findings list)")
    want = finding_id.strip().lower()
    exact = [f for f in findings if isinstance(f, dict) and str(f.get("id", "")).lower() == want]
    if exact:
        return exact[0]
    if len(want) < 4:
        raise ExplainError(f"finding id {finding_id!r} is too short (give at least 4 characters)")
    prefixed = [f for f in findings if isinstance(f, dict) and str(f.get("id", "")).lower().startswith(want)]
    if len(prefixed) == 1:
        return prefixed[0]
    if prefixed:
        raise ExplainError(f"finding id {finding_id!r} is ambiguous ({len(prefixed)} findings start with it)")
    raise ExplainError(f"no finding with id {finding_id!r} in the report ({len(findings)} findings)")


def _category_line(policy: Policy | None, rule_id: str | None) -> str:
    if policy is None or not rule_id:
        return ""
    if rule_id == policy.classifier.default.rule:
        return f" ({policy.rules.where('categories.yaml', 'default')})"
    r = policy.classifier.rule(rule_id)
    if r is None:
        return " (not in the current rules)"
    return f" ({policy.rules.directory / 'categories.yaml'}:{r.line})" if r.line else ""


def _severity_line(policy: Policy | None, rule_id: str | None) -> str:
    if policy is None or not rule_id:
        return ""
    if rule_id == "severity.default":
        return f" ({policy.rules.where('policy.yaml', 'severity', 'default')})"
    for i, r in enumerate(policy.severities.rules):
        if r.id == rule_id:
            return f" ({policy.rules.where('policy.yaml', 'severity', 'rules', i)})"
    return " (not in the current rules)"


def _retention_line(policy: Policy | None, rule: str, category: str, override: str | None) -> str:
    if policy is None:
        return ""
    if rule == NO_TIMESTAMP_RULE:
        return f" ({policy.rules.where('timestamps.yaml', 'field_hints')})"
    if override:
        for i, o in enumerate(policy.limits.overrides):
            if o.container == override:
                return f" ({policy.rules.where('policy.yaml', 'overrides', i)})"
        return " (not in the current rules)"
    return f" ({policy.rules.where('policy.yaml', 'retention', category)})"


def _matched(key: str, value: Any) -> str:
    if key == "free_text":
        return "free text" if value else "single values"
    if key in ("field", "container"):
        return f"{key} word {value!r}"
    return f"{key} {value}"


def explain(finding: dict[str, Any], policy: Policy | None = None) -> str:
    """Why this finding was made, from its rule ids and evidence (and the rules' lines)."""
    ev = finding.get("evidence") or {}
    kind = finding.get("type")
    where = " > ".join(str(x) for x in (finding.get("source"), finding.get("container"), finding.get("field") if finding.get("field") is not None else "(whole line)") if x is not None)
    out = [
        f"finding {finding.get('id')}: {kind}, severity {finding.get('severity')}",
        f"  where:      {where}",
    ]
    if finding.get("message"):
        out.append(f"  summary:    {finding['message']}")
    cat = finding.get("category")
    if kind == "pii":
        out.append(f"  what:       {finding.get('entity')} in {finding.get('count')} values"
                   + (f" (e.g. {finding['sample']})" if finding.get("sample") else "")
                   + (f", confidence {finding['confidence']}" if finding.get("confidence") is not None else ""))
        det = [f"rule {finding.get('rule')}"]
        if "match_ratio" in ev and "values" in ev:
            det.append(f"{ev['match_ratio']:.1%} of {ev['values']} non-empty values matched")
        if "name_hint" in ev:
            det.append("field name is a hint" if ev["name_hint"] else "no field-name hint (values alone)")
        if "free_text" in ev:
            det.append("free text" if ev["free_text"] else "single values")
        if ev.get("rules"):
            det.append("recognizers: " + ", ".join(f"{k} x{v}" for k, v in ev["rules"].items()))
        out.append("  detected:   " + "; ".join(det))
    elif kind == "unencrypted":
        out.append(f"  what:       {finding.get('count')} {finding.get('entity')} values in plaintext"
                   + (f" of {ev['detected']} detected" if "detected" in ev else "")
                   + (f" (e.g. {finding['sample']})" if finding.get("sample") else ""))
        line = f" ({policy.rules.where('encryption.yaml', 'must_encrypt')})" if policy is not None else ""
        out.append(f"  rule:       {finding.get('rule')}: {finding.get('entity')} must never be stored in plaintext{line}")
        out.append("              hashed, encrypted, tokenised or masked values are protected and not counted"
                   + (f" ({policy.rules.where('encryption.yaml', 'protected')})" if policy is not None else ""))
        if ev.get("free_text"):
            out.append("              found inside free text: a sensitive value in a message is still stored in plaintext")
    elif kind == "retention":
        limit = finding.get("limit_days")
        rule = str(finding.get("rule"))
        out.append(f"  rule:       {rule}{_retention_line(policy, rule, cat, ev.get('override'))}")
        if ev.get("limits_days"):
            lims = ", ".join(f"{c} {n} d" for c, n in ev["limits_days"].items())
            out.append(f"  limit:      {limit} days for {cat}, the shortest among the container's categories ({lims})"
                       + (f"; override {ev['override']!r}" if ev.get("override") else ""))
        if rule == NO_TIMESTAMP_RULE:
            tried = ev.get("candidates") or []
            if tried:
                for c in tried:
                    out.append(f"  tried:      {c.get('field') or 'line time'}: {c.get('parsed')} of {c.get('values')} values are dates"
                               f" (needs {ev.get('min_parse_ratio', 0.8):.0%})")
            else:
                out.append("  tried:      no field is named like a timestamp or holds dates with a time of day")
        else:
            out.append(f"  counted:    {finding.get('count')} records dated before {ev.get('cutoff')} "
                       f"(as of {ev.get('as_of')} minus {limit} days); oldest {finding.get('oldest')}")
            basis = "one aggregate query in the database" if ev.get("basis") == "database" else "the scanned values"
            forms = ", ".join(f"{k} {v}" for k, v in (ev.get("forms") or {}).items())
            out.append(f"  dated by:   {ev.get('timestamp_field')}: {ev.get('parsed')} of {ev.get('values')} values read as dates"
                       + (f" ({forms})" if forms else "") + f", counted by {basis}")
            for note in ev.get("notes") or []:
                out.append(f"  note:       {note}")
            others = [c for c in ev.get("candidates") or [] if c.get("field") != ev.get("timestamp_field")]
            for c in others:
                out.append(f"  also seen:  {c.get('field') or 'line time'} ({c.get('parsed')} of {c.get('values')} dates"
                           f"{'' if c.get('usable') else ', not usable'})")
    if kind in ("pii", "unencrypted"):
        rule_id = ev.get("category_rule")
        how = ", ".join(_matched(k, v) for k, v in (ev.get("category_match") or {}).items())
        text = f"  category:   {cat} by {rule_id}{_category_line(policy, rule_id)}"
        if how:
            text += f": matched {how}"
        if ev.get("category_confidence") is not None:
            text += f"; confidence {ev['category_confidence']}"
        out.append(text)
        if ev.get("category_default"):
            out.append("              no category rule matched this container and field: the documented default applied")
    elif cat:
        out.append(f"  category:   {cat}")
    sev_rule = ev.get("severity_rule")
    out.append(f"  severity:   {finding.get('severity')}" + (f" by {sev_rule}{_severity_line(policy, sev_rule)}" if sev_rule else ""))
    return "\n".join(out) + "\n"
