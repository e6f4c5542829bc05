# Parcours — `make run` runs every journey and writes the reports; `make test` runs the whole suite.
# Both set everything up first: virtualenv, packages, a Chromium.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.parcours-installed
WORKERS ?= 2
# make run PROFIL=2025: the sites as dated public sources describe them (docs/formateur/profils.md)
PROFIL ?= tutoriel
REPORTS ?= reports
# make shard SHARD=1/4 REPORTS=reports/part-1 [SEED=…] [RERUNS=1]; make merge PARTS="reports/part-*" REPORTS=…
SHARD ?= 1/1
SEED ?=
RERUNS ?= 0
PARTS ?= reports/part-*

.PHONY: help setup browser bytecode run test lint lint-ci lock bench bench-quick serve clean shard merge durations docs docs-captures charge endurance

help:
	@echo "make run    — set up, run every journey against the mock sites, write $(REPORTS)/"
	@echo "make test   — set up, lint, type-check, run the whole test suite"
	@echo "make bench  — harness vs bare Playwright, report overhead, two workers (bench-quick: fewer rounds)"
	@echo "make serve  — start every mock site on loopback (Ctrl-C to stop)"
	@echo "make shard SHARD=i/n REPORTS=DIR — one part of the journeys (CI); make merge PARTS='DIR…' REPORTS=DIR"
	@echo "make docs   — build the documentation site into site/ (make docs-captures: its screenshots, from a run)"
	@echo "make durations — measure every journey's time into .ci/durations.json (balances the shards)"
	@echo "make charge LEARNERS=30 — a class logging in at once on serve (page times, errors: reports/charge/)"
	@echo "make endurance RUNS=20 [ARGS='-m ants'] — the journeys RUNS times, one seed each: reports/endurance/"

setup: $(STAMP) browser

$(STAMP): pyproject.toml setup.py
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Python 3.11 ou plus est nécessaire (PYTHON=$(PYTHON))."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# compat: this checkout's root on sys.path, so steps/ and mock_sites/ import under their folder names
	# (the installed names parcours_steps, parcours_mock_sites are aliases of them: parcours/layout.py)
	$(PY) -m pip install --quiet -e '.[dev]' --config-settings editable_mode=compat
	@$(MAKE) --no-print-directory bytecode
	@touch $(STAMP)

# pytest rewrites the asserts of every package that ships a pytest plugin (Faker's among them) and of
# the step modules, and keeps the result only where bytecode may be written: write it once here, even
# under PYTHONDONTWRITEBYTECODE=1, so each run reads it instead of redoing it (about 1 s of CPU a start).
bytecode:
	@env -u PYTHONDONTWRITEBYTECODE $(PY) -m pytest --collect-only -q tests/test_journeys.py >/dev/null

# Playwright's own Chromium when it can be downloaded; else Debian's: the headless shell for headless
# runs, the full browser for --headed, and its French strings (apt-get, as root).
DEBIAN_CHROMIUM := chromium-headless-shell chromium chromium-l10n
browser: $(STAMP)
	@$(PY) -c 'from parcours.browser import playwright_chromium as p; raise SystemExit(p() is None)' 2>/dev/null || \
		dpkg -s $(DEBIAN_CHROMIUM) >/dev/null 2>&1 || \
		timeout 120 $(PY) -m playwright install chromium >/dev/null 2>&1 || \
		{ [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
		  echo "Chromium de Playwright indisponible : installation des paquets Debian $(DEBIAN_CHROMIUM)…" && \
		  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(DEBIAN_CHROMIUM) >/dev/null; }; } || true
	@$(PY) -m parcours.browser

run: setup
	$(PY) -m pytest tests/test_journeys.py -n $(WORKERS) --reports-dir=$(REPORTS) --profil=$(PROFIL) --guides-pdf --accessibilite-toutes; \
		status=$$?; echo "Rapports : $(abspath $(REPORTS))/"; exit $$status

