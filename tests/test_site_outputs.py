"""The stack outputs: the facts an admin needs after a deploy, from the synthesized JSON."""

from __future__ import annotations

import pytest
from conftest import Stack, Synth, site_text

pytestmark = pytest.mark.runtime


def output_values(stack: Stack) -> dict[str, object]:
    return {name: output["value"] for name, output in stack["output"].items()}


def test_the_example_outputs_the_site_vip_name_endpoints_servers_and_gateway(example_stack: Stack) -> None:
    assert output_values(example_stack) == {
        "site": "prod",
        "vip": "10.20.30.10",
        "dns_name": "igelrmserver.corp.example",
        "service_endpoints": {
            "devices": "igelrmserver.corp.example:30001",
            "console": "igelrmserver.corp.example:8443",
            "firmware": "igelrmserver.corp.example:9080",
        },
        "ums_servers": {"ums01": "10.20.30.11", "ums02": "10.20.30.12"},
        "snip": "10.20.30.5",
    }


def test_every_output_is_described_and_none_is_sensitive(example_stack: Stack) -> None:
    for name, output in example_stack["output"].items():
        assert output["description"].strip(), name
        assert not output.get("sensitive"), name


def test_without_a_snip_there_is_no_gateway_output(synth: Synth) -> None:
    text = site_text().replace('snip = "10.20.30.5/24"\n', "")
    stack = synth(text)["ums-ha-prod"]
    assert "snip" not in stack["output"]
    assert output_values(stack)["vip"] == "10.20.30.10"


def test_service_endpoints_follow_the_site_services(synth: Synth) -> None:
    services = '[[sites.prod.services]]\nname = "web"\nport = 443\nprotocol = "SSL_BRIDGE"\nuse_client_ip = false\n'
    stack = synth(site_text(extra=services))["ums-ha-prod"]
    assert output_values(stack)["service_endpoints"] == {"web": "igelrmserver.corp.example:443"}
