"""``ums-ha diagram``: site topologies as Mermaid, Graphviz DOT or SVG (rendered by Graphviz as WebAssembly)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from ums_ha.diagram.graphviz import GraphvizError, render_with_graphviz
from ums_ha.diagram.topology import NodeKind, SiteTopology

__all__ = ["FORMATS", "GraphvizError", "render", "render_dot", "render_mermaid", "render_svg"]

FORMATS: Final = ("mermaid", "dot", "svg")

_MERMAID_SHAPES: Final = {
    NodeKind.CLIENTS: ('(["', '"])'),
    NodeKind.DNS: ('{{"', '"}}'),
    NodeKind.VSERVER: ('["', '"]'),
    NodeKind.SERVICE_GROUP: ('[["', '"]]'),
    NodeKind.SERVER: ('["', '"]'),
    NodeKind.DATABASE: ('[("', '")]'),
}
_DOT_SHAPES: Final = {
    NodeKind.CLIENTS: "ellipse",
    NodeKind.DNS: "hexagon",
    NodeKind.VSERVER: "box",
    NodeKind.SERVICE_GROUP: "box3d",
    NodeKind.SERVER: "box",
    NodeKind.DATABASE: "cylinder",
}


def _mermaid_text(text: str) -> str:
    """Text inside a quoted Mermaid label: entity codes for what would end or break it."""
    for character, code in (("#", "#35;"), ('"', "#quot;"), ("<", "#lt;"), (">", "#gt;")):
        text = text.replace(character, code)
    return text


def render_mermaid(topologies: Sequence[SiteTopology]) -> str:
    """A Mermaid flowchart, one subgraph per site (GitHub renders it in Markdown)."""
    lines = ["flowchart LR"]
    for topology in topologies:
        lines.append(f'  subgraph {topology.id}["{_mermaid_text(topology.title)}"]')
        for node in topology.nodes:
            opening, closing = _MERMAID_SHAPES[node.kind]
            label = "<br/>".join(_mermaid_text(line) for line in node.lines)
            lines.append(f"    {node.id}{opening}{label}{closing}")
        lines.append("  end")
    for topology in topologies:
        for edge in topology.edges:
            label = f'|"{_mermaid_text(edge.label)}"|' if edge.label else ""
            lines.append(f"  {edge.source} -->{label} {edge.target}")
    return "\n".join(lines) + "\n"


def _dot_string(*lines: str) -> str:
    """A quoted DOT string; ``\\n`` between lines is Graphviz's line break."""
    return '"' + "\\n".join(line.replace("\\", "\\\\").replace('"', '\\"') for line in lines) + '"'


def render_dot(topologies: Sequence[SiteTopology]) -> str:
    """A Graphviz digraph, one cluster per site."""
    lines = [
        "digraph ums_ha {",
        "  rankdir=LR;",
        '  node [fontname="Helvetica", fontsize=10];',
        '  edge [fontname="Helvetica", fontsize=9];',
    ]
    for topology in topologies:
        lines.append(f"  subgraph cluster_{topology.id} {{")
        lines.append(f"    label={_dot_string(topology.title)};")
        for node in topology.nodes:
            lines.append(f"    {node.id} [label={_dot_string(*node.lines)}, shape={_DOT_SHAPES[node.kind]}];")
        lines.append("  }")
    for topology in topologies:
        for edge in topology.edges:
            attributes = f" [label={_dot_string(edge.label)}]" if edge.label else ""
            lines.append(f"  {edge.source} -> {edge.target}{attributes};")
    lines.append("}")
    return "\n".join(lines) + "\n"


def render_svg(topologies: Sequence[SiteTopology]) -> str:
    """The DOT drawing laid out and rendered by Graphviz (WebAssembly, :mod:`ums_ha.diagram.graphviz`)."""
    return render_with_graphviz(render_dot(topologies), "svg")


def render(topologies: Sequence[SiteTopology], diagram_format: str) -> str:
    renderers = {"mermaid": render_mermaid, "dot": render_dot, "svg": render_svg}
    return renderers[diagram_format](topologies)
