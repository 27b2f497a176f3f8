"""The DNS A record for the UMS name: defaults and the arithmetic of names and zones."""

from __future__ import annotations

from typing import Final

#: Seconds; short, so a changed VIP reaches the devices soon. The provider's own default is 3600.
DEFAULT_TTL: Final = 300
#: Where a DNS server takes queries and RFC 2136 updates, unless the site says otherwise.
DEFAULT_DNS_PORT: Final = 53
#: RFC 2181, section 8: a TTL is 0 to 2^31 - 1 seconds.
MAX_TTL: Final = 2**31 - 1
#: The hashicorp/dns release pinned in every stack: the one whose real schema the tests check against.
DNS_PROVIDER_VERSION: Final = "3.6.1"
DNS_PROVIDER_SOURCE: Final = "hashicorp/dns"


def _labels(name: str) -> list[str]:
    return name.removesuffix(".").lower().split(".")


def zone_contains(zone: str, dns_name: str) -> bool:
    """True when ``dns_name`` is ``zone`` itself or a name below it (case-insensitive)."""
    zone_labels = _labels(zone)
    name_labels = _labels(dns_name)
    return len(name_labels) >= len(zone_labels) and name_labels[len(name_labels) - len(zone_labels) :] == zone_labels


def record_name(dns_name: str, zone: str) -> str | None:
    """The record's name relative to ``zone``; None for the zone's apex.

    ``record_name("igelrmserver.corp.example", "corp.example.") == "igelrmserver"``.
    """
    relative = dns_name.removesuffix(".").split(".")[: len(_labels(dns_name)) - len(_labels(zone))]
    return ".".join(relative) or None
