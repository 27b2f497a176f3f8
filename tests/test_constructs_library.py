"""The constructs used from another stack, as a library."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from conftest import scratch_stack

from ums_ha import UmsHaCluster, UmsServer, UmsServiceGroup, UmsVip, ValidationError
from ums_ha._generated.citrixadc.server import Server
from ums_ha.providers import CitrixadcProvider
from ums_ha.toolchain.cdk import runtime as cdk

pytestmark = pytest.mark.runtime

SERVERS = [UmsServer(name="a", address="192.168.1.11"), UmsServer(name="b", address="192.168.1.12")]


def new_stack() -> cdk.TerraformStack:
    stack = scratch_stack("other")
    CitrixadcProvider(stack, "adc", endpoint="https://adc.example")
    return stack


def synth_json(stack: cdk.TerraformStack) -> dict[str, object]:
    return json.loads(cdk.Testing.synth(stack))  # type: ignore[no-any-return]


def test_cluster_in_another_stack_exposes_typed_parts() -> None:
    stack = new_stack()
    cluster = UmsHaCluster(stack, "Ums", servers=SERVERS, vip="192.168.1.10", object_name_prefix="lab")
    assert sorted(cluster.servers) == ["a", "b"]
    assert sorted(cluster.service_groups) == ["console", "devices", "firmware"]
    assert cluster.vip.address == "192.168.1.10"
    assert cluster.service_groups["devices"].name == "lab-sg-devices"
    assert cluster.snip is None
    synthesized = synth_json(stack)
    resources = synthesized["resource"]
    assert isinstance(resources, dict)
    assert sorted(resources["citrixadc_server"]) == ["server_a", "server_b"]


def test_invalid_cluster_props_raise_one_error_listing_every_problem() -> None:
    with pytest.raises(ValidationError) as caught:
        UmsHaCluster(
            new_stack(),
            "Ums",
            servers=[UmsServer(name="a", address="not-an-ip")],
            vip="192.168.1.10",
            persistence_timeout_minutes=0,
            persistence_mask="1.2.3.4",
        )
    assert [problem.key for problem in caught.value.problems] == [
        "servers[0].address",
        "persistence_timeout_minutes",
        "persistence_mask",
    ]
    assert "persistence_timeout_minutes: must be between 1 and 1440 minutes, but 0 was given" in str(caught.value)


def test_props_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        UmsVip(new_stack(), "Vip", "192.168.1.10")  # type: ignore[call-arg]


def test_service_group_alone_validates_its_props() -> None:
    stack = new_stack()
    server = Server(stack, "s", name="x", ipaddress="192.168.1.11")
    with pytest.raises(ValidationError) as caught:
        UmsServiceGroup(stack, "G", service_name="bad name", port=0, protocol="UDP", servers={"x": server})
    assert [problem.key for problem in caught.value.problems] == ["service_name", "port", "protocol"]


def test_tokens_are_not_validated_as_literals() -> None:
    stack = new_stack()
    variable = cdk.TerraformVariable(stack, "vip", type="string")
    cluster = UmsHaCluster(stack, "Ums", servers=SERVERS, vip=variable.string_value)
    lbvserver = synth_json(stack)["resource"]["citrixadc_lbvserver"]  # type: ignore[index]
    assert lbvserver["vserver_devices"]["ipv46"] == "${var.vip}"
    assert cluster.config_save is not None


def test_bundled_example_is_packaged() -> None:
    import ums_ha

    assert (Path(ums_ha.__file__).parent / "ums-ha.example.toml").is_file()


def test_the_package_docstring_example_synthesizes() -> None:
    import ums_ha

    doc = ums_ha.__doc__ or ""
    example = textwrap.dedent(doc.split("::\n", 1)[1])
    stack = scratch_stack("docstring")
    exec(compile(example, "ums_ha docstring", "exec"), {"stack": stack})  # noqa: S102
    resources = synth_json(stack)["resource"]
    assert isinstance(resources, dict)
    assert sorted(resources["citrixadc_server"]) == ["server_ums01", "server_ums02"]


def test_database_in_another_stack_refuses_a_literal_password() -> None:
    from ums_ha import UmsDatabase
    from ums_ha.providers import MssqlProvider

    stack = scratch_stack("db")
    MssqlProvider(stack, "mssql")
    with pytest.raises(ValidationError) as caught:
        UmsDatabase(stack, "Literal", server="sql01", password="Pa55word!", schema="dbo")  # noqa: S106  (refused)
    assert [problem.key for problem in caught.value.problems] == ["schema", "password"]
    secret = cdk.TerraformVariable(stack, "ums_secret", type="string", sensitive=True)
    database = UmsDatabase(stack, "Database", server="sql01", password=secret.string_value)
    assert database.password_variable is None
    assert database.jdbc_url == "jdbc:sqlserver://sql01:1433;databaseName=rmdb"
    synthesized = synth_json(stack)
    resources = synthesized["resource"]
    assert isinstance(resources, dict)
    assert [body["password"] for body in resources["mssql_login"].values()] == ["${var.ums_secret}"]
    assert synthesized["variable"] == {"ums_secret": {"sensitive": True, "type": "string"}}


def test_postgresql_database_in_another_stack_with_its_own_secret_and_provider() -> None:
    from ums_ha import UmsPostgresqlDatabase
    from ums_ha.providers import PostgresqlProvider

    stack = scratch_stack("pg")
    with pytest.raises(ValidationError) as caught:
        UmsPostgresqlDatabase(stack, "Literal", server="pg01", password="Pa55word!", login="Igel")  # noqa: S106
    assert [problem.key for problem in caught.value.problems] == ["login", "password"]
    secret = cdk.TerraformVariable(stack, "ums_secret", type="string", sensitive=True)
    database = UmsPostgresqlDatabase(
        stack, "Database", server="pg01", password=secret.string_value, sslmode="require", password_version=3
    )
    PostgresqlProvider(stack, "postgresql", **database.provider_settings())
    assert database.password_variable is None
    assert database.grant is None
    assert database.jdbc_url == "jdbc:postgresql://pg01:5432/rmdb?sslmode=require"
    synthesized = synth_json(stack)
    resources = synthesized["resource"]
    assert isinstance(resources, dict)
    [role] = resources["postgresql_role"].values()
    assert (role["password_wo"], role["password_wo_version"]) == ("${var.ums_secret}", "3")
    assert synthesized["variable"] == {"ums_secret": {"sensitive": True, "type": "string"}}
    assert synthesized["provider"] == {
        "postgresql": [{"host": "pg01", "port": 5432, "sslmode": "require", "superuser": False}]
    }


def test_cluster_for_os12_devices_alone_balances_the_console_port_only() -> None:
    stack = new_stack()
    cluster = UmsHaCluster(stack, "Ums", servers=SERVERS, vip="192.168.1.10", igel_os=[12])
    assert sorted(cluster.service_groups) == ["console"]
    resources = synth_json(stack)["resource"]
    assert isinstance(resources, dict)
    assert [body["port"] for body in resources["citrixadc_lbvserver"].values()] == [8443]


def test_cluster_refuses_an_unknown_igel_os() -> None:
    with pytest.raises(ValidationError) as caught:
        UmsHaCluster(new_stack(), "Ums", servers=SERVERS, vip="192.168.1.10", igel_os=[10])
    assert [problem.key for problem in caught.value.problems] == ["igel_os"]
