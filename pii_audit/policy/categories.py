"""Account / Usage / Content from the ordered rules in rules/categories.yaml.

A rule's conditions all hold for a match: field-name words, container-name words, the
entity, and the data shape (free text or a single value). The first matching rule wins,
with one refinement for container words: when several container rules match, the word
that comes last in the name decides (`user_sessions` holds sessions). When no rule
matches, the documented default applies with a lower confidence, and the finding says so.
"""
from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from pii_audit.model import CATEGORIES
from pii_audit.names import container_tokens, hint_tokens, tokens
from pii_audit.rules import Rules

FILE = "categories.yaml"
SPEC_ENTITIES = frozenset({
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "US_BANK_NUMBER", "IBAN_CODE",
    "IP_ADDRESS", "LOCATION", "URL", "DATE_TIME", "STREET_ADDRESS", "DATE_OF_BIRTH", "PASSWORD", "API_KEY",
})
_RULE_KEYS = {"id", "category", "confidence", "field", "not_field", "container", "free_text", "entity", "description"}


_FILE_EXTENSIONS = {"csv", "tsv", "gz", "jsonl", "ndjson", "log", "txt", "json", "db", "sqlite", "sqlite3"}


def is_file_container(container: str) -> bool:
    return "/" in container or container.rsplit(".", 1)[-1].lower() in _FILE_EXTENSIONS


def container_words(container: str) -> str:
    """The part of a container name that says what it holds: `public.user_sessions` ->
    `user_sessions` (a schema is not part of it); a file keeps its folders."""
    return container if is_file_container(container) else container.split(".")[-1]


def known_entities(rules: Rules) -> set[str]:
    """SPEC names plus whatever the recognizers and the NER mapping can produce."""
    known = set(SPEC_ENTITIES)
    for r in rules.recognizers.get("recognizers") or []:
        if isinstance(r, dict) and isinstance(r.get("entity"), str):
            known.add(r["entity"])
    labels = (rules.detection.get("ner") or {}).get("labels") or {}
    if isinstance(labels, dict):
        known.update(str(v) for v in labels.values())
    return known


def _plural_forms(word: str) -> set[str]:
    forms = {word, word + "s", word + "es"}
    if word.endswith("y") and len(word) > 3:
        forms.add(word[:-1] + "ies")
    return forms


def _match_words(name_tokens: tuple[str, ...], hints: list[tuple[str, ...]]) -> list[tuple[int, str]]:
    """(position of the match's last token, the words matched) for each hint found in the name; the
    hint's last word may be plural (`customer` matches `customers`), and a one-word hint
    of 5+ letters may start a glued word (`recipient` in `recipientlist`)."""
    found = []
    for hint in hints:
        n = len(hint)
        if not n:
            continue
        last = _plural_forms(hint[-1])
        for i in range(len(name_tokens) - n + 1):
            if name_tokens[i : i + n - 1] == hint[:-1] and name_tokens[i + n - 1] in last:
                found.append((i + n - 1, "_".join(name_tokens[i : i + n])))
        if n == 1 and len(hint[0]) >= 5:
            for i, t in enumerate(name_tokens):
                if t != hint[0] and t not in last and t.startswith(hint[0]) and len(t) > len(hint[0]) + 2:
                    found.append((i, t))
    return found


@dataclass
class CategoryRule:
    id: str
    category: str
    confidence: float
    field: list[tuple[str, ...]] | None = None
    not_field: list[tuple[str, ...]] | None = None
    container: list[tuple[str, ...]] | None = None
    free_text: bool | None = None
    entity: frozenset[str] | None = None
    line: int | None = None
    description: str = ""
    raw: dict[str, Any] = dc_field(default_factory=dict)


@dataclass
class Classification:
    category: str
    confidence: float
    rule: str
    default: bool = False
    matched: dict[str, Any] = dc_field(default_factory=dict)  # which words/conditions matched

    def evidence(self) -> dict[str, Any]:
        ev: dict[str, Any] = {"category_rule": self.rule, "category_confidence": self.confidence}
        if self.default:
            ev["category_default"] = True
        if self.matched:
            ev["category_match"] = self.matched
        return ev


