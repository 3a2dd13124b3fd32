# cmcert: every target installs what it needs into .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: install demo test check lab build data lint bench browser clean-grading

$(STAMP): pyproject.toml jupyter/overrides.json
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
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
	# Xvfb, a virtual screen: the trainer's clicks are tried in a real Chromium window (tests/browser/harness.py,
	# CMCERT_BROWSER_HEADED=1 for every test); without it those tests run headless and say so.
	@if ! command -v Xvfb >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installation de Xvfb (Chromium avec une vraie fenêtre dans les tests)..."; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb >/dev/null) \
		|| echo "Xvfb n'a pas pu être installé : les tests dans le navigateur tourneront sans fenêtre (headless)."; \
	fi
	touch $(STAMP)

install: $(STAMP)

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
## `cmcert rapport` on a synthetic cohort of BENCH_REPORT_CANDIDATES over the five blocs.
BENCH_CANDIDATES ?= 8
BENCH_REPORT_CANDIDATES ?= 1000
bench: install
	$(BIN)/python benchmarks/isolation.py
	$(BIN)/python benchmarks/grading.py --candidates $(BENCH_CANDIDATES)
	$(BIN)/python benchmarks/report.py --candidates $(BENCH_REPORT_CANDIDATES)

## A candidate's and a trainer's day in Chromium on a copy of the demo course, a screenshot a step
## (build/screenshots/), with the timings; skipped when Chromium is missing.
browser: install
	$(BIN)/python -m pytest tests/browser -v

lint: install
	$(BIN)/ruff check cmcert_lib tests benchmarks nbgrader_config.py

## Remove what grading wrote (never the submissions' originals of a real cohort: demo only).
clean-grading:
	rm -rf autograded/*/ feedback/*/ notes/*.csv gradebook.db submitted/demo_*
