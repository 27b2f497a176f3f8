"""``[sites.<site>.dns]``: the A record ``dns_name`` -> VIP, sent as an RFC 2136 update."""

from __future__ import annotations

from dataclasses import dataclass

from ums_ha.domain.dns import DEFAULT_TTL
from ums_ha.domain.rules import (
    DnsKeys,
    check_dns_record,
    check_dns_server,
)
from ums_ha.errors import Problem
from ums_ha.site.toml_table import Table


@dataclass(frozen=True)
class DnsSettings:
    """``[sites.<name>.dns]``: the A record ``dns_name`` -> VIP, sent as an RFC 2136 update.

    The TSIG key or GSS-TSIG login comes from the provider's ``DNS_UPDATE_*``
    environment variables, never from the site file.
    """

    server: str
    zone: str
    ttl: int = DEFAULT_TTL


def read_dns(site: Table, site_name: str, dns_name: str, vip: str, rule_problems: list[Problem]) -> DnsSettings | None:
    raw = site.get_optional("dns", dict)
    if raw is None:
        return None
    table = Table(raw, site.key("dns"), site.problems)
    settings = DnsSettings(
        server=table.get("server", str, "", required=True),
        zone=table.get("zone", str, "", required=True),
        ttl=table.get("ttl", int, DEFAULT_TTL),
    )
    table.finish()
    if settings.server:
        rule_problems += check_dns_server(settings.server, table.key("server"))
    if settings.zone and dns_name and vip:
        rule_problems += check_dns_record(
            zone=settings.zone, dns_name=dns_name, ttl=settings.ttl, address=vip, keys=dns_keys(site_name)
        )
    return settings


def dns_keys(site_name: str) -> DnsKeys:
    """Where the A record's settings live in the site file."""
    site_path = f"sites.{site_name}"
    return DnsKeys(
        zone=f"{site_path}.dns.zone",
        dns_name=f"{site_path}.dns_name",
        ttl=f"{site_path}.dns.ttl",
        address=f"{site_path}.netscaler.vip",
    )
