"""The guided notebooks: structure (fast, no execution) and a small execution run.

The structure tests hold every notebook to the house skeleton (docs/style.md, notebook
section): committed without outputs, one ``parameters`` cell that reads ``NETLIB_DATA``,
title → Questions → Objectives → … → Exercises with hidden solutions → Key points → link to
the next notebook, short cells, no ``!pip``.

The execution tests run notebooks on inputs unlike the bundled sample: a tiny generated
archive and a bare ``Connections.csv`` (no messages), with ``NETLIB_DATA`` set in the
kernel's environment. ``pytest --nbval-lax`` (``make test``) separately executes every
notebook on the sample.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

NOTEBOOK_DIR = Path(__file__).resolve().parents[1] / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("[0-9][0-9]_*.ipynb"))
IDS = [p.stem for p in NOTEBOOKS]
MAX_CODE_LINES = 12

EXPECTED = [
    "00_start_here",
    "01_size_your_network",
    "02_categorize_your_network",
    "03_explore_clusters",
    "04_visualize_your_network",
    "05_strategy_and_pruning",
    "06_use_your_network",
]


def _read(path):
    return nbformat.read(path, as_version=4)


def _markdown(nb):
    return "\n\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


def _code_cells(nb):
    return [c for c in nb.cells if c.cell_type == "code"]


def _is_parameters(cell):
    return "parameters" in cell.get("metadata", {}).get("tags", [])


def test_the_course_is_complete():
    names = [p.stem for p in NOTEBOOKS]
    assert [n for n in EXPECTED if n not in names] == []
    assert len(set(n[:2] for n in names)) == len(names), "two notebooks share a number"
    assert not list(NOTEBOOK_DIR.glob("Untitled*.ipynb"))
    assert (NOTEBOOK_DIR / "INSTRUCTORS.md").is_file()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_committed_without_outputs(path):
    nb = _read(path)
    nbformat.validate(nb)
    dirty = [i for i, c in enumerate(nb.cells)
             if c.cell_type == "code" and (c.outputs or c.execution_count is not None)]
    assert dirty == [], f"cells {dirty} hold outputs: strip them before committing"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_one_parameters_cell_reading_netlib_data(path):
    nb = _read(path)
    tagged = [c for c in nb.cells if _is_parameters(c)]
    assert len(tagged) == 1, f"{len(tagged)} cells tagged 'parameters'"
    cell = tagged[0]
    assert cell.cell_type == "code"
    assert 'os.environ.get("NETLIB_DATA")' in cell.source
    assert re.search(r"^DATA\s*=", cell.source, re.M)
    assert re.search(r"^PSEUDONYMIZE\s*=\s*False", cell.source, re.M)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_carpentries_skeleton(path):
    nb = _read(path)
    first = nb.cells[0]
    assert first.cell_type == "markdown" and first.source.startswith("# "), "no # Title"
    text = _markdown(nb)
    order = ["**Questions**", "**Objectives**", "**Time:**", "## Exercises",
             "<details><summary>Solution</summary>", "## Key points"]
    positions = [text.find(marker) for marker in order]
    missing = [m for m, p in zip(order, positions) if p < 0]
    assert missing == [], f"missing {missing}"
    assert positions == sorted(positions), f"sections out of order: {order}"
    assert text.count("<details>") == text.count("</details>")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_links_to_the_next_notebook(path):
    text = _markdown(_read(path))
    index = NOTEBOOKS.index(path)
    target = NOTEBOOKS[index + 1] if index + 1 < len(NOTEBOOKS) else NOTEBOOKS[0]
    assert f"]({target.name})" in text, f"no Markdown link to {target.name}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_cells_are_short_and_logic_stays_in_the_library(path):
    nb = _read(path)
    for cell in _code_cells(nb):
        lines = [ln for ln in cell.source.splitlines() if ln.strip()]
        assert len(lines) <= MAX_CODE_LINES, (
            f"a {len(lines)}-line cell: move the logic into netlib\n{cell.source}")
        assert not re.search(r"^\s*[!%]\s*pip\b", cell.source, re.M), "no pip in notebooks"
        assert "import *" not in cell.source
        assert "def " not in cell.source and "class " not in cell.source, (
            "functions belong in netlib, with a test")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_every_output_is_followed_by_a_sentence(path):
    cells = _read(path).cells
    for cell, nxt in zip(cells, cells[1:] + [None]):
        if cell.cell_type != "code":
            continue
        ok = nxt is not None and (nxt.cell_type == "markdown" or _is_parameters(nxt))
        assert ok, f"no Markdown after this cell:\n{cell.source}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_privacy(path):
    code = "\n".join(c.source for c in _code_cells(_read(path)))
    assert "include_content=True" not in code, "notebooks never read message content"
    assert "data/sample" not in code, "never write into the bundled sample"
    assert not re.search(r"\b(requests|urllib|http\.client|socket)\b", code), "no network calls"


# --------------------------------------------------------------------------------------
# execution on inputs the sample does not cover

#: (input, notebook, pseudonymize): the full grid of notebooks and inputs is `make bench`
EXECUTE = [
    ("archive-40", "02_categorize_your_network", False),
    ("archive-40", "06_use_your_network", True),
    ("connections-csv", "00_start_here", False),
    ("connections-csv", "06_use_your_network", False),
]


@pytest.fixture(scope="module")
def tiny_archive(tmp_path_factory):
    import netlib

    root = tmp_path_factory.mktemp("tiny")
    made = netlib.generate_archive(root / "archive", n_connections=40, seed=1)
    archive = Path(made) if made is not None else root / "archive"
    found = sorted(archive.rglob("Connections.csv")) or sorted(archive.rglob("connections.csv"))
    assert found, f"no Connections.csv in the generated archive {archive}"
    return {"archive-40": archive, "connections-csv": found[0]}


def _execute(path, data, output, monkeypatch, pseudonymize=False):
    """Run a notebook in a fresh kernel whose environment holds NETLIB_DATA/NETLIB_OUTPUT."""
    from nbclient import NotebookClient

    monkeypatch.setenv("NETLIB_DATA", str(data))
    monkeypatch.setenv("NETLIB_OUTPUT", str(output))
    nb = _read(path)
    if pseudonymize:  # what papermill -p PSEUDONYMIZE True does: a cell after `parameters`
        at = next(i for i, c in enumerate(nb.cells) if _is_parameters(c)) + 1
        nb.cells.insert(at, nbformat.v4.new_code_cell("PSEUDONYMIZE = True"))
    nb.cells.append(nbformat.v4.new_code_cell("print(DATA)"))
    client = NotebookClient(nb, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK_DIR)}})
    client.execute()
    return nb


@pytest.mark.parametrize(
    "data_kind,name,pseudonymize", EXECUTE,
    ids=[f"{name[:2]}-{kind}{'-pseudonymized' if p else ''}" for kind, name, p in EXECUTE],
)
def test_notebook_executes_on_other_inputs(data_kind, name, pseudonymize, tiny_archive,
                                           tmp_path, monkeypatch):
    nb = _execute(NOTEBOOK_DIR / f"{name}.ipynb", tiny_archive[data_kind], tmp_path,
                  monkeypatch, pseudonymize)
    errors = [o for c in _code_cells(nb) for o in c.outputs if o.output_type == "error"]
    assert errors == []
    assert nb.cells[-1].outputs[0]["text"].strip() == str(tiny_archive[data_kind]), (
        "the notebook ignored NETLIB_DATA")
    if pseudonymize:
        import netlib

        names = netlib.load(tiny_archive[data_kind]).connections["full_name"].dropna()
        shown = "\n".join(str(o) for c in _code_cells(nb) for o in c.outputs)
        leaked = sorted(n for n in set(names) if len(n) > 3 and n in shown)
        assert leaked == [], "PSEUDONYMIZE = True still shows real names"
