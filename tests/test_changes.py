"""What a change to the site file changes in the synthesized stack.

Users' Terraform state depends on logical ids and on which objects a change
touches; these tests compare two syntheses as data.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import Stack, Synth, all_addresses, resources, site_text

from ums_ha.domain.naming import SAVE_ORDER_ADDRESS

pytestmark = pytest.mark.runtime

TWO = (("ums01", "10.20.30.11"), ("ums02", "10.20.30.12"))
THREE = (*TWO, ("ums03", "10.20.30.13"))


def bodies_without_save(stack: Stack) -> dict[str, Any]:
    """Every resource but the config save and its ordering step, which follow the set of objects."""
    return {
        f"{kind}.{name}": {key: value for key, value in body.items() if key != "//"}
        for kind, entries in stack["resource"].items()
        if kind != "citrixadc_nsconfig_save"
        for name, body in entries.items()
        if f"{kind}.{name}" != SAVE_ORDER_ADDRESS
    }


def test_adding_a_server_adds_only_that_servers_objects(synth: Synth) -> None:
    before = bodies_without_save(synth(site_text(servers=TWO))["ums-ha-prod"])
    after = bodies_without_save(synth(site_text(servers=THREE))["ums-ha-prod"])
    added = sorted(set(after) - set(before))
    assert added == [
        "citrixadc_server.server_ums03",
        "citrixadc_servicegroup_servicegroupmember_binding.member_console_ums03",
        "citrixadc_servicegroup_servicegroupmember_binding.member_devices_ums03",
        "citrixadc_servicegroup_servicegroupmember_binding.member_firmware_ums03",
    ]
    assert {address: after[address] for address in before} == before


def test_removing_a_server_removes_only_that_servers_objects(synth: Synth) -> None:
    before = bodies_without_save(synth(site_text(servers=THREE))["ums-ha-prod"])
    after = bodies_without_save(synth(site_text(servers=TWO))["ums-ha-prod"])
    assert sorted(set(before) - set(after)) == [
        "citrixadc_server.server_ums03",
        "citrixadc_servicegroup_servicegroupmember_binding.member_console_ums03",
        "citrixadc_servicegroup_servicegroupmember_binding.member_devices_ums03",
        "citrixadc_servicegroup_servicegroupmember_binding.member_firmware_ums03",
    ]
    assert {address: before[address] for address in after} == after


def test_config_save_follows_the_set_of_objects(synth: Synth) -> None:
    save_two = resources(synth(site_text(servers=TWO))["ums-ha-prod"], "citrixadc_nsconfig_save")["config_save"]
    save_three = resources(synth(site_text(servers=THREE))["ums-ha-prod"], "citrixadc_nsconfig_save")["config_save"]
    assert save_two["timestamp"] != save_three["timestamp"]
    new = set(save_three["lifecycle"]["replace_triggered_by"]) - set(save_two["lifecycle"]["replace_triggered_by"])
    assert new == {
        "citrixadc_server.server_ums03",
        *(
            f"citrixadc_servicegroup_servicegroupmember_binding.member_{s}_ums03"
            for s in ("devices", "console", "firmware")
        ),
    }
    order_two = resources(synth(site_text(servers=TWO))["ums-ha-prod"], "terraform_data")["config_save_order"]
    order_three = resources(synth(site_text(servers=THREE))["ums-ha-prod"], "terraform_data")["config_save_order"]
    assert set(order_three["input"]) - set(order_two["input"]) == new
    assert set(order_three["input"]) == set(save_three["lifecycle"]["replace_triggered_by"])


def test_same_site_file_synthesizes_identically(synth: Synth) -> None:
    assert synth(site_text()) == synth(site_text())


def test_protocol_change_replaces_group_and_vserver_and_their_bindings_follow(synth: Synth) -> None:
    """A ForceNew change: the stack keeps the same addresses, and every binding of the
    replaced group and vserver names them in replace_triggered_by, so the bindings the
    appliance drops are re-created in the same apply (fixture 04-replace.json)."""
    http = '[[sites.prod.services]]\nname = "firmware"\nport = 9080\nprotocol = "HTTP"\n'
    tcp = http.replace("HTTP", "TCP")
    before = synth(site_text(extra=tcp))["ums-ha-prod"]
    after = synth(site_text(extra=http))["ums-ha-prod"]
    assert all_addresses(before) == all_addresses(after)
    assert resources(after, "citrixadc_servicegroup")["servicegroup_firmware"]["servicetype"] == "HTTP"
    assert resources(after, "citrixadc_lbvserver")["vserver_firmware"]["servicetype"] == "HTTP"

    group = "citrixadc_servicegroup.servicegroup_firmware.id"
    vserver = "citrixadc_lbvserver.vserver_firmware.id"
    followers = {
        "citrixadc_servicegroup_servicegroupmember_binding.member_firmware_ums01": group,
        "citrixadc_servicegroup_servicegroupmember_binding.member_firmware_ums02": group,
        "citrixadc_servicegroup_lbmonitor_binding.monitor_binding_firmware": group,
        "citrixadc_lbvserver_servicegroup_binding.vserver_binding_firmware": group,
        "citrixadc_lbgroup_lbvserver_binding.persistence_group_firmware": vserver,
    }
    bodies = bodies_without_save(after)
    for address, trigger in followers.items():
        assert trigger in bodies[address]["lifecycle"]["replace_triggered_by"], address
    binding = bodies["citrixadc_lbvserver_servicegroup_binding.vserver_binding_firmware"]
    assert vserver in binding["lifecycle"]["replace_triggered_by"]


def test_persistence_group_off_leaves_persistence_on_the_vservers(synth: Synth) -> None:
    stack = synth(site_text(netscaler_extra="persistence_group = false\npersistence_timeout_minutes = 20"))[
        "ums-ha-prod"
    ]
    assert resources(stack, "citrixadc_lbgroup") == {}
    assert resources(stack, "citrixadc_lbgroup_lbvserver_binding") == {}
    assert {body["timeout"] for body in resources(stack, "citrixadc_lbvserver").values()} == {20}


def test_no_snip_no_nsip(synth: Synth) -> None:
    stack = synth(site_text().replace('snip = "10.20.30.5/24"\n', ""))["ums-ha-prod"]
    assert resources(stack, "citrixadc_nsip") == {}
    assert (
        "citrixadc_nsip.snip"
        not in resources(stack, "citrixadc_nsconfig_save")["config_save"]["lifecycle"]["replace_triggered_by"]
    )


def test_monitor_receive_is_configurable(synth: Synth) -> None:
    stack = synth(site_text(netscaler_extra='monitor_receive = \'"status": "ok"\''))["ums-ha-prod"]
    assert resources(stack, "citrixadc_lbmonitor")["monitor_check_status"]["recv"] == '"status": "ok"'
