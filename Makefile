# Everyday verbs. `make demo` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
export PREFECT_SERVER_ANALYTICS_ENABLED := false

.PHONY: setup demo test test-unit test-live test-cassettes test-postgres generate record check lint typecheck drift bench docs clean

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[server,dev]'
	touch $(STAMP)

demo: setup
	$(PY) examples/quickstart.py

test: setup
	$(PY) -m pytest $(PYTEST_ARGS)

test-unit: setup
	$(PY) -m pytest tests/unit $(PYTEST_ARGS)

test-live: setup
	$(PY) -m pytest tests/live $(PYTEST_ARGS)

test-cassettes: setup
	$(PY) -m pytest tests/cassettes $(PYTEST_ARGS)

# The live tier on PostgreSQL: a throwaway PostgreSQL cluster (the system's initdb/pg_ctl,
# 127.0.0.1, a free port, a temp dir; `apt-get install postgresql`) for the session, one
# database per Prefect server, plus a server with 2 worker processes. Stopped and removed
# at the end, also when tests fail.
test-postgres: setup
	PREFECT_REST_TEST_DATABASE=postgres $(PY) -m pytest tests/live $(PYTEST_ARGS)

# Refresh openapi.json from the installed server (or SPEC_URL=http://host/api/openapi.json),
# then rebuild generated/ and the sync twin of the wrapper.
generate: setup
	$(PY) generator/generate.py dump $(if $(SPEC_URL),--url $(SPEC_URL))
	$(PY) generator/generate.py build
	$(PY) generator/unasync.py build

# Re-record every cassette against a freshly started real server.
record: setup
	$(PY) tests/cassettes/record.py

check: lint typecheck drift

lint: setup
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

typecheck: setup
	$(PY) -m mypy wrapper/prefect_rest generated/prefect_api

# Regenerates from the committed openapi.json into a temp dir: no network, no server.
drift: setup
	$(PY) generator/generate.py check
	$(PY) generator/unasync.py check

# Every figure of BENCHMARKS.md in one run (~10-15 min), writing BENCHMARKS.md and
# docs/benchmarks.png. QUICK=1: smaller sizes, a check in ~2 min, written to bench/out/.
# BENCH_ARGS passes more options, e.g. BENCH_ARGS="--only calls,parse".
bench: setup
	$(PY) -m bench.run $(if $(filter 1 yes true,$(QUICK)),--quick) $(BENCH_ARGS)

# The docs site (mkdocs.yml, docs/) into site/; any warning (a broken link, a missing
# docstring target) fails it. Installs the `docs` extra on first use.
DOCS_STAMP := $(VENV)/.docs-stamp

docs: $(DOCS_STAMP)
	NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs build --strict --site-dir site

$(DOCS_STAMP): $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[server,dev,docs]'
	touch $(DOCS_STAMP)

clean:
	rm -rf $(VENV) site .pytest_cache .mypy_cache .ruff_cache
