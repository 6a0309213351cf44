"""Cheaper RE2 prefilters that still match every cell the exact pattern matches.

RE2 builds large automata for Unicode letter classes (`\\pL`, `\\p{Lu}`) inside counted
repetitions; on address and name patterns that made one Arrow prefilter pass cost 10-30x
more than the rest. Widening each letter class to "ASCII letter or any non-ASCII code
point" keeps the prefilter a superset (the exact `regex` pass still decides) while its
automaton stays small.
"""
from __future__ import annotations

from functools import lru_cache

_LETTER_RANGES = r"A-Za-z\x{80}-\x{10FFFF}"
_LETTER_CLASSES = (r"\p{Lu}", r"\p{Ll}", r"\p{Lt}", r"\p{Lm}", r"\p{Lo}", r"\p{L}", r"\pL")


@lru_cache(maxsize=1024)
def relax_letters(pattern: str) -> str:
    out = []
    i, in_class = 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            for cls in _LETTER_CLASSES:
                if pattern.startswith(cls, i):
                    out.append(_LETTER_RANGES if in_class else f"[{_LETTER_RANGES}]")
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
