"""Recognizers compiled from rules/recognizers.yaml.

Each pattern is kept twice: as an RE2 string for Arrow's vectorised prefilter over a whole
column, and compiled with the `regex` module (same syntax, bounded by a timeout) to
confirm spans on the few candidate cells.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import pyarrow as pa
import pyarrow.compute as pc
import regex

from pii_audit.detection.re2fast import relax_letters
from pii_audit.detection.validators import VALIDATORS, Validator
from pii_audit.names import Hints, hint_list
from pii_audit.rules import Rules, RulesError

NEEDS = (None, "field_hint", "hint_or_context", "numbered_header", "answer")
EXTENDERS = (None, "address")
_CACHE_LIMIT = 16_384  # per recognizer and process: bounds memory whatever the input size

_KNOWN_KEYS = {
    "id", "entity", "regex", "anchored", "score", "validator", "needs", "group", "field_hints",
    "generic_field_hints", "exclude_field_hints", "head_field_hints", "container_hints", "exclude_container_hints",
    "context", "negative_context", "not_after", "extend", "family_share", "min_distinct",
}
DISTINCT_CAP = 64  # a column's distinct matched values are counted up to this (min_distinct's bound)


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
    field_hints: Hints = field(default_factory=Hints)
    generic_field_hints: Hints = field(default_factory=Hints)
    exclude_field_hints: Hints = field(default_factory=Hints)
    head_field_hints: Hints = field(default_factory=Hints)
    container_hints: Hints = field(default_factory=Hints)
    exclude_container_hints: Hints = field(default_factory=Hints)
    context: list[str] = field(default_factory=list)
    negative_context: frozenset[str] = frozenset()
    not_after: str = ""  # a match right after one of these characters is part of something else
    extend: str | None = None
    family_share: float | None = None  # the column's family share this rule's matches need (detection.yaml's by default)
    min_distinct: int = 0  # different matched values a column needs when this rule alone speaks for it
    _verdicts: dict[str, bool] = field(default_factory=dict, repr=False)

    @property
    def prefilter(self) -> str:
        # \b differs between RE2 (ASCII) and `regex` (Unicode); dropping it keeps the
        # prefilter a superset of what the exact pass accepts; so does widening letter
        # classes, which keeps RE2's automaton small (detection/re2fast.py).
        return relax_letters(self.pattern.replace(r"\b", ""))

    @property
    def whole_match(self) -> bool:
        """Whether the validator reads the whole match rather than the span (group)."""
        return bool(getattr(self.validator, "whole_match", False))

    def valid(self, text: str) -> bool:
        """The validator's verdict, cached: columns repeat values."""
        if self.validator is None:
            return True
        verdict = self._verdicts.get(text)
        if verdict is None:
            verdict = bool(self.validator(text))
            if len(self._verdicts) >= _CACHE_LIMIT:
                self._verdicts.clear()
            self._verdicts[text] = verdict
        return verdict


def _err(rules: Rules, msg: str, *path: object) -> RulesError:
    """One line naming the file and, where known, the line of the offending entry."""
    return rules.error("recognizers.yaml", ("recognizers", *path), msg)


def _hints(e: dict, key: str) -> Hints:
    # a list may join named sets (`[*person_name_words, *person_roles]`): one level of nesting
    words = [w for item in e.get(key) or [] for w in (item if isinstance(item, list) else [item])]
    return hint_list(words)


@lru_cache(maxsize=4096)
def _re2_error(pattern: str) -> str | None:
    """RE2's complaint about `pattern`, if any. Cached: the rules are built twice per
    process (checked by load_rules, then by the scan's detector), and RE2 compiles are
    a quarter of start-up."""
    try:
        pc.match_substring_regex(pa.array([""], pa.string()), pattern)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
        return str(exc).splitlines()[0]
    return None


def build_recognizers(rules: Rules) -> list[Recognizer]:
    entries = rules.recognizers.get("recognizers")
    if not isinstance(entries, list) or not entries:
        raise _err(rules, "'recognizers' must be a non-empty list")
    out: list[Recognizer] = []
    seen: set[str] = set()
    for i, e in enumerate(entries):
        if not isinstance(e, dict):
            raise _err(rules, f"recognizer #{i + 1} is not a mapping", i)
        rid = e.get("id")
        where = f"recognizer {rid or '#' + str(i + 1)}"
        for key in ("id", "entity", "regex"):
            if not isinstance(e.get(key), str) or not e.get(key):
                raise _err(rules, f"{where}: '{key}' is required and must be a string", i, key)
        unknown = sorted(set(e) - _KNOWN_KEYS)
        if unknown:
            raise _err(rules, f"{where}: unknown key(s) {', '.join(unknown)}", i, unknown[0])
        if rid in seen:
            raise _err(rules, f"{where}: duplicate id", i, "id")
        seen.add(rid)
        try:
            compiled = regex.compile(e["regex"])
        except regex.error as exc:
            raise _err(rules, f"{where}: invalid regex: {exc}", i, "regex") from None
        re2_error = _re2_error(e["regex"].replace(r"\b", ""))
        if re2_error:  # the prefilter runs in Arrow's RE2: no lookaround, no backreferences
            raise _err(rules, f"{where}: regex is not RE2 syntax: {re2_error}", i, "regex")
        vname = e.get("validator")
        if vname is not None and vname not in VALIDATORS:
            raise _err(rules, f"{where}: unknown validator '{vname}' (known: {', '.join(sorted(VALIDATORS))})", i, "validator")
        needs = e.get("needs")
        if needs not in NEEDS:
            raise _err(rules, f"{where}: 'needs' must be one of {NEEDS}", i, "needs")
        extend = e.get("extend")
        if extend not in EXTENDERS:
            raise _err(rules, f"{where}: 'extend' must be one of {EXTENDERS}", i, "extend")
        score = e.get("score", 0.5)
        if not isinstance(score, (int, float)) or not 0 <= score <= 1:
            raise _err(rules, f"{where}: 'score' must be a number between 0 and 1", i, "score")
        family_share = e.get("family_share")
        if family_share is not None and (not isinstance(family_share, (int, float)) or not 0 <= family_share <= 1):
            raise _err(rules, f"{where}: 'family_share' must be a number between 0 and 1", i, "family_share")
        min_distinct = e.get("min_distinct", 0)
        if isinstance(min_distinct, bool) or not isinstance(min_distinct, int) or not 0 <= min_distinct <= DISTINCT_CAP:
            raise _err(rules, f"{where}: 'min_distinct' must be a whole number from 0 to {DISTINCT_CAP}", i, "min_distinct")
        group = int(e.get("group", 0))
        if group > compiled.groups:
            raise _err(rules, f"{where}: group {group} but the regex has {compiled.groups}", i, "group")
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
                field_hints=_hints(e, "field_hints"),
                generic_field_hints=_hints(e, "generic_field_hints"),
                exclude_field_hints=_hints(e, "exclude_field_hints"),
                head_field_hints=_hints(e, "head_field_hints"),
                container_hints=_hints(e, "container_hints"),
                exclude_container_hints=_hints(e, "exclude_container_hints"),
                context=[str(c).lower() for c in e.get("context") or []],
                negative_context=frozenset(str(c).lower() for c in e.get("negative_context") or []),
                not_after=str(e.get("not_after") or ""),
                extend=extend,
                family_share=None if family_share is None else float(family_share),
                min_distinct=min_distinct,
            )
        )
    return out
