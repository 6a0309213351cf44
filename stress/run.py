"""`make stress`: the faults too slow or too big for the test suite, each run through the
real CLI in a subprocess, with its outcome, wall time and peak memory recorded.

    python stress/run.py [--only NAME ...] [--files 100000] [--keep]

Prints a Markdown table (paste it into docs/RELIABILITY.md) and writes
stress/work/results.json. Exit status 1 when a scenario broke its promise.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "stress" / "work"
PY = sys.executable
BASE = ["--as-of", "2026-11-25", "--fail-on", "never", "--format", "json"]
GB = 1024**3


@dataclass
class Outcome:
    name: str
    ok: bool
    exit_code: int | None
    wall_s: float
    peak_rss_mb: float
    detail: str
    extra: dict = field(default_factory=dict)


def _peak_rss_mb(root: int) -> float:
    """The largest VmHWM (peak RSS) of `root` and its descendants now, in MB.

    Not ru_maxrss: Linux carries the forking process's RSS into the child's ru_maxrss at
    exec, so every scan started after many_files (whose report this runner loads) showed
    this runner's ~700 MB. VmHWM belongs to the scan's own address space."""
    parent: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                parent[int(entry)] = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                pass
    tree, todo = set(), [root]
    while todo:
        pid = todo.pop()
        tree.add(pid)
        todo += [c for c, pp in parent.items() if pp == pid and c not in tree]
    peak = 0
    for pid in tree:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]))
        except (OSError, ValueError):
            pass
    return peak / 1024


def scan(args: list[str], timeout: int = 3600, **kw) -> tuple[subprocess.CompletedProcess, float, float]:
    """Run one scan; (process, wall seconds, peak RSS in MB of the scan or its largest worker,
    sampled every 0.2 s: growth in the last 0.2 s of a process is not seen)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.monotonic()
        proc = subprocess.Popen([PY, "-m", "pii_audit", "scan", *args], stdout=out, stderr=err, text=True, **kw)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        peak, done = [0.0], threading.Event()

        def sample() -> None:
            while not done.is_set():
                peak[0] = max(peak[0], _peak_rss_mb(proc.pid))
                done.wait(0.2)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, _ = os.wait4(proc.pid, 0)
        done.set()
        sampler.join()
        expired = not timer.is_alive()
        timer.cancel()
        wall = time.monotonic() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if expired:
            raise subprocess.TimeoutExpired(proc.args, timeout)
        out.seek(0)
        err.seek(0)
        return subprocess.CompletedProcess(proc.args, proc.returncode, out.read(), err.read()), wall, peak[0]


def sources_of(proc: subprocess.CompletedProcess) -> list[dict]:
    return json.loads(proc.stdout)["sources"] if proc.stdout.strip() else []


def clean_stderr(proc: subprocess.CompletedProcess) -> bool:
    return "Traceback" not in proc.stderr and all(len(ln) < 2000 for ln in proc.stderr.splitlines())


# -- scenarios ---------------------------------------------------------------------------


def many_files(args) -> Outcome:
    """100k small CSV/log files in a 3-level tree: every one gets its own sources[] entry."""
    d = WORK / "many_files"
    n = args.files
    if not (d / f".done-{n}").exists():
        shutil.rmtree(d, ignore_errors=True)
        for i in range(n):
            sub = d / f"{i % 100:02d}" / f"{i // 100 % 100:02d}"
            sub.mkdir(parents=True, exist_ok=True)
            if i % 2:
                (sub / f"f{i}.csv").write_text(f"id,email\n{i},user{i}@example.com\n")
            else:
                (sub / f"f{i}.log").write_text(f"2024-01-01 10:00:00 login user{i}@example.com\n")
        (d / f".done-{n}").touch()
    proc, wall, rss = scan([str(d), *BASE, "--output", str(WORK / "many_files.json")])
    report = json.loads((WORK / "many_files.json").read_text()) if (WORK / "many_files.json").exists() else {}
    srcs = report.get("sources", [])
    ok = proc.returncode == 0 and len(srcs) == n and all(s["status"] == "ok" for s in srcs) and clean_stderr(proc)
    return Outcome("many_files", ok, proc.returncode, wall, rss,
                   f"{len(srcs)} sources of {n} files, {sum(s['status'] != 'ok' for s in srcs)} errors, "
                   f"{len(report.get('findings', []))} findings; {n / wall:.0f} files/s")


