"""One self-contained HTML file: summary, charts (inline SVG) of findings by category and
severity, the retention picture, a sortable and filterable findings table, the sources.

No network asset of any kind: styles, script and charts are inline, and a
Content-Security-Policy forbids the page from loading anything else. Every value is
escaped; no value ever reaches the script as code."""
from __future__ import annotations

import datetime as dt
from html import escape

from pii_audit.model import SEVERITIES, Finding, Report, severity_rank
from pii_audit.reports.common import (
    SEVERITIES_DESC,
    TYPES,
    categories,
    detail,
    display_sample,
    exit_meaning,
    retention_unchecked,
    severity_counts,
    sort_key,
)
from pii_audit.reports.gate import exit_code, failing

COLORS = {"critical": "#991b1b", "high": "#dc2626", "medium": "#d97706", "low": "#0284c7", "info": "#6b7280"}
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


def e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def render(report: Report, **_: object) -> str:
    code = exit_code(report)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>pii-audit report · as of {e(report.as_of)}</title>",
        f"<style>{STYLE}</style></head><body>",
        _header(report, code),
        _summary(report),
        _charts(report),
        _retention(report),
        _findings(report),
        _sources(report),
        f"<script>{SCRIPT}</script>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _header(report: Report, code: int) -> str:
    return (
        "<header>"
        "<h1>pii-audit report</h1>"
        f'<p class="meta">as of <b>{e(report.as_of)}</b> · pii-audit {e(report.version)} · '
        f"rules {e(report.rules_version or '?')} · fail-on <b>{e(report.fail_on)}</b></p>"
        f'<p id="verdict" class="verdict exit-{code}">exit {code}: {e(exit_meaning(code))}</p>'
        "</header>"
    )


def _summary(report: Report) -> str:
    sev = severity_counts(report)
    ok = sum(1 for s in report.sources if s.status == "ok")
    records = sum(s.records for s in report.sources)
    cards = [
        ("findings", len(report.findings), ""),
        (f"at or above {report.fail_on}", len(failing(report)), "fail" if failing(report) else ""),
        ("critical", sev["critical"], "hot" if sev["critical"] else ""),
        ("high", sev["high"], "warm" if sev["high"] else ""),
        ("sources read", f"{ok}/{len(report.sources)}", "" if ok == len(report.sources) else "fail"),
        ("records scanned", f"{records:,}", ""),
        ("suppressed by baseline", report.suppressed, ""),
    ]
    html = ['<section id="summary" aria-label="Summary"><div class="cards">']
    for label, value, cls in cards:
        html.append(f'<div class="card {cls}"><div class="num">{e(value)}</div><div class="lbl">{e(label)}</div></div>')
    html.append("</div></section>")
    return "".join(html)


def _charts(report: Report) -> str:
    return (
        '<section id="charts"><h2>Findings by category and severity</h2><div class="charts">'
        f'<figure id="chart-category">{_category_chart(report)}<figcaption>by category, stacked by severity</figcaption></figure>'
        f'<figure id="chart-severity">{_severity_chart(report)}<figcaption>by severity</figcaption></figure>'
        f'<figure id="chart-type">{_type_chart(report)}<figcaption>by type</figcaption></figure>'
        f"</div>{_legend()}</section>"
    )


def _legend() -> str:
    items = "".join(
        f'<span class="key"><i style="background:{COLORS[s]}"></i>{s}</span>' for s in SEVERITIES_DESC
    )
    return f'<p class="legend">{items}</p>'


