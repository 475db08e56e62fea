# The two commands of the README: `make serve` and `make test`. Both set up what they need.
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: serve test lint check-format format bench bench-router clean

serve: $(STAMP)
	$(BIN)/minigate serve $(ARGS)

test: $(STAMP) lint
	$(BIN)/python -m pytest $(PYTEST_ARGS)

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

# The router experiment (~25 min on 2 cores): kept out of 'bench', which stays quick.
bench-router: $(STAMP)
	benchmarks/router/setup.sh
	$(BIN)/python benchmarks/router/experiment.py

$(STAMP): pyproject.toml scripts/bootstrap.sh
	scripts/bootstrap.sh $(VENV)
	touch $(STAMP)

clean:
	rm -rf $(VENV) .venv-bench .pytest_cache .ruff_cache .mypy_cache
