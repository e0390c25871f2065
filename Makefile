PY := .venv/bin/python
QUESTION ?= How many people were killed in Zhanaozen?

.PHONY: setup ask test unit lint types eval bench

setup:
	bash scripts/setup.sh

ask: setup
	$(PY) -m qa ask "$(QUESTION)"

# Unit tests (fakes, network blocked), the app's tests (one in headless chromium), then the
# integration tests on the real models.
test: setup
	bash scripts/ensure-chromium.sh
	$(PY) -m pytest -q

unit:
	$(PY) -m pytest -q -m "not integration"

lint:
	$(PY) -m ruff check src tests

types:
	$(PY) -m mypy src/qa

bench: setup
	$(PY) -m qa bench

# Regression gate (evals/baseline.json): the seed suite, then ~30-case samples of the public
# benchmarks. Full benchmark runs: `$(PY) -m qa eval --suite wikicontradict` (or ramdocs).
eval: setup
	$(PY) -m qa eval --suite seed
	$(PY) -m qa eval --suite wikicontradict --limit 30
	$(PY) -m qa eval --suite ramdocs --limit 30
