"""The DNS part of a site's stack: the A record for ``dns_name``, when the site has ``[dns]``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ums_ha.site.dns import DnsSettings, dns_keys
from ums_ha.site.reader import Site
from ums_ha.toolchain.cdk import TerraformStack

if TYPE_CHECKING:
    from ums_ha.constructs.dns_record import UmsDnsRecord


def add_dns_record(stack: TerraformStack, site: Site, dns: DnsSettings) -> UmsDnsRecord:
    """The dns provider (updates to ``dns.server``) and a UmsDnsRecord ``dns_name`` -> VIP."""
    from ums_ha import UmsDnsRecord  # loads the dns bindings, only for sites that use them
    from ums_ha.providers import DnsProvider

    DnsProvider(stack, "dns", server=dns.server, port=dns.port)
    return UmsDnsRecord(
        stack,
        "Dns",
        zone=dns.zone,
        dns_name=site.dns_name,
        address=site.netscaler.vip,
        ttl=dns.ttl,
        validation_keys=dns_keys(site.name),
    )
