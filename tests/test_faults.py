"""Faults while scanning: a file vanishing mid-walk, Ctrl-C, a full disk, special files,
symlink loops, a 10 GB sparse file, a database dropping the connection. Each ends as SPEC
says — a one-line error, exit code 2 (130 for Ctrl-C), never a traceback, never a hang,
and never a report that a CI gate would read as a clean pass.

Scans run the real CLI in a subprocess; the test waits for the scan to reach a known
point by watching the process's open files in /proc, not by sleeping.
"""
from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

HANG = 600
BASE = ("--as-of", "2026-11-25", "--fail-on", "never")


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "pii_audit", "scan", *args]


def run(*args: str, timeout: int = HANG, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cli(*args), capture_output=True, text=True, timeout=timeout, **kw)


def one_line_errors(stderr: str) -> list[str]:
    assert "Traceback" not in stderr, stderr[-3000:]
    return [ln for ln in stderr.splitlines() if ln.strip()]


def wait_until_open(proc: subprocess.Popen, path: Path, timeout: float = 300) -> None:
    """Block until `proc` has `path` open (the scan has reached it)."""
    target = str(path.resolve())
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"scan ended (rc={proc.returncode}) before opening {path}")
        try:
            for fd in os.listdir(f"/proc/{proc.pid}/fd"):
                try:
                    if os.readlink(f"/proc/{proc.pid}/fd/{fd}") == target:
                        return
                except OSError:
                    continue
        except OSError:
            pass
        time.sleep(0.02)
    raise AssertionError(f"scan never opened {path}")


def slow_log(path: Path, lines: int = 60_000) -> Path:
    """Prose lines with names and addresses: NER makes this take many seconds."""
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(lines):
            fh.write(f"2024-03-{i % 28 + 1:02d} 10:00:{i % 60:02d} Maria Lopez wrote to Peter Hansen about order {i} "
                     f"and asked him to call back at the Dublin office, mail maria{i}@example.com\n")
    return path


