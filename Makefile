# cmcert: every target installs what it needs into .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export PATH := $(abspath $(BIN)):$(PATH)
# Python keeps what it compiles (__pycache__/, ignored by git): where the environment forbids it, every
# process compiled the library and the tests again (the test suite's collection alone: 18 s instead of 12).
unexport PYTHONDONTWRITEBYTECODE

.PHONY: install demo test check lab build data lint bench bench-suite browser clean-grading hub hub-down

$(STAMP): pyproject.toml jupyter/overrides.json jupyter/jupyter_server_config.json
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
	# nbgrader's « Validate » button served by cmcert (cmcert_lib/authoring/validate_extension.py): the
	# environment's main server configuration, read after the extensions' own files.
	mkdir -p $(VENV)/etc/jupyter
	cp jupyter/jupyter_server_config.json $(VENV)/etc/jupyter/jupyter_server_config.json
	# JupyterLab opens in French (language pack + default locale).
	mkdir -p $(VENV)/share/jupyter/lab/settings
	cp jupyter/overrides.json $(VENV)/share/jupyter/lab/settings/overrides.json
	# The browser tests (tests/browser/) drive Debian's Chromium, with an emoji font for the notebooks' marks:
	# installed here when missing and run as root on apt; elsewhere nothing is done and those tests are
	# skipped, saying why.
	@if ! command -v chromium >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installation de Chromium (tests dans le navigateur)..."; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-color-emoji >/dev/null) \
		|| echo "Chromium n'a pas pu être installé : les tests dans le navigateur seront sautés."; \
	fi
	# The JupyterHub deployment (make hub, tests/browser/test_hub.py) runs trainers' grading through sudo.
	@if ! command -v sudo >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sudo >/dev/null) \
		|| echo "sudo n'a pas pu être installé : le déploiement JupyterHub sera refusé."; \
	fi
	# The PostgreSQL gradebook's tests (tests/integration/test_postgres_gradebook.py) start a throw-away
	# cluster with the server's programs: installed the same way, else those tests are skipped, saying why.
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installation de PostgreSQL (carnet de notes sur serveur)..."; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) \
		|| echo "PostgreSQL n'a pas pu être installé : les tests du carnet de notes PostgreSQL seront sautés."; \
	fi
	# Xvfb, a virtual screen: the trainer's clicks are tried in a real Chromium window (tests/browser/harness.py,
	# CMCERT_BROWSER_HEADED=1 for every test); without it those tests run headless and say so.
	@if ! command -v Xvfb >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installation de Xvfb (Chromium avec une vraie fenêtre dans les tests)..."; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb >/dev/null) \
		|| echo "Xvfb n'a pas pu être installé : les tests dans le navigateur tourneront sans fenêtre (headless)."; \
	fi
	touch $(STAMP)

# JupyterHub's proxy, from npm at the version package-lock.json records; skipped without npm (the Hub's
# tests then say why they are skipped).
PROXY := deploy/hub/node_modules/.bin/configurable-http-proxy
$(PROXY): deploy/hub/package.json deploy/hub/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		cd deploy/hub && npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.bin/configurable-http-proxy; \
	else echo "npm manque : le proxy de JupyterHub n'est pas installé (apt-get install npm)."; fi

install: $(STAMP) $(PROXY)

## The main job: the full pipeline on the demo cohort (embedded SQLite gradebook).
demo: install
	$(BIN)/cmcert demo

## The whole test suite, one pytest-xdist worker per core (pyproject.toml's addopts; `-n 0` for one process).
test: install
	$(BIN)/python -m pytest

## The fast tests an author runs while writing (no nbgrader, sandbox or demo run).
check: install
	$(BIN)/python -m pytest -m "not slow"

## JupyterLab on the course, in French, with nbgrader's formgrader for the trainer; the build first makes
## sure the release, the gradebook's record of it and the exchange exist (formgrader can release and collect).
## As root (the grading server), Jupyter refuses to start without --allow-root.
lab: install
	$(BIN)/cmcert build
	$(BIN)/jupyter lab --ServerApp.root_dir=$(CURDIR)$(if $(filter 0,$(shell id -u)), --allow-root)

## Regenerate source/ from course/ and release/ from source/.
build: install
	$(BIN)/cmcert build

## Regenerate the datasets (fixed seed).
data: install
	$(BIN)/cmcert data

## What isolating a candidate's notebook costs, then a synthetic cohort graded by cmcert and by stock
## nbgrader against the floor (figures, no assertion; BENCH_CANDIDATES=30 for a bigger cohort), then
## `cmcert rapport` on a synthetic cohort of BENCH_REPORT_CANDIDATES over the five blocs, then `cmcert demo`
## BENCH_DEMO_RUNS times on fresh copies; each prints the machine's yardstick (benchmarks/machine.py).
BENCH_CANDIDATES ?= 8
BENCH_DEMO_RUNS ?= 3
BENCH_REPORT_CANDIDATES ?= 1000
bench: install
	$(BIN)/python benchmarks/isolation.py
	$(BIN)/python benchmarks/grading.py --candidates $(BENCH_CANDIDATES)
	$(BIN)/python benchmarks/report.py --candidates $(BENCH_REPORT_CANDIDATES)
	$(BIN)/python benchmarks/demo.py --runs $(BENCH_DEMO_RUNS)

## The test suite timed as `make test` runs it (about as long): the slowest modules, what each bloc costs,
## the wall time projected to five blocs (figures, no assertion; separate from `make bench`, which it would
## double).
bench-suite: install
	$(BIN)/python benchmarks/suite.py

## A candidate's and a trainer's day in Chromium on a copy of the demo course, a screenshot a step
## (build/screenshots/), with the timings; skipped when Chromium is missing.
browser: install
	$(BIN)/python -m pytest tests/browser -v

## The course's JupyterHub on this machine (root): candidates' and trainers' accounts, the exchange,
## formgrader as a service, every bloc released; passwords in $(HUB_DIR)/identifiants.txt. Ports: HUB_PORT
## (users), +1 (proxy API), +81 (Hub), +82 (formgrader), on 127.0.0.1 (HUB_BIND=0.0.0.0 for a network).
HUB_DIR ?= /srv/cmcert-hub
HUB_PORT ?= 8000
HUB_BIND ?= 127.0.0.1
hub: install
	$(BIN)/cmcert hub up --dir $(HUB_DIR) --port $(HUB_PORT) --bind $(HUB_BIND)

## Stop the Hub and remove what `make hub` created (accounts, their homes, the deployment's folder).
hub-down: install
	$(BIN)/cmcert hub down --dir $(HUB_DIR) --purge

lint: install
	$(BIN)/ruff check cmcert_lib tests benchmarks nbgrader_config.py

## Remove what grading wrote (never the submissions' originals of a real cohort: demo only); a gradebook on
## a server (CMCERT_GRADEBOOK_URL) has its tables dropped.
clean-grading:
	rm -rf autograded/*/ feedback/*/ notes/*.csv gradebook.db submitted/demo_*
	@if [ -n "$$CMCERT_GRADEBOOK_URL" ]; then $(BIN)/cmcert postgres reset; fi
