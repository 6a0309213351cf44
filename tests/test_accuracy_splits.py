"""The accuracy benchmark's `final` split is frozen (bench/accuracy_notes.md): its data must
never change, or its numbers stop meaning "measured on data no rule was written against"."""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("faker")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

FINAL_DIGEST = "abac03c0df15d947"  # written 2026-11-26, before the scanner first ran on `final`


def test_final_split_is_frozen():
    from accuracy_data import free_text, structured

    texts = free_text("final", 500)
    tables = structured("final", 150)
    blob = json.dumps([[t.text, t.spans] for t in texts]
                      + [[k, c.name, c.entity, c.values] for k, cols in tables.items() for c in cols])
    assert hashlib.sha256(blob.encode()).hexdigest()[:16] == FINAL_DIGEST, (
        "the frozen `final` split changed (an edit, or a Faker/phonenumbers upgrade): measure the next pass on a new split")


def test_final_split_draws_nothing_from_the_clock():
    from accuracy_data import free_text, structured

    assert [t.text for t in free_text("final", 60)] == [t.text for t in free_text("final", 60)]
    assert structured("final", 20) == structured("final", 20)


# `blind`: written 2026-11-26 before the scanner first ran on it and before `final`'s errors
# were read (the third issue-5 pass); frozen the same way, measured before and after that pass.
BLIND_DIGEST = "75736df6cbe30264"


def test_blind_split_is_frozen():
    from accuracy_data import free_text, structured

    texts = free_text("blind", 500)
    tables = structured("blind", 150)
    blob = json.dumps([[t.text, t.spans] for t in texts]
                      + [[k, c.name, c.entity, c.values] for k, cols in tables.items() for c in cols])
    assert hashlib.sha256(blob.encode()).hexdigest()[:16] == BLIND_DIGEST, (
        "the frozen `blind` split changed (an edit, or a Faker/phonenumbers upgrade): measure the next pass on a new split")


def test_blind_split_draws_nothing_from_the_clock():
    from accuracy_data import free_text, structured

    assert [t.text for t in free_text("blind", 60)] == [t.text for t in free_text("blind", 60)]
    assert structured("blind", 20) == structured("blind", 20)
