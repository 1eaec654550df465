# Set-up and everyday commands. Everything lives in a local virtual environment
# (.venv), so a fresh machine needs only Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(patsubst resources/translations/%.ts,ftbt_desktop/i18n/%.qm,$(TS))

.PHONY: setup run test lint format translations bench soak clean

setup: $(STAMP) $(QM)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

ftbt_desktop/i18n/%.qm: resources/translations/%.ts $(STAMP)
	@mkdir -p ftbt_desktop/i18n
	$(BIN)/pyside6-lrelease -silent $< -qm $@

run: setup
	$(BIN)/ftbt-desktop $(ARGS)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: setup lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# Refresh the .ts sources from the code (then translate the new entries).
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(git ls-files 'ftbt_desktop/*.py') -ts $(TS) -no-obsolete

bench: setup
	$(BIN)/python bench/vault_bench.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/map_bench.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/plan_bench.py
	$(BIN)/python bench/report_bench.py
	$(BIN)/python bench/sync_bench.py
	$(BIN)/python bench/login_bench.py --backend both

# Long fuzz and soak runs, kept out of `make test`. The sync soak runs the
# server under load for 10 minutes per backend and reports whether its memory is flat.
soak: setup
	QT_QPA_PLATFORM=offscreen FTBT_SOAK=1 $(BIN)/python -m pytest -q -m slow tests
	$(BIN)/python bench/sync_bench.py --soak-only --soak-minutes 10

clean:
	rm -rf $(VENV) ftbt_desktop/i18n/*.qm
