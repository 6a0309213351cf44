"""Column-batch detection: Arrow prefilter over whole columns, exact spans on candidates,
and a column-level decision per (container, field, entity) at the end.
"""
from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from pii_audit.detection.masking import mask
from pii_audit.detection.protected import ProtectedForm, build_protected, protected_form
from pii_audit.detection.recognizers import Recognizer, build_recognizers
from pii_audit.detection.validators import set_phone_regions
from pii_audit.model import Batch, Hit
from pii_audit.names import any_hint, tokens
from pii_audit.rules import Rules

SECRET_ENTITIES = frozenset({"PASSWORD", "API_KEY"})


@dataclass
class Span:
    start: int
    end: int
    entity: str
    score: float
    rule: str


@dataclass
class EntityStats:
    cells: int = 0
    score_sum: float = 0.0
    sample: str = ""
    rules: dict[str, int] = field(default_factory=dict)


@dataclass
class FieldStats:
    """Partial result for one field; merges associatively with another shard's."""

    values: int = 0
    total_len: int = 0
    with_space: int = 0
    protected: int = 0
    entities: dict[str, EntityStats] = field(default_factory=dict)

    def merge(self, other: FieldStats) -> None:
        self.values += other.values
        self.total_len += other.total_len
        self.with_space += other.with_space
        self.protected += other.protected
        for ent, st in other.entities.items():
            mine = self.entities.setdefault(ent, EntityStats())
            mine.cells += st.cells
            mine.score_sum += st.score_sum
            mine.sample = mine.sample or st.sample
            for r, n in st.rules.items():
                mine.rules[r] = mine.rules.get(r, 0) + n


class Detector:
    """Built once per scan from the rules; stateless between containers."""

    def __init__(self, rules: Rules, ner: Any = None):
        cfg = rules.detection
        self.recognizers: list[Recognizer] = build_recognizers(rules)
        self.protected: list[ProtectedForm] = build_protected(rules)
        self.must_encrypt = set(rules.encryption.get("must_encrypt") or [])
        self.min_score = float(cfg.get("min_score", 0.5))
        self.context_boost = float(cfg.get("context_boost", 0.35))
        self.context_window = int(cfg.get("context_window", 60))
        self.hint_boost = float(cfg.get("field_hint_boost", 0.2))
        col = cfg.get("column") or {}
        self.min_ratio = float(col.get("min_ratio", 0.5))
        self.min_ratio_hint = float(col.get("min_ratio_with_hint", 0.1))
        self.min_matches = int(col.get("min_matches", 1))
        ft = cfg.get("free_text") or {}
        self.ft_min_len = float(ft.get("min_avg_length", 25))
        self.ft_min_space = float(ft.get("min_space_ratio", 0.5))
        set_phone_regions(cfg.get("phone_regions") or ["US", "GB"])
        self.ner = ner

    def is_free_text(self, st: FieldStats, forced: bool = False) -> bool:
        if forced:
            return True
        if not st.values:
            return False
        return st.total_len / st.values >= self.ft_min_len and st.with_space / st.values >= self.ft_min_space

    def container(self, container: str, occurrences: bool = False) -> ContainerDetection:
        return ContainerDetection(self, container, occurrences)


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
    if pa.types.is_boolean(t) or pa.types.is_floating(t) or pa.types.is_temporal(t):
        return None  # no entity we look for is a boolean, a float or a native date
    try:
        return pc.cast(arr, pa.string())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None


