"""The list of town and city names (place_lexicon): real places of several countries in any
case and with or without accents are listed, names of people and things, common words, codes
and numbers are not; the vector mask agrees with the scalar. Person and product names are
made up."""
from __future__ import annotations

import random
from pathlib import Path

import pyarrow as pa
import pytest

from pii_audit.detection import place_lexicon as P
from pii_audit.detection.name_lexicon import fold

PLACES = [
    "Mölndal", "MÖLNDAL", "molndal", "sundsvall", "Feuchtwangen", "FEUCHTWANGEN", "Gävle", "Gavle",
    "Łódź", "Lodz", "LODZ", "Gießen", "Giessen", "Kraków", "Krakow", "Göteborg", "Gothenburg",
    "München", "Munich", "Köln", "Praha", "Wien", "Milano", "Kalmar", "Marki", "Jyväskylä",
    "Sankt Goar", "sankt  goar", "  Sankt Goar\t", "La Chaux-de-Fonds", "la chaux-de-fonds",
    "'s-Hertogenbosch", "St. John's", "St John's", "Zürich", "ZURICH", "Genève", "Geneva",
    "Alcalá de Henares", "Castelló de la Plana", "Nice", "Bath",  # frequent words, cities of 100,000+
    "Orange",  # Orange, California: 140,000 people
]

NOT_PLACES = [
    "Cynthia Wells", "Velvet Mug", "Summit Lamp", "Mission", "Industry", "Colon", "Police", "Street",
    "female", "Unknown", "N/A", "null", "none", "test", "yes", "no", "Red", "Blue", "Green",
    "USD", "EUR", "CHF", "NY", "TX", "DE", "SE", "A1", "X9Z", "DE-80331", "12345", "80331", "0", "",
    "   ", "Mölndal 43130", "Sundsvall, Sweden", "Paris 75001", "Berlin-Mitte Kreuzberg Nord Ost",
    "Bogen",  # a German town of 10,000 that is a surname too: out under 15,000 people
    "Male", "man", "MEN",  # towns (Malé, Man), but the words of a gender column
    "Google", "Vegas",  # other names of big cities, but English words first
]


@pytest.mark.parametrize("value", PLACES)
def test_real_places_are_listed(value):
    assert P.place(value), value


@pytest.mark.parametrize("value", NOT_PLACES)
def test_names_words_codes_and_numbers_are_not(value):
    assert not P.place(value), value


def test_the_whole_value_only():
    assert P.place("Sundsvall") and not P.place("Sundsvall Centrum Norra") and not P.place("Sundsv")  # `Sunds` is a Danish town
    assert P.place("Berlin") and not P.place("Berlin 10115") and not P.place("10115 Berlin")


def _values(n: int = 400) -> list[str | None]:
    rng = random.Random(7)
    listed = sorted(P._places())
    out: list[str | None] = list(PLACES) + list(NOT_PLACES) + [None, None]
    spaces = ["", " ", "\t", "\u00a0", "\u2003", "\n", "\x1c"]
    for _ in range(n):
        pick = rng.random()
        if pick < 0.45:
            v = rng.choice(listed)
            v = rng.choice([v, v.upper(), v.title(), v.replace(" ", "  ")])
        elif pick < 0.6:
            v = rng.choice(PLACES + NOT_PLACES)
        elif pick < 0.7:
            v = None
        elif pick < 0.85:  # an accent or letter changed: mostly no place
            v = rng.choice(listed)
            v = v[: len(v) // 2] + rng.choice("éåøßxq") + v[len(v) // 2 :]
        else:
            v = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzäöüł 0123456789-") for _ in range(rng.randint(0, 14)))
        if v is not None:
            v = rng.choice(spaces) + v + rng.choice(spaces)
        out.append(v)
    return out


def test_mask_equals_scalar():
    values = _values()
    mask = P.places_mask(pa.array(values, pa.string()))
    assert mask.dtype.name == "int8" and len(mask) == len(values)
    assert mask.tolist() == [int(v is not None and P.place(v)) for v in values]
    assert 0.2 < mask.mean() < 0.8  # both kinds are there
    assert any(v is not None and not v.isascii() and P.place(v) for v in values)


def test_mask_takes_chunked_large_and_empty_arrays():
    values = _values(100)
    want = [int(v is not None and P.place(v)) for v in values]
    chunked = pa.chunked_array([pa.array(values[:50], pa.large_string()), pa.array(values[50:], pa.large_string())])
    assert P.places_mask(chunked).tolist() == want
    assert P.places_mask(pa.array([], pa.string())).tolist() == []
    assert P.places_mask(pa.array([None, None], pa.string())).tolist() == [0, 0]


def test_data_file_is_sorted_folded_and_unique():
    lines = (Path(P.__file__).parent / "data" / "places.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# places: GeoNames")
    entries = lines[1:]
    assert len(entries) > 100_000
    assert entries == sorted(entries) and len(set(entries)) == len(entries)
    assert all(e == " ".join(fold(e).split()) and e for e in entries)
    assert not any(c.isdigit() for e in entries for c in e)


def test_preload_reads_the_list_once():
    P.preload()
    assert P._places.cache_info().currsize == 1 and "molndal" in P._places()
