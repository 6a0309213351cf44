"""Cheap necessary conditions that spare RE2 passes over cells that cannot match.

Arrow's regex kernel costs about 30 ns a cell whatever the pattern, so 30 recognizers cost
a microsecond per cell even where nothing matches: a name column holds no digit for the
card, SSN, phone and IP patterns, an e-mail column no 13 digits for a card. Each
recognizer's RE2 prefilter is parsed once into what every match must contain (at least
k ASCII digits; for each of a few character sets, at least one character of it), and
each column batch is profiled once in NumPy over Arrow's byte buffer (which characters
each cell holds, how many digits). A cell that lacks a requirement is never handed to
RE2. The conditions are necessary, never sufficient: the cells RE2 keeps are the same.

The parse follows RE2's semantics (ASCII `\\d`, `\\s`, `\\w`), using Python's own regular-
expression parser after rewriting RE2's `\\x{...}` escapes; a pattern it cannot read
safely gets no gate.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pyarrow as pa

import re._constants as _c  # Python's own parser (3.11+): its tree, not its matcher
import re._parser as _p

_PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
DIGIT, ALPHA, HIGH, SPACE, OTHER = 1, 2, 4, 8, 16  # HIGH: a byte of a non-ASCII character
_BIT = {ch: 1 << (5 + i) for i, ch in enumerate(_PUNCT)}
_ALL = (1 << (5 + len(_PUNCT))) - 1
_RE2_SPACE = "\t\n\f\r "


def _char_bit(code: int) -> int:
    if code >= 0x80:
        return HIGH
    ch = chr(code)
    if ch.isdigit():
        return DIGIT
    if ch.isalpha():
        return ALPHA
    if ch in _RE2_SPACE or ch == "\v":
        return SPACE
    return _BIT.get(ch, OTHER)


_LUT = np.array([_char_bit(b) for b in range(256)], dtype=np.uint64)
_DIGIT_BYTE = np.zeros(256, dtype=np.int32)
_DIGIT_BYTE[ord("0"): ord("9") + 1] = 1


def _range_bits(lo: int, hi: int) -> int:
    bits = 0
    for code in range(lo, min(hi, 0x7F) + 1):
        bits |= _char_bit(code)
    # letters: under (?i) RE2 folds `k` to the Kelvin sign, `s` to the long s
    return bits | (HIGH if hi >= 0x80 or bits & ALPHA else 0)


def _literal_bits(code: int) -> int:
    # a letter may match its other case, or a non-ASCII one (K and the Kelvin sign) under (?i)
    bits = _char_bit(code)
    return bits | HIGH if bits == ALPHA else bits


_CATEGORY_BITS = {
    _c.CATEGORY_DIGIT: DIGIT,
    _c.CATEGORY_SPACE: SPACE,
    _c.CATEGORY_WORD: DIGIT | ALPHA | _BIT["_"],
}


def _class_bits(items: list) -> int | None:
    """The characters a `[...]` may match, as bits; None if it may match anything."""
    bits = 0
    for op, av in items:
        if op is _c.NEGATE:
            return None
        if op is _c.LITERAL:
            bits |= _literal_bits(av)
        elif op is _c.RANGE:
            bits |= _range_bits(*av)
        elif op is _c.CATEGORY and av in _CATEGORY_BITS:
            bits |= _CATEGORY_BITS[av]
        else:
            return None
    return bits


def _digit_only(items: list) -> bool:
    for op, av in items:
        if op is _c.LITERAL and 0x30 <= av <= 0x39:
            continue
        if op is _c.RANGE and 0x30 <= av[0] and av[1] <= 0x39:
            continue
        if op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            continue
        return False
    return True


_CAP = 8  # requirement sets kept per node


def _merge_branches(alts: list[frozenset[int]]) -> frozenset[int]:
    """Each branch needs all of its sets; the alternation needs, for any choice of one set
    per branch, their union (whichever branch matched supplies one character of it)."""
    out = alts[0]
    for reqs in alts[1:]:
        out = frozenset(a | b for a in out for b in reqs)
        if len(out) > _CAP:
            out = frozenset(sorted(out, key=lambda m: (bin(m).count("1"), m))[:_CAP])
    return frozenset(m for m in out if m != _ALL)


def _analyse(seq) -> tuple[frozenset[int], int]:
    """(sets of bits that a match holds at least one character of, minimum ASCII digits)."""
    reqs: set[int] = set()
    digits = 0
    for op, av in seq:
        r: frozenset[int] = frozenset()
        d = 0
        if op is _c.LITERAL:
            r, d = frozenset({_literal_bits(av)}), int(0x30 <= av <= 0x39)
        elif op is _c.IN:
            bits = _class_bits(av)
            r = frozenset({bits}) if bits else frozenset()
            d = int(_digit_only(av))
        elif op is _c.SUBPATTERN:
            r, d = _analyse(av[-1])
        elif op is _c.BRANCH:
            parts = [_analyse(alt) for alt in av[1]]
            r = _merge_branches([p[0] for p in parts]) if all(p[0] for p in parts) else frozenset()
            d = min(p[1] for p in parts)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            lo, _hi, sub = av
            if lo >= 1:
                r, d = _analyse(sub)
                d *= lo
        # AT (anchors), ANY, NOT_LITERAL, CATEGORY outside a class, lookarounds,
        # back-references: no requirement
        reqs |= r
        digits += d
    return frozenset(reqs), digits


_UNSAFE = (r"\p", r"\P", "[[:", r"\Q", r"\C")


@dataclass(frozen=True)
class Gate:
    needs: tuple[int, ...]  # each: the cell holds a character of this set
    min_digits: int

    def admits(self, prof: CellProfile) -> np.ndarray:
        ok = prof.digits >= self.min_digits if self.min_digits else np.ones(len(prof.digits), dtype=bool)
        for bits in self.needs:
            ok &= (prof.bits & np.uint64(bits)) != 0
        return ok


@lru_cache(maxsize=1024)
def gate_for(pattern: str) -> Gate | None:
    """The gate of an RE2 pattern, or None where there is nothing to gate on or the
    pattern uses syntax this parse does not model."""
    if any(u in pattern for u in _UNSAFE):
        return None
    py = re.sub(r"\\x\{([0-9A-Fa-f]{1,6})\}", lambda m: f"\\U{int(m.group(1), 16):08x}", pattern)
    try:
        parsed = _p.parse(py)
    except (re.error, OverflowError, RecursionError, ValueError):
        return None
    reqs, digits = _analyse(list(parsed))
    reqs = frozenset(m for m in reqs if m and m != _ALL)
    # a set of digits alone adds nothing to a digit count
    needs = tuple(sorted(m for m in reqs if not (m == DIGIT and digits)))
    if not needs and not digits:
        return None
    return Gate(needs, digits)


@dataclass
class CellProfile:
    bits: np.ndarray  # uint64 per cell: the character sets it holds a character of
    digits: np.ndarray  # int32 per cell: its ASCII digits
    _admitted: dict[Gate, np.ndarray] = field(default_factory=dict, repr=False)

    def admitted(self, pattern: str) -> np.ndarray | None:
        """Per cell, whether it holds what every match of `pattern` needs; None when the
        pattern has no gate. Kept per gate: the whole-value pass and the span prefilter
        of a recognizer ask for the same one."""
        gate = gate_for(pattern)
        if gate is None:
            return None
        ok = self._admitted.get(gate)
        if ok is None:
            ok = self._admitted[gate] = gate.admits(self)
        return ok


def cell_profile(arr: pa.Array) -> CellProfile | None:
    """One NumPy pass over a string array's bytes; None for other array types."""
    if not pa.types.is_string(arr.type):
        return None
    n = len(arr)
    bufs = arr.buffers()
    offs = np.frombuffer(bufs[1], dtype=np.int32, count=n + 1, offset=arr.offset * 4)
    bits = np.zeros(n, dtype=np.uint64)
    digits = np.zeros(n, dtype=np.int32)
    if n == 0 or bufs[2] is None or offs[-1] == offs[0]:
        return CellProfile(bits, digits)
    data = np.frombuffer(bufs[2], dtype=np.uint8)[offs[0]: offs[-1]]
    starts = offs[:-1] - offs[0]
    nonempty = np.diff(offs) > 0  # null cells have no bytes either
    bits[nonempty] = np.bitwise_or.reduceat(_LUT[data], starts[nonempty])
    cum = np.zeros(len(data) + 1, dtype=np.int32)
    np.cumsum(_DIGIT_BYTE[data], out=cum[1:])
    digits[:] = cum[offs[1:] - offs[0]] - cum[starts]
    return CellProfile(bits, digits)