def sparse_10g(args) -> Outcome:
    """10 GB of holes under every extension, with and without --sample."""
    d = WORK / "sparse"
    shutil.rmtree(d, ignore_errors=True)
    d.mkdir(parents=True)
    for name in ("huge.csv", "huge.tsv", "huge.csv.gz", "huge.log", "huge.jsonl", "huge.log.gz", "huge.db", "huge.bin"):
        with open(d / name, "wb") as fh:
            fh.truncate(10 * GB)
    with open(d / "header_then_holes.csv", "wb") as fh:
        fh.write(b"id,email\n" + b"".join(b"%d,user%d@example.com\n" % (i, i) for i in range(5000)))
        fh.truncate(10 * GB)
    with open(d / "lines_then_holes.log", "wb") as fh:
        fh.write(b"".join(b"2024-01-01 10:00:00 login user%d@example.com\n" % i for i in range(5000)))
        fh.truncate(10 * GB)
    files = {p.name for p in d.iterdir()}
    results, worst_wall, worst_rss, ok = [], 0.0, 0.0, True
    for sample in ([], ["--sample", "1000"]):
        proc, wall, rss = scan([str(d), *BASE, *sample], timeout=3600)
        worst_wall, worst_rss = max(worst_wall, wall), max(worst_rss, rss)
        srcs = sources_of(proc)
        # every file ends as a source (ok or a one-line error) or as a "skipped: PATH (reason)"
        # note: an all-zero huge.db is not SQLite (no magic header), so the walk skips it like huge.bin
        notes = json.loads(proc.stdout).get("notes", []) if proc.stdout.strip() else []
        names = {Path(s["source"]).name for s in srcs} | {Path(n[len("skipped: "):].rsplit(" (", 1)[0]).name
                                                          for n in notes if n.startswith("skipped: ")}
        ok &= proc.returncode in (0, 2) and len(srcs) >= 8 and files <= names and clean_stderr(proc)
        results.append(f"{'--sample 1000' if sample else 'no sample'}: {wall:.0f} s, "
                       + ", ".join(f"{Path(s['source']).name}={s['status']}"
                                   + (f"({s['records']} rec)" if s['status'] == 'ok' else f"({s['error']})") for s in srcs)
                       + f"; skipped: {', '.join(sorted(files - {Path(s['source']).name for s in srcs})) or 'none'}")
    shutil.rmtree(d, ignore_errors=True)
    return Outcome("sparse_10g", ok, None, worst_wall, worst_rss, " | ".join(results))


