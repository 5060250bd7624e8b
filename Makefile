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

# Run vanban over the sample corpus (the service comes with issue 4).
run: setup
	$(BIN)/vanban summary corpus/documents

test: setup
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python bench/bench_extract.py

clean:
	rm -rf $(VENV) .pytest_cache bench/out
