PY := .venv/bin/python
QUESTION ?= How many people were killed in Zhanaozen?

.PHONY: setup ask test unit lint types eval bench

setup:
	bash scripts/setup.sh

ask: setup
	$(PY) -m qa ask "$(QUESTION)"

# Unit tests (fakes, network blocked), then the integration tests on the real models.
test: setup
	$(PY) -m pytest -q

unit:
	$(PY) -m pytest -q -m "not integration"

lint:
	$(PY) -m ruff check src tests

types:
	$(PY) -m mypy src/qa

bench: setup
	$(PY) -m qa bench