def _bar_rows(rows: list[tuple[str, list[tuple[str, int]]]], width: int = 420) -> str:
    """Horizontal bars: one row per label, segments (severity, n) stacked left to right."""
    label_w, count_w, row_h = 90, 50, 30
    biggest = max([sum(n for _, n in segs) for _, segs in rows] + [1])
    scale = (width - label_w - count_w) / biggest
    height = row_h * len(rows) + 6
    out = [f'<svg class="chart" role="img" width="{width}" height="{height}" viewBox="0 0 {width} {height}">']
    for i, (label, segs) in enumerate(rows):
        y = 4 + i * row_h
        out.append(f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end" class="axis">{e(label)}</text>')
        x = float(label_w)
        total = 0
        for sev, n in segs:
            if not n:
                continue
            w = max(n * scale, 2.0)
            out.append(
                f'<rect class="bar" data-severity="{e(sev)}" x="{x:.1f}" y="{y}" width="{w:.1f}" height="22" '
                f'fill="{COLORS.get(sev, "#444")}"><title>{e(label)}: {n} {e(sev)}</title></rect>'
            )
            x += w
            total += n
        out.append(f'<text x="{x + 6:.1f}" y="{y + 17}" class="count">{total}</text>')
    out.append("</svg>")
    return "".join(out)


def _category_chart(report: Report) -> str:
    rows = []
    for cat in categories(report):
        segs = [(s, sum(1 for f in report.findings if f.category == cat and f.severity == s)) for s in SEVERITIES_DESC]
        rows.append((cat, segs))
    return _bar_rows(rows)


def _severity_chart(report: Report) -> str:
    sev = severity_counts(report)
    return _bar_rows([(s, [(s, sev[s])]) for s in SEVERITIES_DESC])


def _type_chart(report: Report) -> str:
    rows = []
    for typ in TYPES:
        segs = [(s, sum(1 for f in report.findings if f.type == typ and f.severity == s)) for s in SEVERITIES_DESC]
        rows.append((typ, segs))
    return _bar_rows(rows)


def _age_days(as_of: str, oldest: str | None) -> int | None:
    try:
        return (dt.date.fromisoformat(as_of) - dt.date.fromisoformat(str(oldest)[:10])).days
    except (TypeError, ValueError):
        return None


def _retention(report: Report) -> str:
    overruns = sorted(
        (f for f in report.findings if f.type == "retention" and not retention_unchecked(f)),
        key=lambda f: (-f.count, f.source, f.container),
    )
    unchecked = [f for f in report.findings if retention_unchecked(f)]
    html = ['<section id="retention"><h2>Retention: records past their limit, per container</h2>']
    if not overruns:
        html.append('<p class="empty">No container holds records past its retention limit.</p>')
    else:
        width, label_w, row_h = 900, 300, 26
        biggest = max(f.count for f in overruns) or 1
        scale = (width - label_w - 320) / biggest
        height = row_h * len(overruns) + 6
        svg = [f'<svg id="retention-chart" class="chart" role="img" width="{width}" height="{height}" viewBox="0 0 {width} {height}">']
        for i, f in enumerate(overruns):
            y = 4 + i * row_h
            w = max(f.count * scale, 2.0)
            label = f.container if len(f.container) <= 40 else "…" + f.container[-39:]
            svg.append(f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end" class="axis">{e(label)}</text>')
            svg.append(
                f'<rect class="bar" x="{label_w}" y="{y}" width="{w:.1f}" height="18" fill="{COLORS.get(f.severity, "#444")}">'
                f"<title>{e(f.source)} · {e(f.container)}: {f.count:,} records older than {e(f.limit_days)} days</title></rect>"
            )
            svg.append(
                f'<text x="{label_w + w + 6:.1f}" y="{y + 15}" class="count">{f.count:,} past {e(f.limit_days)} d '
                f"({e(f.category)}), oldest {e(f.oldest)}</text>"
            )
        svg.append("</svg>")
        html.append("".join(svg))
        html.append(
            '<table class="plain"><thead><tr><th>source</th><th>container</th><th>timestamp field</th><th>category</th>'
            '<th class="n">limit (days)</th><th class="n">records past limit</th><th>oldest</th><th class="n">oldest age (days)</th>'
            "</tr></thead><tbody>"
        )
        for f in overruns:
            html.append(
                f"<tr><td>{e(f.source)}</td><td>{e(f.container)}</td><td>{e(f.field or '(line time)')}</td>"
                f'<td>{e(f.category)}</td><td class="n">{e(f.limit_days)}</td><td class="n">{f.count:,}</td>'
                f'<td>{e(f.oldest)}</td><td class="n">{e(_age_days(report.as_of, f.oldest))}</td></tr>'
            )
        html.append("</tbody></table>")
    if unchecked:
        html.append(f"<p>{len(unchecked)} containers hold personal data but have no usable timestamp, so their retention cannot be checked:</p><ul>")
        for f in unchecked:
            html.append(f"<li>{e(f.source)} · {e(f.container)} ({e(f.category)}, limit {e(f.limit_days)} days)</li>")
        html.append("</ul>")
    html.append("</section>")
    return "".join(html)


COLUMNS = (
    ("severity", "num"), ("type", "text"), ("category", "text"), ("source", "text"), ("container", "text"),
    ("field", "text"), ("entity", "text"), ("count", "num"), ("sample / detail", "text"), ("rule", "text"), ("id", "text"),
)


def _findings(report: Report) -> str:
    sev_options = "".join(
        f'<option value="{severity_rank(s)}">{e(s)}{" and above" if s != "critical" else ""}</option>' for s in SEVERITIES
    )
    type_options = "".join(f'<option value="{t}">{t}</option>' for t in TYPES)
    cat_options = "".join(f'<option value="{e(c)}">{e(c)}</option>' for c in categories(report))
    html = [
        '<section id="findings"><h2>Findings</h2>',
        '<div class="controls">',
        '<label>search <input id="f-q" type="search" placeholder="source, container, field, rule…"></label>',
        f'<label>severity <select id="f-sev">{sev_options}</select></label>',
        f'<label>type <select id="f-type"><option value="">all</option>{type_options}</select></label>',
        f'<label>category <select id="f-cat"><option value="">all</option>{cat_options}</select></label>',
        f'<span id="shown" aria-live="polite">{len(report.findings)} of {len(report.findings)} findings shown</span>',
        "</div>",
        '<div class="scroll"><table id="findings-table"><thead><tr>',
    ]
    for i, (name, kind) in enumerate(COLUMNS):
        html.append(
            f'<th data-col="{i}" data-type="{kind}" aria-sort="none"><button type="button">{e(name)}</button></th>'
        )
    html.append("</tr></thead><tbody>")
    fail_set = {id(f) for f in failing(report)}
    for f in sorted(report.findings, key=lambda f: (sort_key(f)[0], f.source, f.container, *sort_key(f)[1:])):
        html.append(_row(f, id(f) in fail_set))
    html.append("</tbody></table></div>")
    if not report.findings:
        html.append('<p class="empty">No findings.</p>')
    html.append("</section>")
    return "".join(html)


def _row(f: Finding, fails: bool) -> str:
    sample = display_sample(f)
    shown = f"<code>{e(sample)}</code>" if sample else e(detail(f))
    rank = severity_rank(f.severity)
    return (
        f'<tr class="{"fails" if fails else ""}" data-sev="{rank}" data-type="{e(f.type)}" data-category="{e(f.category)}">'
        f'<td data-v="{rank}"><span class="sev sev-{e(f.severity)}">{e(f.severity)}</span></td>'
        f"<td>{e(f.type)}</td><td>{e(f.category)}</td><td>{e(f.source)}</td><td>{e(f.container)}</td>"
        f"<td>{e(f.field if f.field is not None else '(line)')}</td><td>{e(f.entity or '—')}</td>"
        f'<td class="n" data-v="{f.count}">{f.count:,}</td><td>{shown}</td><td><code>{e(f.rule)}</code></td>'
        f"<td><code>{e(f.fingerprint)}</code></td></tr>"
    )


def _sources(report: Report) -> str:
    html = [
        '<section id="sources"><h2>Sources</h2><table class="plain"><thead><tr><th>source</th><th>kind</th><th>status</th>'
        '<th class="n">containers</th><th class="n">records</th><th class="n">skipped records</th><th>error</th></tr></thead><tbody>'
    ]
    for s in report.sources:
        status = f'<span class="{"bad" if s.status != "ok" else "good"}">{e(s.status)}</span>'
        html.append(
            f"<tr><td>{e(s.source)}</td><td>{e(s.kind)}</td><td>{status}{' (sampled)' if s.sampled else ''}</td>"
            f'<td class="n">{s.containers:,}</td><td class="n">{s.records:,}</td><td class="n">{s.skipped_records:,}</td>'
            f"<td>{e(s.error or '')}</td></tr>"
        )
    html.append("</tbody></table>")
    if report.notes:
        html.append("<details><summary>notes</summary><ul>")
        html.extend(f"<li>{e(n)}</li>" for n in report.notes)
        html.append("</ul></details>")
    html.append("</section>")
    return "".join(html)


STYLE = """
:root{--fg:#111827;--muted:#6b7280;--line:#e5e7eb;--bg:#fff;--alt:#f9fafb}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;padding:16px 24px;max-width:1400px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}
.meta{color:var(--muted);margin:0 0 8px}
.verdict{display:inline-block;padding:4px 10px;border-radius:4px;font-weight:600;margin:0}
.exit-0{background:#dcfce7;color:#166534}.exit-1{background:#fee2e2;color:#991b1b}.exit-2{background:#fef3c7;color:#92400e}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin-top:14px}
.card{border:1px solid var(--line);border-radius:6px;padding:8px 14px;min-width:120px}
.card .num{font-size:22px;font-weight:700}.card .lbl{color:var(--muted);font-size:12px}
.card.fail .num,.card.hot .num{color:#991b1b}.card.warm .num{color:#dc2626}
.charts{display:flex;flex-wrap:wrap;gap:24px}figure{margin:0}figcaption{color:var(--muted);font-size:12px}
svg.chart text{font-size:12px;fill:var(--fg)}svg.chart text.count{fill:var(--muted)}
.legend .key{margin-right:12px;font-size:12px}.legend i{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
td{overflow-wrap:break-word}
#findings-table td:nth-child(-n+3),#findings-table td:nth-child(8){white-space:nowrap}
#findings-table td:nth-child(11) code{font-size:11px;color:var(--muted)}
#findings-table td code{overflow-wrap:anywhere}
#findings-table th{white-space:nowrap}
.scroll{overflow-x:auto}
tbody tr:nth-child(even){background:var(--alt)}
th button{all:unset;cursor:pointer;font-weight:600}
th[aria-sort=ascending] button::after{content:" \\25B2"}th[aria-sort=descending] button::after{content:" \\25BC"}
.n{text-align:right;white-space:nowrap}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace}
.sev{display:inline-block;padding:0 6px;border-radius:3px;color:#fff;font-size:12px}
.sev-critical{background:#991b1b}.sev-high{background:#dc2626}.sev-medium{background:#d97706}.sev-low{background:#0284c7}.sev-info{background:#6b7280}
tr.fails td:first-child{box-shadow:inset 3px 0 #991b1b}
.controls{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin-bottom:8px}
.controls input,.controls select{font:inherit;padding:2px 4px}
#shown{color:var(--muted)}
.good{color:#166534}.bad{color:#991b1b;font-weight:600}.empty{color:var(--muted)}
"""

# Filters and sorting work on the rendered rows; the URL fragment (#q=…&sev=…&type=…
# &cat=…&sort=COLUMN&dir=asc|desc) opens the page with a view already applied.
SCRIPT = """
(function () {
  var table = document.getElementById("findings-table");
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  rows.forEach(function (r, i) { r.dataset.i = i; });
  var q = document.getElementById("f-q"), sev = document.getElementById("f-sev");
  var typ = document.getElementById("f-type"), cat = document.getElementById("f-cat");
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var sortCol = -1, sortDir = 1;

  function cellValue(row, col, numeric) {
    var td = row.cells[col];
    if (numeric) { return parseFloat(td.getAttribute("data-v")) || 0; }
    return td.textContent.toLowerCase();
  }
  function sortBy(col, dir) {
    var numeric = heads[col].getAttribute("data-type") === "num";
    rows.sort(function (a, b) {
      var x = cellValue(a, col, numeric), y = cellValue(b, col, numeric);
      if (x < y) { return -dir; }
      if (x > y) { return dir; }
      return a.dataset.i - b.dataset.i;
    });
    rows.forEach(function (r) { tbody.appendChild(r); });
    heads.forEach(function (h, i) {
      h.setAttribute("aria-sort", i === col ? (dir > 0 ? "ascending" : "descending") : "none");
    });
    sortCol = col; sortDir = dir;
  }
  function apply() {
    var text = q.value.trim().toLowerCase(), min = parseInt(sev.value, 10) || 0, n = 0;
    rows.forEach(function (r) {
      var show = (!text || r.textContent.toLowerCase().indexOf(text) >= 0) &&
        parseInt(r.dataset.sev, 10) >= min &&
        (!typ.value || r.dataset.type === typ.value) &&
        (!cat.value || r.dataset.category === cat.value);
      r.hidden = !show;
      if (show) { n += 1; }
    });
    document.getElementById("shown").textContent = n + " of " + rows.length + " findings shown";
    save();
  }
  function save() {
    var p = [];
    if (q.value) { p.push("q=" + encodeURIComponent(q.value)); }
    if (sev.value !== "0") { p.push("sev=" + sev.value); }
    if (typ.value) { p.push("type=" + encodeURIComponent(typ.value)); }
    if (cat.value) { p.push("cat=" + encodeURIComponent(cat.value)); }
    if (sortCol >= 0) { p.push("sort=" + sortCol + "&dir=" + (sortDir > 0 ? "asc" : "desc")); }
    try { history.replaceState(null, "", p.length ? "#" + p.join("&") : location.pathname); } catch (err) { /* file: URLs may refuse */ }
  }
  function load() {
    var h = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (kv) {
      var i = kv.indexOf("=");
      if (i > 0) { h[kv.slice(0, i)] = decodeURIComponent(kv.slice(i + 1)); }
    });
    if (h.q) { q.value = h.q; }
    if (h.sev) { sev.value = h.sev; }
    if (h.type) { typ.value = h.type; }
    if (h.cat) { cat.value = h.cat; }
    var col = -1;
    heads.forEach(function (th, i) { if (h.sort === String(i) || h.sort === th.textContent.trim()) { col = i; } });
    if (col >= 0) { sortBy(col, h.dir === "desc" ? -1 : 1); }
  }
  heads.forEach(function (th, i) {
    th.querySelector("button").addEventListener("click", function () {
      sortBy(i, sortCol === i ? -sortDir : (th.getAttribute("data-type") === "num" ? -1 : 1));
      save();
    });
  });
  [q, sev, typ, cat].forEach(function (el) { el.addEventListener("input", apply); el.addEventListener("change", apply); });
  load();
  apply();
  document.body.setAttribute("data-ready", "1");
})();
"""
