# The two commands of the README. Each sets up what it needs on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test setup bench clean

$(BIN)/vanban: pyproject.toml
	./scripts/system-packages.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(BIN)/vanban

setup: $(BIN)/vanban
	@./scripts/system-packages.sh

# The service on SQLite (in ./var), with the sample corpus ingested (files already stored are skipped).
run: export VANBAN_DATA_DIR := $(or $(VANBAN_DATA_DIR),var)
run: setup
	$(BIN)/vanban serve --ingest corpus/documents --ingest corpus/holdout/documents

# PostgreSQL tests run when a server answers (VANBAN_TEST_POSTGRES_URL); otherwise they skip, saying why.
test: setup
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_store.py

clean:
	rm -rf $(VENV) .pytest_cache bench/out var
