"""Load the `rules/` directory: the user's policy, recognizers and hints, as plain dicts.

Validation problems raise RulesError naming the file (and line where YAML knows it)
before any data is read.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

RULE_FILES = ("policy.yaml", "recognizers.yaml", "detection.yaml", "categories.yaml", "encryption.yaml", "timestamps.yaml")


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

    @property
    def version(self) -> str:
        return str(self.policy.get("version", "unversioned"))


def _load_yaml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RulesError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesError(f"{path}: cannot read: {exc.__class__.__name__}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RulesError(f"{path}{where}: invalid YAML: {problem}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise RulesError(f"{path}: expected a mapping at the top level, got {type(data).__name__}")
    return data


def load_rules(directory: Path | str | None = None) -> Rules:
    d = Path(directory) if directory is not None else default_rules_dir()
    if not d.is_dir():
        raise RulesError(f"{d}: rules directory not found")
    loaded = {name: _load_yaml(d / name) for name in RULE_FILES}
    rules = Rules(
        directory=d,
        policy=loaded["policy.yaml"],
        recognizers=loaded["recognizers.yaml"],
        detection=loaded["detection.yaml"],
        categories=loaded["categories.yaml"],
        encryption=loaded["encryption.yaml"],
        timestamps=loaded["timestamps.yaml"],
    )
    # Compile once here so a bad regex or limit is reported before any data is read.
    from pii_audit.detection.recognizers import build_recognizers
    from pii_audit.policy.retention import parse_limits

    build_recognizers(rules)
    parse_limits(rules)
    return rules
