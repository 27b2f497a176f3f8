"""The site's stack outputs: what the UMS admin needs after a deploy; none is secret."""

from __future__ import annotations

from collections.abc import Mapping

from ums_ha.domain.model import DEFAULT_IGEL_OS
from ums_ha.site.reader import Site
from ums_ha.toolchain.cdk import TerraformOutput, TerraformStack


def site_outputs(site: Site) -> dict[str, tuple[object, str]]:
    """Output name -> (value, description), from the site file alone."""
    outputs: dict[str, tuple[object, str]] = {
        "site": (site.name, "the ums-ha site this stack deploys; ums-ha review and drift label their reports with it"),
        "vip": (site.netscaler.vip, "the virtual IP address every UMS service listens on"),
        "dns_name": (site.dns_name, "the name devices and the UMS profile use; resolves to the VIP"),
        "service_endpoints": (
            {service.name: f"{site.dns_name}:{service.port}" for service in site.services},
            "each load-balanced UMS service as dns_name:port, by service name",
        ),
        "ums_servers": (
            {server.name: server.address for server in site.ums_servers},
            "the UMS servers behind the VIP: name -> address",
        ),
    }
    if site.igel_os != DEFAULT_IGEL_OS:  # only when chosen: the default's stacks stay as they were
        outputs["igel_os"] = (
            list(site.igel_os),
            "the IGEL OS generations of the devices behind the VIP; ums-ha review reads it (absent: 11 and 12)",
        )
    if site.netscaler.nodes:  # only for an HA pair: other stacks stay as they were
        outputs["netscaler_nodes"] = (
            list(site.netscaler.nodes),
            "the NSIPs of the NetScaler HA pair's nodes; ums-ha drift asks each whether its configuration is saved",
        )
    if site.netscaler.snip_address is not None:
        outputs["snip"] = (
            site.netscaler.snip_address,
            "the NetScaler SNIP in the UMS subnet: the default gateway of every UMS server while USIP is on",
        )
    return outputs


def add_outputs(stack: TerraformStack, outputs: Mapping[str, tuple[object, str]]) -> None:
    """A ``TerraformOutput`` for each name -> (value, description), in order."""
    for name, (value, description) in outputs.items():
        TerraformOutput(stack, name, value=value, description=description)
