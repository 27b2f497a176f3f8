"""``ums-ha diagram``: a site as nodes and edges, drawn as Mermaid, DOT or SVG (Graphviz as WebAssembly)."""
