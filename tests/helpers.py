"""Run the CLI in-process and collect raw values to prove they never leak."""
from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from pii_audit.cli import app


def run_cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def scan_json(*args: str) -> tuple[int, dict]:
    code, out, _ = run_cli("scan", *args, "--format", "json", "--quiet")
    return code, json.loads(out)


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def raw_values(db: Path, min_len: int = 6) -> set[str]:
    """Every text value in a SQLite file long enough to be unambiguous (bare dates
    excepted: a retention finding reports the oldest date, by SPEC)."""
    con = sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)
    vals: set[str] = set()
    for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'"):
        for row in con.execute(f'SELECT * FROM "{table}"'):
            for v in row:
                if isinstance(v, str) and len(v) >= min_len and not _DATE.match(v):
                    vals.add(v)
                    vals.update(p for p in v.split() if len(p) >= 8 and not _DATE.match(p) and any(c.isdigit() or c == "@" for c in p))
    con.close()
    return vals


def text_spans(detector, text: str, skip: tuple[str, ...] = ("URL",)) -> set[tuple[str, str]]:
    """(entity, value) of every span the detector reports in one free-text value."""
    import pyarrow as pa

    from pii_audit.model import Batch

    det = detector.container("messages", occurrences=True)
    det.update(Batch("messages", pa.table({"body": [text]}), pa.array([1], pa.int64()), text_fields=frozenset({"body"})))
    hits = det.finish()
    return {(ent, text[s:e]) for _, _, s, e, ent, _ in det.occurrences(hits) if ent not in skip}



def values_of(detector, text: str, entity: str) -> set[str]:
    """The values of one entity's spans in one free-text value."""
    return {val for ent, val in text_spans(detector, text) if ent == entity}

def after_model(text: str, *said: tuple[str, str]) -> set[tuple[str, str]]:
    """(entity, value) after cleaning and post-processing what a model said (`said`: value,
    entity), as ner.SpacyNer.find does; the cues add what they find."""
    from pii_audit.detection import ner_names
    from pii_audit.detection.ner_spans import clean

    spans = [(text.index(v), text.index(v) + len(v), ent) for v, ent in said]
    spans = [(*c, ent) for s, e, ent in spans if (c := clean(text, s, e, ent))]
    return {(ent, text[s:e]) for s, e, ent in ner_names.post_process(text, spans)}


def column_hits(detector, columns: dict[str, list], container: str = "records") -> dict:
    """(field, entity) -> Hit: the column verdicts of one table of string columns."""
    import pyarrow as pa

    from pii_audit.model import Batch

    table = pa.table({k: pa.array(v, pa.string()) for k, v in columns.items()})
    det = detector.container(container)
    det.update(Batch(container, table, pa.array(range(1, table.num_rows + 1), pa.int64())))
    return {(h.field, h.entity): h for h in det.finish()}


def model_says(text: str, value: str, entity: str) -> set[str]:
    """What stays of a model's `entity` span over `value` after the NER post-processing."""
    from pii_audit.detection import ner_names

    s = text.index(value)
    return {text[a:b] for a, b, ent in ner_names.post_process(text, [(s, s + len(value), entity)])
            if ent == entity and a < s + len(value) and s < b}
