# The front door. `make` sets everything up and does the main job; `make test` runs every check.
# `make help` lists the targets.

SHELL := /bin/bash
.DEFAULT_GOAL := all
.DELETE_ON_ERROR:

UV_VERSION := 0.13.8
UV         := .tools/bin/uv
PY         := .venv/bin/python
NODE_BIN   := node_modules/.bin
SPEC       := openapi/canvas-account-reports.yaml

export PATH := $(CURDIR)/.venv/bin:$(PATH)
export UV_PYTHON_DOWNLOADS := never
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

.PHONY: all help setup validate lint test clean

all: setup validate generate dist ## Set up, validate the spec, generate the client and build it (the default target)

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  %-18s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

setup: .venv/.synced node_modules/.installed ## Install pinned Python (.venv, from uv.lock) and Node (node_modules, from package-lock.json) tools

$(UV):
	python3 -m venv .tools
	.tools/bin/pip install --quiet uv==$(UV_VERSION)

.venv/.synced: pyproject.toml uv.lock $(wildcard */pyproject.toml) $(UV)
	$(UV) sync --frozen --python python3
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

validate: setup ## Validate the spec (OpenAPI 3.1), lint it (Redocly house rules), check examples and reference
	$(PY) -m openapi_spec_validator --schema 3.1 $(SPEC)
	$(NODE_BIN)/redocly lint $(SPEC) --config redocly.yaml --format stylish
	$(PY) -m pytest -q --no-header -p no:cacheprovider tests/spec

lint: setup ## Lint, format-check and type-check the hand-written Python (ruff, mypy; packages in pyproject.toml)
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/mypy

# Tests run on every core (pytest-xdist); a module's tests that share an expensive fixture stay together
# (@pytest.mark.xdist_group). `make test TEST_WORKERS=0` runs them in one process.
# The Node tests run alongside pytest (both spend much of their time waiting on servers and child
# processes); their output is printed after pytest's, and either failing fails `make test`.
TEST_WORKERS ?= auto

test: setup lint typescript-build ## Run every check: lint and types, spec, client, helpers, command, mock and contract tests, the TypeScript package's tests
	@node_log=$$(mktemp); \
	$(NODE_TESTS) >"$$node_log" 2>&1 & node_job=$$!; \
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadgroup; python_status=$$?; \
	wait $$node_job; node_status=$$?; \
	echo "--- the Node tests (make test-node), run alongside pytest ---"; cat "$$node_log"; rm -f "$$node_log"; \
	if [ $$node_status -ne 0 ]; then echo "make test: the Node tests failed (exit $$node_status)" >&2; fi; \
	[ $$python_status -eq 0 ] && [ $$node_status -eq 0 ]

clean: ## Remove installed tools and build output (keeps committed files)
	rm -rf .venv .tools node_modules dist reports build .pytest_cache .mypy_cache .ruff_cache

# --- Contract tests (schemathesis against the mock or a live Canvas; recorded traffic) ---------------
.PHONY: contract verify-recording verify-report

# `make contract` tests the mock; `make contract CANVAS_BASE_URL=https://... CANVAS_TOKEN=... CANVAS_ACCOUNT_ID=...`
# tests a live Canvas (GET only unless CONTRACT_ALLOW_WRITES=1). Knobs: CONTRACT_MAX_EXAMPLES, CONTRACT_SEED
# (fixed when CI=true), CONTRACT_RATE_LIMIT, CONTRACT_PHASES; see docs/contract-testing.md. A thin wrapper over
# the `canvas-contract` command other teams install (docs/installable-mock.md).
contract: setup ## Schemathesis contract tests against the mock Canvas (or a live one, see docs/contract-testing.md); JUnit in reports/
	@if [ -n "$$CANVAS_BASE_URL$$CANVAS_TOKEN$$CANVAS_ACCOUNT_ID" ]; then \
	  if [ -z "$$CANVAS_BASE_URL" ] || [ -z "$$CANVAS_TOKEN" ] || [ -z "$$CANVAS_ACCOUNT_ID" ]; then \
	    echo "contract: live mode needs CANVAS_BASE_URL, CANVAS_TOKEN and CANVAS_ACCOUNT_ID" >&2; exit 2; fi; \
	  .venv/bin/canvas-contract live --base-url "$$CANVAS_BASE_URL" --account "$$CANVAS_ACCOUNT_ID"; \
	else .venv/bin/canvas-contract mock; fi

verify-report: setup ## Check a report file from your Canvas against the spec: make verify-report FILE=x.zip REPORT=provisioning_csv
	@if [ -z "$(FILE)" ] || [ -z "$(REPORT)" ]; then echo "verify-report: set FILE=<csv|zip> REPORT=<report type>" >&2; exit 2; fi
	$(PY) scripts/verify_report.py "$(FILE)" "$(REPORT)"

verify-recording: setup ## Check recorded traffic against the spec: make verify-recording FILE=session.har (HAR or VCR)
	@if [ -z "$(FILE)" ]; then echo "verify-recording: set FILE=<recording.har|cassette.yml>" >&2; exit 2; fi
	.venv/bin/canvas-contract recording $(FILE)

# --- Mock Canvas (canvas-mock/mock_canvas/: stateful, driven by the spec; see docs/mock.md) ------------
.PHONY: mock bench-mock
MOCK_PORT ?= 8765

mock: setup ## Run the mock Canvas in the foreground on 127.0.0.1:$(MOCK_PORT) (MOCK_DB=file keeps state)
	.venv/bin/canvas-mock --port $(MOCK_PORT)

