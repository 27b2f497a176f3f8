"""Every resource and attribute synthesized exists in the real provider's schema.

The schema is the dump of the real citrix/citrixadc 2.2.2 binary, trimmed to the
resources ums-ha uses (provider-schemas/, also the input of the bindings).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import Stack, site_text

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "provider-schemas" / "citrixadc@2.2.2.json"
PROVIDER = "registry.terraform.io/citrix/citrixadc"
META_ARGUMENTS = {"//", "lifecycle", "depends_on", "provider", "count", "for_each", "provisioner", "connection"}
REFERENCE = re.compile(r"^\$\{[a-z_]+\.[A-Za-z0-9_-]+\.[a-z_]+\}$")


def provider_schema() -> dict[str, Any]:
    document = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    schema: dict[str, Any] = document["provider_schemas"][PROVIDER]
    return schema


def type_problems(value: object, tf_type: object, where: str) -> list[str]:
    """Check a synthesized value against a Terraform type; references are checked elsewhere."""
    if isinstance(value, str) and value.startswith("${"):
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
    attributes = provider_schema()["provider"]["block"]["attributes"]
    assert list(stack["provider"]) == ["citrixadc"]
    return [
        f"provider.{key}: not in the provider schema"
        for config in stack["provider"]["citrixadc"]
        for key in config
        if key not in attributes and key != "alias"
    ]


def conformance_problems(stack: Stack) -> list[str]:
    resource_schemas = provider_schema()["resource_schemas"]
    problems = provider_problems(stack)
    for resource_type, bodies in stack["resource"].items():
        if resource_type not in resource_schemas:
            problems.append(f"{resource_type}: not a resource of citrixadc 2.2.2")
            continue
        block = resource_schemas[resource_type]["block"]
        attributes = block["attributes"]
        for name, body in bodies.items():
            address = f"{resource_type}.{name}"
            for key, value in body.items():
                if key in META_ARGUMENTS:
                    continue
                if key not in attributes and key not in block.get("block_types", {}):
                    problems.append(f"{address}.{key}: not an attribute of {resource_type}")
                    continue
                spec = attributes[key]
                if spec.get("computed") and not spec.get("optional"):
                    problems.append(f"{address}.{key}: read-only attribute set")
                problems += type_problems(value, spec["type"], f"{address}.{key}")
            for key, spec in attributes.items():
                if spec.get("required") and key not in body:
                    problems.append(f"{address}.{key}: required attribute missing")
    return problems


def reference_problems(stack: Stack) -> list[str]:
    """Every ``${type.name.attribute}`` points at a synthesized resource's real attribute."""
    resource_schemas = provider_schema()["resource_schemas"]
    problems = []
    for resource_type, bodies in stack["resource"].items():
        for name, body in bodies.items():
            for key, value in body.items():
                if not (isinstance(value, str) and value.startswith("${")) or key == "timestamp":
                    continue
                assert REFERENCE.match(value), f"{resource_type}.{name}.{key}: unexpected expression {value}"
                target_type, target_name, attribute = value[2:-1].split(".")
                if target_name not in stack["resource"].get(target_type, {}):
                    problems.append(f"{resource_type}.{name}.{key}: {value} names no resource")
                elif attribute not in resource_schemas[target_type]["block"]["attributes"]:
                    problems.append(f"{resource_type}.{name}.{key}: {value} names no attribute")
    return problems


def test_the_recorded_schema_is_the_real_provider_release() -> None:
    document = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert document["provider_versions"] == {PROVIDER: "2.2.2"}


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
