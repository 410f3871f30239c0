# Two commands: `make lab` and `make test`. Both build a local virtual
# environment (.venv) on first use and refresh it when pyproject.toml changes.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.netlib-installed
# NETLIB_DATA=/path/to/your/export make lab  analyses your own data.
export NETLIB_DATA

.PHONY: lab test test-oldest setup bench sample report clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@# privacy: JupyterLab's news plugin would fetch from the internet once accepted
	$(BIN)/jupyter labextension disable --level=sys_prefix \
		"@jupyterlab/apputils-extension:announcements" > /dev/null 2>&1
	@touch $(STAMP)

setup: $(STAMP)  ## create or refresh the virtual environment

# JupyterLab refuses to run as root (containers, some CI machines) without this flag
ROOT_FLAG := $(if $(filter 0,$(shell id -u 2>/dev/null)),--allow-root)

lab: setup  ## open the guided notebooks in JupyterLab
	$(BIN)/jupyter lab $(ROOT_FLAG) --notebook-dir=notebooks notebooks/00_start_here.ipynb

test: setup  ## run every test: unit tests, doctests and the notebooks
	$(BIN)/python -m pytest --nbval-lax

# the library tests on the oldest supported versions (ci/oldest.txt), in .venv-oldest
test-oldest:
	@test -x .venv-oldest/bin/python || $(PYTHON) -m venv .venv-oldest
	.venv-oldest/bin/python -m pip install --quiet -c ci/oldest.txt -e . pytest
	.venv-oldest/bin/python -m pytest --ignore=notebooks --ignore=tests/test_notebooks.py

bench: setup  ## print the speed and quality figures
	@for f in benchmarks/bench_*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

sample: setup  ## regenerate data/sample/ from the seeded generator
	$(BIN)/python -m netlib.sample data/sample

report: setup  ## write report.html for NETLIB_DATA (or the sample)
	$(BIN)/python -m netlib report $${NETLIB_DATA:-data/sample/linkedin_export} -o report.html

clean:
	rm -rf $(VENV) .venv-oldest build *.egg-info
