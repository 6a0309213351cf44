"""Structured cells decided in bulk: a value that is one entity from end to end.

In an export most PII cells are exactly one value (`+1 (415) 555-2671`, an IBAN, an
address). For those, the span checks of `spans.confirm` have nothing to look at: no
neighbour characters to be glued to, no context words around, nothing after to extend
over. So a structured column is decided here first, in Arrow: RE2 full-matches of each
recognizer's own pattern on its prefilter candidates, the validator once per distinct
candidate value, and the overlap rule of `spans.resolve` (a whole-value span encloses
every other span in the cell; among whole-value spans the higher score, then the entity
name, then the rule order wins). This runs before the span prefilter: only cells no
recognizer takes whole are searched for spans (and, for the exempt entities, every cell).

RE2 is never wider than the `regex` module here: `\\d`, `\\s` and `\\w` are ASCII in RE2, and
patterns with `\\b` (ASCII in RE2, Unicode in `regex`) are only applied to ASCII cells. On
ASCII cells the pattern runs with its letter classes written as ASCII ranges (`re2fast.
ascii_exact`: the same matches, a far smaller automaton).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
import phonenumbers
import pyarrow as pa
import pyarrow.compute as pc

from pii_audit.detection.gates import HIGH, CellProfile
from pii_audit.detection.phones import valid_national
from pii_audit.detection.protected import ProtectedForm, protected_form
from pii_audit.detection.re2fast import ascii_exact, match_cells
from pii_audit.detection.recognizers import Recognizer
from pii_audit.detection.spans import SECRET_ENTITIES, SpanConfig
from pii_audit.detection.vector_validators import validate


@dataclass
class WholeCells:
    winner: np.ndarray  # per cell: index into `rules`, -1 where no whole-value span
    rules: list[tuple[Recognizer, float]]  # (recognizer, score) of each winner index
    full: dict[int, np.ndarray]  # plan position -> cells its pattern matched whole (valid or not)
    # entity -> how many cells one of its rules validated but another entity won (`Morrison`,
    # `Jackson`: a surname and a town, the tie going to the town)
    contested: dict[str, int]

    @property
    def decided(self) -> np.ndarray:
        return self.winner >= 0


def _validated(rec: Recognizer, values: pa.Array, protected: list[ProtectedForm]) -> np.ndarray:
    """The validator (and, for secrets, "not a hash or ciphertext") once per distinct value."""
    secret = rec.entity in SECRET_ENTITIES
    if rec.validator is None and not secret:
        return np.ones(len(values), dtype=bool)
    uniq = pc.unique(values)
    if secret:
        ok = np.array([rec.valid(v) and not protected_form(v, protected) for v in uniq.to_pylist()], dtype=bool)
    else:
        ok = validate(rec.validator, uniq, cached=rec.valid)
    if not ok.any():
        return np.zeros(len(values), dtype=bool)
    return pc.is_in(values, value_set=uniq.filter(pa.array(ok))).to_numpy(zero_copy_only=False)


def whole_cells(plan: list[tuple[Recognizer, bool]], trimmed: pa.Array, cfg: SpanConfig,
                exempt: frozenset[str], profile: CellProfile | None) -> WholeCells:
    """`profile`: the untrimmed cells' `cell_profile` (trimming only drops characters)."""
    n = len(trimmed)
    ascii_cells = None
    ranked: list[tuple[float, str, int, Recognizer, np.ndarray]] = []
    full: dict[int, np.ndarray] = {}
    for pos, (rec, hinted) in enumerate(plan):
        if rec.group != 0 or rec.entity in exempt:
            continue
        score = min(rec.score + (cfg.hint_boost if hinted else 0.0), 1.0)
        if score < cfg.min_score or rec.needs == "answer" or (rec.needs == "hint_or_context" and not hinted):
            continue  # a whole value has no context words around it
        # the anchored prefilter fails most cells within a few characters, and its small
        # automaton is cheap to build; the exact (Unicode) pattern then runs on the rest
        ok = profile.admitted(rec.prefilter) if profile is not None else None
        cells = None if ok is None else np.flatnonzero(ok)
        cand = match_cells(trimmed, f"^(?:{rec.prefilter})$", cells)
        if not len(cand):
            continue
        if ascii_cells is None:
            ascii_cells = ((profile.bits & np.uint64(HIGH)) == 0 if profile is not None else
                           pc.fill_null(pc.string_is_ascii(trimmed), False).to_numpy(zero_copy_only=False))
        in_ascii = ascii_cells[cand]
        fast = ascii_exact(rec.pattern)
        idx = match_cells(trimmed, f"^(?:{fast or rec.pattern})$", cand[in_ascii])
        if r"\b" not in rec.pattern and not in_ascii.all():
            idx = np.sort(np.concatenate([idx, match_cells(trimmed, f"^(?:{rec.pattern})$", cand[~in_ascii])]))
        if not len(idx):
            continue
        full[pos] = idx
        ok = _validated(rec, trimmed.take(pa.array(idx)), cfg.protected)
        if ok.any():
            ranked.append((-score, rec.entity, pos, rec, idx[ok]))
    winner = np.full(n, -1, dtype=np.int32)
    rules: list[tuple[Recognizer, float]] = []
    for neg_score, _entity, _pos, rec, idx in sorted(ranked, key=lambda r: r[:3]):
        free = idx[winner[idx] < 0]
        if len(free):
            winner[free] = len(rules)
            rules.append((rec, -neg_score))
    won_by = np.array([rec.entity for rec, _ in rules] or [""], dtype=object)
    lost: dict[str, np.ndarray] = {}
    for _neg, entity, _pos, _rec, idx in ranked:
        other = idx[won_by[winner[idx]] != entity]
        if len(other):
            lost[entity] = np.union1d(lost.get(entity, other[:0]), other)
    return WholeCells(winner, rules, full, {e: len(cells) for e, cells in lost.items()})


