"""Plain Presidio, run in its own process so its time and memory are measured alone.

    presidio_run.py cells  CELLS.json OUT.json   # AnalyzerEngine.analyze, one call per cell
    presidio_run.py batch  TEXTS.json OUT.json   # BatchAnalyzerEngine over a list of texts
Model loading is excluded from the timed part (it is included for pii-audit).
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import offline_presidio  # noqa: E402


def main() -> None:
    mode, src, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    texts = json.loads(src.read_text())
    engine = offline_presidio()
    engine.analyze(text="warm up John Smith +1 212 874 1234", language="en")
    t0 = time.perf_counter()
    if mode == "cells":
        results = [[(r.start, r.end, r.entity_type, r.score) for r in engine.analyze(text=t, language="en")] for t in texts]
    else:
        from presidio_analyzer import BatchAnalyzerEngine

        batch = BatchAnalyzerEngine(analyzer_engine=engine)
        results = [[(r.start, r.end, r.entity_type, r.score) for r in rs] for rs in batch.analyze_iterator(texts, language="en", batch_size=256)]
    seconds = time.perf_counter() - t0
    out.write_text(json.dumps({"seconds": seconds, "n": len(texts), "spans": results}))


if __name__ == "__main__":
    main()