# One part of make run, balanced on .ci/durations.json; RERUNS=1 runs a failed scenario once more
# (reported as « instable » if it then passes).
# A failed scenario's Playwright trace and video are kept in $(REPORTS)/traces/, uploaded with the part
# and linked from the merged report.
shard: setup
	$(PY) -m pytest tests/test_journeys.py -n $(WORKERS) --shard=$(SHARD) --reruns=$(RERUNS) \
		--reports-dir=$(REPORTS) --guides-pdf --accessibilite-toutes $(if $(SEED),--parcours-seed=$(SEED)) \
		--tracing=retain-on-failure --video=retain-on-failure --output=$(REPORTS)/traces \
		--alluredir=$(REPORTS)/allure-results

merge: $(STAMP)
	$(PY) -m parcours.report merge $(PARTS) -o $(REPORTS)

durations: setup
	$(PY) -m pytest tests/test_journeys.py -n $(WORKERS) --store-durations --durations-path=.ci/durations.json --reports-dir=$(REPORTS) --accessibilite-toutes

# axe-core on the @accessibilite journeys only (the default): on every page of every journey it costs
# ~12 %, which make run and make shard pay (--accessibilite-toutes)
# Two runs: everything but the tests that read a whole journeys run's reports, then those (apres_parcours)
# on the first run's reports folder; exit 5 is pytest's "no test selected".
# --dist loadgroup: a test module's tests on one worker, so its module fixture (a wheel, a child run of
# journeys) runs once and not once on each worker; the journeys one by one (tests/conftest.py).
test: setup lint
	$(PY) -m pytest -n $(WORKERS) --dist loadgroup --reports-dir=$(REPORTS) -m "not apres_parcours"
	PARCOURS_RAPPORTS_PARCOURS=$(abspath $(REPORTS)) $(PY) -m pytest -n $(WORKERS) --dist loadgroup \
		--reports-dir=$(REPORTS)/apres-parcours -m apres_parcours || [ $$? = 5 ]

# mypy reads steps/ and mock_sites/ under their installed names (parcours_steps, parcours_mock_sites)
ALIASES := $(VENV)/noms-installes
$(ALIASES): $(STAMP)
	mkdir -p $(ALIASES)
	ln -sfn ../../steps $(ALIASES)/parcours_steps
	ln -sfn ../../mock_sites $(ALIASES)/parcours_mock_sites

lint: $(STAMP) $(ALIASES)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(MAKE) --no-print-directory lint-ci
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict --quiet --site-dir site

# Every dependency pinned (dev included) in requirements.lock, from pyproject.toml's ranges.
lock: $(STAMP)
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev --python-version 3.11 -q -o requirements.lock

# Both CI templates against their published schemas (check-jsonschema's vendored copies, no network).
lint-ci: $(STAMP)
	$(VENV)/bin/check-jsonschema --builtin-schema vendor.github-workflows .ci/github-actions.yml
	$(VENV)/bin/check-jsonschema --builtin-schema vendor.gitlab-ci .ci/gitlab-ci.yml

docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict --site-dir site

# runs a journey with the harness and copies chosen step screenshots into docs/images/
docs-captures: setup
	$(PY) docs/captures.py

bench: setup bytecode
	$(PY) benchmarks/login_benchmark.py

bench-quick: setup bytecode
	$(PY) benchmarks/login_benchmark.py --rounds 2 --suite-rounds 1 --suite bench_franceconnect

serve: $(STAMP)
	$(PY) -m mock_sites serve

clean:
	rm -rf $(VENV) $(REPORTS) test-results site

# make charge LEARNERS=30: a class of LEARNERS logging in at once on serve's production server (docs/reference/charge.md)
LEARNERS ?= 30
charge: $(STAMP)
	$(PY) -m benchmarks.charge --apprenants $(LEARNERS)

# make endurance RUNS=20 [ARGS="-m ants"]: the journeys RUNS times, one seed each; the table of every
# scenario that failed at least once, with its seeds, in reports/endurance/ (docs/reference/charge.md)
RUNS ?= 20
ARGS ?=
endurance: setup
	$(PY) -m benchmarks.endurance --runs $(RUNS) --workers $(WORKERS) -- $(ARGS)