class ContainerDetection:
    """Accumulates one container's batches; `finish()` gives the column-level verdicts."""

    def __init__(self, detector: Detector, container: str, occurrences: bool):
        self.d = detector
        self.container = container
        self.fields: dict[str, FieldStats] = {}
        self.text_fields: set[str] = set()
        self._plans: dict[str, list[tuple[Recognizer, bool]]] = {}
        self._spool = tempfile.TemporaryFile(mode="w+", encoding="utf-8") if occurrences else None

    # -- per batch ---------------------------------------------------------------
    def _plan(self, name: str) -> list[tuple[Recognizer, bool]]:
        plan = self._plans.get(name)
        if plan is None:
            toks = tokens(name)
            plan = []
            for rec in self.d.recognizers:
                if rec.exclude_field_hints and any_hint(toks, rec.exclude_field_hints):
                    continue
                hinted = any_hint(toks, rec.field_hints) is not None
                if rec.needs == "field_hint" and not hinted:
                    continue
                plan.append((rec, hinted))
            self._plans[name] = plan
        return plan

    def update(self, batch: Batch) -> None:
        self.text_fields |= batch.text_fields
        records = batch.records
        for name in batch.fields:
            arr = _as_strings(batch.table.column(name))
            if arr is None:
                continue
            st = self.fields.setdefault(name, FieldStats())
            lengths = pc.utf8_length(arr)
            nonempty = pc.fill_null(pc.greater(lengths, 0), False)
            n = pc.sum(nonempty).as_py() or 0
            if not n:
                continue
            st.values += n
            st.total_len += pc.sum(lengths).as_py() or 0
            st.with_space += pc.sum(pc.fill_null(pc.match_substring(arr, " "), False)).as_py() or 0
            self._detect(name, arr, records, st)

    def _detect(self, name: str, arr: pa.Array, records: pa.Array, st: FieldStats) -> None:
        free_text = self.d.is_free_text(st, name in self.text_fields)
        per_cell: dict[int, dict[str, Span]] = {}
        for rec, hinted in self._plan(name):
            if rec.anchored and free_text:
                continue
            target = pc.utf8_trim_whitespace(arr) if rec.anchored else arr
            mask_ = pc.fill_null(pc.match_substring_regex(target, rec.prefilter), False)
            idx = pc.indices_nonzero(mask_)
            if not len(idx):
                continue
            values = pc.take(arr, idx).to_pylist()
            for i, value in zip(idx.to_pylist(), values):
                for span in self._spans(rec, value, hinted):
                    cell = per_cell.setdefault(i, {})
                    best = cell.get(span.entity)
                    if best is None or span.score > best.score:
                        cell[span.entity] = span
        if self.d.ner is not None and free_text:
            self._ner(arr, per_cell)
        if not per_cell:
            return
        rec_list = records.to_pylist() if self._spool is not None else None
        for i, ents in per_cell.items():
            value = None
            for ent, span in ents.items():
                es = st.entities.setdefault(ent, EntityStats())
                es.cells += 1
                es.score_sum += span.score
                es.rules[span.rule] = es.rules.get(span.rule, 0) + 1
                if not es.sample:
                    value = value if value is not None else arr[i].as_py()
                    es.sample = mask(value[span.start : span.end], ent)
                if self._spool is not None:
                    self._spool.write(json.dumps([name, rec_list[i], span.start, span.end, ent, round(span.score, 3)]) + "\n")

    def _spans(self, rec: Recognizer, value: str, hinted: bool) -> Iterator[Span]:
        d = self.d
        if rec.anchored:
            stripped = value.strip()
            offset = len(value) - len(value.lstrip())
            m = rec.compiled.fullmatch(stripped, timeout=1.0)
            matches = [m] if m else []
        else:
            offset = 0
            stripped = value
            matches = rec.compiled.finditer(value, timeout=1.0)
        lower = None
        for m in matches:
            start, end = m.span(rec.group)
            if start < 0:
                continue
            text = stripped[start:end]
            # a match glued to letters or digits is part of something else
            if not rec.anchored and (
                (start > 0 and stripped[start - 1].isalnum()) or (end < len(stripped) and stripped[end].isalnum())
            ) and rec.group == 0:
                continue
            if rec.validator is not None and not rec.validator(text):
                continue
            if rec.entity in SECRET_ENTITIES and protected_form(text, d.protected):
                continue
            score = rec.score + (d.hint_boost if hinted else 0.0)
            near = False
            if rec.context:
                if lower is None:
                    lower = stripped.lower()
                lo = max(0, start - d.context_window)
                window = lower[lo : end + d.context_window]
                near = any(w in window for w in rec.context)
                if near:
                    score += d.context_boost
            if rec.needs == "hint_or_context" and not (hinted or near):
                continue
            score = min(score, 1.0)
            if score < d.min_score:
                continue
            yield Span(start + offset, end + offset, rec.entity, score, rec.id)

    def _ner(self, arr: pa.Array, per_cell: dict[int, dict[str, Span]]) -> None:
        values = arr.to_pylist()
        for i, spans in enumerate(self.d.ner.find(values)):
            for start, end, ent, score in spans:
                cell = per_cell.setdefault(i, {})
                if ent not in cell or cell[ent].score < score:
                    cell[ent] = Span(start, end, ent, score, f"{ent}.ner")

    # -- end of container --------------------------------------------------------
    def finish(self) -> list[Hit]:
        hits = []
        d = self.d
        for name, st in self.fields.items():
            free_text = d.is_free_text(st, name in self.text_fields)
            toks = tokens(name)
            for ent, es in st.entities.items():
                if es.cells < d.min_matches:
                    continue
                ratio = es.cells / st.values if st.values else 0.0
                hinted = any(
                    any_hint(toks, r.field_hints) is not None for r in d.recognizers if r.entity == ent
                )
                if not free_text:
                    need = d.min_ratio_hint if hinted else d.min_ratio
                    if ratio < need:
                        continue
                rule = max(es.rules.items(), key=lambda kv: kv[1])[0]
                mean_score = es.score_sum / es.cells
                confidence = mean_score if free_text else min(1.0, mean_score * (0.5 + 0.5 * min(1.0, ratio / max(d.min_ratio, 1e-9))))
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
                        evidence={
                            "match_ratio": round(ratio, 4),
                            "values": st.values,
                            "name_hint": hinted,
                            "free_text": free_text,
                            "rules": dict(sorted(es.rules.items())),
                        },
                    )
                )
        hits.sort(key=lambda h: (h.field or "", h.entity))
        return hits

    def occurrences(self, hits: list[Hit]) -> Iterator[tuple[str, int, int, int, str, float]]:
        """(field, record, start, end, entity, score) for values in flagged columns only."""
        if self._spool is None:
            return
        keep = {(h.field, h.entity) for h in hits}
        self._spool.seek(0)
        for line in self._spool:
            name, record, start, end, ent, score = json.loads(line)
            if (name, ent) in keep:
                yield name, record, start, end, ent, score
        self._spool.close()
        self._spool = None
