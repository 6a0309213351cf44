"""`ner_names.name_occurrences` finds exactly what one alternation regex of the names (longest
first, not glued to letters, digits or an address) finds: the form `repeated_names` used to compile per text."""
from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from pii_audit.detection.ner_names import name_occurrences


def _alternation(text: str, names: set[str]) -> list[tuple[int, int]]:
    alt = "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))
    return [m.span() for m in regex.finditer(r"(?<![\pL\pN@._\-])(?:" + alt + r")(?![\pL\pN@])", text)]


piece = st.sampled_from(["Ann", "Anna", "Ann Lee", "Lee", "é", " ", ".", "@", "-", "7", "x", "\n", "Annabel", ", ", "Ólöf"])


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(piece, max_size=14).map("".join), st.sets(st.sampled_from(["Ann", "Anna", "Ann Lee", "Lee", "Ólöf", "e"]), min_size=1))
def test_same_as_one_alternation_regex(text, names):
    assert name_occurrences(text, names) == _alternation(text, names)


def test_examples():
    text = "Angelica Pangilinan: hi. Salamat Angelica! angelica@x.com Angelica2 Angelica"
    assert name_occurrences(text, {"Angelica", "Angelica Pangilinan"}) == [(0, 19), (33, 41), (68, 76)]
