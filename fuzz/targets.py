"""Coverage-guided fuzz targets (atheris / libFuzzer) for the CSV, JSON-lines and log-line
readers, each driven through the whole pipeline by fuzz/harness.py.

    python -m fuzz.targets csv|tsv|csv.gz|jsonl|log|log.gz [libFuzzer flags and corpus dirs]

`make fuzz` runs each for FUZZ_SECONDS. A crash or a timeout leaves its input in
fuzz/artifacts/; copy it into fuzz/regressions/<kind>/ and the fast suite replays it.
"""
from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["pii_audit", "fuzz"]):
    from fuzz.harness import SUFFIXES, check


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in SUFFIXES:
        sys.exit(f"usage: python -m fuzz.targets {{{'|'.join(SUFFIXES)}}} [libFuzzer args]")
    kind = sys.argv[1]

    def one_input(data: bytes) -> None:
        check(data, kind)

    atheris.Setup([sys.argv[0], *sys.argv[2:]], one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
