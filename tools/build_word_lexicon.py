"""Build the list of everyday words of other languages that `name_lexicon.foreign_word` reads.

    pip install wordfreq==3.1.1
    python tools/build_word_lexicon.py [--top 20000] [--out pii_audit/detection/data]

The English model tags capitalised words of other languages as names and places: German
nouns (`Kollegen`, `Überweisung`), Portuguese and Turkish form words (`Débito`, `Doğum`).
common_words.txt covers English; this list holds the top TOP words of wordfreq 3.1.1 (CC BY-SA
4.0 word counts) in the other Latin-script languages it knows and in Greek, Russian, Ukrainian and
Bulgarian, folded like the name lists (lower case, accents stripped, Greek and Cyrillic in Latin letters), alphabetic, three letters or more, and neither a given name, a
surname nor a place of the shipped lists (`Rossi`, `Bianchi`, `Lugano` stay names and places).
Not a test set: word frequencies from wordfreq's corpora, not Faker.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wordfreq import top_n_list

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pii_audit.detection.name_lexicon import fold, read_list  # noqa: E402  (Greek and Cyrillic in Latin letters, as looked up)

LANGS = ("de", "fr", "es", "pt", "it", "nl", "ro", "pl", "tr", "sv", "da", "nb", "fi", "cs", "sk", "hu", "sl", "sh",
         "lv", "lt", "id", "ms", "ca", "fil", "is", "vi", "el", "ru", "uk", "bg")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=20_000)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "pii_audit" / "detection" / "data")
    args = ap.parse_args()
    kept = read_list(args.out / "given_names.txt") | read_list(args.out / "surnames.txt") | read_list(args.out / "places.txt")
    words: set[str] = set()
    for lang in LANGS:
        for w in top_n_list(lang, args.top):
            key = fold(w)
            if len(key) >= 3 and key.isalpha() and key not in kept:
                words.add(key)
    (args.out / "foreign_words.txt").write_text(
        f"# wordfreq 3.1.1's top {args.top} words of {', '.join(LANGS)}, folded, no given name, surname or place of "
        f"the lists: a model's `Kollegen`, `Débito` is no person or place. Built by tools/build_word_lexicon.py\n"
        + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(len(words), "words")


if __name__ == "__main__":
    main()
