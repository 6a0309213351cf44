"""The NER model is found at start but loaded only when prose reaches it; a model that
fails to load leaves a warning and a patterns-only scan, never a crash."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
PROSE = [
    "Hi team, Margaret Oyelaran called again about her refund and wants a reply today.",
    "Please ask Tobias Lindqvist to send the signed contract before Friday afternoon.",
    "Dear support, my name is Ingrid Halvorsen and my parcel never arrived at home.",
] * 4


def _rules_with_models(tmp: Path, models: list[str]) -> Path:
    rules = tmp / "rules"
    shutil.copytree(ROOT / "rules", rules)
    det = yaml.safe_load((rules / "detection.yaml").read_text())
    det["ner"]["models"] = models
    (rules / "detection.yaml").write_text(yaml.safe_dump(det, sort_keys=False))
    return rules


def _scan(tmp: Path, target: Path, rules: Path, extra_path: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if extra_path is not None:
        env["PYTHONPATH"] = f"{extra_path}{os.pathsep}{env.get('PYTHONPATH', '')}"
    return subprocess.run(
        [sys.executable, "-m", "pii_audit", "scan", str(target), "--rules", str(rules), "--format", "json",
         "--fail-on", "never"],
        capture_output=True, text=True, env=env, timeout=300,
    )


def test_broken_model_warns_and_scans_with_patterns(tmp_path):
    pkg = tmp_path / "site" / "broken_ner_model"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("def load(**kwargs):\n    raise OSError('model files missing')\n")
    log = tmp_path / "chat.jsonl"
    log.write_text("".join(json.dumps({"body": t + " Call me at +44 20 7946 0958."}) + "\n" for t in PROSE))
    proc = _scan(tmp_path, log, _rules_with_models(tmp_path, ["broken_ner_model"]), tmp_path / "site")
    assert proc.returncode == 0, proc.stderr
    assert "broken_ner_model could not be loaded (OSError)" in proc.stderr
    assert "Traceback" not in proc.stderr
    report = json.loads(proc.stdout)
    assert {s["status"] for s in report["sources"]} == {"ok"}
    assert any(f.get("entity") == "PHONE_NUMBER" for f in report["findings"])  # the patterns still ran


def test_model_not_loaded_without_prose(tmp_path):
    """A structured export never pays for spaCy: the model package is not even imported."""
    pkg = tmp_path / "site" / "tripwire_ner_model"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("raise SystemExit('the NER model was imported')\n")
    csv = tmp_path / "customers.csv"
    csv.write_text("id,email,phone\n" + "".join(f"{i},user{i}@example.org,+1 415 555 {2600 + i:04d}\n" for i in range(40)))
    proc = _scan(tmp_path, csv, _rules_with_models(tmp_path, ["tripwire_ner_model"]), tmp_path / "site")
    assert proc.returncode == 0, proc.stderr
    assert "imported" not in proc.stderr
    assert any(f.get("entity") == "EMAIL_ADDRESS" for f in json.loads(proc.stdout)["findings"])


def test_ctrl_c_while_the_model_loads_is_a_stop_not_a_broken_model(tmp_path):
    """A Ctrl-C inside the load may come back wrapped in another exception (pydantic's schema
    builder does that): the scan stops as interrupted (exit 130) and no model warning is printed."""
    pkg = tmp_path / "site" / "interrupted_ner_model"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text(
        "import os, signal, time\n"
        "def load(**kwargs):\n"
        "    try:\n"
        "        os.kill(os.getpid(), signal.SIGINT)\n"
        "        time.sleep(5)\n"
        "    except KeyboardInterrupt:\n"
        "        raise ValueError('wrapped by a C extension')\n")
    log = tmp_path / "chat.jsonl"
    log.write_text("".join(json.dumps({"body": t}) + "\n" for t in PROSE))
    proc = _scan(tmp_path, log, _rules_with_models(tmp_path, ["interrupted_ner_model"]), tmp_path / "site")
    assert proc.returncode == 130, proc.stderr
    assert "interrupted" in proc.stderr and "could not be loaded" not in proc.stderr
    assert "Traceback" not in proc.stderr
