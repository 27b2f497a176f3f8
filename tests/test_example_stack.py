"""The example site's synthesized stack, object by object, against what the guide builds."""

from __future__ import annotations

import pytest
from conftest import Stack, resources

pytestmark = pytest.mark.runtime

SERVICES = {"devices": (30001, "YES"), "console": (8443, "NO"), "firmware": (9080, "YES")}
SERVERS = {"ums01": "10.20.30.11", "ums02": "10.20.30.12"}


def ref(address: str) -> str:
    return "${" + address + "}"


def test_providers_get_the_endpoint_and_dns_server_and_no_credentials(example_stack: Stack) -> None:
    assert example_stack["provider"] == {
        "citrixadc": [{"endpoint": "https://192.0.2.2"}],
        "dns": [{"update": [{"server": "dc01.corp.example", "port": 53}]}],
    }
    assert example_stack["terraform"]["required_providers"] == {
        "citrixadc": {"source": "citrix/citrixadc", "version": "2.2.2"},
        "dns": {"source": "hashicorp/dns", "version": "3.6.1"},
    }


def test_local_state_lives_in_the_project_directory_per_stack(example_stack: Stack) -> None:
    assert example_stack["terraform"]["backend"] == {"local": {"path": "../../../terraform.ums-ha-prod.tfstate"}}


def test_one_server_per_ums_server(example_stack: Stack) -> None:
    assert resources(example_stack, "citrixadc_server") == {
        f"server_{name}": {"name": f"ums-prod-srv-{name}", "ipaddress": address, "state": "ENABLED"}
        for name, address in SERVERS.items()
    }


def test_one_service_group_per_service_with_usip_as_the_guide_sets_it(example_stack: Stack) -> None:
    assert resources(example_stack, "citrixadc_servicegroup") == {
        f"servicegroup_{service}": {"servicegroupname": f"ums-prod-sg-{service}", "servicetype": "TCP", "usip": usip}
        for service, (_port, usip) in SERVICES.items()
    }


def test_every_server_is_a_member_of_every_group_as_its_own_resource(example_stack: Stack) -> None:
    members = resources(example_stack, "citrixadc_servicegroup_servicegroupmember_binding")
    expected = {}
    for service, (port, _usip) in SERVICES.items():
        for server in SERVERS:
            group = f"citrixadc_servicegroup.servicegroup_{service}"
            server_address = f"citrixadc_server.server_{server}"
            expected[f"member_{service}_{server}"] = {
                "servicegroupname": ref(f"{group}.servicegroupname"),
                "servername": ref(f"{server_address}.name"),
                "port": port,
                "lifecycle": {"replace_triggered_by": [f"{group}.id", f"{server_address}.id"]},
            }
    assert members == expected


def test_health_monitor_checks_ums_status_over_tls_on_8443(example_stack: Stack) -> None:
    assert resources(example_stack, "citrixadc_lbmonitor") == {
        "monitor_check_status": {
            "monitorname": "ums-prod-mon-check-status",
            "type": "HTTP-ECV",
            "secure": "YES",
            "send": "GET /ums/check-status",
            "recv": '"ok"',
            "destport": 8443,
        }
    }


def test_the_monitor_is_bound_to_every_group_so_an_unhealthy_ums_leaves_all_pools(example_stack: Stack) -> None:
    bindings = resources(example_stack, "citrixadc_servicegroup_lbmonitor_binding")
    monitor = "citrixadc_lbmonitor.monitor_check_status"
    assert bindings == {
        f"monitor_binding_{service}": {
            "servicegroupname": ref(f"citrixadc_servicegroup.servicegroup_{service}.servicegroupname"),
            "monitorname": ref(f"{monitor}.monitorname"),
            "lifecycle": {
                "replace_triggered_by": [f"citrixadc_servicegroup.servicegroup_{service}.id", f"{monitor}.id"]
            },
        }
        for service in SERVICES
    }


def test_one_vserver_per_service_on_the_one_vip_with_sourceip_persistence(example_stack: Stack) -> None:
    assert resources(example_stack, "citrixadc_lbvserver") == {
        f"vserver_{service}": {
            "name": f"ums-prod-vs-{service}",
            "ipv46": "10.20.30.10",
            "port": port,
            "servicetype": "TCP",
            "persistencetype": "SOURCEIP",
            "timeout": 5,
            "persistmask": "255.255.255.255",
        }
        for service, (port, _usip) in SERVICES.items()
    }


def test_each_vserver_is_bound_to_its_group(example_stack: Stack) -> None:
    bindings = resources(example_stack, "citrixadc_lbvserver_servicegroup_binding")
    assert bindings == {
        f"vserver_binding_{service}": {
            "name": ref(f"citrixadc_lbvserver.vserver_{service}.name"),
            "servicegroupname": ref(f"citrixadc_servicegroup.servicegroup_{service}.servicegroupname"),
            "lifecycle": {
                "replace_triggered_by": [
                    f"citrixadc_lbvserver.vserver_{service}.id",
                    f"citrixadc_servicegroup.servicegroup_{service}.id",
                ]
            },
        }
        for service in SERVICES
    }


def test_persistence_group_holds_every_vserver(example_stack: Stack) -> None:
    assert resources(example_stack, "citrixadc_lbgroup") == {
        "persistence_group": {
            "name": "ums-prod-persistence",
            "persistencetype": "SOURCEIP",
            "timeout": 5,
            "persistmask": "255.255.255.255",
        }
    }
    group = "citrixadc_lbgroup.persistence_group"
    assert resources(example_stack, "citrixadc_lbgroup_lbvserver_binding") == {
        f"persistence_group_{service}": {
            "name": ref(f"{group}.name"),
            "vservername": ref(f"citrixadc_lbvserver.vserver_{service}.name"),
            "lifecycle": {"replace_triggered_by": [f"{group}.id", f"citrixadc_lbvserver.vserver_{service}.id"]},
        }
        for service in SERVICES
    }


def test_snip_in_the_ums_subnet(example_stack: Stack) -> None:
    assert resources(example_stack, "citrixadc_nsip") == {
        "snip": {"ipaddress": "10.20.30.5", "netmask": "255.255.255.0", "type": "SNIP"}
    }


def test_config_save_watches_every_appliance_object_and_nothing_else(example_stack: Stack) -> None:
    save = resources(example_stack, "citrixadc_nsconfig_save")["config_save"]
    objects = sorted(
        f"{kind}.{name}"
        for kind, bodies in example_stack["resource"].items()
        if kind.startswith("citrixadc_") and kind != "citrixadc_nsconfig_save"
        for name in bodies
    )
    assert len(objects) == 26
    assert sorted(save["lifecycle"]["replace_triggered_by"]) == objects
    assert save["all"] is True
    # The timestamp hashes every object's id: a created, deleted or replaced object changes it.
    inner = save["timestamp"].removeprefix('${sha1(join(",", [').removesuffix("]))}")
    assert save["timestamp"] == '${sha1(join(",", [' + inner + "]))}"
    assert sorted(part.removesuffix(".id") for part in inner.split(", ")) == objects


def test_no_resource_uses_inline_bindings(example_stack: Stack) -> None:
    for name, body in resources(example_stack, "citrixadc_servicegroup").items():
        assert not {"servicegroupmembers", "lbvservers", "lbmonitor"} & body.keys(), name
