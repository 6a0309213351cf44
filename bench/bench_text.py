"""Free-text message logs (JSON lines): pii-audit with NER vs Presidio's BatchAnalyzerEngine
on the same spaCy model, with accuracy (F2) beside speed.

    python bench/bench_text.py [--messages 20000] [--workers 1,2] [--split final]
The texts and their labelled spans are a split of the detection benchmark
(bench/accuracy_data.py; by default `blind`, the one no rule was tuned on), scored with its rules (bench/accuracy.py: IoU >= 0.5, same
entity or a granted equivalence). Presidio's model load is not timed; pii-audit's is.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import score_spans, summarise  # noqa: E402
from accuracy_data import free_text  # noqa: E402
from common import BIN, log, pii_audit, run_cmd  # noqa: E402

DATA = Path(__file__).resolve().parent / ".data"


def write_log(path: Path, texts) -> None:
    start = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    with path.open("w", encoding="utf-8") as fh:
        for i, t in enumerate(texts):
            ts = (start + dt.timedelta(seconds=37 * i)).isoformat().replace("+00:00", "Z")
            fh.write(json.dumps({"ts": ts, "channel": "sms", "direction": "inbound", "body": t.text}) + "\n")


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=20_000)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--split", default="blind")
    ap.add_argument("--presidio-messages", type=int, default=20_000,
                    help="Presidio reads the first N messages (its rate is per message; 200 MB would take hours)")
    args = ap.parse_args(argv)
    DATA.mkdir(exist_ok=True)
    texts = free_text(args.split, args.messages)
    truth = [t.spans for t in texts]
    path = DATA / f"messages_{args.messages}.jsonl"
    write_log(path, texts)
    res: dict = {"split": args.split, "messages": len(texts), "bytes": path.stat().st_size, "pii_audit": {}}

    for w in [int(x) for x in args.workers.split(",")]:
        log(f"pii-audit (NER) --workers {w} ...")
        occ = DATA / f"text_occ_w{w}.jsonl"
        run = run_cmd(pii_audit(str(path), "--workers", str(w), "--occurrences", str(occ), "--output", str(DATA / f"text_report_w{w}.json")))
        if run.rc not in (0, 1):
            raise SystemExit(f"pii-audit failed (rc {run.rc}): {run.stderr}")
        preds: list[list[tuple[int, int, str]]] = [[] for _ in texts]
        for line in occ.read_text().splitlines():
            o = json.loads(line)
            if o["field"] == "body":
                preds[o["record"] - 1].append((o["start"], o["end"], o["entity"]))
        r = run.as_dict()
        r["messages_per_s"] = round(len(texts) / run.seconds, 1)
        r["accuracy"] = summarise(score_spans(truth, preds))["overall"]
        res["pii_audit"][f"workers_{w}"] = r

    # start-up (imports, rules, spaCy model) measured alone on a one-line log
    one = DATA / "one_message.jsonl"
    write_log(one, texts[:1])
    start = run_cmd(pii_audit(str(one), "--workers", "1", "--output", str(DATA / "text_report_one.json")))
    res["pii_audit_startup"] = {"seconds": round(start.seconds, 2), "cpu_seconds": round(start.cpu_seconds, 2)}

    log("presidio BatchAnalyzerEngine ...")
    src, out = DATA / "presidio_texts.json", DATA / "presidio_texts_out.json"
    ptexts = texts[: args.presidio_messages]
    src.write_text(json.dumps([t.text for t in ptexts]))
    prun = run_cmd([str(BIN / "python"), str(Path(__file__).parent / "presidio_run.py"), "batch", str(src), str(out)])
    if prun.rc != 0:
        raise SystemExit(f"presidio failed: {prun.stderr}")
    p = json.loads(out.read_text())
    pres = {k: v for k, v in prun.as_dict().items() if k != "seconds"}
    pres["messages"] = len(ptexts)
    pres["analyze_seconds"] = round(p["seconds"], 2)
    pres["messages_per_s"] = round(len(ptexts) / p["seconds"], 1)
    for thr in (0.0, 0.5):
        preds = [[(s, e, ent) for s, e, ent, score in spans if score >= thr] for spans in p["spans"]]
        pres[f"accuracy_threshold_{thr}"] = summarise(score_spans(truth[: len(ptexts)], preds))["overall"]
    res["presidio_batch"] = pres
    per_msg = p["seconds"] / len(ptexts)  # Presidio's time for the whole file, at its measured rate
    for r in res["pii_audit"].values():
        r["speedup_vs_presidio_batch"] = round(per_msg * len(texts) / r["seconds"], 2)
        r["speedup_excluding_startup"] = round(per_msg * len(texts) / max(r["seconds"] - start.seconds, 1e-3), 2)
    pa = res["pii_audit"]
    if "workers_1" in pa and "workers_2" in pa:
        res["workers_2_vs_1"] = round(pa["workers_1"]["seconds"] / pa["workers_2"]["seconds"], 3)
        res["same_occurrences_1_vs_2"] = (DATA / "text_occ_w1.jsonl").read_bytes() == (DATA / "text_occ_w2.jsonl").read_bytes()
    return res


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
