"""Town and city names as evidence of a place column, whatever its header.

A column of `Mölndal`, `Sundsvall`, `Feuchtwangen` under `Zielort`, `bostadsort` or `c4` says
nothing in its header, and the values have no shape a pattern could read. The list in
data/places.txt (tools/build_place_lexicon.py: GeoNames' places of 500 people or more,
common words taken out but big cities) says which values are places: the whole value only,
so `Paris 75001` or `Sundsvall, Sweden` is the address rules' business, not this list's.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import regex

from pii_audit.detection.name_lexicon import everyday_word, fold, given_name, read_list

# what Python's str.split() takes for whitespace in ASCII, so the vector and the scalar agree
_ASCII_SPACE = r"[\t\n\x0b\x0c\r\x1c-\x1f ]+"


_GENDER_WORDS = frozenset({"male", "man", "men", "female", "woman", "women", "other", "unknown", "diverse", "divers"})


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    # the words of a gender column are no towns (`Male`, Maldives; `Man`, Côte d'Ivoire):
    # half a column of them would pass
    return read_list("places.txt") - _GENDER_WORDS


@lru_cache(maxsize=1)
def _value_set() -> pa.Array:
    return pa.array(sorted(_places()), pa.string())


def preload() -> None:
    """Read the list now (before workers fork, so they share it)."""
    _places()
    _value_set()


def _key(value: str) -> str:
    """Folded, trimmed, one space between words: `  MÖLNDAL ` -> `molndal`."""
    return " ".join(fold(value).split())


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return read_list("countries.txt")


def country(value: str) -> bool:
    """The whole value is a country's name in some language (`Ireland`, `Estados Unidos`, `Türkiye`)."""
    return _key(value) in _countries()


def place(value: str) -> bool:
    """The whole value is a listed place (`Mölndal`, `la chaux-de-fonds`), not a word of it."""
    return _key(value) in _places()


def places_mask(arr: pa.Array) -> np.ndarray:
    """place() of each value as int8 (1 listed, 0 not or null): ASCII values by arrow compute,
    the others folded in Python once per distinct value."""
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    if not pa.types.is_string(arr.type) and not pa.types.is_large_string(arr.type):
        arr = arr.cast(pa.string())
    n = len(arr)
    out = np.zeros(n, dtype=np.int8)
    if n == 0:
        return out
    ascii_ = pc.fill_null(pc.string_is_ascii(arr), False).to_numpy(zero_copy_only=False)
    rows = np.flatnonzero(ascii_)
    if len(rows):
        t = pc.ascii_lower(pc.utf8_trim(pc.replace_substring_regex(arr.take(pa.array(rows)), _ASCII_SPACE, " "), " "))
        out[rows] = pc.fill_null(pc.is_in(t, value_set=_value_set()), False).to_numpy(zero_copy_only=False)
    rows = np.flatnonzero(~ascii_ & pc.is_valid(arr).to_numpy(zero_copy_only=False))
    if len(rows):
        other = arr.take(pa.array(rows))
        uniq = pc.unique(other)
        hit = np.array([place(v) for v in uniq.to_pylist()], dtype=np.int8)
        out[rows] = hit[pc.index_in(other, uniq).to_numpy(zero_copy_only=False)]
    return out


# A town in a lower-case transcript after a word that says where (`from johannesburg`,
# `vous habitez toujours à saguenay`, `je déménage à trois-rivières`): the model reads no
# lower-case names, the list does. One to four words, the longest listed place.
_LOWER_PLACE_CUE = regex.compile(
    r"(?<![\pL\d])(?:from|in|to|à|en|em|aus|nach|naar|uit|vers|para|till|fra|från|desde|hacia|toward|towards|la)[ \t]+"
    r"(?:(?:uh|um|er|erm|uhm)[ \t]+)?"  # (a transcript's filler: `calling from uh fresno`)
    r"(\p{Ll}[\p{Ll}\pM'’\-]+(?:[ \t]+\p{Ll}[\p{Ll}\pM'’\-]+){0,3})")
# ... after a word of moving, living or calling from there a town that is a word too is the town (`moved back to fresno`)
_LOWER_MOVE_BEFORE = regex.compile(r"(?<![\pL])(?:moved|moving|move|moves|relocated|relocating|calling|coming|came|live|living|lives"
                                   r"|based|born)(?:[ \t]+(?:back|over|out|up|down|here))?[ \t]+$")


def lowercase_places(text: str) -> list[tuple[int, int]]:
    """(start, end) of the listed towns after a place word in a lower-case text."""
    out: list[tuple[int, int]] = []
    for m in _LOWER_PLACE_CUE.finditer(text, overlapped=True):  # (`drive me in from boise`: `in` takes `from`)
        words = list(regex.finditer(r"\S+", m.group(1)))
        moved = bool(_LOWER_MOVE_BEFORE.search(text, max(0, m.start() - 30), m.start()))
        for k in range(len(words), 0, -1):
            s, e = m.start(1) + words[0].start(), m.start(1) + words[k - 1].end()
            cand = text[s:e]
            if place(cand) and not (k == 1 and ((everyday_word(cand) and not moved) or given_name(cand))):
                if not any(a < e and s < b for a, b in out):
                    out.append((s, e))
                break
    return out