bench-mock: setup ## GET of one report with wrk: the mock vs prism vs a no-op ASGI app (needs wrk)
	$(PY) scripts/bench_mock.py

# --- Typed Python client (generated/ from the spec; never edit generated/ by hand) --------------------
.PHONY: generate dist typescript-build test-node bench bench-decode bench-files
GENERATED ?= generated
DIST      ?= dist
TS_PACKAGE   ?= typescript
TS_GENERATED ?= $(TS_PACKAGE)/src/generated

generate: setup ## Generate from the spec: the Python client (generated/), the helpers' catalogue files, the TypeScript types
	rm -rf $(GENERATED).tmp
	.venv/bin/openapi-python-client generate --path $(SPEC) --config generator_config.yml \
	  --custom-template-path client_templates --meta uv --output-path $(GENERATED).tmp --fail-on-warning
	rm -rf $(GENERATED) && mv $(GENERATED).tmp $(GENERATED)
	$(PY) scripts/generate_catalogue.py
	rm -rf $(TS_GENERATED).tmp && mkdir -p $(TS_GENERATED).tmp
	$(NODE_BIN)/openapi-typescript $(SPEC) --output $(TS_GENERATED).tmp/openapi.ts --redocly redocly.yaml \
	  --root-types --root-types-no-schema-prefix
	$(PY) scripts/generate_typescript.py --out $(TS_GENERATED).tmp/catalogue.ts \
	  --package-json $(TS_PACKAGE)/package.json --lock package-lock.json
	rm -rf $(TS_GENERATED) && mv $(TS_GENERATED).tmp $(TS_GENERATED)

# Each distribution's sdist and wheel; the mock's and the contract's embed the spec (tests/dist/ checks).
DISTRIBUTIONS := $(GENERATED) canvas-reports canvas-mock canvas-contract

dist: setup ## Build every distribution (client, canvas-reports, mock, contract; the TypeScript .tgz) into dist/
	rm -f $(DIST)/canvas_account_reports_client-* $(DIST)/canvas_reports-* \
	  $(DIST)/canvas_account_reports_mock-* $(DIST)/canvas_account_reports_contract-* \
	  $(DIST)/canvas-account-reports-client-*.tgz
	for dir in $(DISTRIBUTIONS); do $(UV) build --quiet --sdist --wheel --out-dir $(DIST) $$dir || exit 1; done
	$(MAKE) --no-print-directory -o setup typescript-build
	@mkdir -p $(DIST)
	cd $(TS_PACKAGE) && npm pack --silent --pack-destination $(abspath $(DIST)) >/dev/null
	@ls $(DIST)/canvas-account-reports-client-*.tgz

typescript-build: setup $(TS_PACKAGE)/dist/.built ## Compile the TypeScript package (typescript/src -> typescript/dist: ESM .js + .d.ts)

# Rebuilt only when a source changed: `make dist` and the tests call it often and tsc takes seconds.
$(TS_PACKAGE)/dist/.built: $(shell find $(TS_PACKAGE)/src -name '*.ts') $(TS_PACKAGE)/tsconfig.json $(TS_PACKAGE)/package.json
	rm -rf $(TS_PACKAGE)/dist
	$(NODE_BIN)/tsc -p $(TS_PACKAGE)/tsconfig.json
	@touch $@

NODE_TESTS = node --test $(TS_PACKAGE)/test/*.test.mjs

test-node: setup typescript-build ## The TypeScript package's tests (node --test) against the mock on 127.0.0.1
	$(NODE_TESTS)

bench-decode: setup ## Time decoding a page of 100 reports: typed client vs json.loads and vs canvasapi
	$(PY) scripts/bench_decode.py

bench-files: setup ## Time read_report and the DataFrame path on a 200,000-row users.csv (BENCH_ROWS=...)
	$(PY) scripts/bench_files.py

bench: bench-decode bench-mock bench-files ## Run the benchmarks (figures are printed, never asserted)

# --- Rendered reference (one offline HTML page from the spec; build/ is not committed) ------------------
.PHONY: docs docs-screenshot
DOCS_HTML ?= build/docs/index.html

docs: $(DOCS_HTML) ## Render the spec as one offline HTML reference page (Redocly) at build/docs/index.html

$(DOCS_HTML): $(SPEC) docs/reference-template.hbs redocly.yaml scripts/strip_reference_cdn.mjs node_modules/.installed \
  scripts/reference_spec.py canvas-contract/canvas_contract/catalogue.py .venv/.synced
	@mkdir -p $(dir $@)
	$(PY) scripts/reference_spec.py $(dir $@)openapi.json  # the spec plus the report catalogue's tag
	$(NODE_BIN)/redocly build-docs $(dir $@)openapi.json --config redocly.yaml --inlineBundle \
	  --template docs/reference-template.hbs --output $@
	node scripts/strip_reference_cdn.mjs $@

docs-screenshot: setup docs ## Re-take docs/reference.png from the rendered page (headless Chromium)
	$(PY) scripts/reference_operations.py > $(dir $(DOCS_HTML))operations.json
	node scripts/render_reference.mjs $(DOCS_HTML) --expect $(dir $(DOCS_HTML))operations.json \
	  --screenshot docs/reference.png > $(dir $(DOCS_HTML))render-report.json
	@echo "wrote docs/reference.png (what rendered: $(dir $(DOCS_HTML))render-report.json)"
