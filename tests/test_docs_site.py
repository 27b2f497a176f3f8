"""The documentation site builds offline with no warning (broken links and anchors fail), holds every page, the
library's API reference, and a page that says where each section of the former one-page README went."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from doc_files import DOCS, ROOT
from markdown_it import MarkdownIt

#: The sections of the README before the documentation moved to docs/ (issue 28), ## and ###.
FORMER_README_SECTIONS = [
    "What it builds",
    "Quick start",
    "Your own deployment repository",
    "Deploying",
    "When a deploy is interrupted",
    "Where synthesis writes",
    "The site file: `ums-ha.toml`",
    "Backends as Terraform has them",
    "UMS 12 and IGEL OS 12",
    "Adopting a hand-built setup",
    "The DNS record (`[sites.<site>.dns]`)",
    "The UMS database (`[sites.<site>.database]`)",
    "Keeping the database",
    '`managed_by = "dba"`',
    "Always On",
    "PostgreSQL",
    "After the deploy: outputs, handover, diagram",
    "Proving the site works: `ums-ha verify`",
    "Firmware download hosts: `ums-ha firmware-hosts`",
    "Maintenance: one UMS server out of service",
    "Plan review and drift: `ums-ha review`, `ums-ha drift`",
    "HCL output and leaving CDKTF",
    "Leaving CDKTF",
    "Two runtimes: CDKTF and CDK Terrain",
    "The library",
    "Layout",
    "Benchmark",
    "NITRO reads on a shared appliance",
    "Known limits",
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site as ``make docs`` builds it, with ``--strict``: any warning fails the build."""
    out = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(ROOT / "mkdocs.yml"), "-d", out],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert [line for line in result.stderr.splitlines() if line.startswith("WARNING")] == []
    return out


def search_index(site: Path) -> dict[str, Any]:
    index: dict[str, Any] = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    return index


def locations(site: Path) -> set[str]:
    return {entry["location"] for entry in search_index(site)["docs"]}


def _nav_pages(nav: list[Any]) -> list[str]:
    pages: list[str] = []
    for item in nav:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        pages += _nav_pages(value) if isinstance(value, list) else [value]
    return pages


def test_every_page_is_in_the_navigation_and_searchable(site: Path) -> None:
    from mkdocs.config import load_config  # mkdocs's own reading of mkdocs.yml

    nav = _nav_pages(load_config(str(ROOT / "mkdocs.yml"))["nav"])
    assert sorted(nav) == sorted(str(path.relative_to(DOCS)) for path in DOCS.rglob("*.md"))
    found = locations(site)
    for page in nav:
        location = "" if page == "index.md" else page.removesuffix(".md").removesuffix("index") + "/"
        assert location.replace("//", "/") in found, page


def test_the_search_finds_the_runbooks_and_the_reference(site: Path) -> None:
    titles = {entry["title"] for entry in search_index(site)["docs"]}
    assert {
        "Runbook: first deploy of a new site",
        "Runbook: adopting a hand-built NetScaler",
        "Runbook: maintenance of one UMS server",
        "Runbook: a deploy that was interrupted",
        "Runbook: a failed firmware switch (rollback from the journal)",
        "Runbook: moving between runtimes, or off CDKTF to HCL",
        "Site-file reference",
        "Library API",
    } <= titles


@pytest.mark.parametrize(
    "construct",
    [
        "UmsHaCluster",
        "UmsServiceGroup",
        "UmsVip",
        "UmsConfigSave",
        "UmsDatabase",
        "UmsPostgresqlDatabase",
        "UmsDnsRecord",
    ],
)
def test_the_api_reference_shows_each_construct_with_its_props(site: Path, construct: str) -> None:
    """Generated from the docstrings: the construct's section, and each prop its docstring documents."""
    import inspect

    import ums_ha

    entries = {entry["location"]: entry for entry in search_index(site)["docs"]}
    entry = entries[f"reference/library-api/#ums_ha.{construct}"]
    parameters = [
        name
        for name, parameter in inspect.signature(getattr(ums_ha, construct).__init__).parameters.items()
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY and name != "validation_keys"
    ]
    assert parameters
    for name in parameters:
        assert name in entry["text"], f"{construct}: prop {name} is not in the API reference"
    assert not re.search(r":(class|meth|mod|data|attr|func):", entry["text"]), "a Sphinx role shown as text"


def moved_table() -> list[tuple[str, list[str]]]:
    """The rows of docs/moved.md: the former section's title (inline code kept) and the links of its row."""
    tokens = MarkdownIt().enable("table").parse((DOCS / "moved.md").read_text(encoding="utf-8"))
    rows: list[tuple[str, list[str]]] = []
    cells: list[Any] = []
    in_body = False
    for token in tokens:
        if token.type == "tbody_open":
            in_body = True
        elif in_body and token.type == "tr_open":
            cells = []
        elif in_body and token.type == "inline":
            cells.append(token)
        elif in_body and token.type == "tr_close":
            first, second = cells
            links = [child.attrs["href"] for child in second.children or [] if child.type == "link_open"]
            rows.append((first.content, [str(link) for link in links]))
    return rows


