"""The README's topology diagram is the tool's current output for the bundled example."""

from __future__ import annotations

from conftest import ROOT
from readme_diagram import committed_diagram, example_diagram
from test_diagram import parse_mermaid


def test_the_readme_diagram_is_current() -> None:
    committed = committed_diagram((ROOT / "README.md").read_text(encoding="utf-8"))
    assert committed == example_diagram(), "the diagram changed: run make readme-diagram"


def test_the_readme_diagram_is_valid_mermaid() -> None:
    parsed = parse_mermaid(committed_diagram((ROOT / "README.md").read_text(encoding="utf-8")))
    assert [subgraph["title"] for subgraph in parsed["subgraphs"]] == ["site prod"]