class Classifier:
    def __init__(self, rules: Rules):
        cfg = rules.categories
        known = known_entities(rules)
        for k in cfg:
            if k not in ("default", "rules", "version"):
                raise rules.error(FILE, (k,), f"unknown key {k!r} (expected default, rules)")
        default = cfg.get("default")
        if not isinstance(default, dict):
            raise rules.error(FILE, ("default",), "'default' must give the category (and confidence) used when no rule matches")
        if default.get("category") not in CATEGORIES:
            raise rules.error(FILE, ("default", "category"), f"default category must be one of {', '.join(CATEGORIES)}, got {default.get('category')!r}")
        conf = _confidence(rules, default.get("confidence", 0.4), ("default", "confidence"))
        self.default = Classification(default["category"], conf, str(default.get("rule") or "category.default"), default=True)
        self.default_line = rules.line(FILE, "default")
        raw_rules = cfg.get("rules")
        if not isinstance(raw_rules, list) or not raw_rules:
            raise rules.error(FILE, ("rules",), "'rules' must be a non-empty list of category rules")
        self.rules: list[CategoryRule] = []
        ids: dict[str, int | None] = {}
        for i, r in enumerate(raw_rules):
            rule = _parse_rule(rules, r, i, known)
            if rule.id in ids:
                raise rules.error(FILE, ("rules", i, "id"), f"duplicate rule id {rule.id!r} (first at line {ids[rule.id]})")
            ids[rule.id] = rule.line
            self.rules.append(rule)
        if self.default.rule in ids:
            raise rules.error(FILE, ("default", "rule"), f"default rule id {self.default.rule!r} is also a rule's id")
        _check_contradictions(rules, self.rules)

    def _match(self, r: CategoryRule, ctoks, ftoks, free_text: bool, entity: str | None) -> tuple[int, dict[str, Any]] | None:
        """None when `r` does not apply; else (position of the container word it matched,
        0 without a container condition) and what matched."""
        matched: dict[str, Any] = {}
        if r.field is not None:
            hits = _match_words(ftoks, r.field)
            if not hits:
                return None
            matched["field"] = hits[0][1]
        if r.not_field is not None and _match_words(ftoks, r.not_field):
            return None
        if r.free_text is not None:
            if r.free_text != free_text:
                return None
            matched["free_text"] = free_text
        if r.entity is not None:
            if entity not in r.entity:
                return None
            matched["entity"] = entity
        if r.container is None:
            return 0, matched
        hits = _match_words(ctoks, r.container)
        if not hits:
            return None
        pos, word = max(hits)
        matched["container"] = word
        return pos, matched

    def classify(self, container: str, field: str | None, entity: str | None, free_text: bool) -> Classification:
        ctoks = container_tokens(container_words(container))
        ftoks = tokens(field) if field and not field.startswith("<") else ()
        for i, r in enumerate(self.rules):
            m = self._match(r, ctoks, ftoks, free_text, entity)
            if m is None:
                continue
            pos, matched = m
            if r.container is not None:
                # Several container rules may match (`user_sessions`): the last matching
                # word of the name decides, as it names what the rows are.
                for other in self.rules[i + 1 :]:
                    if other.container is None:
                        continue
                    m2 = self._match(other, ctoks, ftoks, free_text, entity)
                    if m2 is not None and m2[0] > pos:
                        r, (pos, matched) = other, m2
            return Classification(r.category, r.confidence, r.id, matched=matched)
        return self.default

    def describe(self) -> dict[str, Any]:
        return {
            "default": {"category": self.default.category, "confidence": self.default.confidence,
                        "rule": self.default.rule, "line": self.default_line},
            "rules": [
                {k: v for k, v in {
                    "id": r.id, "category": r.category, "confidence": r.confidence, "line": r.line,
                    "field": r.raw.get("field"), "not_field": r.raw.get("not_field"),
                    "container": r.raw.get("container"), "free_text": r.free_text,
                    "entity": sorted(r.entity) if r.entity else None, "description": r.description or None,
                }.items() if v is not None}
                for r in self.rules
            ],
        }

    def rule(self, rule_id: str) -> CategoryRule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


