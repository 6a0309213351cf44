"""Column-batch detection: Arrow prefilter over whole columns, exact spans on candidates,
and a column-level decision per (container, field, entity) at the end.

A batch is one shard: nothing here depends on an earlier batch, and every partial
(`FieldStats`) merges associatively, so any batching or worker count gives one verdict.
"""
from __future__ import annotations

import json
import re
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pii_audit.detection.embedded import embedded_spans, table_values
from pii_audit.detection.gates import CellProfile, cell_profile
from pii_audit.detection.masking import mask
from pii_audit.detection.name_lexicon import listed
from pii_audit.detection.ner_cues import name_of_thing, person_name_part
from pii_audit.detection.ner_names import repeated_names
from pii_audit.detection.protected import ProtectedForm, build_protected, protected_form, protected_mask
from pii_audit.detection.re2fast import match_cells, relax_letters
from pii_audit.detection.recognizers import DISTINCT_CAP, Recognizer, build_recognizers
from pii_audit.detection.spans import SECRET_ENTITIES, UNSPACED_SCRIPTS, Span, SpanConfig, confirm, resolve
from pii_audit.detection.validators import set_phone_regions, set_private_ips
from pii_audit.detection.whole_cells import WholeCells, regional_phones, whole_cells
from pii_audit.model import Batch, Hit
from pii_audit.names import any_hint, container_tokens, hint_list, numbered_header, tokens
from pii_audit.rules import Rules

__all__ = ["Detector", "ContainerDetection", "FieldStats", "EntityStats", "Span", "SECRET_ENTITIES"]


@dataclass
class EntityStats:
    cells: int = 0
    score_sum: float = 0.0
    sample: str = ""
    distinct: int = 0  # sum over batches of distinct matched values
    # the column's different values matched by the `distinct_rules`, over all batches,
    # casefolded, up to DISTINCT_CAP per batch: its size, and for a few the names in them
    # (in memory, never reported)
    few: set[str] = field(default_factory=set)
    # the matched values' lengths, for `column.varied_length_entities` only (a few: is there one only?)
    lengths: set[int] = field(default_factory=set)
    rules: dict[str, int] = field(default_factory=dict)
    shapes: Counter = field(default_factory=Counter)  # class signature -> matched profiled cells
    contested: int = 0  # cells its rules validated whole that another entity won (whole_cells)

    def merge(self, other: EntityStats) -> None:
        self.cells += other.cells
        self.score_sum += other.score_sum
        self.sample = self.sample or other.sample
        self.distinct += other.distinct
        self.few |= other.few
        self.lengths |= other.lengths
        for r, n in other.rules.items():
            self.rules[r] = self.rules.get(r, 0) + n
        self.shapes.update(other.shapes)
        self.contested += other.contested


