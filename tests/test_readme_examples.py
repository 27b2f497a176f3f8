"""The documentation's examples are valid as written (README and docs/): each TOML block, on its own or added to a
site, and each Python block of the library, run."""

from __future__ import annotations

import inspect
import re
import textwrap
from pathlib import Path

import pytest
from conftest import ROOT, scratch_stack, site_text
from doc_files import all_docs_text

import ums_ha
from ums_ha.site.reader import parse_site_file

README = all_docs_text()
BLOCKS = re.findall(r"^ *```toml\n(.*?)^ *```", README, flags=re.MULTILINE | re.DOTALL)


def test_the_readme_has_site_file_examples() -> None:
    assert len(BLOCKS) >= 4


@pytest.mark.parametrize("block", BLOCKS, ids=lambda block: block.splitlines()[0])
def test_every_toml_example_of_the_readme_is_a_valid_site_file(block: str) -> None:
    text = "\n".join(line.strip() for line in block.splitlines())
    whole = text if re.search(r"^\[sites\.prod\]", text, flags=re.MULTILINE) else site_text() + text
    [site] = parse_site_file(whole, Path("ums-ha.toml")).sites
    assert site.name == "prod"


PYTHON_BLOCKS = re.findall(r"^```python\n(.*?)^```", README, flags=re.MULTILINE | re.DOTALL)
#: The examples in the constructs' docstrings, which the API reference (docs/reference/library-api.md) shows.
DOCSTRING_BLOCKS = [
    textwrap.dedent(block)
    for construct in ("UmsHaCluster", "UmsDatabase", "UmsPostgresqlDatabase", "UmsDnsRecord")
    for block in re.findall(
        r"^ *```python\n(.*?)^ *```", inspect.getdoc(getattr(ums_ha, construct)) or "", flags=re.MULTILINE | re.DOTALL
    )
]
#: A line that shows a value: ``expression  # 'the value'``.
SHOWN_VALUE = re.compile(r"^(?P<expression>[\w.]+)  # (?P<value>'.*')$")


def test_the_readme_has_library_examples() -> None:
    assert len(PYTHON_BLOCKS) >= 4


def test_every_public_construct_has_an_example_in_its_docstring() -> None:
    assert len(DOCSTRING_BLOCKS) == 4


@pytest.mark.runtime
@pytest.mark.parametrize("block", PYTHON_BLOCKS + DOCSTRING_BLOCKS, ids=lambda block: block.splitlines()[0])
def test_every_library_example_of_the_readme_synthesizes_and_shows_true_values(block: str) -> None:
    """Each block runs in a stack of its own; a line ``x.y  # 'value'`` must evaluate to that value."""
    import ast
    import json

    from ums_ha.toolchain.cdk import runtime as cdk

    stack = scratch_stack("readme")
    namespace: dict[str, object] = {"stack": stack}
    shown = []
    for line in block.splitlines():
        match = SHOWN_VALUE.match(line)
        if match:
            shown.append((match["expression"], ast.literal_eval(match["value"])))
    exec(compile(block, "README.md", "exec"), namespace)  # noqa: S102  (the README's own example code)
    for expression, value in shown:
        assert eval(expression, namespace) == value  # noqa: S307
    synthesized = json.loads(cdk.Testing.synth(stack))
    assert synthesized["resource"]


def commented_tables(text: str) -> list[str]:
    """Each commented-out table of the bundled example (``# [sites...]`` up to the next bare ``#`` or code)."""
    tables, current = [], None
    for line in text.splitlines():
        if line.startswith("# [sites."):
            current = [line[2:]]
            tables.append(current)
        elif current is not None and line.startswith("# ") and not line.startswith("# ("):
            current.append(line[2:])
        else:
            current = None
    return ["\n".join(table) + "\n" for table in tables]


EXAMPLE_TEXT = (ROOT / "src" / "ums_ha" / "ums-ha.example.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize("table", commented_tables(EXAMPLE_TEXT), ids=lambda table: table.splitlines()[1])
def test_every_commented_table_of_the_bundled_example_is_valid_when_uncommented(table: str) -> None:
    [site] = parse_site_file(EXAMPLE_TEXT + "\n" + table, Path("ums-ha.toml")).sites
    assert site.name == "prod"
