"""Pathological input finishes within a bound, and the supply chain is pinned.

Detection prefilters whole columns with Arrow's RE2 (linear time) and confirms candidates
with the `regex` module under a per-call timeout; a record that hits the bound is skipped
and counted, never fatal. NER cuts long values and symbol runs that make spaCy's tokenizer
quadratic. These tests run the real CLI in a subprocess with a generous timeout: a hang
fails the test, slowness alone does not.
"""
from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from pii_audit import __version__
from pii_audit.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]
MB = 1_000_000
HANG = 600  # seconds: far beyond any honest run of these files


def run_scan(*args: str, timeout: int = HANG, **kwargs) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "pii_audit", "scan", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, **kwargs)


def luhn_card(i: int) -> str:
    body = [5, 4, 2, 5] + [(i * 7 + k * 3) % 10 for k in range(11)]
    doubled = [d * 2 - 9 * (d > 4) if pos % 2 == 0 else d for pos, d in enumerate(reversed(body))]
    total = sum(doubled)
    digits = "".join(map(str, body)) + str((10 - total % 10) % 10)
    return " ".join(digits[k:k + 4] for k in range(0, 16, 4))


@pytest.fixture(scope="module")
def adversarial(tmp_path_factory) -> tuple[Path, dict]:
    """Files whose 1 MB cells defeat backtracking regexes and spaCy's tokenizer, each
    next to an ordinary record that must still be found."""
    d = tmp_path_factory.mktemp("adversarial")
    with open(d / "customers.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "street_address", "email", "phone", "card_number", "notes"])
        w.writerow([1, "abc" + "1 " * (MB // 2), "a" * MB + "@! x", "1" * MB, "1-" * (MB // 2),
                    "'" * 30_000 + " Dear John Smith " + "(" * 30_000])
        for i in range(2, 22):
            w.writerow([i, f"{i} Main Street", f"ann.lee{i}@example.com", f"+1 415 555 01{i:02d}", luhn_card(i),
                        "Please call Maria Lopez about the invoice tomorrow morning."])
    with open(d / "sms.jsonl", "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"ts": "2024-01-01T00:00:00Z", "body": "x" * MB + "@! " + "." * MB}) + "\n")
        fh.write(json.dumps({"ts": "2024-01-01T00:00:00Z", "body": "-" * MB + " +" + "9" * MB}) + "\n")
        fh.write(json.dumps({"ts": "2024-01-02T00:00:00Z", "body": "Mail john.smith@example.org today"}) + "\n")
    with open(d / "app.log", "w", encoding="utf-8") as fh:
        fh.write("2024-01-01 10:00:00 " + "- " * (MB // 2) + "\n")
        fh.write("2024-01-01 10:00:01 " + "a:" * (MB // 2) + "\n")
        fh.write("2024-01-01 10:00:02 user bob.stone@example.net logged in\n")
    proc = run_scan(str(d), "--format", "json", "--fail-on", "never", "--as-of", "2026-11-25")
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    return d, proc


def test_adversarial_cells_finish_and_are_skipped_not_fatal(adversarial):
    _, proc = adversarial
    assert proc.returncode == 0, proc.stderr[-2000:]
    report = json.loads(proc.stdout)
    by = {Path(s["source"]).name: s for s in report["sources"]}
    assert set(by) == {"customers.csv", "sms.jsonl", "app.log"}
    for s in by.values():
        assert s["status"] == "ok", s
    assert by["customers.csv"]["records"] == 21 and by["sms.jsonl"]["records"] == 3 and by["app.log"]["records"] == 3


def test_ordinary_records_beside_adversarial_ones_are_still_found(adversarial):
    _, proc = adversarial
    found = {(Path(f["source"]).name, f["field"], f.get("entity")) for f in json.loads(proc.stdout)["findings"]}
    for expected in [("customers.csv", "email", "EMAIL_ADDRESS"), ("customers.csv", "card_number", "CREDIT_CARD"),
                     ("sms.jsonl", "body", "EMAIL_ADDRESS"), ("app.log", None, "EMAIL_ADDRESS")]:
        assert expected in found, expected


def test_adversarial_values_never_reach_the_report(adversarial):
    _, proc = adversarial
    for needle in ("a" * 64, "1" * 64, "'" * 64, "ann.lee2@example.com", "john.smith@example.org", luhn_card(2)):
        assert needle not in proc.stdout and needle not in proc.stderr


def test_ner_reads_names_after_a_run_of_symbols():
    """spaCy's tokenizer took minutes on 20,000 quotes in one cell; now linear, offsets kept."""
    from pii_audit.detection.ner import load_ner

    ner, note = load_ner(load_rules())
    if ner is None:
        pytest.skip(note)
    text = "'" * 20_000 + " Dear John Smith called about " + "(" * 20_000 + " the bill."
    (spans,) = ner.find([text])
    assert [text[s:e] for s, e, ent, _ in spans if ent == "PERSON"] == ["John Smith"]


# -- supply chain ------------------------------------------------------------------------


def test_version_names_the_rule_set():
    proc = subprocess.run([sys.executable, "-m", "pii_audit", "--version"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    rules_version = load_rules().version
    assert rules_version and rules_version != "unversioned"
    assert proc.stdout.strip() == f"pii-audit {__version__} (rules {rules_version})"


def _canon(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if "==" in line:
            name, version = line.split("==", 1)
            pins[_canon(name.split("[")[0])] = version.strip()
    return pins


def _requirement_names(reqs: list[str]) -> set[str]:
    return {_canon(re.split(r"[\s<>=!~;\[(]", r.strip(), maxsplit=1)[0]) for r in reqs}


def test_constraints_pin_every_declared_dependency():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = _requirement_names(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        declared |= _requirement_names(extra)
    missing = sorted(declared - set(_pins()))
    assert not missing, f"not pinned in constraints.txt: {missing}"


def test_constraints_pin_every_installed_transitive_dependency():
    """Walk the installed requirement tree of pii-audit and its extras: all pinned, and
    the installed versions are the pinned ones."""
    from importlib import metadata

    from packaging.requirements import Requirement

    pins = _pins()
    extras = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"].get("optional-dependencies", {}))
    todo, seen, unpinned, drift = [("pii-audit", extras)], set(), [], []
    while todo:
        name, wanted_extras = todo.pop()
        key = (_canon(name), frozenset(wanted_extras))
        if key in seen:
            continue
        seen.add(key)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # an optional dependency this environment does not use
        if _canon(name) != "pii-audit":
            pinned = pins.get(_canon(name))
            if pinned is None:
                unpinned.append(name)
            elif pinned != dist.version:
                drift.append(f"{name} {dist.version} != {pinned}")
        for raw in dist.requires or []:
            req = Requirement(raw)
            env_ok = req.marker is None or any(req.marker.evaluate({"extra": e}) for e in (wanted_extras or {""}))
            if env_ok:
                todo.append((req.name, set(req.extras)))
    assert not unpinned, f"installed but not pinned in constraints.txt: {sorted(set(unpinned))}"
    assert not drift, f"installed versions differ from constraints.txt: {drift}"


def _recipe(makefile: str, target: str) -> list[str]:
    lines = makefile.splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith(f"{target}:"))
    out = []
    for ln in lines[start + 1:]:
        if not ln.startswith("\t"):
            break
        out.append(ln)
    return [lines[start], *out]


def test_make_test_installs_from_the_constraints():
    makefile = (ROOT / "Makefile").read_text()
    test_rule, deps_rule = _recipe(makefile, "test"), _recipe(makefile, "$(DEPS)")
    assert "$(DEPS)" in test_rule[0]
    installs = [ln for ln in deps_rule if "pip install" in ln]
    assert installs and all("-c constraints.txt" in ln or "--require-hashes" in ln for ln in installs), installs


# -- no network, no cache writes --------------------------------------------------------

_GUARDED_CLI = """
import atexit, json, os, socket, sys
attempts = []
def refuse(original):
    def connect(self, address):
        if self.family == socket.AF_UNIX:
            return original(self, address)
        attempts.append(repr(address))
        raise OSError("network refused by the test")
    return connect
socket.socket.connect = refuse(socket.socket.connect)
socket.socket.connect_ex = refuse(socket.socket.connect_ex)
def no_dns(host, *args, **kwargs):
    attempts.append(repr(host))
    raise socket.gaierror("DNS refused by the test")
socket.getaddrinfo = no_dns
socket.gethostbyname = no_dns
atexit.register(lambda: open(os.environ["NET_LOG"], "w").write(json.dumps(attempts)))
from pii_audit.cli import main
sys.argv = ["pii-audit", *sys.argv[1:]]
main()
"""


def test_full_scan_with_ner_and_email_validation_stays_offline_and_writes_no_cache(tmp_path):
    """In a fresh HOME: not one socket or DNS attempt (tldextract's suffix list, spaCy,
    presidio), and nothing written under HOME (tldextract caches in ~/.cache by default)."""
    home = tmp_path / "home"
    home.mkdir()
    data = tmp_path / "data"
    data.mkdir()
    rows = [f"{i},Ann Lee{i},ann.lee{i}@example.co.uk,Maria Lopez called Peter Hansen about the Dublin office on Monday."
            for i in range(30)]
    (data / "customers.csv").write_text("id,full_name,email,notes\n" + "\n".join(rows) + "\n", encoding="utf-8")
    (data / "sms.jsonl").write_text("\n".join(json.dumps({"to": f"x{i}@mail.example.org", "body": f"Hi Jonas Berg, write to jo{i}@example.com"})
                                              for i in range(30)) + "\n", encoding="utf-8")
    env = {k: v for k, v in __import__("os").environ.items() if not k.startswith(("XDG_", "TLDEXTRACT", "HF_", "SPACY"))}
    env.update(HOME=str(home), NET_LOG=str(tmp_path / "net.json"))
    proc = subprocess.run([sys.executable, "-c", _GUARDED_CLI, "scan", str(data), "--format", "json",
                           "--fail-on", "never", "--as-of", "2026-11-25"],
                          capture_output=True, text=True, timeout=HANG, env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads((tmp_path / "net.json").read_text()) == []
    report = json.loads(proc.stdout)
    entities = {f.get("entity") for f in report["findings"]}
    assert "EMAIL_ADDRESS" in entities  # the email validator (tldextract) ran
    assert any(f.get("evidence", {}).get("ner") or str(f.get("rule", "")).endswith(".ner")
               for f in report["findings"]), "NER ran"
    assert [str(p.relative_to(home)) for p in home.rglob("*")] == []
