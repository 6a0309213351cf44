"""Would a multi-pattern kernel close the CSV gap? Times, per column of a generated export,
the whole-value prefilter as pii-audit runs it (one Arrow RE2 call per recognizer, anchored)
against one Hyperscan scan of all the same patterns over the column joined by newlines,
matches mapped back to cells. Gates are off in both, so this is each kernel's full cost.

Hyperscan is not a dependency: `pip install hyperscan` in the venv first. Usage:
    python bench/prefilter_kernels.py --mb 64
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from datagen import write_customers_csv
from pii_audit.detection.recognizers import build_recognizers
from pii_audit.rules import load_rules


def _hyperscan_db(patterns: list[str]):
    import hyperscan as hs

    kept, dropped = [], []
    flags = hs.HS_FLAG_MULTILINE | hs.HS_FLAG_UTF8 | hs.HS_FLAG_UCP | hs.HS_FLAG_ALLOWEMPTY
    for p in patterns:  # Hyperscan lacks some RE2 constructs: those patterns are left out (and counted)
        try:
            probe = hs.Database()
            probe.compile(expressions=[p.encode()], ids=[0], elements=1, flags=[flags])
            kept.append(p)
        except hs.error:
            dropped.append(p)
    db = hs.Database()
    db.compile(expressions=[p.encode() for p in kept], ids=list(range(len(kept))), elements=len(kept),
               flags=[flags] * len(kept))
    return db, kept, dropped


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=64)
    ap.add_argument("--out", default="bench/out")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    csv = out / f"customers_{args.mb}mb.csv"
    if not csv.exists():
        write_customers_csv(csv, args.mb << 20)
    head = csv.open().readline().strip().split(",")
    names = [h.strip('"') for h in head]
    table = pacsv.read_csv(csv, convert_options=pacsv.ConvertOptions(column_types={n: pa.string() for n in names}))
    recs = [r for r in build_recognizers(load_rules()) if r.group == 0]
    patterns = [f"^(?:{r.prefilter})$" for r in recs]
    db, kept, dropped = _hyperscan_db(patterns)
    rows = []
    for name in names:
        col = pc.fill_null(table.column(name).combine_chunks(), "")
        t0 = time.perf_counter()
        arrow_hits = sum(int(pc.sum(pc.match_substring_regex(col, p)).as_py() or 0) for p in kept)
        t1 = time.perf_counter()
        lens = pc.binary_length(col).to_numpy(zero_copy_only=False) + 1
        starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
        buf = "\n".join(col.to_pylist()).encode()
        ends: list[int] = []
        db.scan(buf, match_event_handler=lambda _id, _frm, to, _fl, _ctx: ends.append(to))
        cells = np.searchsorted(starts, np.asarray(ends, dtype=np.int64), side="right") - 1
        t2 = time.perf_counter()
        rows.append({"column": name, "cells": len(col), "arrow_s": round(t1 - t0, 4), "hyperscan_s": round(t2 - t1, 4),
                     "arrow_matches": arrow_hits, "hyperscan_matches": len(cells)})
        print(f"{name:18s} arrow {t1 - t0:7.3f} s  hyperscan {t2 - t1:7.3f} s  matches {arrow_hits:>8} / {len(cells):>8}")
    total = {k: round(sum(r[k] for r in rows), 3) for k in ("arrow_s", "hyperscan_s")}
    print(f"patterns {len(kept)} (left out, not Hyperscan syntax: {len(dropped)}); total {total}")
    (out / "prefilter_kernels.json").write_text(json.dumps({"patterns": len(kept), "dropped": len(dropped),
                                                            "rows": rows, "total": total}, indent=1))


if __name__ == "__main__":
    main()
