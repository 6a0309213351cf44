"""RE2 helpers for Arrow's regex kernel, whose cost is per cell and per automaton built.

`relax_letters`: RE2 builds large automata for Unicode letter classes (`\\pL`, `\\p{Lu}`)
inside counted repetitions; on address and name patterns that made one Arrow prefilter
pass cost 10-30x more than the rest. Widening each letter class to "ASCII letter or any
non-ASCII code point" keeps the prefilter a superset (the exact `regex` pass still decides)
while its automaton stays small. `ascii_exact`: the exact pattern for ASCII-only cells.
`match_cells`: one pattern over a chosen subset of cells.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

_LETTER_RANGES = r"A-Za-z\x{80}-\x{10FFFF}"
# combining marks (`\pM`, written beside letters for decomposed accents) are all non-ASCII
_MARK_RANGES = r"\x{300}-\x{10FFFF}"
_LETTER_CLASSES = (r"\p{Lu}", r"\p{Ll}", r"\p{Lt}", r"\p{Lm}", r"\p{Lo}", r"\p{L}", r"\pL", r"\p{M}", r"\pM")
# on ASCII text each letter class is exactly these ASCII ranges (Lt, Lm, Lo and the marks have none)
_ASCII_RANGES = {r"\p{Lu}": "A-Z", r"\p{Ll}": "a-z", r"\p{L}": "A-Za-z", r"\pL": "A-Za-z",
                 r"\p{Lt}": "", r"\p{Lm}": "", r"\p{Lo}": "", r"\p{M}": "", r"\pM": ""}
_NOTHING = r"[^\x00-\x{10FFFF}]"


def _rewrite_letters(pattern: str, ranges) -> str:
    """Each Unicode letter class replaced by `ranges(cls)` (ranges for inside a `[...]`)."""
    out = []
    i, in_class = 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            for cls in _LETTER_CLASSES:
                if pattern.startswith(cls, i):
                    r = ranges(cls)
                    out.append(r if in_class else f"[{r}]" if r else _NOTHING)
                    i += len(cls)
                    break
            else:
                out.append(pattern[i : i + 2])
                i += 2
            continue
        out.append(c)
        if c == "[" and not in_class:
            in_class = True
            # a ']' right after '[' or '[^' is a literal, not the end of the class
            if pattern.startswith("^", i + 1):
                out.append("^")
                i += 1
            if pattern.startswith("]", i + 1):
                out.append("]")
                i += 1
        elif c == "]" and in_class:
            in_class = False
        i += 1
    return "".join(out)


@lru_cache(maxsize=1024)
def relax_letters(pattern: str) -> str:
    return _rewrite_letters(pattern, lambda cls: _MARK_RANGES if cls in (r"\p{M}", r"\pM") else _LETTER_RANGES)


@lru_cache(maxsize=1024)
def ascii_exact(pattern: str) -> str | None:
    """The same pattern for ASCII-only text, where RE2 builds a far smaller automaton
    (measured 20x faster on the street-address pattern); None if it cannot be written."""
    out = _rewrite_letters(pattern, _ASCII_RANGES.__getitem__)
    if r"\p" in out or r"\P" in out:
        return None  # another Unicode class (\p{N}, \P{L}): keep the exact pattern
    try:
        pc.match_substring_regex(pa.array([""], pa.string()), out)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None  # a class left empty (`[\p{Lo}]`)
    return out


def match_cells(target: pa.Array, pattern: str, cells: np.ndarray | None) -> np.ndarray:
    """Indices into `target` of the cells among `cells` (None: every cell) where the RE2
    pattern matches. A small subset is taken out first: the kernel's cost is per cell."""
    if cells is not None:
        if not len(cells):
            return cells
        if len(cells) < 0.8 * len(target):
            hit = pc.fill_null(pc.match_substring_regex(target.take(pa.array(cells)), pattern), False)
            return cells[hit.to_numpy(zero_copy_only=False)]
    hit = pc.fill_null(pc.match_substring_regex(target, pattern), False).to_numpy(zero_copy_only=False)
    if cells is not None:
        return cells[hit[cells]]
    return np.flatnonzero(hit)