def huge_cells(args) -> Outcome:
    """A 10 MB field, 200 cells of 1 MB adversarial text, a 200 MB log line without newline."""
    d = WORK / "huge_cells"
    shutil.rmtree(d, ignore_errors=True)
    d.mkdir(parents=True)
    rnd = random.Random(7)
    with open(d / "cells.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "street_address", "email", "notes"])
        w.writerow([0, "x" * 10_000_000, "a@b.co", "note"])
        for i in range(1, 201):
            kind = rnd.choice(["1 ", "a@", "'", "-", "ab1 ", "(", "x"])
            w.writerow([i, "abc" + "1 " * 500_000, f"user{i}@example.com", kind * (1_000_000 // len(kind))])
    with open(d / "one_line.log", "wb") as fh:
        chunk = b"2024-01-01 10:00:00 " + b"word " * 200_000
        for _ in range(200):
            fh.write(chunk)
    proc, wall, rss = scan([str(d), *BASE], timeout=7200)
    srcs = sources_of(proc)
    ok = proc.returncode in (0, 2) and clean_stderr(proc) and all(s["status"] in ("ok", "error") for s in srcs)
    shutil.rmtree(d, ignore_errors=True)
    return Outcome("huge_cells", ok, proc.returncode, wall, rss,
                   ", ".join(f"{Path(s['source']).name}: {s['status']} {s['records']} rec, {s['skipped_records']} skipped"
                             + (f" ({s['error']})" if s["error"] else "") for s in srcs))


def _rm(path: Path) -> None:
    subprocess.run(["rm", "-rf", str(path)], check=False)  # shutil.rmtree recurses: too deep here


def deep_tree(args) -> Outcome:
    """2,000 nested directories with symlink loops every 100 levels and a FIFO at the bottom."""
    d = WORK / "deep"
    _rm(d)
    cur = d
    for i in range(2000):
        cur = cur / "d"
        cur.mkdir(parents=True)
        if i % 100 == 0:
            (cur / "up").symlink_to("..")
            (cur / "root").symlink_to(d)
            (cur / f"f{i}.csv").write_text(f"email\nuser{i}@example.com\n")
            (cur / f"self{i}.log").symlink_to(cur / f"self{i}.log")
    os.mkfifo(cur / "pipe.csv")
    proc, wall, rss = scan([str(d), *BASE], timeout=600)
    srcs = sources_of(proc)
    good = [s for s in srcs if Path(s["source"]).name.startswith("f") and s["status"] == "ok"]
    ok = proc.returncode in (0, 2) and len(good) == 20 and clean_stderr(proc)
    _rm(d)
    return Outcome("deep_tree", ok, proc.returncode, wall, rss,
                   f"{len(good)}/20 files found once each; {len(srcs)} sources listed")


def interrupts(args) -> Outcome:
    """SIGINT at 40 different moments of a scan: always exit 130, no report, no temp file,
    no worker left behind."""
    d = WORK / "interrupts"
    shutil.rmtree(d, ignore_errors=True)
    d.mkdir(parents=True)
    with open(d / "a.log", "w") as fh:
        for i in range(30_000):
            fh.write(f"2024-03-01 10:00:00 Maria Lopez wrote to Peter Hansen about order {i}, mail m{i}@example.com\n")
    (d / "b.csv").write_text("email\n" + "".join(f"u{i}@example.com\n" for i in range(1000)))
    out = WORK / "interrupt_out"
    bad, codes = [], {}
    for attempt in range(40):
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()
        proc = subprocess.Popen([PY, "-m", "pii_audit", "scan", str(d), *BASE, "--output", str(out / "r.json"),
                                 "--occurrences", str(out / "o.jsonl")],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
        time.sleep(0.25 * attempt)  # from start-up to deep into the scan
        os.killpg(proc.pid, signal.SIGINT)
        try:
            _, err = proc.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            bad.append(f"#{attempt}: hang")
            continue
        codes[proc.returncode] = codes.get(proc.returncode, 0) + 1
        left = list(out.iterdir())
        if proc.returncode == -signal.SIGINT and not left:
            pass  # Python itself was still starting: nothing read yet, nothing written
        elif proc.returncode != 130 or left or "Traceback" in err:
            bad.append(f"#{attempt}: rc={proc.returncode} left={[p.name for p in left]}")
        time.sleep(0.2)
        orphans = [p for p in os.listdir("/proc") if p.isdigit() and _session(int(p)) == proc.pid]
        if orphans:
            bad.append(f"#{attempt}: {len(orphans)} processes left")
            for p in orphans:
                os.kill(int(p), signal.SIGKILL)
    shutil.rmtree(d, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    return Outcome("interrupts", not bad, None, 0.0, 0.0, f"exit codes {codes}; problems: {bad or 'none'}")


def _session(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[3])
    except (OSError, IndexError, ValueError):
        return None


def big_gzip(args) -> Outcome:
    """A gzip bomb: 10 GB of one repeated line in a 10 MB .csv.gz, with --sample."""
    d = WORK / "bomb"
    shutil.rmtree(d, ignore_errors=True)
    d.mkdir(parents=True)
    line = b"1,user@example.com\n"
    block = line * (1 << 16)
    with gzip.open(d / "bomb.csv.gz", "wb", compresslevel=9) as fh:
        fh.write(b"id,email\n")
        for _ in range(10 * GB // len(block)):
            fh.write(block)
    proc, wall, rss = scan([str(d), *BASE, "--sample", "10000"], timeout=3600)
    srcs = sources_of(proc)
    ok = proc.returncode == 0 and srcs and srcs[0]["records"] == 10000 and clean_stderr(proc)
    size = (d / "bomb.csv.gz").stat().st_size
    shutil.rmtree(d, ignore_errors=True)
    return Outcome("big_gzip", bool(ok), proc.returncode, wall, rss,
                   f"{size / 1e6:.0f} MB gzip of 10 GB: {srcs[0]['status'] if srcs else '?'}, "
                   f"{srcs[0]['records'] if srcs else '?'} records read with --sample 10000")


def wide_table(args) -> Outcome:
    """A SQLite table with 2,000 columns (SQLite's default maximum) and 500 rows."""
    d = WORK / "wide"
    shutil.rmtree(d, ignore_errors=True)
    d.mkdir(parents=True)
    con = sqlite3.connect(d / "wide.db")
    cols = [f"c{i}" for i in range(1999)] + ["email"]
    con.execute(f"CREATE TABLE wide ({', '.join(c + ' TEXT' for c in cols)})")
    con.executemany(f"INSERT INTO wide VALUES ({','.join('?' * len(cols))})",
                    [[f"v{r}_{i}" for i in range(1999)] + [f"u{r}@example.com"] for r in range(500)])
    con.commit()
    con.close()
    proc, wall, rss = scan([str(d), *BASE], timeout=7200)
    srcs = sources_of(proc)
    ok = proc.returncode == 0 and srcs and srcs[0]["status"] == "ok" and clean_stderr(proc)
    shutil.rmtree(d, ignore_errors=True)
    return Outcome("wide_table", bool(ok), proc.returncode, wall, rss, f"{(srcs or [{}])[0]}")


SCENARIOS = {f.__name__: f for f in (many_files, sparse_10g, huge_cells, deep_tree, interrupts, big_gzip, wide_table)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="*", choices=sorted(SCENARIOS), help="run just these")
    ap.add_argument("--files", type=int, default=100_000, help="files for many_files (default 100000)")
    ap.add_argument("--keep", action="store_true", help="keep stress/work/many_files for the next run")
    args = ap.parse_args()
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        # started in the background (`make stress &`, nohup): SIGINT is ignored, and every scan
        # would inherit that and lose a Ctrl-C sent while Python starts. A handler here is reset
        # to the default in the scans, as from a terminal.
        signal.signal(signal.SIGINT, signal.default_int_handler)
    WORK.mkdir(parents=True, exist_ok=True)
    outcomes = []
    for name in args.only or SCENARIOS:
        print(f"… {name}", file=sys.stderr, flush=True)
        try:
            outcome = SCENARIOS[name](args)
        except subprocess.TimeoutExpired as exc:
            outcome = Outcome(name, False, None, float(exc.timeout), 0.0, "timed out: a hang")
        outcomes.append(outcome)
        print(f"  {'ok' if outcome.ok else 'FAILED'} {outcome.wall_s:.0f} s {outcome.peak_rss_mb:.0f} MB: {outcome.detail}",
              file=sys.stderr, flush=True)
    if not args.keep:
        shutil.rmtree(WORK / "many_files", ignore_errors=True)
    (WORK / "results.json").write_text(json.dumps([asdict(o) for o in outcomes], indent=2))
    print("| scenario | result | wall | peak RSS | detail |\n|---|---|---|---|---|")
    for o in outcomes:
        print(f"| {o.name} | {'pass' if o.ok else '**FAIL**'} | {o.wall_s:.0f} s | {o.peak_rss_mb:.0f} MB | {o.detail} |")
    return 0 if all(o.ok for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
