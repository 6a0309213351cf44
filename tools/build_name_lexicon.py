"""Build the given-name and surname lists that `pii_audit/detection/name_lexicon.py` reads.

    pip install names-dataset==3.3.1 wordfreq==3.1.1 english-words==2.0.2
    python tools/build_name_lexicon.py [--rank 1000] [--surname-rank 3000] [--out pii_audit/detection/data]

Source: names-dataset 3.3.1 (MIT, philipperemy/name-dataset): first and last names with their
rank in each of ~100 countries. Loading it takes ~3 GB of memory, so the scanner never does:
this script keeps the names ranked within the top RANK of at least one country (surnames,
with their longer tail: SURNAME_RANK), folded
(lower case, accents stripped) and alphabetic only, and writes them one per line.

Common words are taken out (a `Summit Lamp`, `Park Road` or `Happy Birthday` is not a
person): the lower-case words of Webster's dictionary (english-words' web2: `grace`, `will`,
`amber`; not `robert`) and the top words of wordfreq in the languages the scanner reads
(whose counts fold case, so names in the top TOP_NAME of two countries are no common word
there: `maria`, `jan`); surnames lose English words only (`Rossi` is a word of Italian). Names in the top NAME_KEEP of some English-speaking country stay, listed
in common_names.txt too: the scanner takes them in a pair of names only, never alone
(`Grace Walsh`, not `Grace`); so do the TOP_KEEP commonest names of every country
(`Paolo`, `Chiara`: words of Italian or of Webster's too). Not a test set: the lists come from real-world name frequencies,
independent of the benchmark generators (Faker).
"""
from __future__ import annotations

import argparse
import gzip
import pickle
import sys
import unicodedata
from pathlib import Path

from names_dataset import __file__ as nd_file
from english_words import get_english_words_set
from wordfreq import top_n_list

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pii_audit.detection.name_lexicon import read_list  # noqa: E402  (the scanner's reader of these lists)

LANGS = {"en": 8000, "de": 5000, "fr": 5000, "es": 5000, "pt": 5000, "it": 5000, "nl": 5000, "ro": 5000, "pl": 5000}
ANGLO = ("US", "GB", "CA", "AU", "IE", "NZ", "ZA")
NAME_KEEP = 1000
TOP_NAME = 100
TOP_KEEP = 30  # a country's 30 commonest names stay, as pair-only names (`Paolo`, `Chiara`), but English words
COMMON_TOP = 50_000


def fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def ranked(data: dict, rank: int) -> dict[str, tuple[int, int]]:
    """folded name -> (best rank anywhere, best rank in an English-speaking country)."""
    out: dict[str, tuple[int, int]] = {}
    for name, info in data.items():
        ranks = info.get("rank") or {}
        if not ranks or min(ranks.values()) > rank:
            continue
        key = fold(name)
        if not key.isalpha() or len(key) < 2:
            continue  # `A A`, `O'Neil` stay out: the scanner looks up single alphabetic words
        anglo = min((ranks[c] for c in ANGLO if c in ranks), default=10**9)
        old = out.get(key, (10**9, 10**9))
        out[key] = (min(old[0], min(ranks.values())), min(old[1], anglo))
    return out


def top_in_two(data: dict) -> set[str]:
    """Names in the top TOP_NAME of two countries at least (`maria`, `jan`; not `oraz`, a
    word of Polish that one country's Facebook names rank high)."""
    return {fold(name) for name, info in data.items() if sum(r <= TOP_NAME for r in (info.get("rank") or {}).values()) >= 2}


def write_column_list(out: Path, kind: str, rank: int, names: set[str]) -> None:
    """The deeper tail a column of first names or surnames alone is judged by (`Antić`, `Kalazić`,
    `Budych`: a country's 3,000th-10,000th surname), never free text: less common names are more
    often words or places somewhere, which a column's share of many different values outweighs.
    `names` has lost the common words already (web2's, and nine languages' frequent ones); the
    places of places.txt stay out too (a column of towns is no column of surnames); other
    languages' frequent words stay in (`Dumitrescu`, `Balodis` are frequent in their news)."""
    places = read_list(out / "places.txt")
    keep = sorted(k for k in names if len(k) > 2 and k not in places)
    (out / f"{kind}_column.txt").write_text(
        f"# {kind} for columns only: names-dataset 3.3.1 (MIT), top {rank} in some country but not in {kind}.txt, folded; "
        "common words (web2, wordfreq 3.1.1 top words of nine languages) and places (places.txt) out. Built by tools/build_name_lexicon.py\n"
        + "\n".join(keep) + "\n", encoding="utf-8")
    print(kind, "column list", len(keep))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rank", type=int, default=1000, help="given names: best rank in some country")
    ap.add_argument("--surname-rank", type=int, default=3000, help="surnames (a longer tail than given names)")
    ap.add_argument("--column-rank", type=int, default=10000, help="the column lists' deeper tail (both kinds)")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "pii_audit/detection/data")
    args = ap.parse_args()
    base = Path(nd_file).parent / "v3"
    frequent = {lang: {fold(w) for w in top_n_list(lang, n)} for lang, n in LANGS.items()}
    dictionary = {fold(w) for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
    first_names = pickle.load(gzip.open(base / "first_names.pkl.gz"))  # ~3 GB: read once
    top_given = top_in_two(first_names)
    # surnames stand in a pair, rarely alone: only English words are taken out of them
    # (`Rossi`, `Costa`, `Fontana` are words of Italian and Portuguese, and names)
    common = {"given_names": dictionary | (set().union(*frequent.values()) - top_given),
              "surnames": dictionary | (frequent["en"] - top_given)}
    marked: set[str] = set()
    listed: set[str] = set()
    for kind, rank in (("given_names", args.rank), ("surnames", args.surname_rank)):
        data = first_names if kind == "given_names" else pickle.load(gzip.open(base / "last_names.pkl.gz"))
        names = ranked(data, max(rank, args.column_rank))
        deep = names
        names = {k: v for k, v in names.items() if v[0] <= rank}
        keep = sorted(k for k, (best, anglo) in names.items() if k not in common[kind] or anglo <= NAME_KEEP
                      or (best <= TOP_KEEP and len(k) > 2 and k not in frequent["en"]))
        marked.update(k for k in keep if k in common[kind])
        listed.update(keep)
        header = (f"# {kind}: names-dataset 3.3.1 (MIT), top {rank} in some country, folded; common words "
                  f"(web2, wordfreq 3.1.1) out, but the top {NAME_KEEP} names of English-speaking countries. "
                  "Built by tools/build_name_lexicon.py\n")
        (args.out / f"{kind}.txt").write_text(header + "\n".join(keep) + "\n", encoding="utf-8")
        print(kind, len(names), "ranked,", len(keep), "kept")
        write_column_list(args.out, kind, args.column_rank, set(deep) - set(keep) - common["given_names"])
    words = sorted(w for w in top_n_list("en", COMMON_TOP) if w in dictionary and len(w) > 2 and w.isalpha() and w not in listed)
    (args.out / "common_words.txt").write_text(
        f"# English words of web2 in wordfreq's top {COMMON_TOP}, no name of the two lists: a model's `Peanut`, `Proxy`, "
        "`German Shepherd` is no person. Built by tools/build_name_lexicon.py\n" + "\n".join(words) + "\n", encoding="utf-8")
    print("common words", len(words))
    (args.out / "common_names.txt").write_text(
        "# names of the two lists that are common words too: in a pair only. Built by tools/build_name_lexicon.py\n"
        + "\n".join(sorted(marked)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
