"""Recognizers compiled from rules/recognizers.yaml.

Each pattern is kept twice: as an RE2 string for Arrow's vectorised prefilter over a whole
column, and compiled with the `regex` module (same syntax, bounded by a timeout) to
confirm spans on the few candidate cells.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from pii_audit.detection.validators import VALIDATORS, Validator
from pii_audit.names import hint_tokens
from pii_audit.rules import Rules, RulesError

NEEDS = (None, "field_hint", "hint_or_context")


@dataclass
class Recognizer:
    id: str
    entity: str
    pattern: str  # RE2 syntax, used by the Arrow prefilter
    compiled: regex.Pattern
    score: float
    validator: Validator | None
    needs: str | None
    anchored: bool
    group: int
    field_hints: list[tuple[str, ...]] = field(default_factory=list)
    exclude_field_hints: list[tuple[str, ...]] = field(default_factory=list)
    context: list[str] = field(default_factory=list)

    @property
    def prefilter(self) -> str:
        # \b differs between RE2 (ASCII) and `regex` (Unicode); dropping it keeps the
        # prefilter a superset of what the exact pass accepts.
        return self.pattern.replace(r"\b", "")


def _err(rules: Rules, msg: str) -> RulesError:
    return RulesError(f"{rules.directory / 'recognizers.yaml'}: {msg}")


def build_recognizers(rules: Rules) -> list[Recognizer]:
    entries = rules.recognizers.get("recognizers")
    if not isinstance(entries, list) or not entries:
        raise _err(rules, "'recognizers' must be a non-empty list")
    out: list[Recognizer] = []
    seen: set[str] = set()
    for i, e in enumerate(entries):
        if not isinstance(e, dict):
            raise _err(rules, f"recognizer #{i + 1} is not a mapping")
        rid = e.get("id")
        where = f"recognizer {rid or '#' + str(i + 1)}"
        for key in ("id", "entity", "regex"):
            if not isinstance(e.get(key), str) or not e.get(key):
                raise _err(rules, f"{where}: '{key}' is required and must be a string")
        if rid in seen:
            raise _err(rules, f"{where}: duplicate id")
        seen.add(rid)
        try:
            compiled = regex.compile(e["regex"])
        except regex.error as exc:
            raise _err(rules, f"{where}: invalid regex: {exc}") from None
        vname = e.get("validator")
        if vname is not None and vname not in VALIDATORS:
            raise _err(rules, f"{where}: unknown validator '{vname}' (known: {', '.join(sorted(VALIDATORS))})")
        needs = e.get("needs")
        if needs not in NEEDS:
            raise _err(rules, f"{where}: 'needs' must be one of {NEEDS}")
        score = e.get("score", 0.5)
        if not isinstance(score, (int, float)) or not 0 <= score <= 1:
            raise _err(rules, f"{where}: 'score' must be a number between 0 and 1")
        group = int(e.get("group", 0))
        if group > compiled.groups:
            raise _err(rules, f"{where}: group {group} but the regex has {compiled.groups}")
        out.append(
            Recognizer(
                id=rid,
                entity=e["entity"],
                pattern=e["regex"],
                compiled=compiled,
                score=float(score),
                validator=VALIDATORS[vname] if vname else None,
                needs=needs,
                anchored=bool(e.get("anchored", False)),
                group=group,
                field_hints=[hint_tokens(str(h)) for h in e.get("field_hints") or []],
                exclude_field_hints=[hint_tokens(str(h)) for h in e.get("exclude_field_hints") or []],
                context=[str(c).lower() for c in e.get("context") or []],
            )
        )
    return out
