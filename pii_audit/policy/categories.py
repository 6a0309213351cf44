"""Account / Usage / Content from the ordered rules in rules/categories.yaml."""
from __future__ import annotations

from dataclasses import dataclass

from pii_audit.model import CATEGORIES
from pii_audit.names import any_hint, container_tokens, hint_tokens, tokens
from pii_audit.rules import Rules, RulesError


@dataclass
class CategoryRule:
    id: str
    category: str
    confidence: float
    field: list[tuple[str, ...]] | None
    container: set[str] | None
    free_text: bool | None
    entity: set[str] | None


@dataclass
class Classification:
    category: str
    confidence: float
    rule: str


class Classifier:
    def __init__(self, rules: Rules):
        src = rules.directory / "categories.yaml"
        cfg = rules.categories
        default = cfg.get("default") or {}
        self.default = Classification(
            default.get("category", "Account"), float(default.get("confidence", 0.4)), default.get("rule", "category.default")
        )
        if self.default.category not in CATEGORIES:
            raise RulesError(f"{src}: default category must be one of {', '.join(CATEGORIES)}")
        self.rules: list[CategoryRule] = []
        for i, r in enumerate(cfg.get("rules") or []):
            if not isinstance(r, dict) or r.get("category") not in CATEGORIES:
                raise RulesError(f"{src}: rule #{i + 1}: 'category' must be one of {', '.join(CATEGORIES)}")
            if not any(k in r for k in ("field", "container", "free_text", "entity")):
                raise RulesError(f"{src}: rule {r.get('id', '#' + str(i + 1))}: needs at least one condition")
            self.rules.append(
                CategoryRule(
                    id=str(r.get("id") or f"category.rule{i + 1}"),
                    category=r["category"],
                    confidence=float(r.get("confidence", 0.8)),
                    field=[hint_tokens(str(x)) for x in r["field"]] if "field" in r else None,
                    container={str(x).lower() for x in r["container"]} if "container" in r else None,
                    free_text=r.get("free_text"),
                    entity=set(r["entity"]) if "entity" in r else None,
                )
            )

    def _matches(self, r: CategoryRule, ctoks: tuple[str, ...], ftoks, free_text: bool, entity) -> int:
        """-1 when the rule does not apply; else the position of the container word it
        matched (0 when it has no container condition)."""
        if r.field is not None and not any_hint(ftoks, r.field):
            return -1
        if r.free_text is not None and r.free_text != free_text:
            return -1
        if r.entity is not None and entity not in r.entity:
            return -1
        if r.container is None:
            return 0
        positions = [i for i, t in enumerate(ctoks) if t in r.container]
        return positions[-1] if positions else -1

    def classify(self, container: str, field: str | None, entity: str | None, free_text: bool) -> Classification:
        # `public.user_sessions`: the schema is not part of the name; folders of a file path are.
        name = container if "/" in container else container.split(".")[-1]
        ctoks = container_tokens(name)
        ftoks = tokens(field)
        for i, r in enumerate(self.rules):
            pos = self._matches(r, ctoks, ftoks, free_text, entity)
            if pos < 0:
                continue
            if r.container is not None:
                # Several container rules may match (`user_sessions`): the last matching
                # word of the name decides, as it names what the rows are.
                for other in self.rules[i + 1 :]:
                    if other.container is not None:
                        p2 = self._matches(other, ctoks, ftoks, free_text, entity)
                        if p2 > pos:
                            r, pos = other, p2
            return Classification(r.category, r.confidence, r.id)
        return self.default
