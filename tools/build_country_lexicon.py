"""Build the list of country names that `place_lexicon.country` reads.

    python tools/build_country_lexicon.py

Source: the region names phonenumbers (Apache-2.0, already a dependency) ships for its
geocoder (`phonenumbers.geodata.locale.LOCALE_DATA`: about 250 regions in up to 190
languages). Each name is folded like name_lexicon.fold (lower case, accents stripped), with
single spaces; names in a script other than Latin, names shorter than four letters and names
with a digit are left out. The scanner reads the text file, never phonenumbers' tables (their
import takes most of a second).
"""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from phonenumbers.geodata.locale import LOCALE_DATA

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pii_audit.detection.name_lexicon import fold  # noqa: E402


def latin(name: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)


def main() -> None:
    names: set[str] = set()
    for per_lang in LOCALE_DATA.values():
        for name in per_lang.values():
            if name.startswith("*") or not latin(name) or any(c.isdigit() for c in name):
                continue
            key = " ".join(fold(name).split())
            if len(key.replace(" ", "")) >= 4:
                names.add(key)
    out = Path(__file__).resolve().parents[1] / "pii_audit" / "detection" / "data" / "countries.txt"
    out.write_text("# country names of phonenumbers' geocoder (all its languages, Latin script), folded. "
                   "Built by tools/build_country_lexicon.py\n" + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {out}")


if __name__ == "__main__":
    main()
