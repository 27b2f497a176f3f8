"""``ums-ha diagram``: the drawings, parsed by Mermaid's own parser and by Graphviz, show the site's topology."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from conftest import EXAMPLE, LAB_SITE, ROOT, site_text

from ums_ha.cli import main
from ums_ha.diagram import graphviz
from ums_ha.diagram.graphviz import render_with_graphviz
from ums_ha.diagram.render import render_dot, render_mermaid
from ums_ha.diagram.topology import Edge, Node, NodeKind, SiteTopology, site_topology
from ums_ha.site.reader import Site, parse_site_file
from ums_ha.toolchain.node import node_executable

DATABASE = '[sites.prod.database]\nserver = "sqlag-listener.corp.example"\nalways_on = true\n'
Edges = set[tuple[str, str, str]]


def parse_mermaid(text: str) -> dict[str, Any]:
    """Mermaid's own parser (tests/mermaid_parse.mjs): vertices, edges and subgraphs."""
    node = node_executable()
    result = subprocess.run(
        [node, str(ROOT / "tests" / "mermaid_parse.mjs")],
        input=text,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"Mermaid cannot parse the diagram: {result.stderr}"
    parsed: dict[str, Any] = json.loads(result.stdout)
    return parsed


def site_of(text: str, name: str = "prod") -> Site:
    return parse_site_file(text, Path("ums-ha.toml")).site(name)


def labels(parsed: dict[str, Any]) -> dict[str, list[str]]:
    """Vertex id -> the lines of its label."""
    return {vertex["id"]: vertex["text"].split("<br>") for vertex in parsed["vertices"]}


def vertex_of(lines_by_id: dict[str, list[str]], first_line: str) -> str:
    (found,) = [vertex for vertex, lines in lines_by_id.items() if lines[0] == first_line]
    return found


#: Who uses which of the guide's services: OS 11 devices 30001 and the firmware port; OS 12 devices and the
#: consoles 8443 (DOMAIN.md, "UMS 12 and IGEL OS 12").
USERS = {
    "devices": ["IGEL OS 11 devices"],
    "firmware": ["IGEL OS 11 devices"],
    "console": ["IGEL OS 12 devices", "UMS Console and Web App"],
}


def expected_links(site: Site, lines_by_id: dict[str, list[str]]) -> Edges:
    """The links the site implies, found by label: every client, server, port and the database."""
    present = {lines[0]: vertex for vertex, lines in lines_by_id.items()}
    clients = [f"IGEL OS {generation} devices" for generation in site.igel_os] + ["UMS Console and Web App"]
    dns = vertex_of(lines_by_id, site.dns_name)
    database = next(vertex for vertex, lines in lines_by_id.items() if "database" in lines[0].lower())
    servers = {server.name: vertex_of(lines_by_id, server.name) for server in site.ums_servers}
    port_text = f" :{site.database.spec.port}" if site.database else ""
    links = {(present[client], dns, "look up") for client in clients}
    for service in site.services:
        vserver = vertex_of(lines_by_id, f"VIP {site.netscaler.vip}:{service.port}")
        group = vertex_of(lines_by_id, f"{site.object_name_prefix}-sg-{service.name}")
        users = [client for client in USERS[service.name] if client in clients]
        links |= {(present[client], vserver, service.name) for client in users} | {(vserver, group, "")}
        links |= {(group, server, f":{service.port}") for server in servers.values()}
    links |= {(server, database, f"JDBC{port_text}") for server in servers.values()}
    return links


def test_the_example_as_mermaid_links_every_service_server_and_the_database() -> None:
    site = site_of(EXAMPLE.read_text(encoding="utf-8"))
    parsed = parse_mermaid(render_mermaid([site_topology(site)]))
    assert parsed["type"] == "flowchart-v2"
    lines_by_id = labels(parsed)
    assert lines_by_id[vertex_of(lines_by_id, "ums01")] == ["ums01", "10.20.30.11"]
    assert lines_by_id[vertex_of(lines_by_id, "ums02")] == ["ums02", "10.20.30.12"]
    assert lines_by_id[vertex_of(lines_by_id, "VIP 10.20.30.10:8443")][1] == "ums-prod-vs-console (TCP, USIP off)"
    edges = {(edge["start"], edge["end"], edge["text"]) for edge in parsed["edges"]}
    assert edges == expected_links(site, lines_by_id)
    # 3 clients look up the name; OS 11 devices use 2 vservers, OS 12 devices and the consoles 1 each.
    assert len(parsed["edges"]) == len(edges) == 3 + 4 + 3 + 3 * 2 + 2
    (subgraph,) = parsed["subgraphs"]
    assert subgraph["title"] == "site prod"
    assert set(subgraph["nodes"]) == set(lines_by_id)


def test_a_managed_database_is_named_with_its_server_port_and_role() -> None:
    site = site_of(site_text(extra=DATABASE))
    parsed = parse_mermaid(render_mermaid([site_topology(site)]))
    lines_by_id = labels(parsed)
    database = vertex_of(lines_by_id, "database rmdb, schema igelums")
    assert lines_by_id[database] == [
        "database rmdb, schema igelums",
        "availability group listener sqlag-listener.corp.example:1433",
        "created by Terraform",
    ]
    shapes = {vertex["id"]: vertex["shape"] for vertex in parsed["vertices"]}
    assert shapes[database] == "cylinder"
    edges = {(edge["start"], edge["end"], edge["text"]) for edge in parsed["edges"]}
    assert edges == expected_links(site, lines_by_id)


def test_every_site_gets_its_own_subgraph_and_ids() -> None:
    text = site_text() + LAB_SITE
    sites = parse_site_file(text, Path("ums-ha.toml")).sites
    parsed = parse_mermaid(render_mermaid([site_topology(site, index) for index, site in enumerate(sites, 1)]))
    subgraphs = {subgraph["title"]: set(subgraph["nodes"]) for subgraph in parsed["subgraphs"]}
    assert set(subgraphs) == {"site prod", "site lab"}
    assert not subgraphs["site prod"] & subgraphs["site lab"]
    lines_by_id = labels(parsed)
    assert vertex_of(lines_by_id, "labums") in subgraphs["site lab"]
    # No edge crosses from one site to the other.
    for edge in parsed["edges"]:
        assert any({edge["start"], edge["end"]} <= nodes for nodes in subgraphs.values()), edge


def test_labels_with_quotes_and_angle_brackets_survive_intact() -> None:
    node = Node("s1_odd", NodeKind.SERVER, ('say "hi" <b> #1', "x"))
    other = Node("s1_other", NodeKind.DATABASE, ("db",))
    topology = SiteTopology("s1", 'site "odd"', (node, other), (Edge(node.id, other.id, 'a "b" <c>'),))
    parsed = parse_mermaid(render_mermaid([topology]))
    assert labels(parsed)["s1_odd"] == ['say "hi" <b> #1', "x"]
    assert parsed["edges"][0]["text"] == 'a "b" <c>'
    assert parsed["subgraphs"][0]["title"] == 'site "odd"'


def graphviz_json(dot_text: str) -> tuple[dict[str, list[str]], Edges]:
    """Graphviz's own reading of a DOT file: node name -> label lines, and (tail, head, label) edges."""
    document = json.loads(render_with_graphviz(dot_text, "json"))
    nodes = [item for item in document["objects"] if "nodes" not in item]  # clusters list their nodes
    by_index = {item["_gvid"]: item["name"] for item in nodes}
    lines = {item["name"]: item["label"].split("\\n") for item in nodes}
    edges = {(by_index[edge["tail"]], by_index[edge["head"]], edge.get("label", "")) for edge in document["edges"]}
    return lines, edges


def test_the_dot_output_reads_back_in_graphviz_with_the_same_links() -> None:
    site = site_of(site_text(extra=DATABASE))
    lines_by_id, edges = graphviz_json(render_dot([site_topology(site)]))
    assert lines_by_id[vertex_of(lines_by_id, "ums02")] == ["ums02", "10.20.30.12"]
    assert edges == expected_links(site, lines_by_id)


def test_svg_is_rendered_by_graphviz_with_every_node_and_edge(tmp_path: Path) -> None:
    target = tmp_path / "site.svg"
    assert main(["diagram", "--config", str(EXAMPLE), "--format", "svg", "--output", str(target)]) == 0
    root = ElementTree.parse(target).getroot()  # noqa: S314  (Graphviz's output for our own site file)
    svg = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{svg}svg"
    groups = {
        kind: {group.findtext(f"{svg}title") for group in root.iter(f"{svg}g") if group.get("class") == kind}
        for kind in ("node", "edge")
    }
    topology = site_topology(site_of(EXAMPLE.read_text(encoding="utf-8")))
    assert groups["node"] == {node.id for node in topology.nodes}
    assert groups["edge"] == {f"{edge.source}->{edge.target}" for edge in topology.edges}
    texts = {text.text for text in root.iter(f"{svg}text")}
    assert {"ums01", "10.20.30.11", "ums02", "10.20.30.12", "VIP 10.20.30.10:30001"} <= texts


def test_svg_without_graphviz_is_a_clear_error_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The renderer as it would sit in a folder with no node_modules above it: no @viz-js/viz to load.
    script = tmp_path / "renderer" / graphviz.SCRIPT.name
    script.parent.mkdir()
    shutil.copy(graphviz.SCRIPT, script)
    monkeypatch.setattr(graphviz, "SCRIPT", script)
    target = tmp_path / "site.svg"
    assert main(["diagram", "--config", str(EXAMPLE), "--format", "svg", "--output", str(target)]) == 1
    assert "run `.venv/bin/npm ci` in the project" in capsys.readouterr().err
    assert sorted(path.name for path in tmp_path.iterdir()) == ["renderer"]


def test_site_selects_one_site_and_an_unknown_site_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "sites.toml"
    config.write_text(site_text() + LAB_SITE)
    assert main(["diagram", "--config", str(config), "--site", "lab"]) == 0
    parsed = parse_mermaid(capsys.readouterr().out)
    assert [subgraph["title"] for subgraph in parsed["subgraphs"]] == ["site lab"]
    assert main(["diagram", "--config", str(config), "--site", "qa"]) == 2
    assert "--site: no site 'qa'" in capsys.readouterr().err


def test_an_unwritable_output_exits_2_and_leaves_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "missing-dir" / "site.mmd"
    assert main(["diagram", "--config", str(EXAMPLE), "--output", str(target)]) == 2
    assert "--output" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_bad_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diagram", "--config", str(EXAMPLE), "--format", "png"]) == 2
    assert "'png'" in capsys.readouterr().err
