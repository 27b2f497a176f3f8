"""Every resource and attribute synthesized exists in the real provider's schema.

The schemas are dumps of the real provider binaries (citrix/citrixadc 2.2.2 and
valerus/mssql 0.7.2, trimmed to the resources ums-ha uses, also the input of the
bindings; hashicorp/dns 3.6.1 in full), in provider-schemas/.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from conftest import Stack, site_text
from provider_schemas import PROVIDERS, SCHEMA_DIR, builtin_resource_schemas, provider_schema, resource_schemas

pytestmark = pytest.mark.runtime

META_ARGUMENTS = {"//", "lifecycle", "depends_on", "provider", "count", "for_each", "provisioner", "connection"}
REFERENCE = re.compile(r"^\$\{[a-z_]+\.[A-Za-z0-9_-]+\.[a-z_]+\}$")
DATABASE_TEXT = '[sites.prod.database]\nserver = "sqlag-listener.corp.example"\n'


def type_problems(value: object, tf_type: object, where: str) -> list[str]:
    """Check a synthesized value against a Terraform type; references are checked elsewhere."""
    if (isinstance(value, str) and value.startswith("${")) or tf_type == "dynamic":
        return []
    simple: dict[str, type | tuple[type, ...]] = {"string": str, "number": (int, float), "bool": bool}
    if isinstance(tf_type, str):
        expected = simple[tf_type]
        ok = isinstance(value, expected) and not (tf_type == "number" and isinstance(value, bool))
        return [] if ok else [f"{where}: {value!r} is not a {tf_type}"]
    assert isinstance(tf_type, list)
    kind, inner = tf_type
    if kind in ("list", "set") and isinstance(value, list):
        return [
            problem for index, item in enumerate(value) for problem in type_problems(item, inner, f"{where}[{index}]")
        ]
    return [f"{where}: {value!r} is not a {tf_type}"]


def provider_problems(stack: Stack) -> list[str]:
    problems = []
    for name, configs in stack["provider"].items():
        if name not in PROVIDERS:
            problems.append(f"provider.{name}: not a provider ums-ha pins")
            continue
        block = provider_schema(name)["provider"]["block"]
        for config in configs:
            body = {key: value for key, value in config.items() if key != "alias"}
            problems += block_problems(body, block, f"provider.{name}", f"provider {name}")
    return problems


def block_problems(body: dict[str, Any], block: dict[str, Any], where: str, resource_type: str) -> list[str]:
    """Attributes and nested blocks of one (nested) block against its schema."""
    problems = []
    attributes = block.get("attributes", {})
    block_types = block.get("block_types", {})
    for key, value in body.items():
        if key in META_ARGUMENTS:
            continue
        if key in block_types:
            nested = block_types[key]
            items = value if isinstance(value, list) else [value]
            if nested.get("max_items") is not None and len(items) > nested["max_items"]:
                problems.append(f"{where}.{key}: more than {nested['max_items']} blocks")
            for item in items:
                problems += block_problems(item, nested["block"], f"{where}.{key}", resource_type)
            continue
        if key not in attributes:
            problems.append(f"{where}.{key}: not an attribute of {resource_type}")
            continue
        spec = attributes[key]
        if spec.get("computed") and not spec.get("optional"):
            problems.append(f"{where}.{key}: read-only attribute set")
        problems += type_problems(value, spec["type"], f"{where}.{key}")
    problems += [
        f"{where}.{key}: required attribute missing"
        for key, spec in attributes.items()
        if spec.get("required") and key not in body
    ]
    problems += [
        f"{where}.{key}: required block missing"
        for key, nested in block_types.items()
        if nested.get("min_items") and key not in body
    ]
    return problems


def conformance_problems(stack: Stack) -> list[str]:
    schemas = {**resource_schemas(), **builtin_resource_schemas()}
    problems = provider_problems(stack)
    for resource_type, bodies in stack["resource"].items():
        if resource_type not in schemas:
            problems.append(f"{resource_type}: not a resource of the pinned providers")
            continue
        for name, body in bodies.items():
            problems += block_problems(body, schemas[resource_type]["block"], f"{resource_type}.{name}", resource_type)
    return sorted(problems)


def reference_problems(stack: Stack) -> list[str]:
    """Every ``${type.name.attribute}`` points at a synthesized resource's real attribute."""
    schemas = resource_schemas()
    problems = []
    for resource_type, bodies in stack["resource"].items():
        for name, body in bodies.items():
            for key, value in body.items():
                if not (isinstance(value, str) and value.startswith("${")) or key == "timestamp":
                    continue
                if value.startswith("${var."):
                    if value[len("${var.") : -1] not in stack.get("variable", {}):
                        problems.append(f"{resource_type}.{name}.{key}: {value} names no declared variable")
                    continue
                assert REFERENCE.match(value), f"{resource_type}.{name}.{key}: unexpected expression {value}"
                target_type, target_name, attribute = value[2:-1].split(".")
                if target_name not in stack["resource"].get(target_type, {}):
                    problems.append(f"{resource_type}.{name}.{key}: {value} names no resource")
                elif attribute not in schemas[target_type]["block"]["attributes"]:
                    problems.append(f"{resource_type}.{name}.{key}: {value} names no attribute")
    return problems


