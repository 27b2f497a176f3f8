# The two commands of the README: `make synth` and `make test`.
VENV := .venv
BIN := $(VENV)/bin
# ums-ha and main.py switch off jsii's banners and checkpoint themselves; this covers the cdktf CLI (bindings).
export CHECKPOINT_DISABLE := 1

.PHONY: synth test lint bindings golden readme-diagram benchmark

$(BIN)/ums-ha: pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

node_modules/.bin/cdktf: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

## synth: set up Python and synthesize the site file (ums-ha.toml, else the bundled example) into cdktf.out/
synth: $(BIN)/ums-ha
	$(BIN)/ums-ha synth

## test: set up Python and the pinned cdktf CLI, then lint, type-check and run every test
test: $(BIN)/ums-ha node_modules/.bin/cdktf lint
	$(BIN)/pytest

lint: $(BIN)/ums-ha
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

## bindings: regenerate src/ums_ha/_generated/ (bindings, block types) from provider-schemas/
bindings: $(BIN)/ums-ha node_modules/.bin/cdktf
	$(BIN)/python scripts/generate_bindings.py
	$(BIN)/python scripts/generate_block_types.py

## golden: rewrite tests/golden/ from the bundled example, JSON and HCL (review the diff!)
golden: $(BIN)/ums-ha
	$(BIN)/python scripts/update_golden.py

## readme-diagram: rewrite the README's topology diagram from the bundled example
readme-diagram: $(BIN)/ums-ha
	$(BIN)/python scripts/update_readme_diagram.py

benchmark: $(BIN)/ums-ha
	$(BIN)/python benchmarks/synth_time.py
	$(BIN)/python benchmarks/firmware_checks.py
