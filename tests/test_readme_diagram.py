"""The topology diagram of the README and of the docs is the tool's current output for the bundled example."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT
from readme_diagram import DIAGRAM_FILES, committed_diagram, example_diagram
from test_diagram import parse_mermaid


@pytest.mark.parametrize("path", DIAGRAM_FILES, ids=lambda path: str(path.relative_to(ROOT)))
def test_the_diagram_is_current(path: Path) -> None:
    committed = committed_diagram(path.read_text(encoding="utf-8"))
    assert committed == example_diagram(), "the diagram changed: run make readme-diagram"


@pytest.mark.parametrize("path", DIAGRAM_FILES, ids=lambda path: str(path.relative_to(ROOT)))
def test_the_diagram_is_valid_mermaid(path: Path) -> None:
    parsed = parse_mermaid(committed_diagram(path.read_text(encoding="utf-8")))
    assert [subgraph["title"] for subgraph in parsed["subgraphs"]] == ["site prod"]
