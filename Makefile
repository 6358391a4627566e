# JDIH Desktop — the two commands of the README's Quick start:
#   make run    open the app with demo data and simulated devices
#   make test   run the whole test suite (installs the system packages the tests need)

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint bench translations resources clean-venv

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	@sh scripts/system-deps.sh gui
	$(BIN)/jdih-desktop --demo

test: $(STAMP)
	@sh scripts/system-deps.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .

bench: $(STAMP)
	@sh scripts/system-deps.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run_all.py

translations: $(STAMP)
	VENV_BIN=$(BIN) sh scripts/update-translations.sh

resources: $(STAMP)
	VENV_BIN=$(BIN) sh scripts/build-resources.sh

clean-venv:
	rm -rf $(VENV)
