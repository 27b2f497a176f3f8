"""The DNS part of a site's stack: the A record for ``dns_name``, when the site has ``[dns]``."""

from __future__ import annotations

from cdktf import TerraformStack

from ums_ha.site_file import DnsSettings, Site, dns_keys


def add_dns_record(stack: TerraformStack, site: Site, dns: DnsSettings) -> None:
    """The dns provider (updates to ``dns.server``) and a UmsDnsRecord ``dns_name`` -> VIP."""
    from ums_ha import UmsDnsRecord  # loads the dns bindings, only for sites that use them
    from ums_ha.providers import DnsProvider

    DnsProvider(stack, "dns", server=dns.server)
    UmsDnsRecord(
        stack,
        "Dns",
        zone=dns.zone,
        dns_name=site.dns_name,
        address=site.netscaler.vip,
        ttl=dns.ttl,
        validation_keys=dns_keys(f"sites.{site.name}"),
    )
