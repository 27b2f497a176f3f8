"""What each state holds (issue 36): the docs' table, checked against the providers' schemas and against what
Terraform core itself stores when it plans and applies each database stack.

The providers cannot run here, so each database resource stands in as a ``terraform_data`` that keeps every
attribute of the synthesized resource but the write-only ones (which Terraform never stores), and the SQL
Server resources' ``server[0].login[0]`` filled in from ``MSSQL_USERNAME``/``MSSQL_PASSWORD``, as the real
``valerus/mssql`` 0.7.2 does (DOMAIN.md, measured). Terraform core then decides what reaches the state, the
plan file and the plan JSON, and refuses an ephemeral value anywhere but in a write-only attribute.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, Stack, Synth, site_text
from markdown_read import read_markdown
from provider_schemas import resource_schemas
from terraform_cli import terraform

pytestmark = pytest.mark.runtime

DOCS = ROOT / "docs" / "guide" / "least-privilege.md"
CANARIES = {
    "MSSQL_USERNAME": "canary-sql-admin-77c4",
    "MSSQL_PASSWORD": "Canary-Sql-Admin-Pass-77c4",
    "PGUSER": "canary_pg_admin_77c4",
    "PGPASSWORD": "Canary-Pg-Admin-Pass-77c4",
    "TF_VAR_ums_database_password": "Canary-Ums-Pass-77c4",
}
STACKS = {
    ("SQL Server", "terraform"): '[sites.prod.database]\nserver = "sql01.corp.example"\n',
    ("SQL Server", "dba"): '[sites.prod.database]\nserver = "sql01.corp.example"\nmanaged_by = "dba"\n',
    ("PostgreSQL", "terraform"): '[sites.prod.database]\nengine = "postgresql"\nserver = "pg01.corp.example"\n',
    ("PostgreSQL", "dba"): (
        '[sites.prod.database]\nengine = "postgresql"\nserver = "pg01.corp.example"\nmanaged_by = "dba"\n'
    ),
}
_DATABASE = ("mssql_", "postgresql_")
_META = {"//", "lifecycle", "depends_on", "provider", "count", "for_each", "provisioner"}
_REFERENCE = re.compile(r"\$\{((?:mssql|postgresql)_\w+)\.(\w+)\.(\w+)\}")


def documented(engine: str, mode: str) -> dict[str, tuple[bool, bool]]:
    """Canary variable -> (in the state, in the plan files), as the docs' table says for this stack."""
    [table] = read_markdown(DOCS.read_text(encoding="utf-8")).tables_under("What each state holds")
    where: dict[str, tuple[bool, bool]] = {}
    for row in table.records():
        if not row["stack"].startswith(f'{engine}, managed_by = "{mode}"'):
            continue
        for name in CANARIES:
            if re.search(rf"\b{name}\b", row["secret"]):
                where[name] = (
                    row["in the state"].startswith("yes"),
                    row["in the plan file and the plan JSON"].startswith("yes"),
                )
    return where


def _write_only(kind: str) -> set[str]:
    attributes = resource_schemas()[kind]["block"]["attributes"]
    return {name for name, attribute in attributes.items() if attribute.get("write_only")}


def _rewrite(value: Any) -> Any:
    if isinstance(value, str):
        return _REFERENCE.sub(lambda m: f"${{terraform_data.{m.group(1)}__{m.group(2)}.input.{m.group(3)}}}", value)
    if isinstance(value, list):
        return [_rewrite(item) for item in value]
    if isinstance(value, dict):
        return {key: _rewrite(item) for key, item in value.items()}
    return value


def state_model(stack: Stack) -> dict[str, Any]:
    """The stack's database resources as ``terraform_data``, with its variables and database outputs."""
    resources: dict[str, Any] = {}
    for kind, blocks in stack.get("resource", {}).items():
        if not kind.startswith(_DATABASE):
            continue
        for name, body in blocks.items():
            attributes = {key: value for key, value in body.items() if key not in _META | _write_only(kind)}
            if kind.startswith("mssql_"):
                login = {"username": CANARIES["MSSQL_USERNAME"], "password": CANARIES["MSSQL_PASSWORD"]}
                attributes["server"] = {**attributes["server"], "login": login}
            resources[f"{kind}__{name}"] = {"input": _rewrite(attributes)}
    document: dict[str, Any] = {}
    if stack.get("variable"):
        document["variable"] = stack["variable"]
    if resources:
        document["resource"] = {"terraform_data": resources}
    outputs = {
        name: _rewrite(output)
        for name, output in stack.get("output", {}).items()
        if name.startswith("database_") and "${" not in json.dumps(_REFERENCE.sub("", json.dumps(output)))
    }
    if outputs:
        document["output"] = outputs
    return document


