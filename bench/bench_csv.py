"""Structured CSV export: pii-audit end to end vs pyarrow's raw read vs Presidio per cell.

    python bench/bench_csv.py [--mb 32] [--workers 1,2] [--presidio-cells 300]
--mb 1024 gives the 1 GB file of the issue (about 20 minutes of CPU per pass at the
throughput measured in docs/BENCHMARKS.md).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv

sys.path.insert(0, str(Path(__file__).resolve().parent))
import datagen  # noqa: E402
from common import BIN, log, pii_audit, run_cmd  # noqa: E402

DATA = Path(__file__).resolve().parent / ".data"


def raw_read_seconds(path: Path, names: list[str]) -> dict:
    """The practical limit: Arrow's CSV reader, every column as text (what a scan needs),
    with its threads (`streaming`, `read_csv`) and on one core (`one_core`: the streaming
    reader without threads, the issue's "~190 MB/s on one core")."""
    out = {}
    convert = pacsv.ConvertOptions(column_types={n: pa.string() for n in names})
    for label in ("streaming", "read_csv", "one_core"):
        best = float("inf")
        for _ in range(2):
            t0 = time.perf_counter()
            if label == "read_csv":
                pacsv.read_csv(str(path), convert_options=convert)
            else:
                options = pacsv.ReadOptions(block_size=4 << 20, use_threads=label == "streaming")
                for _batch in pacsv.open_csv(str(path), read_options=options, convert_options=convert):
                    pass
            best = min(best, time.perf_counter() - t0)
        out[label] = round(best, 3)
    return out


def sample_cells(path: Path, n: int, seed: int = 1) -> list[str]:
    reader = pacsv.open_csv(str(path), read_options=pacsv.ReadOptions(block_size=4 << 20))
    first = pa.Table.from_batches([reader.read_next_batch()])
    rng = random.Random(seed)
    cells = []
    cols = first.column_names
    while len(cells) < n:
        col = first.column(rng.choice(cols))
        v = col[rng.randrange(len(col))].as_py()
        if v is not None:
            cells.append(str(v))
    return cells


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=32)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--presidio-cells", type=int, default=300)
    args = ap.parse_args(argv)
    DATA.mkdir(exist_ok=True)
    path = DATA / f"customers_{args.mb}mb.csv"
    if not path.exists():
        log(f"generating {path} ...")
        datagen.write_customers_csv(path.with_suffix(".tmp"), args.mb << 20)
        path.with_suffix(".tmp").rename(path)
    size = path.stat().st_size
    names = path.open().readline().strip().replace('"', "").split(",")
    rows = sum(1 for _ in path.open("rb")) - 1
    cells = rows * len(names)
    res: dict = {"file": path.name, "bytes": size, "rows": rows, "columns": len(names), "cells": cells}

    log("pyarrow raw read ...")
    raw = raw_read_seconds(path, names)
    res["pyarrow_raw_read_s"] = raw
    raw_best = min(raw.values())
    one_core = raw["one_core"]

    res["pii_audit"] = {}
    for w in [int(x) for x in args.workers.split(",")]:
        log(f"pii-audit --workers {w} ...")
        run = run_cmd(pii_audit(str(path), "--workers", str(w), "--output", str(DATA / f"csv_report_w{w}.json")))
        if run.rc not in (0, 1):
            raise SystemExit(f"pii-audit failed (rc {run.rc}): {run.stderr}")
        r = run.as_dict()
        r["mb_per_s"] = round(size / 1e6 / run.seconds, 2)
        r["ratio_to_raw_read"] = round(raw_best / run.seconds, 4)
        r["ratio_to_one_core_read"] = round(one_core / run.seconds, 4)
        res["pii_audit"][f"workers_{w}"] = r

    log(f"presidio per cell on {args.presidio_cells} sampled cells ...")
    sample = sample_cells(path, args.presidio_cells)
    cells_file, out_file = DATA / "presidio_cells.json", DATA / "presidio_cells_out.json"
    cells_file.write_text(json.dumps(sample))
    prun = run_cmd([str(BIN / "python"), str(Path(__file__).parent / "presidio_run.py"), "cells", str(cells_file), str(out_file)])
    if prun.rc != 0:
        raise SystemExit(f"presidio failed: {prun.stderr}")
    p = json.loads(out_file.read_text())
    per_cell = p["seconds"] / p["n"]
    projected = per_cell * cells
    res["presidio_per_cell"] = {
        "sampled_cells": p["n"],
        "cells_per_s": round(1 / per_cell, 1),
        "projected_s_for_file": round(projected, 1),
        **{k: v for k, v in prun.as_dict().items() if k != "seconds"},
    }
    for key, r in res["pii_audit"].items():
        r["speedup_vs_presidio"] = round(projected / r["seconds"], 1)
    if "workers_1" in res["pii_audit"] and "workers_2" in res["pii_audit"]:
        res["workers_2_vs_1"] = round(res["pii_audit"]["workers_1"]["seconds"] / res["pii_audit"]["workers_2"]["seconds"], 3)
        a = json.loads((DATA / "csv_report_w1.json").read_text())
        b = json.loads((DATA / "csv_report_w2.json").read_text())
        res["same_findings_1_vs_2"] = a["findings"] == b["findings"]
    return res


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
