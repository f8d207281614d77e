# Đôn Đốc: `make run` to try it, `make test` to check it. Both set up everything first.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | sha1sum | cut -c1-12)
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test setup install messages lint bench import-eval clean

$(BIN)/python:
	$(PY) -m venv $(VENV)

$(STAMP): requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --disable-pip-version-check -q --upgrade pip
	$(BIN)/python -m pip install --disable-pip-version-check -q -r requirements-dev.txt
	rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP)

# Compiled catalogues are committed; recompile when gettext is on the machine.
messages: install
	@if command -v msgfmt >/dev/null; then $(MANAGE) compilemessages -v0 --ignore=.venv; fi

setup: install messages
	$(MANAGE) migrate --noinput -v0

run: setup
	$(MANAGE) seed_demo
	@echo "Serving on http://$(HOST):$(PORT)/ (Ctrl-C stops)"
	@# The escalation sweep runs every minute beside the server and stops with it.
	$(MANAGE) escalate --every 60 > escalate.log 2>&1 & sweeper=$$!; \
	trap 'kill $$sweeper 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver $(HOST):$(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MANAGE) makemigrations --check --dry-run -v1

# Two workers (pytest-xdist), whole files each, in collection order (browser tests last: their
# session-wide Playwright loop would break async tests after them). TEST_WORKERS=0: one process.
TEST_WORKERS ?= 2
test: install messages lint
	$(BIN)/python -m pytest $(if $(filter-out 0,$(TEST_WORKERS)),-n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder) $(PYTEST_ARGS)

# Every bench/bench_*.py; one table, bench/results.json. QUICK=1: smaller sizes, same keys.
# Needs PostgreSQL (BENCH_PG, default postgres://postgres@127.0.0.1:5432): each bench makes its database.
bench: install
	$(BIN)/python bench/run.py $(if $(QUICK),--quick)

# The importer measured on the corpus (tests/importing/corpus/): recall, precision, lead, due. DOC=name: one.
import-eval: install
	$(MANAGE) import_eval $(if $(SET),--set $(SET)) $(if $(DOC),--doc $(DOC))

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache
