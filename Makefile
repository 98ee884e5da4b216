# make run: set up, load the seed article and serve on http://127.0.0.1:8000/admin/
# make test: the test suite; make lint: ruff; make fixtures: regenerate fixtures/seed_article.json
# make bench: API against raw SQL on 1,000,000 facts, a worker's memory during full exports of
# them, a gunicorn load test, the admin's fact list, extraction beside quantulum3 and bulk ingest
# (bench/README.md)

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.requirements.stamp

.PHONY: install run test lint fixtures serve bench

$(PY):
	$(PYTHON) -m venv $(VENV)

# Re-installs only when requirements.txt changes.
$(STAMP): requirements.txt | $(PY)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.txt
	touch $@

install: $(STAMP)

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py ingest seeds/
	$(PY) manage.py ensure_admin
	$(PY) manage.py runserver 127.0.0.1:8000

test: install
	$(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check .

# Built in a throwaway SQLite database, so the development database is never touched.
fixtures: install
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	export DATABASE_URL="sqlite:///$$tmp/fixtures.sqlite3" && \
	$(PY) manage.py migrate --noinput -v0 && \
	$(PY) manage.py ingest seeds/ && \
	$(PY) manage.py dumpdata statsapp.document statsapp.fact --indent 2 -o fixtures/seed_article.json

# Production: DEBUG off, static files collected and served by whitenoise, gunicorn (gunicorn.conf.py).
# Needs SECRET_KEY and ALLOWED_HOSTS in the environment. Any deployment check warning stops it.
serve: install
	DEBUG=0 $(PY) manage.py check --deploy --fail-level WARNING
	DEBUG=0 $(PY) manage.py collectstatic --noinput -v0
	DEBUG=0 $(PY) manage.py migrate --noinput
	DEBUG=0 $(VENV)/bin/gunicorn project.wsgi

# Benchmarks, not tests: 1,000,000 facts loaded once into bench/out/bench.sqlite3 (about a minute),
# the API against raw SQL, then gunicorn under 20 clients on a fresh database. On PostgreSQL:
# make bench BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench BENCH_LOAD_DB=postgres
BENCH_FACTS ?= 1000000
BENCH_DATABASE_URL ?= sqlite:///$(CURDIR)/bench/out/bench.sqlite3
BENCH_LOAD_DB ?= sqlite

bench: install
	DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) -m bench.load_facts --facts $(BENCH_FACTS)
	DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) -m bench.api_latency
	DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) -m bench.export_memory --facts $(BENCH_FACTS)
	$(PY) -m bench.load_test --db $(BENCH_LOAD_DB)
	$(PY) -m bench.admin_changelist
	$(PY) bench/extraction_speed.py
	$(PY) bench/ingest_speed.py
