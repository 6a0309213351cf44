"""Load the `rules/` directory: the user's policy, recognizers and hints, as plain dicts.

Every problem raises RulesError with one line naming the file, the line and the
problem, before any data is read. YAML syntax errors carry their own line; for a
semantic error the validator asks `Rules.where(file, *path)`, which finds the line of
that key or list item from the composed YAML nodes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

RULE_FILES = ("policy.yaml", "recognizers.yaml", "detection.yaml", "categories.yaml", "encryption.yaml", "timestamps.yaml")

# (key or list index, ...) -> 1-based line, per file
LineMap = dict[tuple[Any, ...], int]


class RulesError(Exception):
    """A rules file is missing, malformed or contradictory. The message is one line."""


def default_rules_dir() -> Path:
    here = Path(__file__).resolve().parent
    packaged = here / "_default_rules"
    if packaged.is_dir():
        return packaged
    return here.parent / "rules"


@dataclass
class Rules:
    directory: Path
    policy: dict[str, Any]
    recognizers: dict[str, Any]
    detection: dict[str, Any]
    categories: dict[str, Any]
    encryption: dict[str, Any]
    timestamps: dict[str, Any]
    lines: dict[str, LineMap] = field(default_factory=dict)

    @property
    def version(self) -> str:
        return str(self.policy.get("version", "unversioned"))

    def line(self, file: str, *path: Any) -> int | None:
        """Line of the deepest existing prefix of `path` in `file` (None when unknown)."""
        marks = self.lines.get(file) or {}
        p = tuple(path)
        while p:
            if p in marks:
                return marks[p]
            p = p[:-1]
        return marks.get(())

    def where(self, file: str, *path: Any) -> str:
        """`rules/policy.yaml:12` for the key or item at `path` (file only when unknown)."""
        line = self.line(file, *path)
        loc = str(self.directory / file)
        return f"{loc}:{line}" if line else loc

    def error(self, file: str, path: tuple[Any, ...], problem: str) -> RulesError:
        return RulesError(f"{self.where(file, *path)}: {_one_line(problem)}")


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _line_map(node: yaml.Node | None) -> LineMap:
    """Map every key path and list index of a composed document to its line."""
    out: LineMap = {}
    if node is None:
        return out
    out[()] = node.start_mark.line + 1
    seen: set[int] = set()

    def walk(n: yaml.Node, path: tuple[Any, ...]) -> None:
        if id(n) in seen and len(path) > 12:  # aliases may repeat a node; bound the walk
            return
        seen.add(id(n))
        if isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                key = k.value if isinstance(k, yaml.ScalarNode) else None
                key = _scalar_key(key, k)
                child = path + (key,)
                out.setdefault(child, k.start_mark.line + 1)
                walk(v, child)
        elif isinstance(n, yaml.SequenceNode):
            for i, v in enumerate(n.value):
                child = path + (i,)
                out.setdefault(child, v.start_mark.line + 1)
                walk(v, child)

    walk(node, ())
    return out


def _scalar_key(key: str | None, node: yaml.Node) -> Any:
    """Keys as safe_load gives them (`1` -> 1, `true` -> True) so paths match the data."""
    if key is None:
        return None
    try:
        return yaml.constructor.SafeConstructor().construct_object(node)
    except yaml.YAMLError:
        return key


# libyaml's safe loader when PyYAML was built with it: the rules load 5x faster at start
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(path: Path) -> tuple[dict[str, Any], LineMap]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RulesError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesError(f"{path}: cannot read: {exc.__class__.__name__}") from None
    try:
        node = yaml.compose(text, Loader=_LOADER)
        data = yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader, C or Python
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RulesError(f"{path}{where}: invalid YAML: {_one_line(problem)}") from None
    if data is None:
        return {}, {}
    if not isinstance(data, dict):
        raise RulesError(f"{path}:1: expected a mapping at the top level, got {type(data).__name__}")
    if _expanded_size(data) > MAX_NODES:
        raise RulesError(f"{path}: aliases expand to more than {MAX_NODES} values (recursive or a YAML bomb)")
    return data, _line_map(node)


MAX_NODES = 200_000


def _expanded_size(data: Any) -> int:
    """Values in `data` with every alias expanded, counted up to MAX_NODES + 1."""
    stack, n = [data], 0
    while stack and n <= MAX_NODES:
        x = stack.pop()
        n += 1
        if isinstance(x, dict):
            stack.extend(x.values())
        elif isinstance(x, list):
            stack.extend(x)
    return n


def load_rules(directory: Path | str | None = None) -> Rules:
    """Read and validate every rules file; raises RulesError before any data is read."""
    d = Path(directory) if directory is not None else default_rules_dir()
    if not d.is_dir():
        raise RulesError(f"{d}: rules directory not found")
    loaded = {name: _load_yaml(d / name) for name in RULE_FILES}
    rules = Rules(
        directory=d,
        policy=loaded["policy.yaml"][0],
        recognizers=loaded["recognizers.yaml"][0],
        detection=loaded["detection.yaml"][0],
        categories=loaded["categories.yaml"][0],
        encryption=loaded["encryption.yaml"][0],
        timestamps=loaded["timestamps.yaml"][0],
        lines={name: lm for name, (_, lm) in loaded.items()},
    )
    # Build once here so a bad regex, limit or contradiction is reported before any data is read.
    from pii_audit.detection.engine import Detector
    from pii_audit.detection.recognizers import build_recognizers
    from pii_audit.policy.evaluate import Policy
    from pii_audit.policy.retention import TimestampTracker

    try:  # the recognizers, the policy, the detector's and the timestamps' settings, as the scan will read them
        recognizers = build_recognizers(rules)
        Policy(rules)
        Detector(rules, recognizers=recognizers)  # built once: compiling them is 70 ms of start-up
        TimestampTracker(rules)
    except (TypeError, ValueError, KeyError, AttributeError, IndexError) as exc:
        raise RulesError(f"{d}: a setting in detection.yaml, encryption.yaml or timestamps.yaml has the wrong "
                         f"type or form ({exc.__class__.__name__})") from None
    return rules
