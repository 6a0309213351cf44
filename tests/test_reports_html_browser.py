"""The HTML report in a real headless Chromium: the script runs, the findings table and the
charts render, filters and sorting apply, and the page makes no network request.

Needs Debian's `chromium` (`apt-get install -y chromium`); without it these tests skip
with that reason. Chromium is confined: its own background requests go to a closed local
proxy port and every host name resolves to nothing, so nothing leaves the machine. The
NetLog then shows every request the page itself started (initiator other than the
browser's own "not an origin")."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from pii_audit.reports import render
from tests.test_reports import sample_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install -y chromium)")

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-default-apps",
    "--disable-extensions", "--disable-domain-reliability", "--no-pings",
    "--disable-client-side-phishing-detection",
    "--disable-features=Translate,OptimizationHints,MediaRouter,SpellcheckService,AutofillServerCommunication",
    "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
]


def browse(page: Path, tmp: Path, fragment: str = "") -> tuple[str, list[str]]:
    """(the DOM after scripts ran, URLs the page itself requested)."""
    netlog = tmp / f"netlog-{page.stem}.json"
    proc = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp / 'profile'}", f"--log-net-log={netlog}",
         "--dump-dom", page.resolve().as_uri() + fragment],
        capture_output=True, text=True, timeout=90,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    log = json.loads(netlog.read_text())
    types = {v: k for k, v in log["constants"]["logEventTypes"].items()}
    requested = [
        ev["params"]["url"] for ev in log["events"]
        if types.get(ev["type"]) == "URL_REQUEST_START_JOB" and "url" in ev.get("params", {})
        and ev["params"].get("initiator") != "not an origin"
    ]
    return proc.stdout, requested


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("html")
    report = sample_report("medium")
    path = tmp / "report.html"
    path.write_text(render(report, "html"), encoding="utf-8")
    return path, tmp


def _shown(dom: str) -> tuple[int, int]:
    m = re.search(r"(\d+) of (\d+) findings shown", dom)
    assert m, "the script did not run"
    return int(m.group(1)), int(m.group(2))


def _visible_rows(dom: str) -> list[str]:
    body = dom[dom.index('<table id="findings-table"'):]
    body = body[: body.index("</table>")]
    return [r for r in re.findall(r"<tr [^>]*>.*?</tr>", body, re.S) if " hidden" not in r.split(">", 1)[0]]


def test_page_renders_table_and_charts_without_network(page):
    path, tmp = page
    dom, requested = browse(path, tmp)
    assert requested == []
    assert 'data-ready="1"' in dom  # the inline script ran to the end
    assert _shown(dom) == (11, 11)
    assert len(_visible_rows(dom)) == 11
    for chart in ("chart-category", "chart-severity", "retention-chart"):
        svg = re.search(rf'id="{chart}".*?</svg>', dom, re.S)
        assert svg and svg.group(0).count("<rect") >= 2, chart


def test_fragment_filters_and_sorts_in_the_browser(page):
    path, tmp = page
    report = sample_report("medium")
    critical = sum(1 for f in report.findings if f.severity == "critical")
    dom, requested = browse(path, tmp, "#sev=4")
    assert requested == []
    assert _shown(dom) == (critical, 11)
    dom, _ = browse(path, tmp, "#type=retention&sort=7&dir=desc")
    rows = _visible_rows(dom)
    counts = [int(re.search(r'data-v="(\d+)"', r.split("</td>", 8)[7]).group(1)) for r in rows]
    assert len(rows) == 3 and counts == sorted(counts, reverse=True) and counts[0] == 412
    assert 'aria-sort="descending"' in dom
    dom, _ = browse(path, tmp, "#q=billing.csv")
    assert _shown(dom)[0] == 3


def test_the_network_check_catches_a_page_that_loads_something(tmp_path):
    control = tmp_path / "control.html"
    control.write_text('<!DOCTYPE html><img src="http://127.0.0.1:9/x.png"><p>x</p>', encoding="utf-8")
    _, requested = browse(control, tmp_path)
    assert requested == ["http://127.0.0.1:9/x.png"]


def test_hostile_names_stay_text(tmp_path):
    report = sample_report()
    evil = replace(report.findings[2], field='"><script>document.body.dataset.pwned=1</script>')
    path = tmp_path / "evil.html"
    path.write_text(render(replace(report, findings=[*report.findings, evil]), "html"), encoding="utf-8")
    dom, requested = browse(path, tmp_path)
    assert requested == [] and "data-pwned" not in dom and 'data-ready="1"' in dom