class _HeadingIds(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("h1", "h2", "h3", "h4"):
            self.ids |= {value for name, value in attrs if name == "id" and value}


def heading_ids(site: Path, page: str) -> set[str]:
    """The ids of the headings of one built page (``guide/dns.md`` -> ``guide/dns/index.html``)."""
    built = site / page.removesuffix(".md").removesuffix("index") / "index.html"
    parser = _HeadingIds()
    parser.feed(built.read_text(encoding="utf-8"))
    return parser.ids


def test_every_former_readme_section_says_where_it_lives_now(site: Path) -> None:
    rows = moved_table()
    assert [title for title, _ in rows] == FORMER_README_SECTIONS
    for title, links in rows:
        assert links, title
        for link in links:
            page, _, anchor = link.partition("#")
            assert anchor, f"{title}: {link} names no section"
            assert anchor in heading_ids(site, page), f"{title}: {link} leads to no heading"


#: Elements that make a browser fetch what their attribute names.
_FETCHED = {"script": "src", "img": "src", "iframe": "src", "source": "src", "embed": "src", "link": "href"}


class _PageParts(HTMLParser):
    """What a built page fetches, the text of its code blocks, Mermaid elements, and the text of each figure's SVG."""

    def __init__(self) -> None:
        super().__init__()
        self.fetched: list[str] = []
        self.mermaid_elements = 0
        self.code_blocks: list[str] = []
        self.figures: list[list[str]] = []
        self._code_depth = 0
        self._in_figure_svg = False
        self._in_svg_text = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag in _FETCHED and attributes.get(_FETCHED[tag]):
            self.fetched.append(str(attributes[_FETCHED[tag]]))
        if "mermaid" in (attributes.get("class") or "").split():
            self.mermaid_elements += 1
        if tag == "pre":
            self._code_depth += 1
            self.code_blocks.append("")
        if tag == "figure" and "ums-ha-diagram" in (attributes.get("class") or "").split():
            self.figures.append([])
        if tag == "svg" and self.figures and not self._in_figure_svg:
            self._in_figure_svg = True
        if tag == "text" and self._in_figure_svg:
            self._in_svg_text = True
            self.figures[-1].append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre":
            self._code_depth -= 1
        if tag == "figure":
            self._in_figure_svg = False
        if tag == "text":
            self._in_svg_text = False

    def handle_data(self, data: str) -> None:
        if self._code_depth:
            self.code_blocks[-1] += data
        if self._in_svg_text:
            self.figures[-1][-1] += data


def page_parts(page: Path) -> _PageParts:
    parts = _PageParts()
    parts.feed(page.read_text(encoding="utf-8"))
    return parts


def test_no_page_shows_mermaid_source_or_loads_anything_from_another_host(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert pages
    for page in pages:
        parts = page_parts(page)
        assert parts.mermaid_elements == 0, page
        mermaid_text = [block for block in parts.code_blocks if re.match(r"\s*(flowchart|graph)\s+(LR|TD|TB)", block)]
        assert mermaid_text == [], page
        assert [url for url in parts.fetched if re.match(r"(?i)([a-z][a-z0-9+.-]*:)?//", url)] == [], page


def test_the_topology_is_an_svg_picture_of_the_bundled_example(site: Path) -> None:
    from ums_ha.diagram.topology import site_topologies
    from ums_ha.site.reader import load_site_file

    [figure] = page_parts(site / "guide" / "what-it-builds" / "index.html").figures
    [topology] = site_topologies(load_site_file(ROOT / "src" / "ums_ha" / "ums-ha.example.toml").sites)
    drawn = {text.strip() for text in figure}
    assert {line for node in topology.nodes for line in node.lines} <= drawn
    assert topology.title in drawn


def test_a_mermaid_block_that_is_not_a_generated_diagram_fails_the_build() -> None:
    """Material for MkDocs would fetch Mermaid's script from a CDN to draw it; the build refuses it instead."""
    from mkdocs.exceptions import PluginError

    spec = importlib.util.spec_from_file_location("diagrams_hook", ROOT / "docs_hooks" / "diagrams.py")
    assert spec is not None
    assert spec.loader is not None
    diagrams = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(diagrams)

    class Page:
        class file:  # noqa: N801  (MkDocs's attribute name)
            src_uri = "guide/example.md"

    with pytest.raises(PluginError, match=r"guide/example.md: a Mermaid block that is not a generated diagram"):
        diagrams.on_page_markdown("# A page\n\n```mermaid\nflowchart LR\n  a --> b\n```\n", page=Page())
    assert diagrams.on_page_markdown("# A page\n\n```toml\n[sites.prod]\n```\n", page=Page()).startswith("# A page")