@pytest.mark.parametrize(("engine", "mode"), list(STACKS))
def test_terraform_core_stores_each_secret_where_the_table_says(
    engine: str, mode: str, synth: Synth, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = documented(engine, mode)
    if mode == "terraform":
        assert expected, f"the table has no row for {engine}, {mode}"
    stack = synth(site_text(extra=STACKS[(engine, mode)]))["ums-ha-prod"]
    for name, value in CANARIES.items():
        monkeypatch.setenv(name, value)
    directory = tmp_path / "model"
    directory.mkdir()
    (directory / "main.tf.json").write_text(json.dumps(state_model(stack), indent=2), encoding="utf-8")
    for command, *args in (
        ("init", "-input=false"),
        ("plan", "-input=false", "-out=plan.tfplan"),
        ("apply", "-input=false", "plan.tfplan"),
    ):
        done = terraform(command, *args, cwd=directory)
        assert done.returncode == 0, done.stderr
    shown = terraform("show", "-json", "plan.tfplan", cwd=directory)
    assert shown.returncode == 0, shown.stderr
    with zipfile.ZipFile(directory / "plan.tfplan") as plan:
        plan_file = b"".join(plan.read(member) for member in plan.namelist()).decode("utf-8", "replace")
    state = (directory / "terraform.tfstate").read_text(encoding="utf-8")
    for name, value in CANARIES.items():
        in_state, in_plans = expected.get(name, (False, False))
        assert (value in state) is in_state, f"{name} in the state of {engine}, {mode}"
        assert (value in shown.stdout) is in_plans, f"{name} in the plan JSON of {engine}, {mode}"
        assert (value in plan_file) is in_plans, f"{name} in the plan file of {engine}, {mode}"


def _secret_attributes(kind: str) -> set[str]:
    """The schema's sensitive attributes of a resource type that are stored (not write-only), top level."""
    attributes = resource_schemas()[kind]["block"]["attributes"]
    return {
        name for name, attribute in attributes.items() if attribute.get("sensitive") and not attribute.get("write_only")
    }


def test_the_table_names_the_attributes_the_schemas_make_secret_and_the_stacks_set(synth: Synth) -> None:
    [table] = read_markdown(DOCS.read_text(encoding="utf-8")).tables_under("What each state holds")
    rows = {(row["stack"].split(",")[0], row["secret"].split(" (")[0]): row["in the state"] for row in table.records()}
    sqlserver = synth(site_text(extra=STACKS[("SQL Server", "terraform")]))["ums-ha-prod"]
    mssql = {kind: blocks for kind, blocks in sqlserver["resource"].items() if kind.startswith("mssql_")}
    # Every mssql resource carries the server block whose login the provider fills in and stores (sensitive).
    servers = [block["server"] for blocks in mssql.values() for block in blocks.values()]
    assert len(servers) == 5
    assert all(server["login"] == {} for server in servers)
    for kind in mssql:
        login = resource_schemas()[kind]["block"]["block_types"]["server"]["block"]["block_types"]["login"]
        assert login["block"]["attributes"]["password"]["sensitive"] is True
    assert (
        "server[0].login[0].password of every mssql resource (five)"
        in rows[("SQL Server", "the SQL admin's name and password")]
    )
    set_secrets = {
        f"{kind}.{name}.{attribute}"
        for kind, blocks in mssql.items()
        for name, block in blocks.items()
        for attribute in _secret_attributes(kind)
        if attribute in block
    }
    assert set_secrets == {"mssql_login.database_login.password"}
    assert next(iter(set_secrets)) in rows[("SQL Server", "the UMS login's password")]
    postgresql = synth(site_text(extra=STACKS[("PostgreSQL", "terraform")]))["ums-ha-prod"]
    [role] = postgresql["resource"]["postgresql_role"].values()
    assert _secret_attributes("postgresql_role") == {"password"}
    assert "password" not in role
    assert "password_wo" in role
    assert resource_schemas()["postgresql_role"]["block"]["attributes"]["password_wo"]["write_only"] is True
    assert postgresql["variable"]["ums_database_password"]["ephemeral"] is True
    assert rows[("PostgreSQL", "the UMS role's password")].startswith("no: it goes only into password_wo")