@pytest.mark.parametrize("name", sorted(PROVIDERS))
def test_the_recorded_schema_is_the_real_provider_release(name: str) -> None:
    file_name, address, release = PROVIDERS[name]
    document = json.loads((SCHEMA_DIR / file_name).read_text(encoding="utf-8"))
    assert document["provider_versions"] == {address: release}


def test_the_mssql_login_block_takes_its_credentials_from_the_environment() -> None:
    """The one deliberate change from the dump (provider-schemas/README.md)."""
    login = provider_schema("mssql")["resource_schemas"]["mssql_login"]["block"]["block_types"]["server"]["block"]
    credentials = login["block_types"]["login"]["block"]["attributes"]
    assert {name: (spec.get("optional"), spec.get("required")) for name, spec in credentials.items()} == {
        "username": (True, None),
        "password": (True, None),
    }
    assert credentials["password"]["sensitive"] is True


@pytest.mark.parametrize(
    "database", ["", 'always_on = true\ncollation = "Latin1_General_CI_AS"\npermissions = "least-privilege"']
)
def test_the_database_conforms_to_the_mssql_schema(synth: Any, database: str) -> None:
    stack = synth(site_text(extra=DATABASE_TEXT + database))["ums-ha-prod"]
    assert set(stack["provider"]) == {"citrixadc", "mssql"}
    assert {kind for kind in stack["resource"] if kind.startswith("mssql_")} >= {
        "mssql_database",
        "mssql_login",
        "mssql_user",
        "mssql_database_schema",
    }
    assert conformance_problems(stack) == []
    assert reference_problems(stack) == []


def test_example_conforms_to_the_provider_schema(example_stack: Stack) -> None:
    assert conformance_problems(example_stack) == []


def test_example_references_resolve(example_stack: Stack) -> None:
    assert reference_problems(example_stack) == []


def test_every_option_conforms_to_the_provider_schema(synth: Any) -> None:
    text = site_text(
        netscaler_extra='persistence_group = false\ninsecure_skip_verify = true\nmonitor_receive = "status"',
        extra='[[sites.prod.services]]\nname = "web"\nport = 443\nprotocol = "SSL_BRIDGE"\nuse_client_ip = false\n',
    )
    stack = synth(text)["ums-ha-prod"]
    assert stack["provider"]["citrixadc"][0]["insecure_skip_verify"] is True
    assert conformance_problems(stack) == []
    assert reference_problems(stack) == []


def test_the_checker_catches_a_misspelt_attribute(example_stack: Stack) -> None:
    broken = json.loads(json.dumps(example_stack))
    broken["resource"]["citrixadc_server"]["server_ums01"]["ip_address"] = "10.0.0.1"
    broken["resource"]["citrixadc_lbvserver"]["vserver_devices"]["port"] = "30001"
    del broken["resource"]["citrixadc_lbmonitor"]["monitor_check_status"]["type"]
    assert conformance_problems(broken) == [
        "citrixadc_lbmonitor.monitor_check_status.type: required attribute missing",
        "citrixadc_lbvserver.vserver_devices.port: '30001' is not a number",
        "citrixadc_server.server_ums01.ip_address: not an attribute of citrixadc_server",
    ]


@pytest.mark.parametrize("meta", ["depends_on", "lifecycle"])
def test_meta_arguments_use_bare_references_terraform_accepts(example_stack: Stack, meta: str) -> None:
    """Terraform rejects ``"${...}"`` in depends_on and replace_triggered_by in JSON."""
    for bodies in example_stack["resource"].values():
        for body in bodies.values():
            values = body.get(meta, {})
            listed = values.get("replace_triggered_by", []) if isinstance(values, dict) else values
            for reference in listed:
                assert not reference.startswith("${"), reference
                kind, name, *attribute = reference.split(".")
                assert name in example_stack["resource"][kind]
                assert attribute in ([], ["id"])