@pytest.fixture(scope="module")
def slow_dir(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("slow")
    slow_log(d / "a_big.log")
    (d / "b_small.csv").write_text("email\nann@example.com\nbob@example.org\n")
    return d


# -- a file deleted during the walk ---------------------------------------------------


def test_file_deleted_during_the_walk_is_one_source_error(slow_dir, tmp_path):
    d = tmp_path / "walk"
    d.mkdir()
    big = d / "a_big.log"
    os.link(slow_dir / "a_big.log", big)
    victim = d / "b_small.csv"
    victim.write_text("email\nann@example.com\n")
    proc = subprocess.Popen(cli(str(d), "--format", "json", *BASE, "--sample", "500"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_until_open(proc, big)
        victim.unlink()  # listed by the walk, gone before it is read
        out, err = proc.communicate(timeout=HANG)
    finally:
        proc.kill()
    assert proc.returncode == 2, err[-2000:]
    errors = one_line_errors(err)
    sources = {Path(s["source"]).name: s for s in json.loads(out)["sources"]}
    assert sources["a_big.log"]["status"] == "ok"
    gone = sources["b_small.csv"]
    assert gone["status"] == "error" and "\n" not in gone["error"]
    assert [e for e in errors if "b_small.csv" in e] and not [e for e in errors if "a_big.log" in e]


# -- Ctrl-C and kill ----------------------------------------------------------------------


def session_processes(sid: int) -> list[int]:
    """Live processes of session `sid` (the scan and any worker it forked)."""
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if int(fields[3]) == sid and fields[0] != "Z":
                pids.append(int(entry))
    return pids


# How a scan gets stopped: Ctrl-C in a terminal signals the whole process group; `kill
# -INT` only the scan; CI runners cancel a job with SIGTERM.
STOPS = {"ctrl-c": (signal.SIGINT, True, (130,), "table"), "kill-int": (signal.SIGINT, False, (130,), "json"),
         "sigterm": (signal.SIGTERM, False, (143,), "json")}


@pytest.mark.parametrize("stop", sorted(STOPS))
def test_stopped_scan_is_never_a_clean_pass(slow_dir, tmp_path, stop):
    sig, group, codes, fmt = STOPS[stop]
    report = tmp_path / f"report.{fmt}"
    occurrences = tmp_path / "occ.jsonl"
    proc = subprocess.Popen(cli(str(slow_dir), "--format", fmt, "--output", str(report),
                                "--occurrences", str(occurrences), "--workers", "2", *BASE),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        wait_until_open(proc, slow_dir / "a_big.log")
        time.sleep(0.2)  # inside the scan, which takes many seconds more
        if group:
            os.killpg(proc.pid, sig)
        else:
            proc.send_signal(sig)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode in codes, (proc.returncode, err[-2000:])
    errors = one_line_errors(err)
    assert len(errors) == 1 and ("interrupted" in errors[0] or "terminated" in errors[0]), errors
    # no report (whole or half) and no occurrence file: nothing a gate could read as clean
    assert not report.exists() and not occurrences.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], list(tmp_path.iterdir())
    assert out == ""
    deadline = time.monotonic() + 10
    while session_processes(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert session_processes(proc.pid) == [], "worker processes outlived the scan"


def test_ctrl_c_to_stdout_prints_no_report(slow_dir):
    proc = subprocess.Popen(cli(str(slow_dir), "--format", "json", "--workers", "1", *BASE),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_until_open(proc, slow_dir / "a_big.log")
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=120)
    finally:
        proc.kill()
    assert proc.returncode == 130
    assert len(one_line_errors(err)) == 1
    assert out == ""


def test_killed_scan_leaves_no_workers_behind(slow_dir, tmp_path):
    """SIGKILL (the OOM killer) gives no chance to clean up: workers must still die."""
    report = tmp_path / "report.json"
    proc = subprocess.Popen(cli(str(slow_dir), "--format", "json", "--output", str(report), "--workers", "2", *BASE),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_until_open(proc, slow_dir / "a_big.log")
        deadline = time.monotonic() + 120
        while len(session_processes(proc.pid)) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)  # the workers are forked at the first batch
        assert len(session_processes(proc.pid)) >= 3
        proc.kill()
        proc.wait(timeout=60)
        deadline = time.monotonic() + 10
        while session_processes(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert session_processes(proc.pid) == []
    finally:
        for pid in session_processes(proc.pid):
            os.kill(pid, signal.SIGKILL)
    assert not report.exists()


# -- a full disk -----------------------------------------------------------------------


def _limit_file_size(limit: int):
    def apply():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # then writes fail with EFBIG, as on a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.fixture(scope="module")
def pii_csv(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("disk") / "customers.csv"
    rows = "\n".join(f"{i},Ann Lee {i},ann{i}@example.com,+1 415 555 01{i % 100:02d}" for i in range(200))
    path.write_text("id,full_name,email,phone\n" + rows + "\n")
    return path


@pytest.mark.parametrize("option", ["--output", "--occurrences"])
def test_disk_full_on_report_write_is_exit_2_and_leaves_no_file(pii_csv, tmp_path, option):
    target = tmp_path / "out.json"
    old = tmp_path / "previous.json"
    args = ["--format", "json", option, str(target), *BASE]
    if option == "--occurrences":
        args += ["--output", str(old)]
    proc = subprocess.run(cli(str(pii_csv), *args), capture_output=True, text=True, timeout=HANG,
                          preexec_fn=_limit_file_size(512))
    assert proc.returncode == 2, (proc.returncode, proc.stderr[-2000:])
    errors = one_line_errors(proc.stderr)
    assert len([e for e in errors if str(target) in e]) == 1, errors
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], list(tmp_path.iterdir())


@pytest.mark.parametrize("sink", ["/dev/full", "closed pipe"])
def test_unwritable_stdout_is_exit_2_without_traceback(pii_csv, sink):
    if sink == "/dev/full":
        fd = os.open("/dev/full", os.O_WRONLY)
    else:
        r, fd = os.pipe()
        os.close(r)  # the reader is gone: `| head -c0`
    try:
        proc = subprocess.run(cli(str(pii_csv), "--format", "json", *BASE), stdout=fd, stderr=subprocess.PIPE,
                              text=True, timeout=HANG)
    finally:
        os.close(fd)
    assert proc.returncode == 2, proc.stderr[-2000:]
    errors = one_line_errors(proc.stderr)
    assert len(errors) == 1 and errors[0].startswith("pii-audit: stdout: cannot write report"), errors


# -- special files, links, huge sparse files -------------------------------------------


def test_symlink_loops_and_special_files_never_hang(tmp_path):
    d = tmp_path / "tree"
    (d / "sub").mkdir(parents=True)
    (d / "sub" / "ok.csv").write_text("email\nann@example.com\n")
    (d / "sub" / "loop").symlink_to(d)  # directory loop
    (d / "self.csv").symlink_to(d / "self.csv")  # file link to itself
    (d / "a.log").symlink_to(d / "b.log")
    (d / "b.log").symlink_to(d / "a.log")  # two links chasing each other
    (d / "dangling.jsonl").symlink_to(tmp_path / "nowhere.jsonl")
    (d / "zero.log").symlink_to("/dev/zero")  # endless bytes
    (d / "random.csv").symlink_to("/dev/urandom")
    os.mkfifo(d / "pipe.csv")  # a FIFO blocks its reader forever
    proc = run(str(d), "--format", "json", *BASE, timeout=300)
    one_line_errors(proc.stderr)
    report = json.loads(proc.stdout)
    sources = {Path(s["source"]).name: s for s in report["sources"]}
    assert sources["ok.csv"]["status"] == "ok"
    assert sum(1 for s in report["sources"] if Path(s["source"]).name == "ok.csv") == 1  # loop not followed
    for name in ("self.csv", "a.log", "b.log", "dangling.jsonl"):
        assert name not in sources or sources[name]["status"] == "error", sources.get(name)
    for name in ("zero.log", "random.csv", "pipe.csv"):  # not regular files: never read
        assert name not in sources or sources[name]["status"] == "error", sources.get(name)
    assert proc.returncode in (0, 2)


def test_very_deep_directory_tree(tmp_path):
    """1,200 nested directories (the walk once recursed and overflowed at ~1,000)."""
    d = tmp_path / "deep"
    cur = d
    try:
        for i in range(1200):
            cur = cur / "d"
            cur.mkdir(parents=True)
            if i % 300 == 299:
                (cur / "up").symlink_to("..")
                (cur / f"f{i}.csv").write_text(f"email\nuser{i}@example.com\n")
        proc = run(str(d), "--format", "json", *BASE, "--quiet", timeout=300)
    finally:
        subprocess.run(["rm", "-rf", str(d)], check=False)  # pytest's own cleanup recurses and would overflow
    assert proc.returncode == 0, proc.stderr[-2000:]
    sources = json.loads(proc.stdout)["sources"]
    assert sorted(Path(s["source"]).name for s in sources) == ["f1199.csv", "f299.csv", "f599.csv", "f899.csv"]


@pytest.mark.parametrize("name", ["huge.csv", "huge.log", "huge.jsonl", "huge.db", "huge.csv.gz", "huge.bin"])
def test_ten_gigabyte_sparse_file(tmp_path, name):
    """All zero bytes, 10 GB: rejected as binary or read within --sample, in bounded time."""
    path = tmp_path / name
    with open(path, "wb") as fh:
        fh.truncate(10 * 1024**3)
    proc = run(str(tmp_path), "--format", "json", *BASE, "--sample", "1000", timeout=300)
    one_line_errors(proc.stderr)
    report = json.loads(proc.stdout)
    assert proc.returncode in (0, 2)
    for s in report["sources"]:
        assert s["status"] in ("ok", "error") and (s["error"] is None or "\n" not in s["error"])


def test_ten_gigabyte_sparse_file_after_a_valid_header(tmp_path):
    """A real header and rows, then 10 GB of holes (one endless NUL "record"): sampled
    rows, or a one-line error once the record outgrows the reader's bound — never a read
    of all 10 GB, never a hang."""
    path = tmp_path / "export.csv"
    with open(path, "wb") as fh:
        fh.write(b"id,email\n" + b"".join(b"%d,user%d@example.com\n" % (i, i) for i in range(5000)))
        fh.truncate(10 * 1024**3)
    proc = run(str(path), "--format", "json", *BASE, "--sample", "1000", timeout=300)
    one_line_errors(proc.stderr)
    (src,) = json.loads(proc.stdout)["sources"]
    if src["status"] == "ok":
        assert src["records"] <= 1000 and src["sampled"] is True, src
    else:
        assert "\n" not in src["error"] and src["records"] <= 5000, src


# -- a database that drops the connection mid-scan --------------------------------------


def _pg_admin():
    from tests.db_fixtures import admin_engine

    return admin_engine("postgresql")


@pytest.mark.db
def test_postgres_connection_dropped_mid_scan(tmp_path):
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    from tests.db_fixtures import database, url_text

    other = tmp_path / "other.csv"
    other.write_text("email\nann@example.com\nbob@example.org\n")
    with database("postgresql") as url:
        engine = create_engine(url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text("CREATE TABLE messages (id int PRIMARY KEY, body text)"))
            conn.execute(text("INSERT INTO messages SELECT i, 'Maria Lopez wrote to Peter Hansen at maria' || i || "
                              "'@example.com about the Dublin office' FROM generate_series(1, 50000) i"))
        engine.dispose()
        proc = subprocess.Popen(cli(url_text(url), str(other), "--format", "json", *BASE),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        admin = _pg_admin()
        try:
            killed = 0
            deadline = time.monotonic() + 300
            while not killed and time.monotonic() < deadline and proc.poll() is None:
                with admin.connect() as conn:
                    killed = conn.execute(text(
                        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                        "WHERE datname = :db AND pid <> pg_backend_pid() AND query ILIKE 'FETCH%'"),
                        {"db": url.database}).scalar()
                time.sleep(0.05)
            out, err = proc.communicate(timeout=HANG)
        finally:
            proc.kill()
            admin.dispose()
    assert killed, "the scan finished before its connection could be dropped"
    assert proc.returncode == 2, err[-2000:]
    errors = one_line_errors(err)
    db_src, csv_src = json.loads(out)["sources"]
    assert db_src["status"] == "error" and "\n" not in db_src["error"], db_src
    assert csv_src["status"] == "ok"
    assert len([e for e in errors if db_src["source"] in e]) == 1


@pytest.mark.db
def test_mariadb_connection_dropped_mid_scan(tmp_path):
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    from tests.db_fixtures import admin_engine, database, url_text

    with database("mysql") as url:
        engine = create_engine(url, poolclass=NullPool)
        with engine.begin() as conn:
            # structured values (no NER): rows already in the socket buffer are detected fast
            conn.execute(text("CREATE TABLE messages (id int PRIMARY KEY, sender varchar(80), sent_at datetime)"))
            conn.execute(text("INSERT INTO messages SELECT seq, CONCAT('maria', seq, '@example.com'), "
                              "'2024-01-01' + INTERVAL seq MINUTE FROM seq_1_to_400000"))
        engine.dispose()
        proc = subprocess.Popen(cli(url_text(url), "--format", "json", *BASE, "--workers", "1"),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        admin = admin_engine("mysql")
        try:
            killed = 0
            deadline = time.monotonic() + 300
            while not killed and time.monotonic() < deadline and proc.poll() is None:
                with admin.connect() as conn:
                    # rows stream from the socket: the statement may already read as done
                    ids = conn.execute(text(
                        "SELECT id FROM information_schema.processlist WHERE db = :db AND id <> CONNECTION_ID()"),
                        {"db": url.database}).scalars().all()
                    if ids:
                        time.sleep(1.0)  # well into reading 400,000 rows
                    for pid in ids:
                        conn.execute(text(f"KILL CONNECTION {int(pid)}"))
                        killed += 1
                time.sleep(0.05)
            out, err = proc.communicate(timeout=HANG)
        finally:
            proc.kill()
            admin.dispose()
    assert killed, "the scan finished before its connection could be dropped"
    assert proc.returncode == 2, err[-2000:]
    one_line_errors(err)
    (db_src,) = json.loads(out)["sources"]
    assert db_src["status"] == "error" and "\n" not in db_src["error"], db_src
