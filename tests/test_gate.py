"""The CI gate end to end: the exit code for every --fail-on level, with and without a
--baseline, on small CSV exports written here."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from pii_audit.model import SEVERITIES
from pii_audit.reports.baseline import apply_baseline, load_baseline
from pii_audit.reports.gate import exit_code
from pii_audit.reports.load import report_from_dict
from tests.helpers import run_cli

AS_OF = "2026-11-25"
LEVELS = ("info", "low", "medium", "high", "critical", "never")

PEOPLE = [
    ("Ingrid Halvorsen", "ingrid.halvorsen@example.com", "4539 1488 0343 6467"),
    ("Tomasz Wieczorek", "t.wieczorek@example.org", "5425 2334 3010 9903"),
    ("Adaeze Okonkwo", "adaeze.okonkwo@example.net", "4716 9270 2187 4351"),
    ("Rafael Quintero", "rquintero@example.com", "4024 0071 5336 2295"),
]


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("gate")
    # Account data only, recent records: low-severity PII findings and nothing else.
    low = write_csv(tmp / "contacts.csv", ["full_name", "email", "created_at"],
                    [[n, e, "2026-01-1" + str(i)] for i, (n, e, _) in enumerate(PEOPLE)])
    # Plaintext cards and records past retention as well.
    full = write_csv(tmp / "billing.csv", ["full_name", "email", "card_number", "created_at"],
                     [[n, e, c, "2012-03-0" + str(i + 1)] for i, (n, e, c) in enumerate(PEOPLE)])
    return {"low": low, "full": full, "tmp": tmp}


def scan(path: Path, *args: str) -> tuple[int, dict, str]:
    code, out, err = run_cli("scan", str(path), "--as-of", AS_OF, "--format", "json", "--quiet", *args)
    return code, json.loads(out), err


@pytest.fixture(scope="module")
def truth(stores):
    """What each store holds, read once with the gate off."""
    out = {}
    for name in ("low", "full"):
        code, report, _ = scan(stores[name], "--fail-on", "never")
        assert code == 0
        out[name] = report
    assert {f["severity"] for f in out["low"]["findings"]} == {"low"}
    assert {f["severity"] for f in out["full"]["findings"]} >= {"low", "high", "critical"}
    return out


def write_baseline(path: Path, report: dict, keep=lambda f: True) -> Path:
    path.write_text(json.dumps(dict(report, findings=[f for f in report["findings"] if keep(f)])), encoding="utf-8")
    return path


GATE = {  # store, baseline -> exit code per level (info, low, medium, high, critical, never)
    ("low", None): (1, 1, 0, 0, 0, 0),
    ("full", None): (1, 1, 1, 1, 1, 0),
    ("full", "all"): (0, 0, 0, 0, 0, 0),
    ("full", "critical"): (1, 1, 1, 1, 0, 0),  # the known critical ones no longer count
}


@pytest.mark.parametrize("store, known", list(GATE))
def test_exit_code_for_every_level_with_and_without_baseline(truth, tmp_path, store, known):
    """The functions the CLI runs after a scan: apply the baseline, then the gate."""
    report = report_from_dict(truth[store])
    if known is not None:
        keep = (lambda f: True) if known == "all" else (lambda f: f["severity"] == known)
        report = apply_baseline(report, load_baseline(write_baseline(tmp_path / "b.json", truth[store], keep)))
        assert report.suppressed == sum(1 for f in truth[store]["findings"] if keep(f))
    assert tuple(exit_code(report, level) for level in LEVELS) == GATE[(store, known)]


@pytest.mark.parametrize("level, code", [("low", 1), ("medium", 0)])
def test_cli_exit_code_follows_fail_on(stores, level, code):
    got, report, _ = scan(stores["low"], "--fail-on", level)
    assert got == code and report["fail_on"] == level and report["summary"]["suppressed"] == 0


@pytest.mark.parametrize("level, code", [("critical", 0), ("high", 1)])
def test_cli_baseline_of_known_criticals(stores, truth, tmp_path, level, code):
    baseline = write_baseline(tmp_path / "b.json", truth["full"], lambda f: f["severity"] == "critical")
    got, report, _ = scan(stores["full"], "--fail-on", level, "--baseline", str(baseline))
    assert got == code
    assert not any(f["severity"] == "critical" for f in report["findings"])
    assert report["summary"]["suppressed"] == sum(1 for f in truth["full"]["findings"] if f["severity"] == "critical")


def test_cli_full_baseline_passes_at_info_and_the_table_says_so(stores, truth, tmp_path):
    baseline = write_baseline(tmp_path / "b.json", truth["full"])
    code, out, _ = run_cli("scan", str(stores["full"]), "--as-of", AS_OF, "--baseline", str(baseline),
                           "--fail-on", "info", "--quiet")
    assert code == 0
    last = out.splitlines()[-1]
    assert last.startswith("0 findings") and f"{len(truth['full']['findings'])} suppressed by baseline" in last
    assert last.endswith("exit 0")


def test_baseline_survives_changed_counts_and_still_catches_new_findings(tmp_path):
    export = tmp_path / "billing.csv"
    header = ["full_name", "email", "card_number", "created_at"]
    write_csv(export, header, [[n, e, c, "2012-03-0" + str(i + 1)] for i, (n, e, c) in enumerate(PEOPLE)])
    _, before, _ = scan(export, "--fail-on", "never")
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps(before), encoding="utf-8")
    # the next export: three times the rows, and a new column of plaintext SSNs
    rows = [[n, e, c, "2012-03-0" + str(i % 9 + 1), f"219-09-{9990 + i}"] for i, (n, e, c) in enumerate(PEOPLE * 3)]
    write_csv(export, [*header, "ssn"], rows)
    code, after, _ = scan(export, "--fail-on", "high", "--baseline", str(baseline))
    assert after["summary"]["suppressed"] == len(before["findings"])  # matched despite tripled counts
    assert after["findings"] and {f["field"] for f in after["findings"]} == {"ssn"}
    assert code == 1  # the plaintext SSNs are new and at or above high


def test_bad_baseline_is_a_one_line_error_before_scanning(stores, tmp_path):
    bad = tmp_path / "b.json"
    bad.write_text("{not json", encoding="utf-8")
    code, out, err = run_cli("scan", str(stores["full"]), "--baseline", str(bad), "--format", "json")
    assert code == 2 and out == ""
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines == [f"pii-audit: --baseline {bad}: not JSON (line 1, column 2)"]


def test_all_levels_are_known_to_the_cli():
    assert set(LEVELS) == set(SEVERITIES) | {"never"}