_NATIONAL_SHAPE = r"^\(?[0-9][0-9 ().\-/]{6,16}[0-9]$"


def _region(value: str) -> str | None:
    try:
        return phonenumbers.region_code_for_number(phonenumbers.parse(value, None))
    except phonenumbers.NumberParseException:
        return None


def regional_phones(whole: WholeCells, plan: list[tuple[Recognizer, bool]], trimmed: pa.Array) -> None:
    """A column whose phone numbers are mostly written with one country code (`+91 99714
    34037`) holds that country's numbers without it too (`97772 38271`, `9881284921`): the
    cells no rule took that are valid numbers of that country join them (`PHONE_NUMBER.national`,
    which alone needs a field hint or a context word)."""
    k = next((i for i, (rec, _) in enumerate(whole.rules) if rec.id == "PHONE_NUMBER.international"), None)
    national = next((rec for rec, _ in plan if rec.id == "PHONE_NUMBER.national"), None)
    if k is None or national is None:
        return
    intl = np.flatnonzero(whole.winner == k)
    if len(intl) * 4 < len(trimmed) - trimmed.null_count:
        return  # (a quarter of the values at least)
    sample = Counter(_region(v) for v in trimmed.take(pa.array(intl[:50])).to_pylist())
    region, count = sample.most_common(1)[0]
    if region is None or count * 5 < sum(sample.values()) * 4:
        return  # (four in five of one country)
    rest = np.flatnonzero(whole.winner < 0)
    if not len(rest):
        return
    shaped = rest[pc.fill_null(pc.match_substring_regex(trimmed.take(pa.array(rest)), _NATIONAL_SHAPE), False).to_numpy(zero_copy_only=False)]
    valid = [i for i, v in zip(shaped.tolist(), trimmed.take(pa.array(shaped)).to_pylist()) if valid_national(v, region)] if len(shaped) else []
    if valid:
        whole.winner[np.array(valid)] = len(whole.rules)
        whole.rules.append((national, national.score))
