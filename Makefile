# JDIH Desktop — the two commands of the README's Quick start:
#   make run    open the app with demo data and simulated devices
#   make test   run the whole test suite (installs the system packages the tests need)
#   make installer        dist/JDIH_Desktop_<version>_setup.exe (Windows, 64-bit), reproducibly
#   make installer-check  build, then install/self-test/uninstall it under Wine (headless)

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint bench translations resources clean-venv installer installer-check \
	installer-lock

# Build tools of the Windows installer (pynsist, uv), pinned by hash, in their own venv.
TOOLS  := build/installer-venv
TSTAMP := $(TOOLS)/.installed-stamp

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

$(TSTAMP): installer/requirements-build.txt
	@test -x $(TOOLS)/bin/python || $(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes \
		-r installer/requirements-build.txt
	@touch $(TSTAMP)

installer: $(TSTAMP)
	@sh scripts/system-deps.sh installer
	$(TOOLS)/bin/python installer/build.py

installer-check: installer
	$(TOOLS)/bin/python installer/check.py

# Re-resolve the pinned Windows requirement set after a dependency change in pyproject.toml.
installer-lock: $(TSTAMP)
	$(TOOLS)/bin/uv pip compile pyproject.toml --python-platform x86_64-pc-windows-msvc \
		--python-version 3.11 --generate-hashes -c installer/constraints-windows.txt \
		--custom-compile-command "make installer-lock" -o installer/requirements-windows.txt
