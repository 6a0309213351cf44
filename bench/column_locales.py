"""How many Faker locales' name, first-name, surname, town and phone columns pii-audit flags,
under headers that say nothing (`c1`, `c2`) or under plain ones (`full_name`, `city`).

    .venv/bin/python bench/column_locales.py [--headers opaque|named] [--kinds name,first_name,...]

One SQLite table per Faker locale (150 rows a column), scanned by the CLI; prints, per kind, the
locales whose column was missed. Faker's values are no benchmark truth (many of its towns are
invented, many phones invalid): a probe of which languages and scripts the column decisions read,
used in the eleventh issue-5 pass (bench/accuracy_notes.md). No network, no model needed.
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

from faker import Faker
from faker.config import AVAILABLE_LOCALES

ENTITY = {"name": "PERSON", "first_name": "PERSON", "last_name": "PERSON", "city": "LOCATION", "phone_number": "PHONE_NUMBER"}
HEADER = {"name": "full_name", "first_name": "first_name", "last_name": "last_name", "city": "city", "phone_number": "phone"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--headers", choices=("opaque", "named"), default="opaque")
    ap.add_argument("--kinds", default=",".join(ENTITY))
    args = ap.parse_args()
    kinds = args.kinds.split(",")
    warnings.filterwarnings("ignore")
    truth: dict[tuple[str, str], str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "locales.db"
        con = sqlite3.connect(db)
        for loc in sorted(AVAILABLE_LOCALES):
            fake = Faker(loc)
            fake.seed_instance(5)
            cols: dict[str, list[str]] = {}
            for kind in kinds:
                try:
                    values = [str(getattr(fake, kind)()) for _ in range(150)]
                except AttributeError:
                    continue
                header = f"c{len(cols) + 1}" if args.headers == "opaque" else HEADER[kind]
                cols[header] = values
                truth[(loc, header)] = kind
            con.execute(f'CREATE TABLE "t_{loc}" (' + ", ".join(f'"{h}" TEXT' for h in cols) + ")")
            con.executemany(f'INSERT INTO "t_{loc}" VALUES ({",".join("?" * len(cols))})', list(zip(*cols.values())))
        con.commit()
        con.close()
        proc = subprocess.run([sys.executable, "-m", "pii_audit", "scan", str(db), "--format", "json", "--fail-on", "never",
                               "--quiet"], capture_output=True, text=True, check=True)
    flagged = {(f["container"][2:], f["field"], f["entity"]) for f in json.loads(proc.stdout).get("findings", []) if f.get("field")}
    for kind in kinds:
        cells = [(loc, h) for (loc, h), k in truth.items() if k == kind]
        missed = sorted(loc for loc, h in cells if (loc, h, ENTITY[kind]) not in flagged)
        print(f"{kind}: {len(cells) - len(missed)}/{len(cells)} locales flagged; missed: {' '.join(missed) or '-'}")


if __name__ == "__main__":
    main()