def _confidence(rules: Rules, value: object, path: tuple[Any, ...]) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 1:
        raise rules.error(FILE, path, f"confidence must be a number in (0, 1], got {value!r}")
    return float(value)


def _words(rules: Rules, r: dict, key: str, path: tuple[Any, ...]) -> list[tuple[str, ...]] | None:
    if key not in r:
        return None
    raw = r[key]
    if not isinstance(raw, list) or not raw or not all(isinstance(x, str) and tokens(x) for x in raw):
        raise rules.error(FILE, path + (key,), f"'{key}' must be a non-empty list of words")
    return [hint_tokens(x) for x in raw]


def _parse_rule(rules: Rules, r: object, i: int, known: set[str]) -> CategoryRule:
    path = ("rules", i)
    if not isinstance(r, dict):
        raise rules.error(FILE, path, f"rule #{i + 1} must be a mapping with id, category and conditions")
    for k in r:
        if k not in _RULE_KEYS:
            raise rules.error(FILE, path + (k,), f"unknown key {k!r} in category rule (expected {', '.join(sorted(_RULE_KEYS))})")
    rid = str(r.get("id") or f"category.rule{i + 1}")
    if r.get("category") not in CATEGORIES:
        raise rules.error(FILE, path + ("category",), f"rule {rid}: 'category' must be one of {', '.join(CATEGORIES)}, got {r.get('category')!r}")
    if not any(k in r for k in ("field", "container", "free_text", "entity")):
        raise rules.error(FILE, path, f"rule {rid} needs at least one condition (field, container, free_text, entity)")
    free_text = r.get("free_text")
    if free_text is not None and not isinstance(free_text, bool):
        raise rules.error(FILE, path + ("free_text",), f"rule {rid}: free_text must be true or false")
    entity = None
    if "entity" in r:
        ents = r["entity"] if isinstance(r["entity"], list) else [r["entity"]]
        for j, e in enumerate(ents):
            if not isinstance(e, str) or e not in known:
                raise rules.error(FILE, path + ("entity", j) if isinstance(r["entity"], list) else path + ("entity",),
                                  f"rule {rid}: unknown entity {e!r}")
        entity = frozenset(ents)
    return CategoryRule(
        id=rid,
        category=r["category"],
        confidence=_confidence(rules, r.get("confidence", 0.8), path + ("confidence",)),
        field=_words(rules, r, "field", path),
        not_field=_words(rules, r, "not_field", path),
        container=_words(rules, r, "container", path),
        free_text=free_text,
        entity=entity,
        line=rules.line(FILE, *path),
        description=str(r.get("description") or ""),
        raw=r,
    )


def _check_contradictions(rules: Rules, parsed: list[CategoryRule]) -> None:
    """A word that an earlier, at least as broad rule already gives another category can
    never get the later rule's category: the user meant one of them, so say which."""
    for j, later in enumerate(parsed):
        for kind in ("field", "container"):
            words = getattr(later, kind)
            if not words:
                continue
            for k, w in enumerate(words):
                for earlier in parsed[:j]:
                    if earlier.category != later.category and _claims(earlier, later, kind, w):
                        raise rules.error(
                            FILE, ("rules", j, kind, k),
                            f"rule {later.id}: {kind} word {'_'.join(w)!r} is already {earlier.category} by rule "
                            f"{earlier.id} (line {earlier.line}), so it can never be {later.category} here",
                        )


def _claims(earlier: CategoryRule, later: CategoryRule, kind: str, word: tuple[str, ...]) -> bool:
    """`earlier` matches every finding that `later` matches through `word`."""
    mine = getattr(earlier, kind)
    if mine is None or word not in mine:
        return False
    other = "container" if kind == "field" else "field"
    e_other, l_other = getattr(earlier, other), getattr(later, other)
    if e_other is not None and (l_other is None or not set(l_other) <= set(e_other)):
        return False
    if earlier.free_text is not None and earlier.free_text != later.free_text:
        return False
    if earlier.entity is not None and (later.entity is None or not later.entity <= earlier.entity):
        return False
    if kind == "field" and earlier.not_field and _match_words(word, earlier.not_field):
        return False
    if kind == "container" and earlier.not_field and (later.not_field is None or not set(earlier.not_field) <= set(later.not_field)):
        return False
    return True
