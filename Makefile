# Two commands a user needs: `make run` and `make test`. Each prepares what it needs first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test test-pg translations screenshots lint format syslibs syslibs-gui demo clean bench

run: $(STAMP) syslibs-gui translations
	$(BIN)/zhaoshang $(ARGS)

# The data-layer and report tests run a second time on a throw-away PostgreSQL server (started
# by tools/with-postgres.sh, which says so plainly when it cannot and then skips that run).
PG_TESTS := tests/test_trips.py tests/test_projects.py tests/test_enterprises.py \
	tests/test_compliance.py tests/test_report.py tests/test_values.py tests/test_ledger.py \
	tests/test_ledger_city.py tests/test_locks.py tests/test_audit_trash.py tests/test_users.py \
	tests/test_demo.py tests/test_validation_fuzz.py tests/test_concurrency.py tests/test_server.py \
	tests/test_paged_lists.py tests/test_tally.py tests/test_audit_chain.py tests/test_hostile_input.py \
	tests/test_one_figure.py

test: $(STAMP) syslibs translations
	$(BIN)/ruff check --no-cache .
	$(BIN)/ruff format --check --no-cache .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)
	QT_QPA_PLATFORM=offscreen sh tools/with-postgres.sh $(BIN)/python -m pytest --engine postgresql $(PG_TESTS) $(PYTEST_ARGS)

# Only the PostgreSQL run.
test-pg: $(STAMP) syslibs
	QT_QPA_PLATFORM=offscreen sh tools/with-postgres.sh $(BIN)/python -m pytest --engine postgresql $(PG_TESTS) $(PYTEST_ARGS)

# The virtual environment is rebuilt only when the dependency files change.
$(STAMP): setup.cfg pyproject.toml constraints.txt
	@sh tools/check-python.sh $(PYTHON)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	touch $@

# The English interface: resources/translations/*.ts (kept in step by tools/translations.py update)
# compiled by Qt's lrelease into the .qm files the program loads.
QM := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))
translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# The manual's pictures (docs/images/), taken offscreen from the demo data; run after UI changes.
screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py docs/images/zh
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py docs/images/en --lang en

# Debian libraries Qt loads even offscreen; installed when missing and we are root.
syslibs:
	@sh tools/ensure-syslibs.sh core

# Plus the X11 libraries a real window needs.
syslibs-gui:
	@sh tools/ensure-syslibs.sh gui

lint: $(STAMP)
	$(BIN)/ruff check --no-cache .
	$(BIN)/ruff format --check --no-cache .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

demo: $(STAMP)
	$(BIN)/zhaoshang demo $(ARGS)

clean:
	rm -rf $(VENV) build *.egg-info .ruff_cache

# Report benchmark on a synthetic city database (built once, cached in bench/data/).
bench: $(STAMP)
	$(BIN)/python bench/bench_report.py $(ARGS)
	$(BIN)/python bench/bench_import.py
	$(BIN)/python bench/bench_gui.py
	$(BIN)/python bench/bench_sync.py
	@# One table of every figure: the report run rewrote results.md, the others are added to it.
	{ echo; cat bench/import_results.md; echo; cat bench/gui_results.md; echo; \
	  cat bench/sync_results.md; } >> bench/results.md

# Re-render the application icon's PNG and ICO files after editing resources/icons/zhaoshang.svg.
.PHONY: icons
icons: $(STAMP)
	$(BIN)/python packaging/make_icons.py

# A one-folder bundle that runs without Python (PyInstaller, packaging/zhaoshang.spec), packed as
# dist/zhaoshang-desk-VERSION-PLATFORM.tar.gz (.zip on Windows), then smoke-tested from the
# archive. PyInstaller is installed here only (setup.cfg extra `dist`), not for run or test.
# On Windows (make and sh from Git for Windows or MSYS2): `make dist PYTHON=python`.
.PHONY: dist dist-smoke
DIST_STAMP := $(VENV)/.installed-dist
ifeq ($(OS),Windows_NT)
DIST_BIN := $(VENV)/Scripts
DIST_LIBS :=
else
DIST_BIN := $(BIN)
DIST_LIBS := syslibs-gui
endif

$(DIST_STAMP): setup.cfg pyproject.toml constraints.txt
	@sh tools/check-python.sh $(PYTHON)
	test -x $(DIST_BIN)/python || $(PYTHON) -m venv $(VENV)
	$(DIST_BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dist]'
	touch $@

# The X11 libraries (syslibs-gui) must be on the build machine: the bundle carries them.
dist: $(DIST_STAMP) $(DIST_LIBS) translations
	rm -rf dist/zhaoshang build/pyinstaller
	$(DIST_BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/zhaoshang.spec
	$(DIST_BIN)/python packaging/archive.py
ifneq ($(OS),Windows_NT)
	$(MAKE) --no-print-directory dist-smoke
endif

# Unpack the archive into an empty folder and run it with an empty environment: --version, demo
# data, a quarterly report (PDF and Excel), and the window offscreen for 8 seconds.
dist-smoke:
	sh packaging/smoke.sh "$$($(DIST_BIN)/python packaging/archive.py --name)"
