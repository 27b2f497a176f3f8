"""The config save's ordering step as synthesized: what makes the save the last write of every deploy.

``test_interrupted_deploy`` proves the order with Terraform core; these tests pin the wiring it rests on.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import Stack, scratch_stack

from ums_ha import UmsConfigSave
from ums_ha._generated.citrixadc.server import Server
from ums_ha.domain.naming import SAVE_ORDER_ADDRESS
from ums_ha.providers import CitrixadcProvider
from ums_ha.toolchain.cdk import runtime as cdk

pytestmark = pytest.mark.runtime


def _bodies(stack: Stack) -> dict[str, dict[str, Any]]:
    return {f"{kind}.{name}": body for kind, entries in stack["resource"].items() for name, body in entries.items()}


def test_every_netscaler_object_and_the_save_wait_for_the_ordering_step(example_stack: Stack) -> None:
    bodies = _bodies(example_stack)
    netscaler = {address for address in bodies if address.startswith("citrixadc_")}
    assert len(netscaler) == 27
    assert {address: bodies[address].get("depends_on") for address in netscaler} == {
        address: [SAVE_ORDER_ADDRESS] for address in netscaler
    }
    others = set(bodies) - netscaler - {SAVE_ORDER_ADDRESS}
    assert others == {"dns_a_record_set.dns_record"}
    assert all("depends_on" not in bodies[address] for address in others)


def test_the_ordering_step_lists_every_object_the_save_watches(example_stack: Stack) -> None:
    step = _bodies(example_stack)[SAVE_ORDER_ADDRESS]
    save = example_stack["resource"]["citrixadc_nsconfig_save"]["config_save"]
    assert set(step) == {"input"}  # no trigger, no depends_on: only updated in place, never replaced
    assert step["input"] == sorted(step["input"])
    assert step["input"] == sorted(save["lifecycle"]["replace_triggered_by"])


def test_a_resource_of_ones_own_keeps_its_depends_on_and_gains_the_step() -> None:
    stack = scratch_stack("own")
    CitrixadcProvider(stack, "adc", endpoint="https://adc.example")
    first = Server(stack, "First", name="first", ipaddress="192.168.1.11")
    second = Server(stack, "Second", name="second", ipaddress="192.168.1.12", depends_on=[first])
    UmsConfigSave(stack, "Save", watched=[first, second])
    synthesized = json.loads(cdk.Testing.synth(stack))
    servers = synthesized["resource"]["citrixadc_server"]
    assert {name: body.get("depends_on") for name, body in servers.items()} == {
        first.friendly_unique_id: [SAVE_ORDER_ADDRESS],
        second.friendly_unique_id: [f"citrixadc_server.{first.friendly_unique_id}", SAVE_ORDER_ADDRESS],
    }
    assert synthesized["resource"]["terraform_data"]["config_save_order"]["input"] == sorted(
        f"citrixadc_server.{name}" for name in servers
    )
