"""Protected forms (hashes, ciphertext, tokens, masks) from rules/encryption.yaml.

A protected value is not plaintext: it never yields an `unencrypted` finding and never
counts as a stored secret.
"""
from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc
import regex

from pii_audit.detection.validators import entropy
from pii_audit.rules import Rules, RulesError


@dataclass
class ProtectedForm:
    id: str
    pattern: str
    compiled: regex.Pattern
    min_entropy: float = 0.0
    must_contain: str = ""  # at least one of these characters (base64's + / =)


def build_protected(rules: Rules) -> list[ProtectedForm]:
    forms = []
    where = rules.directory / "encryption.yaml"
    entries = rules.encryption.get("protected") or []
    if not isinstance(entries, list):
        raise RulesError(f"{where}: 'protected' must be a list")
    for i, e in enumerate(entries):
        if not isinstance(e, dict) or not isinstance(e.get("id"), str) or not isinstance(e.get("regex"), str) \
                or not e["id"] or not e["regex"]:
            raise RulesError(f"{where}: protected #{i + 1} needs 'id' and 'regex' strings")
        min_entropy = e.get("min_entropy", 0.0)
        if isinstance(min_entropy, bool) or not isinstance(min_entropy, (int, float)):
            raise RulesError(f"{where}: {e['id']}: 'min_entropy' must be a number")
        try:
            compiled = regex.compile(e["regex"])
            pc.match_substring_regex(pa.array([""], pa.string()), e["regex"])  # Arrow's RE2 runs it too
        except (regex.error, pa.ArrowInvalid) as exc:
            raise RulesError(f"{where}: {e['id']}: invalid regex: {' '.join(str(exc).split())}") from None
        forms.append(ProtectedForm(e["id"], e["regex"], compiled, float(e.get("min_entropy", 0.0)), str(e.get("must_contain") or "")))
    return forms


def protected_form(value: str, forms: list[ProtectedForm]) -> str | None:
    """The id of the protected form `value` takes, or None when it is plaintext."""
    v = value.strip()
    for f in forms:
        if f.must_contain and not any(c in v for c in f.must_contain):
            continue
        if f.compiled.search(v) and (not f.min_entropy or entropy(v) >= f.min_entropy):
            return f.id
    return None


def protected_mask(values: pa.Array, forms: list[ProtectedForm]) -> pa.Array:
    """Vectorised: True where a value (whole, trimmed) has a protected form (entropy not
    checked here; callers confirm candidates with protected_form)."""
    trimmed = pc.utf8_trim_whitespace(values)
    mask = None
    for f in forms:
        m = pc.match_substring_regex(trimmed, f.pattern)
        mask = m if mask is None else pc.or_(mask, m)
    if mask is None:
        return pa.array([False] * len(values))
    return pc.fill_null(mask, False)
