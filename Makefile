# Set-up and everyday commands. Everything lives in a local virtual environment
# (.venv), so a fresh machine needs only Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)

.PHONY: setup run test lint format translations bench bench-scale soak clean bundle bundle-test

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,server]'
	touch $(STAMP)

run: setup
	$(BIN)/ftbt-desktop $(ARGS)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Four workers (pytest-xdist) even on two cores: most tests wait on a server
# process, a PDF or the disk rather than compute (README, "Set up, run and test").
test: setup lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n 4

# Refresh the .ts sources from the code, then the committed .qm files from the .ts
# (translate the new entries, then run it again; tests/test_translation_files.py
# fails when a .qm no longer matches its .ts).
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(git ls-files 'ftbt_desktop/*.py') -ts $(TS) -no-obsolete
	@for ts in $(TS); do \
		$(BIN)/pyside6-lrelease -silent $$ts -qm ftbt_desktop/i18n/$$(basename $$ts .ts).qm; \
	done

bench: setup
	$(BIN)/python bench/vault_bench.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/map_bench.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/plan_bench.py
	$(BIN)/python bench/report_bench.py
	$(BIN)/python bench/import_bench.py
	$(BIN)/python bench/sync_bench.py
	$(BIN)/python bench/login_bench.py --backend both

# Sync at a municipality's scale (issue 19): a million-change initial sync and 200
# laptops on two server processes, on the PostgreSQL at FTBT_TEST_POSTGRES_URL.
bench-scale: setup
	$(BIN)/python bench/sync_scale.py --million --laptops 200 --minutes 1

# Long fuzz and soak runs, kept out of `make test`. The sync soak runs the
# server under load for 10 minutes per backend and reports whether its memory is flat,
# then 200 laptops for 10 minutes on two server processes.
soak: setup
	QT_QPA_PLATFORM=offscreen FTBT_SOAK=1 $(BIN)/python -m pytest -q -m slow tests
	$(BIN)/python bench/sync_bench.py --soak-only --soak-minutes 10
	$(BIN)/python bench/sync_scale.py --laptops 200 --minutes 10

# The one-folder PyInstaller bundle dist/FTBTDesktop (docs/bundle.md), and its smoke
# test, which builds it first when it is missing.
bundle: setup
	$(BIN)/python tools/build_bundle.py

bundle-test: setup
	@test -x dist/FTBTDesktop/ftbt-desktop || $(MAKE) bundle
	$(BIN)/python tools/bundle_smoke.py dist/FTBTDesktop

clean:
	rm -rf $(VENV) build dist
