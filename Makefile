# The two commands of the README: `make serve` and `make test`. Both set up what they need.
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=
# pytest-xdist workers for 'make test' (tests/parallel.py); WORKERS=0 runs in one process.
WORKERS ?= 2

.PHONY: serve test lint check-format format bench bench-all bench-router clean

serve: $(STAMP)
	$(BIN)/minigate serve $(ARGS)

# Byte-code caching stays on for the suite even where the environment turns it off: each gateway
# and CLI subprocess would otherwise compile every minigate module from source again. A crashed
# worker (a segfault in native code) ends the run with its test named, not a replacement worker
# and a run that hangs to CI's limit.
test: $(STAMP) lint
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -n $(WORKERS) --max-worker-restart=0 \
	  $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

bench: $(STAMP)
	benchmarks/setup.sh
	$(BIN)/python benchmarks/local_throughput.py
	$(BIN)/python benchmarks/overhead.py
	$(BIN)/python benchmarks/cache.py
	$(BIN)/python benchmarks/ledger.py
	$(BIN)/python benchmarks/audit.py
	$(BIN)/python benchmarks/guard/detectors.py
	$(BIN)/python benchmarks/guard/pii.py
	$(BIN)/python benchmarks/guard/latency.py

# 'bench', then round two's benchmarks at the sizes their docstrings give for a reduced run
# (about an hour on 2 busy cores; the full sizes take several hours). concurrency.py compares
# with llama-server only once 'benchmarks/setup.sh --llama-server' has built it.
bench-all: bench
	PYTHONPATH=src $(BIN)/python benchmarks/ui.py --rows 20000 --loads 10
	$(BIN)/python benchmarks/hardening_probe.py --soak-s 60
	$(BIN)/python benchmarks/batch.py --lines 40 --probes 6
	$(BIN)/python benchmarks/rag.py --answers 10
	$(BIN)/python benchmarks/concurrency.py --models smollm2 --streams 1,2,4,8 --max-tokens 32 \
		--phases streams,prefix,embeddings --rss-requests 300
	benchmarks/router/setup.sh
	mkdir -p bench-results
	$(BIN)/python benchmarks/eval_routing_label.py --headlines 60 --gsm8k 12 \
		-o bench-results/eval_routing_labelled.jsonl
	$(BIN)/python benchmarks/eval_routing.py --labelled bench-results/eval_routing_labelled.jsonl

# The router experiment (~25 min on 2 cores): kept out of 'bench', which stays quick.
bench-router: $(STAMP)
	benchmarks/router/setup.sh
	$(BIN)/python benchmarks/router/experiment.py

$(STAMP): pyproject.toml scripts/bootstrap.sh
	scripts/bootstrap.sh $(VENV)
	touch $(STAMP)

clean:
	rm -rf $(VENV) .venv-bench .pytest_cache .ruff_cache .mypy_cache
