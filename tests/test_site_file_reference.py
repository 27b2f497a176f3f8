"""The site-file reference is rendered from the readers' own declarations, and the readers hold to them: every
key they read is declared, every declared key is read, and every declared range and choice is enforced."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLE, ROOT, site_text
from test_hcl_stacks import EVERYTHING

import ums_ha.site
from ums_ha.errors import ValidationError
from ums_ha.site.reader import SITE_FILE_TABLES, parse_site_file
from ums_ha.site.reference import REFERENCE_PAGE, render_reference
from ums_ha.site.schema import Key, TableSchema, toml_value
from ums_ha.site.toml_table import Table

#: Site files that between them hold every table, on both database engines.
COVERING = [
    EXAMPLE.read_text(encoding="utf-8"),
    EVERYTHING,
    """
[sites.prod]
dns_name = "igelrmserver.corp.example"
igel_os = [11, 12]
ums_version = "12.07.100"

[sites.prod.netscaler]
endpoint = "https://192.0.2.2"
vip = "10.20.30.10"

[[sites.prod.ums_servers]]
name = "ums01"
address = "10.20.30.11"

[[sites.prod.ums_servers]]
name = "ums02"
address = "10.20.30.12"

[[sites.prod.services]]
name = "devices"
port = 30001

[sites.prod.maintenance]
out_of_service = ["ums02"]

[sites.prod.names]
monitor = "mon"

[sites.prod.adopt]
import = false

[sites.prod.firmware_hosts]
timeout = 5
""",
]


def test_the_committed_reference_is_what_the_declarations_render() -> None:
    committed = (ROOT / REFERENCE_PAGE).read_text(encoding="utf-8")
    assert committed == render_reference(SITE_FILE_TABLES), "the site file's keys changed: run make reference"


def _declared() -> list[Key[Any]]:
    return [key for table in SITE_FILE_TABLES for key in table.keys]


def test_every_key_the_site_package_defines_is_in_one_table() -> None:
    defined: list[Key[Any]] = []
    tables: list[TableSchema] = []
    for module_info in pkgutil.iter_modules(ums_ha.site.__path__):
        module = importlib.import_module(f"ums_ha.site.{module_info.name}")
        for value in vars(module).values():
            items = value if isinstance(value, tuple) else (value,)
            defined += [item for item in items if isinstance(item, Key)]
            tables += [item for item in items if isinstance(item, TableSchema)]
    assert {id(table) for table in tables} == {id(table) for table in SITE_FILE_TABLES}
    declared = _declared()
    assert {id(key) for key in defined} <= {id(key) for key in declared}
    assert len({id(key) for key in declared}) == len(declared), "a key is in two tables"
    for table in SITE_FILE_TABLES:
        names = [key.name for key in table.keys]
        assert len(names) == len(set(names)), table.path


def test_every_declared_key_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    read: set[int] = set()
    plain_read, plain_optional = Table.read, Table.read_optional

    def recording_read(self: Table, key: Key[Any]) -> Any:
        read.add(id(key))
        return plain_read(self, key)

    def recording_optional(self: Table, key: Key[Any]) -> Any:
        read.add(id(key))
        return plain_optional(self, key)

    monkeypatch.setattr(Table, "read", recording_read)
    monkeypatch.setattr(Table, "read_optional", recording_optional)
    for text in COVERING:
        parse_site_file(text, Path("ums-ha.toml"))
    unread = [key.name for key in _declared() if id(key) not in read]
    assert unread == [], "declared, but no reader reads them"


def test_no_reader_reads_a_key_by_a_name_of_its_own() -> None:
    """A key is read through its declaration (``table.read(KEY)``); only the file's root ``sites`` is a name."""
    folder = Path(ums_ha.site.__file__).parent
    by_name = []
    for path in sorted(folder.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in ("table", "site", "root")  # a Table, by the readers' names for one
                and node.func.attr in ("get", "get_optional", "get_number", "tables")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                by_name.append(f"{path.name}: {node.args[0].value}")
    assert by_name == ["reader.py: sites"]


#: Values that pass the other rules, for the required keys of a table under test.
_FILLERS = {"server": "db.corp.example", "zone": "corp.example."}


def _table_text(table: TableSchema, key: Key[Any], value: object) -> str:
    """A site file whose table ``table`` holds ``key = value`` (and what the table requires besides)."""
    if table.name == "netscaler":  # site_text writes that table itself
        return site_text(netscaler_extra=f"{key.name} = {toml_value(value)}")
    lines = [f"[{table.path.replace('<site>', 'prod')}]", f"{key.name} = {toml_value(value)}"]
    lines += [f"{other.name} = {toml_value(_FILLERS[other.name])}" for other in table.keys if other.required]
    if key.only is not None:
        lines.append(key.only)
    return site_text(extra="\n".join(lines) + "\n")


def _limited() -> list[tuple[TableSchema, Key[Any]]]:
    return [
        (table, key)
        for table in SITE_FILE_TABLES
        if table.path.count(".") == 2 and not table.array
        for key in table.keys
        if key.bounds is not None or key.choices
    ]


@pytest.mark.parametrize(("table", "key"), _limited(), ids=lambda item: getattr(item, "name", ""))
def test_every_declared_range_and_choice_is_enforced(table: TableSchema, key: Key[Any]) -> None:
    bad: object = key.bounds[1] + 1 if key.bounds is not None else "not-one-of-them"
    good: object = key.bounds[1] if key.bounds is not None else key.choices[-1]
    path = f"{table.path.replace('<site>', 'prod')}.{key.name}"
    assert path in _problem_keys(_table_text(table, key, bad))
    assert path not in _problem_keys(_table_text(table, key, good))


def _problem_keys(text: str) -> list[str]:
    try:
        parse_site_file(text, Path("ums-ha.toml"))
    except ValidationError as error:
        return [problem.key for problem in error.problems]
    return []
