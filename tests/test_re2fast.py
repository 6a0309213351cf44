"""The widened RE2 prefilters keep every cell the exact patterns' prefilters keep."""
from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from pii_audit.detection.re2fast import relax_letters
from pii_audit.detection.recognizers import build_recognizers
from pii_audit.rules import load_rules

UNICODE_CELLS = [
    "Hauptstraße 12", "Calle de Alcalá 45", "12 Rue de la Paix", "İstanbul Caddesi 7",
    "Ñandú Pérez", "Ólafur Arnalds", "東京都 3 Street", "François-Xavier d'Aubigné",
    "Zoë O'Brien, 221B Baker Street", "ul. Świętokrzyska 11", "born 04/07/1988 in Łódź",
]


def _corpus(sample_dir) -> pa.Array:
    cells = list(UNICODE_CELLS)
    for path in sorted((sample_dir / "exports").glob("*.csv")) + sorted((sample_dir / "logs").glob("*")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for line in text.splitlines()[:300]:
            cells.append(line)
            cells.extend(line.replace(";", ",").split(","))
    return pa.array(cells, pa.string())


def test_rewrites_letter_classes_inside_and_outside_brackets():
    wide = r"A-Za-z\x{80}-\x{10FFFF}"
    assert relax_letters(r"\p{Lu}\pL+") == f"[{wide}][{wide}]+"
    assert relax_letters(r"[\pL'\-]+") == f"[{wide}'\\-]+"
    assert relax_letters(r"[]\pL]") == f"[]{wide}]"
    assert relax_letters(r"\\pL") == r"\\pL"  # an escaped backslash, then 'pL'
    assert relax_letters(r"\d{3}-\d{4}") == r"\d{3}-\d{4}"


def test_every_shipped_prefilter_stays_a_superset(sample_dir):
    arr = _corpus(sample_dir)
    checked = 0
    for rec in build_recognizers(load_rules()):
        exact = rec.pattern.replace(r"\b", "")
        wide = relax_letters(exact)
        if wide == exact:
            continue
        checked += 1
        before = pc.fill_null(pc.match_substring_regex(arr, exact), False)
        after = pc.fill_null(pc.match_substring_regex(arr, wide), False)
        lost = pc.sum(pc.and_(before, pc.invert(after))).as_py()
        assert lost == 0, rec.id
    assert checked, "no shipped pattern uses a letter class: nothing was compared"


@pytest.mark.parametrize("pattern", [r"^\pL+$", r"\p{Lu}[\pL'\-]*\s+\d+"])
def test_widened_pattern_still_rejects_what_has_no_letters(pattern):
    arr = pa.array(["12345", "  ", "--"], pa.string())
    assert not pc.any(pc.match_substring_regex(arr, relax_letters(pattern))).as_py()
