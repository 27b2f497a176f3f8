"""``[sites.<site>.dns]``: the A record ``dns_name`` -> VIP, sent as an RFC 2136 update."""

from __future__ import annotations

from dataclasses import dataclass

from ums_ha.domain.dns import DEFAULT_DNS_PORT, DEFAULT_TTL
from ums_ha.domain.rules import (
    PORTS,
    TTL_SECONDS,
    DnsKeys,
    check_dns_record,
    check_dns_server,
    check_int_range,
)
from ums_ha.errors import Problem
from ums_ha.site.schema import Key, TableSchema
from ums_ha.site.toml_table import Table

SERVER = Key(
    "server",
    str,
    "host name or IP address of the DNS server that takes RFC 2136 updates, no port; for GSS-TSIG its host name "
    "(the Kerberos SPN must match)",
    required=True,
    rules=(check_dns_server,),
)
ZONE = Key(
    "zone",
    str,
    "the zone with its trailing dot (`corp.example.`); `dns_name` must be inside it",
    required=True,
    rules=(check_dns_record,),
)
PORT = Key(
    "port",
    int,
    "the DNS server's port for the updates (a lab server, or a split-horizon view, is not always on 53); "
    "`ums-ha verify` asks it there too",
    default=DEFAULT_DNS_PORT,
    bounds=PORTS,
)
TTL = Key("ttl", int, "seconds (RFC 2181)", default=DEFAULT_TTL, bounds=TTL_SECONDS, rules=(check_dns_record,))
DNS_TABLE = TableSchema(
    "sites.<site>.dns",
    "The A record `dns_name` -> VIP, sent as an RFC 2136 update; the TSIG key or GSS-TSIG login comes from the "
    "`DNS_UPDATE_*` environment variables. Without it: no record (made by hand).",
    (SERVER, PORT, ZONE, TTL),
    links=(("The DNS record", "guide/dns.md"),),
)


@dataclass(frozen=True)
class DnsSettings:
    """``[sites.<name>.dns]``: the A record ``dns_name`` -> VIP, sent as an RFC 2136 update.

    The TSIG key or GSS-TSIG login comes from the provider's ``DNS_UPDATE_*``
    environment variables, never from the site file.
    """

    server: str
    zone: str
    ttl: int = DEFAULT_TTL
    port: int = DEFAULT_DNS_PORT
    """The server's port for the updates. Default: 53."""


def read_dns(site: Table, site_name: str, dns_name: str, vip: str, rule_problems: list[Problem]) -> DnsSettings | None:
    raw = site.get_optional(DNS_TABLE.name, dict)
    if raw is None:
        return None
    table = Table(raw, site.key(DNS_TABLE.name), site.problems)
    settings = DnsSettings(server=table.read(SERVER), zone=table.read(ZONE), ttl=table.read(TTL), port=table.read(PORT))
    table.finish()
    if settings.server:
        rule_problems += check_dns_server(settings.server, table.key("server"))
    rule_problems += check_int_range(settings.port, table.key(PORT.name), *PORTS)
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