@dataclass
class FieldStats:
    """Partial result for one field; merges associatively with another shard's."""

    values: int = 0
    total_len: int = 0
    with_space: int = 0
    text_values: int = 0  # values in batches read as free text
    ner_values: int = 0  # ... and handed to NER
    pii_cells: int = 0  # values holding any entity
    protected: int = 0  # values in a protected form (hash, ciphertext, mask)
    placeholders: int = 0  # values that stand for no value (`null`, `N/A`, `?`, `TBD`)
    shapes: Counter = field(default_factory=Counter)  # class signature -> profiled values
    entities: dict[str, EntityStats] = field(default_factory=dict)

    def merge(self, other: FieldStats) -> None:
        for k in ("values", "total_len", "with_space", "text_values", "ner_values", "pii_cells", "protected", "placeholders"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        self.shapes.update(other.shapes)
        for ent, st in other.entities.items():
            self.entities.setdefault(ent, EntityStats()).merge(st)


@dataclass
class _FieldPlan:
    recognizers: list[tuple[Recognizer, bool]]
    text_hint: bool  # the name says free text (`body`, `comment`)
    value_hint: bool  # the name says one value (`email`, `mailing_address`)
    must_encrypt: bool  # a hinted recognizer finds an entity that must be encrypted


class Detector:
    """Built once per scan from the rules; stateless between containers."""

    def __init__(self, rules: Rules, ner: Any = None, recognizers: list[Recognizer] | None = None):
        cfg = rules.detection
        self.recognizers: list[Recognizer] = recognizers if recognizers is not None else build_recognizers(rules)
        self.protected: list[ProtectedForm] = build_protected(rules)
        # the rules whose different values are kept (`few`): those with a floor, and those a
        # generic header word speaks for (`payer` over `Self Pay`, `Medicare Part B`)
        self.distinct_rules = frozenset(r.id for r in self.recognizers if r.min_distinct or r.generic_field_hints)
        self.must_encrypt = set(rules.encryption.get("must_encrypt") or [])
        min_score = float(cfg.get("min_score", 0.5))
        # the rules whose matches fall below the reporting floor without context words
        self.context_only_rules = frozenset(r.id for r in self.recognizers if r.score < min_score)
        self.negative_words = {r.id: r.negative_context for r in self.recognizers if r.negative_context}
        self.spans = SpanConfig(
            min_score=min_score,
            context_boost=float(cfg.get("context_boost", 0.35)),
            context_window=int(cfg.get("context_window", 60)),
            negative_window=int(cfg.get("negative_context_window", 25)),
            hint_boost=float(cfg.get("field_hint_boost", 0.2)),
            protected=self.protected,
        )
        self.overlap_exempt = frozenset(cfg.get("overlap_exempt") or ["URL"])
        col = cfg.get("column") or {}
        self.min_ratio = float(col.get("min_ratio", 0.5))
        self.min_ratio_hint = float(col.get("min_ratio_with_hint", 0.2))
        self.min_ratio_field = float(col.get("min_ratio_field_rule", 0.6))
        self.min_ratio_generic = float(col.get("min_ratio_generic_name", 0.8))
        self.self_evident_score = float(col.get("self_evident_score", 0.9))
        self.full_confidence_ratio = float(col.get("full_confidence_ratio", 0.8)) or 0.8
        self.min_mixed_share = float(col.get("min_share_in_pii_column", 0.1))
        self.min_matches = int(col.get("min_matches", 2))
        self.min_family = float(col.get("min_family_share", 0.8))
        self.min_family_hint = float(col.get("min_family_share_with_hint", 0.3))
        self.min_distinct_ratio = float(col.get("min_distinct_ratio", 0.02))
        self.varied_length_entities = frozenset(col.get("varied_length_entities") or [])
        self.profile_rows = int(col.get("profile_rows_per_batch", 2048))
        # a structured value that stands for none is no evidence either way: it leaves
        # the share of matching values (`null`, `N/A`, `?` down a name column)
        words = [str(w) for w in col.get("placeholder_values") or []]
        self.placeholder_re = ("^[ \\t]*(?i:" + "|".join(re.escape(w) for w in words) + ")[ \\t]*$") if words else None
        self.placeholder_len = max((len(w) for w in words), default=0)
        ft = cfg.get("free_text") or {}
        self.ft_min_len = float(ft.get("min_avg_length", 25))
        self.ft_min_space = float(ft.get("min_space_ratio", 0.5))
        self.ft_min_words = float(ft.get("min_avg_words", 4))
        self.ft_max_title_share = float(ft.get("max_title_case_share", 0.75))
        self.ft_hints = hint_list(ft.get("field_hints") or [])
        self.ft_hint_min_len = float(ft.get("min_avg_length_with_hint", 8))
        self.ft_max_distinct = float(ft.get("max_distinct_share", 0.2))
        ner_cfg = cfg.get("ner") or {}
        self.ner_min_prose = float(ner_cfg.get("min_prose_ratio", 0.6))
        self.ner_min_share = float(ner_cfg.get("min_column_share", 0.1))
        set_phone_regions(cfg.get("phone_regions") or ["US", "GB"])
        set_private_ips(bool(cfg.get("private_ips_are_personal", False)))
        self.ner = ner
        self.plans: dict[str, dict[str, _FieldPlan]] = {}  # container -> field -> plan
        # the first word of each field hint -> the recognizers with such a hint
        self.hint_words: dict[str, set[int]] = {}
        for i, r in enumerate(self.recognizers):
            for h in (*r.field_hints, *r.generic_field_hints):
                if h:
                    self.hint_words.setdefault(h[0], set()).add(i)

    def container(self, container: str, occurrences: bool = False) -> ContainerDetection:
        return ContainerDetection(self, container, occurrences)


GENERIC_FEW = 8
MANY_DISTINCT = 20
MANY_PEOPLE = 0.5  # different values per match: a column of people, not a few things repeated
# a name-shaped column (see _column_verdict): the rules of listed pairs, the share of its values
# that are listed pairs, and the share of the column shaped like them (and different)
LISTED_PAIRS = ("PERSON.listed", "PERSON.listed-deep")
NAME_SHAPED_LISTED = 0.35
NAME_SHAPED_FAMILY = 0.9


def _mostly_names(values: set[str]) -> bool:
    named = sum(1 for v in values if any(listed(w) for w in v.replace(",", " ").split()))
    return named * 2 > len(values)


def _as_strings(col: pa.ChunkedArray | pa.Array) -> pa.Array | None:
    arr = col.combine_chunks() if isinstance(col, pa.ChunkedArray) else col
    t = arr.type
    if pa.types.is_dictionary(t):
        arr = arr.dictionary_decode()
        t = arr.type
    if pa.types.is_large_string(t):
        return arr.cast(pa.string())
    if pa.types.is_string(t):
        return arr
    if pa.types.is_binary(t) or pa.types.is_large_binary(t) or pa.types.is_null(t):
        return None
    if pa.types.is_boolean(t) or pa.types.is_floating(t):
        return None  # no entity we look for is a boolean or a float
    if pa.types.is_date(t) or pa.types.is_timestamp(t):
        # A native DATE can be a birthday: ISO text lets the hinted DATE_OF_BIRTH rule see it.
        return pc.strftime(arr, format="%Y-%m-%d")
    if pa.types.is_temporal(t):
        return None  # times of day and durations hold no entity
    try:
        return pc.cast(arr, pa.string())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None


_LETTERS = relax_letters(r"\pL+")


def _sum(arr: pa.Array) -> int:
    return pc.sum(arr).as_py() or 0


def _signature(shape: str) -> str:
    """`9.9.9.9` and `9.9.9` -> `.9`: the character classes a value is made of."""
    return "".join(sorted(set(shape)))


class ContainerDetection:
    """Accumulates one container's batches; `finish()` gives the column-level verdicts."""

    def __init__(self, detector: Detector, container: str, occurrences: bool):
        self.d = detector
        self.container = container
        self.container_tokens = container_tokens(container)
        self.fields: dict[str, FieldStats] = {}
        self.text_fields: set[str] = set()
        # a field's plan depends only on the container's and the field's names: shared by
        # every shard of the container in this process
        if len(detector.plans) >= 256 and container not in detector.plans:
            detector.plans.clear()  # bounded: a walk can open 100k files
        self._plans: dict[str, _FieldPlan] = detector.plans.setdefault(container, {})
        self._spool = tempfile.TemporaryFile(mode="w+", encoding="utf-8") if occurrences else None
        self.unchecked: set[int] = set()  # records whose check hit the regex time bound

    # -- per field, once -----------------------------------------------------------
    @staticmethod
    def _excluded(rec: Recognizer, toks: tuple[str, ...]) -> bool:
        # a numbered header (`field_9`, `column_3`) says nothing: its `field` excludes nothing;
        # a head word names what the column holds (`venue_manager`: a person, not a venue)
        if not rec.exclude_field_hints or numbered_header(toks) or any_hint(toks, rec.exclude_field_hints) is None:
            return False
        return not (len(toks) > 1 and rec.head_field_hints and any_hint(toks[-1:], rec.head_field_hints) is not None
                    and any_hint(toks[-1:], rec.exclude_field_hints) is None)

    def _hinted(self, rec: Recognizer, toks: tuple[str, ...]) -> bool:
        if rec.entity == "PERSON" and rec.field_hints and person_name_part(toks) is not None:
            return True  # (`cust_last`, `customer.first`: a name field in any table)
        if any_hint(toks, rec.field_hints) is not None:  # (a rule of field hints only: its container words rule them out)
            return bool(rec.generic_field_hints) or not (rec.exclude_container_hints and any_hint(self.container_tokens, rec.exclude_container_hints))
        if rec.generic_field_hints and any_hint(toks, rec.generic_field_hints) is not None:
            return not (rec.exclude_container_hints and any_hint(self.container_tokens, rec.exclude_container_hints))
        return False

    def _plan(self, name: str) -> _FieldPlan:
        plan = self._plans.get(name)
        if plan is None:
            toks = tokens(name)
            recs: list[tuple[Recognizer, bool]] = []
            value_hint = must_encrypt = False
            thing = name_of_thing(toks)
            for rec in self.d.recognizers:
                if self._excluded(rec, toks) or (thing and rec.entity == "PERSON"):
                    continue
                hinted = self._hinted(rec, toks)
                if (rec.needs == "field_hint" and not hinted) or (rec.needs == "numbered_header" and not numbered_header(toks)):
                    continue
                value_hint |= hinted
                must_encrypt |= hinted and rec.entity in self.d.must_encrypt
                recs.append((rec, hinted))
            text_hint = any_hint(toks, self.d.ft_hints) is not None
            plan = _FieldPlan(recs, text_hint, value_hint, must_encrypt)
            self._plans[name] = plan
        return plan

    # -- per batch -------------------------------------------------------------------
    def update(self, batch: Batch) -> None:
        self.text_fields |= batch.text_fields
        records = batch.records
        work: list[tuple] = []
        for name in batch.fields:
            arr = _as_strings(batch.table.column(name))
            if arr is None:
                continue
            st = self.fields.setdefault(name, FieldStats())
            lengths = pc.utf8_length(arr)
            n = _sum(pc.fill_null(pc.greater(lengths, 0), False))
            if not n:
                continue
            total_len = _sum(lengths)
            with_space = _sum(pc.fill_null(pc.match_substring(arr, " "), False))
            st.values += n
            st.total_len += total_len
            st.with_space += with_space
            plan = self._plan(name)
            free_text, ner = self._kind(name, plan, arr, n, total_len, with_space)
            if free_text:
                st.text_values += n
            if ner:
                st.ner_values += n
            shapes = None if free_text else self._profile_shapes(arr, st)
            if plan.must_encrypt and not free_text:
                st.protected += self._count_protected(arr)
            trimmed = None if free_text else pc.utf8_trim_whitespace(arr)
            if self.d.placeholder_re and not free_text:
                st.placeholders += self._count_placeholders(arr, trimmed)
            work.append((name, plan, arr, trimmed, st, free_text, ner, shapes))
        for name, plan, arr, trimmed, st, free_text, ner, shapes in work:
            # structured cells only: prose holds nearly every character, a gate spares nothing
            profile = None if free_text else cell_profile(arr)
            whole = None
            if trimmed is not None:
                whole = whole_cells(plan.recognizers, trimmed, self.d.spans, self.d.overlap_exempt, profile)
                regional_phones(whole, plan.recognizers, trimmed)
            candidates = self._prefilter(plan, arr, trimmed, free_text, whole, profile)
            self._detect(name, plan, arr, trimmed, records, st, free_text, ner, shapes, candidates, whole)

    def _count_placeholders(self, arr: pa.Array, trimmed: pa.Array) -> int:
        """Cells that stand for no value. Only cells no longer than the longest placeholder
        once trimmed can be one: the regex sees those alone (an e-mail column, none)."""
        short = pc.fill_null(pc.less_equal(pc.utf8_length(trimmed), self.d.placeholder_len), False)
        k = _sum(short)
        if not k:
            return 0
        cells = arr if k == len(arr) else arr.filter(short)
        return _sum(pc.fill_null(pc.match_substring_regex(cells, self.d.placeholder_re), False))

    def _prefilter(self, plan: _FieldPlan, arr: pa.Array, trimmed: pa.Array | None, free_text: bool,
                   whole: WholeCells | None, profile: CellProfile | None) -> dict[int, np.ndarray]:
        """Plan position -> the cells its recognizer's prefilter keeps (one RE2 pass a
        column: joining columns into one chunked call measured 20% slower). Cells taken
        whole are searched only by the exempt entities: any other span in them is enclosed;
        cells without what a pattern needs (`gates`) are not searched by it."""
        out: dict[int, np.ndarray] = {}
        rest = None  # indices of the cells no recognizer took whole
        if whole is not None and whole.rules:
            rest = np.flatnonzero(~whole.decided)
        for pos, (rec, hinted) in enumerate(plan.recognizers):
            if rec.anchored and free_text:
                continue
            if (rec.needs == "answer" or (rec.needs == "hint_or_context" and not hinted)) and not free_text:
                continue  # a single value carries no context words
            cells = None if rec.entity in self.d.overlap_exempt else rest
            ok = profile.admitted(rec.prefilter) if profile is not None else None
            if ok is not None:
                cells = np.flatnonzero(ok) if cells is None else cells[ok[cells]]
            idx = match_cells(trimmed if rec.anchored else arr, rec.prefilter, cells)
            if len(idx):
                out[pos] = idx
        return out

    def _kind(self, name: str, plan: _FieldPlan, arr: pa.Array, n: int, total_len: int, with_space: int) -> tuple[bool, bool]:
        """(free text?, worth NER?) for this batch of a field: the name first, then the
        values (long, several words, mostly with spaces)."""
        d = self.d
        avg_len = total_len / n
        if name in self.text_fields:
            free = True
        elif plan.text_hint and avg_len >= d.ft_hint_min_len:
            free = True
        elif plan.value_hint:
            free = False
        else:
            free = avg_len >= d.ft_min_len and with_space / n >= d.ft_min_space
            if free:
                words = _sum(pc.count_substring_regex(arr, r"\S+"))
                free = words / n >= d.ft_min_words
                # titles (`Silver Static – Acoustic Night`, `Senior Data Engineer, Berlin`)
                # are names of things, not prose: their column is judged as one
                if free:  # (Arrow's count reads `^` at every offset: the first word is counted apart)
                    title = _sum(pc.count_substring_regex(arr, r"\s\p{Lu}\p{Ll}")) + _sum(pc.match_substring_regex(arr, r"^\p{Lu}\p{Ll}"))
                    free = title <= d.ft_max_title_share * _sum(pc.count_substring_regex(arr, r"\S*\pL\S*"))
                if free and n >= 50:
                    free = pc.count_distinct(arr).as_py() > d.ft_max_distinct * n
        if not free or d.ner is None:
            return free, False
        # NER only pays off on prose: log lines of paths, numbers and codes give it noise
        sample = arr.slice(0, d.profile_rows)
        words = _sum(pc.count_substring_regex(sample, r"\S+"))
        prose = _sum(pc.count_substring_regex(sample, r"\pL+[,.!?;:]?(?:\s|$)"))
        return True, bool(words) and prose / words >= d.ner_min_prose

    def _profile_shapes(self, arr: pa.Array, st: FieldStats) -> pa.Array | None:
        """Each profiled value's shape (`+99 9 9`), and the field's count per class
        signature, so look-alike values of matched ones can be counted at the end."""
        sample = arr.slice(0, self.d.profile_rows)
        # any non-ASCII character counts as a letter: RE2's Unicode letter class is 6x slower here
        shapes = pc.replace_substring_regex(pc.replace_substring_regex(sample, r"\d+", "9"), _LETTERS, "a")
        vc = pc.value_counts(shapes)
        if len(vc) > self.d.profile_rows // 2 and len(vc) > 64:
            return None  # nearly every value its own shape: no family to compare against
        for item in vc.to_pylist():
            shape = item["values"]
            if shape:
                st.shapes[_signature(shape)] += item["counts"]
        return shapes

    def _count_protected(self, arr: pa.Array) -> int:
        cand = pc.indices_nonzero(protected_mask(arr, self.d.protected))
        if not len(cand):
            return 0
        return sum(1 for v in pc.take(arr, cand).to_pylist() if protected_form(v, self.d.protected))

    def _detect(self, name: str, plan: _FieldPlan, arr: pa.Array, trimmed: pa.Array | None, records: pa.Array,
                st: FieldStats, free_text: bool, ner: bool, shapes: pa.Array | None,
                candidates: dict[int, np.ndarray], whole: WholeCells | None) -> None:
        d = self.d
        per_cell: dict[int, list[Span]] = {}
        cell_values: dict[int, str] = {}
        unspaced: set[int] | None = None  # the cells in a script without spaces, found once per batch
        for pos, idx in candidates.items():
            rec, hinted = plan.recognizers[pos]
            if whole is not None:
                # cells taken whole need no span search, except for the exempt entities
                keep = np.ones(len(idx), dtype=bool) if rec.entity in d.overlap_exempt else ~whole.decided[idx]
                if rec.anchored and pos in whole.full:
                    keep &= ~np.isin(idx, whole.full[pos])  # the same full match, already judged
                idx = idx[keep]
                if not len(idx):
                    continue
            values = arr.take(pa.array(idx)).to_pylist()
            if unspaced is None:
                unspaced = set(pc.indices_nonzero(pc.fill_null(pc.match_substring_regex(arr, UNSPACED_SCRIPTS), False)).to_pylist())
            for i, value in zip(idx.tolist(), values):
                try:
                    spans = list(confirm(rec, value, hinted, d.spans, i in unspaced))
                except TimeoutError:  # pathological input for this pattern: skip the record, count it
                    self.unchecked.add(records[i].as_py())
                    continue
                if spans:
                    per_cell.setdefault(i, []).extend(spans)
                    cell_values[i] = value
        if free_text:
            self._embedded(arr, per_cell, cell_values)
        if ner and d.ner is not None:
            self._ner(arr, per_cell, cell_values)
        occ: list[tuple[int, str]] | None = [] if self._spool is not None else None
        seen: dict[str, set[str]] = {}
        first: dict[str, tuple[int, str]] = {}
        if per_cell:
            self._tally(name, cell_values, records, st, per_cell, free_text, shapes, seen, first, occ)
        if whole is not None and whole.rules:
            self._tally_whole(name, whole, arr, trimmed, records, st, shapes, per_cell, seen, first, occ)
        for ent, vals in seen.items():
            st.entities[ent].distinct += len(vals)
        for ent, (_i, sample) in first.items():
            es = st.entities[ent]
            es.sample = es.sample or sample
        if occ:
            occ.sort(key=lambda r: r[0])
            self._spool.writelines(line for _i, line in occ)

    def _label_recognizers(self, toks: tuple[str, ...]) -> list[Recognizer]:
        """The recognizers a label inside a text hints: those whose hints share a word with
        it (`hint_words`), then the exact check; most labels share none."""
        words = self.d.hint_words
        cands = set()
        for t in toks:
            cands.update(words.get(t, ()))
            for k in range(5, len(t) - 2):  # a hint glued to more letters (`phonenumber`)
                cands.update(words.get(t[:k], ()))
            cands.update(words.get(t.rstrip("0123456789"), ()))  # ... or numbered (`apellido1`, `tel2`)
        recs = (self.d.recognizers[i] for i in sorted(cands))
        return [r for r in recs if not self._excluded(r, toks) and self._hinted(r, toks)]

    def _embedded(self, arr: pa.Array, per_cell: dict[int, list[Span]], cell_values: dict[int, str]) -> None:
        """Values written after a label inside the text (`Name: ...`, `"dob": "..."`)."""
        # a label's colon or equals sign, or a table's header line (`name,mobile,dob`)
        has_label = pc.fill_null(pc.match_substring_regex(arr, r"\pL\S*(?:\s*[:：]|=|\"\s*:)|\pL[ \t]*[,;|\t][ \t]*\pL[^\n]*[,;|\t]"), False)
        idx = pc.indices_nonzero(has_label)
        for i, text in zip(idx.to_pylist(), pc.take(arr, idx).to_pylist()):
            found = per_cell.get(i, ())
            # a pasted table's column says what its cells are not (`bank_routing`: no phone number)
            table = list(table_values(text))
            cells = [(tokens(label), a, b) for label, a, b in table] if found else []
            displaced = [f for f in found if any(a <= f.start and f.end <= b and self.d.negative_words.get(f.rule, frozenset()).intersection(toks)
                                                 for toks, a, b in cells)]
            spans = []
            # only where the text's own patterns found nothing: `STRIPE_SECRET=sk...` stays
            # the API key the key pattern saw, an address block keeps the bounds its pattern
            # gave it (the model's spans come later and lose to an enclosing label value)
            for s in embedded_spans(text, self._label_recognizers, self.d.spans, table):
                clash = [f for f in found if f.start < s.end and s.start < f.end]
                # ... but a label beats the patterns of other entities that speak only with
                # context words on the same value (`ssn|...|phone` over `829372761`: the
                # `ssn` cell, not a phone nor an account)
                others = [f for f in clash if f.entity != s.entity]
                whole = bool(clash) and _whole_address(text, s, clash)
                if clash and not whole and not (others and all((f.start, f.end) == (s.start, s.end) for f in clash)
                                                and all(f.rule in self.d.context_only_rules for f in others)):
                    continue
                spans.append(s)
                displaced.extend(clash if whole else others)
            if displaced:
                per_cell[i] = [f for f in found if f not in displaced]
            if spans:
                per_cell.setdefault(i, []).extend(spans)
                cell_values[i] = text

    def _ner(self, arr: pa.Array, per_cell: dict[int, list[Span]], cell_values: dict[int, str]) -> None:
        idx = pc.indices_nonzero(pc.fill_null(pc.greater(pc.utf8_length(arr), 0), False))
        rows = idx.to_pylist()
        texts = pc.take(arr, idx).to_pylist()
        for i, text, spans in zip(rows, texts, self.d.ner.find(texts)):
            for start, end, ent, score in spans:
                per_cell.setdefault(i, []).append(Span(start, end, ent, score, f"{ent}.ner"))
                cell_values[i] = text

    def _tally(self, name: str, cell_values: dict[int, str], records: pa.Array, st: FieldStats,
               per_cell: dict[int, list[Span]], free_text: bool, shapes: pa.Array | None,
               seen: dict[str, set[str]], first: dict[str, tuple[int, str]], occ: list | None) -> None:
        """Per-cell tallies for the cells with spans; fills `seen` (distinct span texts),
        `first` (the first cell's masked sample) and `occ` (occurrence lines) per entity."""
        d = self.d
        rec_list = records.to_pylist() if occ is not None else None
        shape_list = shapes.to_pylist() if shapes is not None else None
        for i in sorted(per_cell):
            spans = resolve(per_cell[i], d.overlap_exempt)
            if not spans:
                continue
            if free_text and any(s.entity == "PERSON" for s in spans):
                spans = _with_repeated_names(cell_values[i], spans)
            if free_text and sum(s.entity == "STREET_ADDRESS" for s in spans) > 1:
                spans = _joined_addresses(cell_values[i], spans)
            st.pii_cells += 1
            value = cell_values[i]
            best: dict[str, Span] = {}
            for s in spans:
                b = best.get(s.entity)
                if b is None or s.score > b.score:
                    best[s.entity] = s
            sig = None
            if shape_list is not None and i < len(shape_list):
                shape = shape_list[i]
                sig = _signature(shape) if shape else None
            for ent, span in best.items():
                es = st.entities.setdefault(ent, EntityStats())
                es.cells += 1
                es.score_sum += span.score
                es.rules[span.rule] = es.rules.get(span.rule, 0) + 1
                if sig is not None:
                    es.shapes[sig] += 1
                seen.setdefault(ent, set()).add(value[span.start : span.end])
                if span.rule in d.distinct_rules and len(es.few) < DISTINCT_CAP:
                    es.few.add(value[span.start : span.end].strip().casefold())
                if ent in d.varied_length_entities and len(es.lengths) < 4:
                    es.lengths.add(span.end - span.start)
                if ent not in first:
                    first[ent] = (i, mask(value[span.start : span.end], ent))
            if occ is not None:
                for s in spans if free_text else best.values():
                    # a structured cell is one value: its occurrence is the whole cell
                    start, end = (s.start, s.end) if free_text else (0, len(value))
                    occ.append((i, json.dumps([name, rec_list[i], start, end, s.entity, round(s.score, 3)]) + "\n"))

    def _tally_whole(self, name: str, whole: WholeCells, arr: pa.Array, trimmed: pa.Array, records: pa.Array,
                     st: FieldStats, shapes: pa.Array | None, per_cell: dict[int, list[Span]],
                     seen: dict[str, set[str]], first: dict[str, tuple[int, str]], occ: list | None) -> None:
        """The same tallies for the cells taken whole, in bulk. A cell can also be in
        `per_cell` (an exempt URL span inside a whole value): it is one PII cell."""
        winner = whole.winner
        decided = np.flatnonzero(winner >= 0)
        st.pii_cells += len(decided) - (int(np.isin(decided, list(per_cell)).sum()) if per_cell else 0)
        by_entity: dict[str, list[np.ndarray]] = {}
        for k, (rec, score) in enumerate(whole.rules):
            idx = np.flatnonzero(winner == k)
            es = st.entities.setdefault(rec.entity, EntityStats())
            es.cells += len(idx)
            es.score_sum += score * len(idx)
            es.rules[rec.id] = es.rules.get(rec.id, 0) + len(idx)
            if rec.id in self.d.distinct_rules and len(es.few) < DISTINCT_CAP and len(idx):
                uniq = pc.unique(trimmed.take(pa.array(idx)))[:DISTINCT_CAP].to_pylist()
                es.few.update(v.casefold() for v in uniq)
            prof = idx[idx < len(shapes)] if shapes is not None else idx[:0]
            if len(prof):
                for item in pc.value_counts(shapes.take(pa.array(prof))).to_pylist():
                    if item["values"]:
                        es.shapes[_signature(item["values"])] += item["counts"]
            by_entity.setdefault(rec.entity, []).append(idx)
        for ent, lost in whole.contested.items():
            st.entities.setdefault(ent, EntityStats()).contested += lost
        for ent, parts in by_entity.items():
            idx = np.sort(np.concatenate(parts))
            vals = trimmed.take(pa.array(idx))
            es = st.entities[ent]
            if ent in self.d.varied_length_entities and len(es.lengths) < 4:
                es.lengths.update(pc.unique(pc.utf8_length(vals)).to_pylist()[:4])
            if ent in seen:
                seen[ent].update(pc.unique(vals).to_pylist())
            else:
                st.entities[ent].distinct += pc.count_distinct(vals).as_py()
            if ent not in first or first[ent][0] > idx[0]:
                first[ent] = (int(idx[0]), mask(vals[0].as_py(), ent))
        if occ is not None:
            rec_list = records.to_pylist()
            lengths = pc.utf8_length(arr).to_pylist()  # a structured occurrence is the whole cell
            # the JSON array of `_tally`, built from parts: one json.dumps per rule, not per cell
            head = f"[{json.dumps(name)}, "
            tails = [f", {json.dumps(rec.entity)}, {json.dumps(round(score, 3))}]\n" for rec, score in whole.rules]
            for i, k in zip(decided.tolist(), winner[decided].tolist()):
                occ.append((i, f"{head}{rec_list[i]}, 0, {lengths[i]}{tails[k]}"))

    # -- end of container --------------------------------------------------------------
    def _column_verdict(self, name: str, st: FieldStats, ent: str, es: EntityStats) -> tuple[bool, dict[str, Any], float]:
        """Whether a structured column holds `ent`: enough of its values match and validate,
        backed by the name, and the matches are not a lucky subset of a family of
        look-alike codes (`10.2.3.4` among `5.11.4` version strings)."""
        d = self.d
        toks = tokens(name)
        recs = [r for r in d.recognizers if r.entity == ent]
        hint = None
        generic = False  # the name says only `name`, `holder`, `contact`: the values must say more
        for r in recs:
            h = any_hint(toks, r.field_hints)
            if h is None and r.generic_field_hints and self._hinted(r, toks):
                h = any_hint(toks, r.generic_field_hints)
                generic = h is not None
            if h is not None:
                hint = "_".join(h)
                break
        part = person_name_part(toks) if ent == "PERSON" and hint is None else None
        if part is not None:
            hint, generic = "_".join(part), False
        container_hint = any(r.container_hints and any_hint(self.container_tokens, r.container_hints) for r in recs)
        n = st.values
        # Hashed / encrypted / masked values are no candidates: a half-migrated password
        # column still shows its plaintext rest (policy issue: unencrypted counts).
        plain = max(n - st.protected - st.placeholders, 1)
        # a rule that asks for many different values (a `min_distinct` of MANY_DISTINCT or more:
        # names that are words too) speaks for none of its cells when the column repeats fewer
        # (`Clara`, `Otto`: a catalogue's collections); the lower floors judge the column whole (below)
        floor_of = {r.id: r.min_distinct for r in recs if r.min_distinct >= MANY_DISTINCT}
        short = 0 if hint is not None else sum(c for rid, c in es.rules.items() if len(es.few) < floor_of.get(rid, 0))
        # the entity most cells went to also holds the cells another one won on a tie (a column
        # of surnames: `Jackson`, `Morrison` are towns too)
        if es.cells > max((o.cells for e, o in st.entities.items() if e != ent), default=0):
            short -= es.contested
        ratio = (es.cells - short) / plain if n else 0.0
        any_ratio = (st.pii_cells - max(short, 0)) / n if n else 0.0  # (the cells that speak for none speak for no mix either)
        field_rule = all(r.needs == "field_hint" for r in recs if r.id in es.rules)
        # how many of the values shaped like the matches are matches
        same_family = sum(st.shapes[s] for s in es.shapes)
        family = (sum(es.shapes.values()) - short) / same_family if same_family else 1.0
        distinct_ratio = es.distinct / es.cells if es.cells else 0.0
        need = min(d.min_matches, n)
        # A format that is evidence by itself (a known API-key prefix, an e-mail address,
        # a checksummed IBAN: base score >= 0.9) is no lucky subset of look-alike codes:
        # the unmatched rest of its family is more of the same (keys without a prefix).
        self_evident = bool(es.rules) and all(r.score >= d.self_evident_score for r in recs if r.id in es.rules)
        if field_rule:
            # a generic name (`name` in a table of things) must be backed by most values
            ok = hint is not None and ratio >= (max(d.min_ratio_field, d.min_ratio_generic) if generic else d.min_ratio_field)
        else:
            ok = ratio >= d.min_ratio or (hint is not None and ratio >= d.min_ratio_hint) or (
                any_ratio >= d.min_ratio and ratio >= d.min_mixed_share
            )
            need_family = d.min_family_hint if hint is not None or self_evident else d.min_family
            own = [(es.rules[r.id], r.family_share) for r in recs if r.id in es.rules]
            if own and all(share is not None for _, share in own):  # rules whose matches are evidence enough (`PERSON.listed`)
                # in a column of many different values the rule most cells went to sets the
                # share (surnames with a few given names among them: `Beer`, `Marx`; on a tie,
                # the stricter); a few values repeated (branch towns that are surnames too,
                # `Tarragona`; brands named after people) must pass the strictest
                strict = max(share for _, share in own)
                need_family = min(need_family, max(own)[1] if distinct_ratio >= MANY_PEOPLE else strict)
            ok = ok and family >= need_family
        ok = ok and es.cells >= need
        # a column of two or three capitalised words, nearly all different, a third of them a
        # given name and a surname of the lists: the names of countries the lists know less
        # (`Uzsoy Tevetoğlu`, `Codrina Dobre`) under a header that says nothing
        # (a stray match of another rule, `Sig.ra Livia Ruggieri` after a title, changes nothing)
        if (not ok and hint is None and sum(es.rules.get(r, 0) for r in LISTED_PAIRS) >= NAME_SHAPED_FAMILY * es.cells and es.cells >= 20
                and ratio >= NAME_SHAPED_LISTED and same_family >= NAME_SHAPED_FAMILY * plain and distinct_ratio >= NAME_SHAPED_FAMILY):
            ok = True
        # one value repeated down a long column is a default or a placeholder, not people
        if es.cells >= 20 and distinct_ratio < d.min_distinct_ratio and hint is None:
            ok = False
        # a few words repeated (loyalty tiers `Ouro`, `Prata` are towns too) are an enum:
        # rules that speak for a column by their values alone can ask for many different ones
        floors = [r.min_distinct for r in recs if r.id in es.rules]
        if hint is None and floors and all(floors) and len(es.few) < min(floors):
            ok = False
        # numbers every one of the same length are a business's own account or customer
        # numbers (`accountNumber` of a utility); banks' account numbers vary (8 to 17 digits)
        if ok and ent in d.varied_length_entities and es.cells >= 20 and len(es.lengths) == 1:
            ok = False
        # ... and a generic header (`payer`) over a few values repeated is an enum of things
        # (`Self Pay`, `Medicare Part B`), unless most of them hold a name the lists know
        if ok and generic and es.cells >= 20 and len(es.few) < GENERIC_FEW and not _mostly_names(es.few):
            ok = False
        evidence = {
            "match_ratio": round(ratio, 4),
            "values": n,
            "matches": es.cells,
            "name_hint": hint,
            "container_hint": container_hint,
            "family_share": round(family, 4),
            "distinct_ratio": round(min(distinct_ratio, 1.0), 4),
            "any_pii_ratio": round(any_ratio, 4),
        }
        mean = es.score_sum / es.cells if es.cells else 0.0
        confidence = mean * min(1.0, 0.5 + 0.5 * ratio / d.full_confidence_ratio) * (0.7 + 0.3 * family) + (0.05 if container_hint else 0.0)
        return ok, evidence, max(0.05, min(1.0, confidence))

    def _personal_prose(self, st) -> bool:
        """Free text where validated patterns (e-mails, phones, names after a cue) recur:
        people write there about people, so the model's rarer places and names count too."""
        need = self.d.ner_min_share * st.values
        address = st.entities.get("STREET_ADDRESS")
        if address and address.cells * 2 >= st.values:
            return False  # a column of addresses: the model's names and places there are their streets' and towns'
        return any(sum(n for r, n in es.rules.items() if not r.endswith(".ner")) >= need for es in st.entities.values())

    def finish(self) -> list[Hit]:
        hits = []
        d = self.d
        for name, st in self.fields.items():
            if not st.values:
                continue
            free_text = st.text_values * 2 > st.values
            personal = free_text and self._personal_prose(st)
            for ent, es in st.entities.items():
                if not es.cells:
                    continue
                if free_text:
                    # a pattern match that validated is enough; the model's guesses alone
                    # must recur (proper nouns in word salad are no people or places), unless
                    # the field is personal prose already (a place in 3% of a chat log's lines)
                    ok = any(not r.endswith(".ner") for r in es.rules) or (
                        es.cells >= min(d.min_matches, st.values)
                        and (personal or es.cells >= d.ner_min_share * st.values))
                    evidence = {"match_ratio": round(es.cells / st.values, 4), "values": st.values, "matches": es.cells}
                    confidence = es.score_sum / es.cells
                else:
                    ok, evidence, confidence = self._column_verdict(name, st, ent, es)
                if not ok:
                    continue
                evidence["free_text"] = free_text
                evidence["ner"] = st.ner_values > 0
                evidence["rules"] = dict(sorted(es.rules.items()))
                if ent in d.must_encrypt and st.protected:
                    evidence["protected_values"] = st.protected
                rule = max(sorted(es.rules.items()), key=lambda kv: kv[1])[0]
                hits.append(
                    Hit(
                        container=self.container,
                        field=name,
                        entity=ent,
                        count=es.cells,
                        plaintext=es.cells if ent in d.must_encrypt else 0,
                        confidence=round(confidence, 3),
                        rule=rule,
                        sample=es.sample,
                        free_text=free_text,
                        evidence=evidence,
                    )
                )
        hits.sort(key=lambda h: (h.field or "", h.entity))
        return hits

    def occurrence_parts(self, hits: list[Hit]) -> Iterator[tuple[str, str, str, str, str, str]]:
        """(field, entity, and the JSON texts of record, start, end, score) for values in
        flagged columns, cut from the spooled lines without parsing each one (millions of
        lines for a large export; the numbers are passed through as written)."""
        if self._spool is None:
            return
        keep = {(h.field, h.entity) for h in hits}
        decoded: dict[tuple[str, str], tuple[str, str] | None] = {}
        self._spool.seek(0)
        for line in self._spool:
            # `["field", record, start, end, "ENTITY", score]`: only the field name may hold ", "
            head, record, start, end, ent, score = line[1:-2].rsplit(", ", 5)
            key = (head, ent)
            names = decoded.get(key, ())
            if names == ():
                names = decoded[key] = (json.loads(head), json.loads(ent))
                if names not in keep:
                    names = decoded[key] = None
            if names is not None:
                yield names[0], names[1], record, start, end, score
        self._spool.close()
        self._spool = None

    def occurrences(self, hits: list[Hit]) -> Iterator[tuple[str, int, int, int, str, float]]:
        """(field, record, start, end, entity, score) for values in flagged columns only."""
        for name, ent, record, start, end, score in self.occurrence_parts(hits):
            yield name, int(record), int(start), int(end), ent, float(score)


def _whole_address(text: str, label_span: Span, found: list[Span]) -> bool:
    """An address label's value on one line opens with the street the patterns found and
    ends with the town found after it (`residential_address: 81 Rumuola Road, Abuja`): one address."""
    return (label_span.entity == "STREET_ADDRESS" and "\n" not in text[label_span.start : label_span.end]
            and any(f.entity == "STREET_ADDRESS" and f.start == label_span.start for f in found)
            and max(f.end for f in found) == label_span.end
            and all(label_span.start <= f.start and f.end <= label_span.end and f.entity in ("STREET_ADDRESS", "LOCATION") for f in found))


_ADDRESS_JOINT = re.compile(r",[ \t]*")


def _joined_addresses(text: str, spans: list[Span]) -> list[Span]:
    """Two addresses with only a comma between are one: a complex or a building, then its
    street (`Unit 47 Oak Gardens, 3 4th Avenue, Morningside, Durban, 4001`)."""
    out: list[Span] = []
    for s in spans:
        last = out[-1] if out else None
        if (last is not None and last.entity == s.entity == "STREET_ADDRESS"
                and _ADDRESS_JOINT.fullmatch(text, last.end, s.start)):
            out[-1] = Span(last.start, s.end, s.entity, max(last.score, s.score), last.rule)
        else:
            out.append(s)
    return out


def _with_repeated_names(text: str, spans: list[Span]) -> list[Span]:
    """A text's spans with the other mentions of its names (ner_names.repeated_names), at
    the score of the strongest name found."""
    score = max(s.score for s in spans if s.entity == "PERSON")
    have = {(s.start, s.end, s.entity): s for s in spans}
    return [have.get(x) or Span(x[0], x[1], x[2], score, "PERSON.repeated")
            for x in repeated_names(text, [(s.start, s.end, s.entity) for s in spans])]
