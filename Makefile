# Two commands do all the set-up: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8501
PIP_FLAGS ?= --quiet --disable-pip-version-check

.PHONY: run test test-fast test-browser validate changelog browser screenshots bench load clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.app-installed: requirements.txt | $(VENV)/bin/python
	$(PY) -m pip install $(PIP_FLAGS) -r requirements.txt
	touch $@

$(VENV)/.test-installed: requirements-test.txt $(VENV)/.app-installed
	$(PY) -m pip install $(PIP_FLAGS) -r requirements-test.txt
	touch $@

## Start the app on http://localhost:$(PORT)
run: $(VENV)/.app-installed
	$(PY) -m streamlit run app.py --server.port $(PORT)

## Every test: unit, AppTest and real-browser layers
test: $(VENV)/.test-installed browser
	$(PY) -m pytest

## The fast layers only (no browser)
test-fast: $(VENV)/.test-installed
	$(PY) -m pytest -m "not browser"

## The browser layer only
test-browser: $(VENV)/.test-installed browser
	$(PY) -m pytest -m browser

## Check the dataset folder (DATA=path to check another)
validate: $(VENV)/.app-installed
	$(PY) -m tracker.validate $(DATA)

## Record what this release changed against the data folder at a git revision: make changelog OLD=<revision>
changelog: $(VENV)/.app-installed
	@test -n "$(OLD)" || { echo "usage: make changelog OLD=<git revision>"; exit 2; }
	@tmp=$$(mktemp -d) && git archive "$(OLD)" data | tar -x -C "$$tmp" && \
	$(PY) -m tracker.changelog "$$tmp/data" data; status=$$?; rm -rf "$$tmp"; exit $$status

## Chromium for the browser tests: Debian's package, or Playwright's build where apt is not usable
browser: $(VENV)/.test-installed
	@PY=$(PY) sh scripts/ensure-browser.sh

## Performance benchmark: prints a table and writes it into README.md (takes several minutes)
bench: $(VENV)/.test-installed browser
	$(PY) -m bench.run

## Many users: 20 concurrent browser sessions for 60 s on loopback; writes its figures into README.md
load: $(VENV)/.test-installed browser
	$(PY) -m bench.load

## Screenshots of every page at projector and laptop sizes (app must be running on PORT)
screenshots: $(VENV)/.test-installed browser
	$(PY) -m scripts.screenshots http://127.0.0.1:$(PORT) artifacts/screenshots

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis artifacts
