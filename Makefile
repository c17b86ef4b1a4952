# Two commands do all the set-up: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8501
PIP_FLAGS ?= --quiet --disable-pip-version-check
# Test processes (pytest-xdist): one per core of the CI machine; each starts its own app servers
# and browser on free ports. `make test WORKERS=0` runs in one process.
WORKERS ?= 2
PYTEST := $(PY) -m pytest -n $(WORKERS)

.PHONY: run test lint test-fast test-browser validate datapackage land changelog browser nginx screenshots bench load soak load-browser cluster clean

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

## Every test: lint, then unit, AppTest and real-browser layers (the browser layer includes nginx in front of two apps)
test: lint $(VENV)/.test-installed browser nginx
	$(PYTEST)

## Lint (ruff, settings in pyproject.toml): import order, bugbear incl. zip(strict=), complexity
lint: $(VENV)/.test-installed
	$(VENV)/bin/ruff check .

## The fast layers only (no browser)
test-fast: lint
	$(PYTEST) -m "not browser"

## The browser layer only
test-browser: $(VENV)/.test-installed browser nginx
	$(PYTEST) -m browser

## Check the dataset folder (DATA=path to check another)
validate: $(VENV)/.app-installed
	$(PY) -m tracker.curation.validate_folder $(DATA)

## Regenerate static/land.png, the partner map's sea and land
land: $(VENV)/.app-installed
	$(PY) -m scripts.land_images

## Regenerate data/datapackage.json and data/CITATION.cff from the schema and metadata.csv
datapackage: $(VENV)/.app-installed
	$(PY) -m tracker.exports.datapackage

## Record what this release changed against the data folder at a git revision: make changelog OLD=<revision>
changelog: $(VENV)/.app-installed
	@test -n "$(OLD)" || { echo "usage: make changelog OLD=<git revision>"; exit 2; }
	@tmp=$$(mktemp -d) && git archive "$(OLD)" data | tar -x -C "$$tmp" && \
	$(PY) -m tracker.curation.changelog "$$tmp/data" data; status=$$?; rm -rf "$$tmp"; exit $$status

## Chromium for the browser tests: Debian's package, or Playwright's build where apt is not usable
browser: $(VENV)/.test-installed
	@PY=$(PY) sh scripts/ensure-browser.sh

## Performance benchmark: prints a table and writes it into README.md (takes several minutes)
bench: $(VENV)/.test-installed browser
	$(PY) -m bench.run

## nginx (Debian's package) for the scale-out set-up
nginx:
	@sh scripts/ensure-nginx.sh

## Many users: protocol-level sessions in steps of 10-200 on one server, then through nginx in front of
## one and two processes; writes the tables into README.md (about 15 minutes)
load: $(VENV)/.test-installed nginx
	$(PY) -m bench.load --seconds 45 --rounds 2
	$(PY) -m bench.load --seconds 45 --cluster 1 --steps 50,100
	$(PY) -m bench.load --seconds 45 --cluster 2 --steps 50,100

## Steady load for MINUTES (default an hour) on one server: memory after every minute and its trend
MINUTES ?= 60
soak: $(VENV)/.test-installed
	$(PY) -m bench.load --soak $(MINUTES) --sessions 25

## A few real browser tabs doing the same (a smoke test, not the capacity figure)
load-browser: $(VENV)/.test-installed browser
	$(PY) -m bench.browser_load

## N app processes behind nginx on http://localhost:8080, as on N machines: make cluster N=2
N ?= 2
cluster: $(VENV)/.app-installed nginx
	$(PY) -m scripts.cluster $(N) --port 8080

## Screenshots of every page at projector and laptop sizes (app must be running on PORT)
screenshots: $(VENV)/.test-installed browser
	$(PY) -m scripts.screenshots http://127.0.0.1:$(PORT) artifacts/screenshots

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis artifacts
