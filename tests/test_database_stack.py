"""The UMS database in a site's stack: mssql resources, their order, safety and outputs."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, Stack, Synth, only, read_stacks, resources, site_text

from ums_ha.cli import main
from ums_ha.database.dba_script import render_dba_script
from ums_ha.database.sqlserver import UmsDatabaseSpec

DATABASE = '[sites.prod.database]\nserver = "sqlag-listener.corp.example"\n'
SERVER_BLOCK = {"host": "sqlag-listener.corp.example", "port": "1433", "login": {}}
DATABASE_ADDRESSES = {
    "mssql_database.database",
    "mssql_login.database_login",
    "mssql_user.database_user",
    "mssql_database_schema.database_schema",
    "mssql_database_permissions.database_permissions",
}
POSTGRESQL_ADDRESSES = {
    "postgresql_role.database_login",
    "postgresql_database.database",
    "postgresql_schema.database_schema",
    "postgresql_grant.database_permissions",
}


@pytest.fixture
def database_stack(synth: Synth) -> Stack:
    return synth(site_text(extra=DATABASE))["ums-ha-prod"]


@pytest.mark.runtime
def test_each_sql_object_of_the_guide(database_stack: Stack) -> None:
    assert only(database_stack, "mssql_database") == {
        "database_name": "rmdb",
        "server": SERVER_BLOCK,
        "lifecycle": {"prevent_destroy": True},
    }
    assert only(database_stack, "mssql_login") == {
        "login_name": "igelums",
        "password": "${var.ums_database_password}",
        "default_database": "${mssql_database.database.database_name}",
        "server": SERVER_BLOCK,
    }
    assert only(database_stack, "mssql_user") == {
        "database": "${mssql_database.database.database_name}",
        "username": "igelums",
        "login_name": "${mssql_login.database_login.login_name}",
        "default_schema": "igelums",
        "server": SERVER_BLOCK,
    }
    assert only(database_stack, "mssql_database_schema") == {
        "database": "${mssql_database.database.database_name}",
        "schema_name": "igelums",
        "owner_name": "${mssql_user.database_user.username}",
        "server": SERVER_BLOCK,
    }
    assert only(database_stack, "mssql_database_permissions") == {
        "database": "${mssql_database.database.database_name}",
        "username": "${mssql_user.database_user.username}",
        "permissions": ["CONTROL"],
        "server": SERVER_BLOCK,
    }


@pytest.mark.runtime
def test_the_sql_admin_comes_from_the_environment(database_stack: Stack) -> None:
    assert database_stack["provider"]["mssql"] == [{}]
    for resource_type in ("mssql_database", "mssql_login", "mssql_user", "mssql_database_schema"):
        assert only(database_stack, resource_type)["server"]["login"] == {}


@pytest.mark.runtime
def test_the_password_is_a_sensitive_variable(database_stack: Stack) -> None:
    variable = database_stack["variable"]["ums_database_password"]
    assert variable["sensitive"] is True
    assert variable["type"] == "string"
    assert variable["nullable"] is False


@pytest.mark.runtime
def test_prevent_destroy_sits_where_terraform_reads_it(database_stack: Stack) -> None:
    lifecycles = {
        f"{kind}.{name}": body.get("lifecycle")
        for kind, bodies in database_stack["resource"].items()
        for name, body in bodies.items()
        if kind.startswith("mssql_")
    }
    assert lifecycles.pop("mssql_database.database") == {"prevent_destroy": True}
    assert set(lifecycles.values()) == {None}
    # Only the other engine's objects are forgotten: a site that had its database on PostgreSQL keeps it there.
    assert {block["from"] for block in database_stack["removed"]} == POSTGRESQL_ADDRESSES


@pytest.mark.runtime
def test_least_privilege_uses_roles_instead_of_control(synth: Synth) -> None:
    stack = synth(site_text(extra=DATABASE + 'permissions = "least-privilege"\nschema = "ums"\n'))["ums-ha-prod"]
    assert sorted(only(stack, "mssql_user")["roles"]) == ["db_datareader", "db_datawriter", "db_ddladmin"]
    assert only(stack, "mssql_user")["default_schema"] == "ums"
    assert only(stack, "mssql_database_schema")["schema_name"] == "ums"
    assert resources(stack, "mssql_database_permissions") == {}


@pytest.mark.runtime
def test_outputs_give_the_datasource_facts_and_no_secret(synth: Synth) -> None:
    stack = synth(site_text(extra=DATABASE + 'always_on = true\nport = 14330\nname = "umsdb"\n'))["ums-ha-prod"]
    values = {name: output["value"] for name, output in stack["output"].items() if name.startswith("database_")}
    assert values == {
        "database_server": "sqlag-listener.corp.example",
        "database_port": 14330,
        "database_name": "umsdb",
        "database_schema": "igelums",
        "database_login": "igelums",
        "database_jdbc_url": "jdbc:sqlserver://sqlag-listener.corp.example:14330;databaseName=umsdb;"
        "multiSubnetFailover=true",
    }
    assert not any(output.get("sensitive") for output in stack["output"].values())


@pytest.mark.runtime
def test_without_always_on_the_url_has_no_failover_flag(database_stack: Stack) -> None:
    assert database_stack["output"]["database_jdbc_url"]["value"] == (
        "jdbc:sqlserver://sqlag-listener.corp.example:1433;databaseName=rmdb"
    )


@pytest.mark.runtime
@pytest.mark.parametrize("database", ["", 'managed_by = "dba"'])
def test_a_site_not_managing_the_database_forgets_it_and_never_drops_it(synth: Synth, database: str) -> None:
    """Without these, removing [database] would destroy the UMS database: prevent_destroy goes with the block."""
    extra = (DATABASE + database) if database else ""
    stack = synth(site_text(extra=extra))["ums-ha-prod"]
    assert not any(kind.startswith("mssql_") for kind in stack["resource"])
    assert "mssql" not in stack["provider"]
    # Which engine a removed [database] had is unknown: both engines' objects are forgotten.
    assert {block["from"] for block in stack["removed"]} == DATABASE_ADDRESSES | POSTGRESQL_ADDRESSES
    assert all(block["lifecycle"] == {"destroy": False} for block in stack["removed"])
    assert stack["terraform"]["required_version"] == ">= 1.7"


@pytest.mark.runtime
def test_removed_blocks_name_exactly_what_the_terraform_path_creates(synth: Synth) -> None:
    managed = synth(site_text(extra=DATABASE))["ums-ha-prod"]
    created = {f"{kind}.{name}" for kind, bodies in managed["resource"].items() for name in bodies}
    assert {address for address in created if address.startswith("mssql_")} == DATABASE_ADDRESSES


@pytest.mark.runtime
def test_dba_mode_writes_the_script_beside_the_stack(tmp_path: Path) -> None:
    config = tmp_path / "s.toml"
    config.write_text(site_text(extra=DATABASE + 'managed_by = "dba"\n'))
    out = tmp_path / "out"
    assert main(["synth", "--project-dir", str(ROOT), "--config", str(config), "--output", str(out)]) == 0
    script = out / "stacks" / "ums-ha-prod" / "ums-database.sql"
    expected = render_dba_script(UmsDatabaseSpec(server="sqlag-listener.corp.example"), site="prod")
    assert script.read_text(encoding="utf-8") == expected
    stack = read_stacks(out)["ums-ha-prod"]
    assert stack["output"]["database_name"]["value"] == "rmdb"
    assert "variable" not in stack


@pytest.mark.runtime
def test_canary_secrets_appear_in_no_synthesized_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    canaries = {
        "MSSQL_USERNAME": "canary-sql-admin-3f9a",
        "MSSQL_PASSWORD": "Canary-Sql-Pass-8c2e!",
        "TF_VAR_ums_database_password": "Canary-Ums-Pass-51d7!",
        "UMS_DB_PASSWORD": "Canary-Dba-Pass-0b44!",
        "NS_PASSWORD": "Canary-Ns-Pass-77aa!",
    }
    for name, value in canaries.items():
        monkeypatch.setenv(name, value)
    config = tmp_path / "s.toml"
    config.write_text(
        site_text(extra=DATABASE + "always_on = true\n")
        + site_text(name="lab", extra=DATABASE.replace("prod", "lab") + 'managed_by = "dba"\n', vip="10.20.30.20")
    )
    out = tmp_path / "out"
    assert main(["synth", "--project-dir", str(ROOT), "--config", str(config), "--output", str(out)]) == 0
    files = [path for path in out.rglob("*") if path.is_file()]
    assert {path.name for path in files} >= {"cdk.tf.json", "ums-database.sql", "manifest.json"}
    for path in files:
        text = path.read_text(encoding="utf-8")
        for name, value in canaries.items():
            assert value not in text, f"{name} leaked into {path}"


@pytest.mark.parametrize(
    ("database", "key", "fragments"),
    [
        ('schema = "dbo"', "schema", ["'dbo'", "dedicated schema"]),
        ('schema = "DBO"', "schema", ["'dbo'"]),
        ('schema = "sys"', "schema", ["built-in", "'sys'"]),
        ('name = ""', "name", ["1 to 128 characters", "''"]),
        ('login = ""', "login", ["1 to 128 characters"]),
        ('name = "master"', "name", ["built-in", "'master'"]),
        ('login = "sa"', "login", ["built-in", "'sa'"]),
        (f'name = "{"x" * 129}"', "name", ["1 to 128 characters"]),
        ('login = "ums]; DROP LOGIN sa; --"', "login", ["letters, digits or '_'"]),
        ('schema = "[igelums]"', "schema", ["'[igelums]'"]),
        ('permissions = "owner"', "permissions", ["control, least-privilege", "'owner'"]),
        ('managed_by = "ansible"', "managed_by", ["terraform, dba", "'ansible'"]),
        ("port = 0", "port", ["between 1 and 65535"]),
        ('collation = "Latin1 General"', "collation", ["collation name", "'Latin1 General'"]),
        ('server = "sql01\\\\INSTANCE"', "server", ["without instance or port"]),
        ('always_on = "yes"', "always_on", ["true or false"]),
    ],
)
def test_bad_database_settings_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], database: str, key: str, fragments: list[str]
) -> None:
    text = site_text(extra=DATABASE.replace('server = "sqlag-listener.corp.example"\n', "") + database + "\n")
    if "server =" not in database:
        text += 'server = "sqlag-listener.corp.example"\n'
    config = tmp_path / "s.toml"
    config.write_text(text)
    out = tmp_path / "out"
    assert main(["synth", "--project-dir", str(ROOT), "--config", str(config), "--output", str(out)]) == 2
    assert not out.exists()
    lines = [line for line in capsys.readouterr().err.splitlines() if line.startswith("  - ")]
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"  - sites.prod.database.{key}: ")
    for fragment in fragments:
        assert fragment in lines[0]


def test_a_missing_server_is_reported_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "s.toml"
    config.write_text(site_text(extra="[sites.prod.database]\n"))
    assert main(["synth", "--project-dir", str(ROOT), "--config", str(config), "--output", str(tmp_path / "o")]) == 2
    lines = [line for line in capsys.readouterr().err.splitlines() if line.startswith("  - ")]
    assert lines == ["  - sites.prod.database.server: is required: a string"]


@pytest.mark.parametrize(
    ("spec", "url"),
    [
        (UmsDatabaseSpec(server="10.0.0.5", port=1533), "jdbc:sqlserver://10.0.0.5:1533;databaseName=rmdb"),
        # The driver cannot take an IPv6 address in the host part; it goes in serverName.
        (
            UmsDatabaseSpec(server="2001:db8::5", always_on=True),
            "jdbc:sqlserver://;serverName=2001:db8::5;portNumber=1433;databaseName=rmdb;multiSubnetFailover=true",
        ),
    ],
)
def test_jdbc_url_forms(spec: UmsDatabaseSpec, url: str) -> None:
    assert spec.jdbc_url == url
