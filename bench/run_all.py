"""`make bench`: every performance benchmark in one run, ratios from the same run.

    python bench/run_all.py [--quick] [--csv-mb 32] [--pg-rows 100000] [--messages 20000] [--only csv,pg,text]
Writes bench/results/perf.json and prints a summary. Data is generated (seeded) under
bench/.data/. Timings on a shared machine are noisy: compare the ratios, and rerun when
the load average printed at the start was high.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_csv  # noqa: E402
import bench_pg  # noqa: E402
import bench_text  # noqa: E402
from common import log, machine, parallel_probe  # noqa: E402

OUT = Path(__file__).resolve().parent / "results"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="small sizes, a smoke run (about a minute)")
    ap.add_argument("--csv-mb", type=int, default=32, help="1024 for the issue's 1 GB export")
    ap.add_argument("--pg-rows", type=int, default=100_000, help="1000000 for the issue's table")
    ap.add_argument("--messages", type=int, default=20_000, help="logs are read in 8192-line batches: fewer lines leave a worker idle")
    ap.add_argument("--presidio-messages", type=int, default=20_000, help="Presidio's batch engine reads this many of the messages")
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--only", default="csv,pg,text")
    args = ap.parse_args()
    if args.quick:
        args.csv_mb, args.pg_rows, args.messages, args.presidio_messages = 4, 10_000, 1_000, 1_000
    results: dict = {"machine": machine(), "started": time.strftime("%Y-%m-%d %H:%M:%S"), "args": vars(args)}
    only = set(args.only.split(","))
    probes = [parallel_probe()]
    if "csv" in only:
        log("== CSV export")
        results["csv"] = bench_csv.main(["--mb", str(args.csv_mb), "--workers", args.workers])
    if "pg" in only:
        log("== PostgreSQL table")
        try:
            results["postgresql"] = bench_pg.main(["--rows", str(args.pg_rows), "--workers", args.workers])
        except Exception as exc:  # noqa: BLE001 - no local server: say so, run the rest
            results["postgresql"] = {"error": f"{exc.__class__.__name__}: {str(exc).splitlines()[0][:200]}"}
    if "text" in only:
        log("== free-text message log")
        results["text"] = bench_text.main(["--messages", str(args.messages), "--workers", args.workers,
                                           "--presidio-messages", str(args.presidio_messages)])
    results["load_avg_at_end"] = os.getloadavg()[0]
    probes.append(parallel_probe())
    # two equal CPU-bound processes vs one running both: what --workers 2 could reach now
    results["machine_parallel_speedup_probe"] = probes
    OUT.mkdir(exist_ok=True)
    name = "perf_quick.json" if args.quick else "perf.json" if only >= {"csv", "pg", "text"} else f"perf_{'_'.join(sorted(only))}.json"
    (OUT / name).write_text(json.dumps(results, indent=2) + "\n")
    (OUT / name.replace(".json", ".md")).write_text(tables(results))
    print(summary(results))
    log(f"written: {OUT / name}")


def summary(r: dict) -> str:
    lines = [f"machine: {r['machine']['cpu']}, {r['machine']['cores']} cores; load {r['machine']['load_avg_at_start']:.1f} -> {r['load_avg_at_end']:.1f}"]
    c = r.get("csv")
    if c:
        raw = min(c["pyarrow_raw_read_s"].values())
        lines.append(f"CSV {c['bytes'] / 1e6:.0f} MB, {c['rows']} rows x {c['columns']} cols: pyarrow raw read {raw:.2f} s")
        for k, v in c["pii_audit"].items():
            lines.append(f"  pii-audit {k}: {v['seconds']:.1f} s ({v['mb_per_s']} MB/s), {v['ratio_to_raw_read']}x raw read, "
                         f"{v.get('ratio_to_one_core_read', '-')}x one-core read, "
                         f"{v['speedup_vs_presidio']}x Presidio per cell, peak {v['peak_pss_mb']:.0f} MB")
        lines.append(f"  Presidio per cell: {c['presidio_per_cell']['cells_per_s']} cells/s")
    p = r.get("postgresql")
    if p and "error" not in p:
        lines.append(f"PostgreSQL {p['rows']} rows: COPY TO STDOUT {p['copy_to_stdout_s']:.2f} s")
        for k, v in p["pii_audit"].items():
            lines.append(f"  pii-audit {k}: {v['seconds']:.1f} s, {v.get('ratio_to_copy')}x COPY, peak {v['peak_pss_mb']:.0f} MB")
    elif p:
        lines.append(f"PostgreSQL: {p['error']}")
    t = r.get("text")
    if t:
        pb = t["presidio_batch"]
        lines.append(f"free text {t['messages']} messages: Presidio batch {pb['analyze_seconds']:.1f} s, F2 {pb['accuracy_threshold_0.0']['f2']}")
        for k, v in t["pii_audit"].items():
            lines.append(f"  pii-audit {k}: {v['seconds']:.1f} s, {v['speedup_vs_presidio_batch']}x Presidio batch, F2 {v['accuracy']['f2']}, peak {v['peak_pss_mb']:.0f} MB")
    for key in ("csv", "postgresql", "text"):
        if r.get(key, {}).get("workers_2_vs_1"):
            lines.append(f"{key}: --workers 2 is {r[key]['workers_2_vs_1']}x --workers 1")
    if r.get("machine_parallel_speedup_probe"):
        lines.append(f"machine: two CPU-bound processes ran {r['machine_parallel_speedup_probe']}x one (start, end): the ceiling for --workers 2")
    return "\n".join(lines)


def _mem(v: dict) -> str:
    return f"{v['peak_pss_mb']:.0f} / {v['peak_rss_sum_mb']:.0f}"


def tables(r: dict) -> str:
    """Markdown tables of one run, for docs/BENCHMARKS.md."""
    out = []
    c = r.get("csv")
    if c:
        raw = min(c["pyarrow_raw_read_s"].values())
        out += [f"CSV `{c['file']}`: {c['bytes'] / 1e6:.1f} MB, {c['rows']:,} rows x {c['columns']} columns = {c['cells']:,} cells.", "",
                "| run | wall s | CPU s | MB/s | vs pyarrow raw read | vs one-core read | vs Presidio per cell | peak MB (PSS / RSS sum) |",
                "|---|---|---|---|---|---|---|---|",
                f"| pyarrow raw read (best of streaming / read_csv) | {raw:.2f} | | {c['bytes'] / 1e6 / raw:.0f} | 1 | | | |"]
        one = c["pyarrow_raw_read_s"].get("one_core")
        if one:
            out.append(f"| pyarrow streaming read without threads (one core) | {one:.2f} | | {c['bytes'] / 1e6 / one:.0f} | | 1 | | |")
        for k, v in c["pii_audit"].items():
            out.append(f"| pii-audit {k.replace('_', ' ')} | {v['seconds']:.1f} | {v['cpu_seconds']:.1f} | {v['mb_per_s']} | "
                       f"{v['ratio_to_raw_read']} | {v.get('ratio_to_one_core_read', '')} | {v['speedup_vs_presidio']}x | {_mem(v)} |")
        pp = c["presidio_per_cell"]
        out += [f"| Presidio AnalyzerEngine per cell ({pp['sampled_cells']} sampled cells, {pp['cells_per_s']} cells/s, projected) | "
                f"{pp['projected_s_for_file']:.0f} | | | | | 1x | {_mem(pp)} |", ""]
    p = r.get("postgresql")
    if p and "error" not in p:
        out += [f"PostgreSQL `public.messages`: {p['rows']:,} rows, {p['table_mb']} MB on disk, {p['copy_bytes'] / 1e6:.1f} MB as COPY text.", "",
                "| run | wall s | CPU s | rows/s | vs COPY TO STDOUT | peak MB (PSS / RSS sum) |", "|---|---|---|---|---|---|",
                f"| COPY public.messages TO STDOUT (psycopg, best of 2) | {p['copy_to_stdout_s']:.2f} | | {p['rows'] / p['copy_to_stdout_s']:.0f} | 1 | |"]
        for k, v in p["pii_audit"].items():
            out.append(f"| pii-audit {k.replace('_', ' ')} (NER off) | {v['seconds']:.1f} | {v['cpu_seconds']:.1f} | {v.get('rows_per_s')} | {v.get('ratio_to_copy')} | {_mem(v)} |")
        out.append("")
    t = r.get("text")
    if t:
        pb = t["presidio_batch"]
        out += [f"Message log: {t['messages']:,} JSON lines, {t['bytes'] / 1e6:.1f} MB, split `{t.get('split', 'fresh')}`; "
                f"Presidio read the first {pb.get('messages', t['messages']):,} (its rate and accuracy are from those).", "",
                "| run | wall s | CPU s | messages/s | vs Presidio batch | precision | recall | F2 | peak MB (PSS / RSS sum) |",
                "|---|---|---|---|---|---|---|---|---|"]
        for k, v in t["pii_audit"].items():
            a = v["accuracy"]
            out.append(f"| pii-audit {k.replace('_', ' ')} (NER) | {v['seconds']:.1f} | {v['cpu_seconds']:.1f} | {v['messages_per_s']} | "
                       f"{v['speedup_vs_presidio_batch']}x | {a['precision']} | {a['recall']} | {a['f2']} | {_mem(v)} |")
        for thr in ("0.0", "0.5"):
            a = pb[f"accuracy_threshold_{thr}"]
            out.append(f"| Presidio BatchAnalyzerEngine, score >= {thr} (analyze only) | {pb['analyze_seconds']:.1f} | {pb['cpu_seconds']:.1f} | "
                       f"{pb['messages_per_s']} | 1x | {a['precision']} | {a['recall']} | {a['f2']} | {_mem(pb)} |")
        st = t.get("pii_audit_startup")
        if st:
            out += ["", f"pii-audit start-up alone (one-line log): {st['seconds']:.1f} s wall, {st['cpu_seconds']:.1f} s CPU; "
                    "excluding it, pii-audit is " + ", ".join(f"{v['speedup_excluding_startup']}x ({k.replace('_', ' ')})" for k, v in t["pii_audit"].items())
                    + " Presidio batch."]
        out.append("")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    main()
