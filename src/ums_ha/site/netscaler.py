"""``[sites.<site>.netscaler]``: the appliance, the VIP and SNIP, persistence and the monitor's match."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from ums_ha.domain.model import (
    DEFAULT_MONITOR_RECEIVE,
    DEFAULT_PERSISTENCE_MASK,
    DEFAULT_PERSISTENCE_TIMEOUT_MINUTES,
)
from ums_ha.domain.rules import PERSISTENCE_TIMEOUT_MINUTES, check_cluster, check_endpoint
from ums_ha.site.schema import Key, TableSchema
from ums_ha.site.toml_table import Table

ENDPOINT = Key(
    "endpoint",
    str,
    "`https://` URL of the appliance, `https://host[:port]`: without credentials, path, query or fragment. Sites "
    "with the same endpoint host are on one NetScaler and may not share a VIP and port",
    required=True,
    rules=(check_endpoint,),
)
ALLOW_PLAIN_HTTP = Key(
    "allow_plain_http", bool, "`true` accepts an `http://` endpoint (the login then travels in clear)", default=False
)
INSECURE_SKIP_VERIFY = Key("insecure_skip_verify", bool, "skip TLS verification of the endpoint", default=False)
VIP = Key("vip", str, "IPv4/IPv6 address, not a server's, not the SNIP", required=True, rules=(check_cluster,))
SNIP = Key(
    "snip",
    str,
    "IPv4 `address/prefix` (prefix 1..30), a host address; with any USIP service every UMS server must be inside "
    "its subnet",
    shown_default="none created",
    rules=(check_cluster,),
)
PERSISTENCE_TIMEOUT = Key(
    "persistence_timeout_minutes",
    int,
    "SOURCEIP persistence timeout, minutes",
    default=DEFAULT_PERSISTENCE_TIMEOUT_MINUTES,
    bounds=PERSISTENCE_TIMEOUT_MINUTES,
    rules=(check_cluster,),
)
PERSISTENCE_MASK = Key(
    "persistence_mask", str, "an IPv4 netmask", default=DEFAULT_PERSISTENCE_MASK, rules=(check_cluster,)
)
PERSISTENCE_GROUP = Key(
    "persistence_group",
    bool,
    "one persistence group over all vservers: a device sticks to one UMS on every port",
    default=True,
)
MONITOR_RECEIVE = Key(
    "monitor_receive",
    str,
    "text the `/ums/check-status` body must contain (one line, not empty). Not known, so configurable: the UMS "
    'returns `{"status": "ok"}`, the default matches `"ok"` with its quotes',
    default=DEFAULT_MONITOR_RECEIVE,
    rules=(check_cluster,),
)

NETSCALER_TABLE = TableSchema(
    "sites.<site>.netscaler",
    "How to reach the appliance and what to put on it.",
    (
        ENDPOINT,
        ALLOW_PLAIN_HTTP,
        INSECURE_SKIP_VERIFY,
        VIP,
        SNIP,
        PERSISTENCE_TIMEOUT,
        PERSISTENCE_MASK,
        PERSISTENCE_GROUP,
        MONITOR_RECEIVE,
    ),
    required="yes",
)


@dataclass(frozen=True)
class NetscalerSettings:
    """``[sites.<name>.netscaler]``: how to reach the appliance and what to put on it."""

    endpoint: str
    vip: str
    snip: str | None = None
    persistence_timeout_minutes: int = DEFAULT_PERSISTENCE_TIMEOUT_MINUTES
    persistence_mask: str = DEFAULT_PERSISTENCE_MASK
    persistence_group: bool = True
    insecure_skip_verify: bool = False
    monitor_receive: str = DEFAULT_MONITOR_RECEIVE
    allow_plain_http: bool = False

    @property
    def snip_address(self) -> str | None:
        """The SNIP without its prefix: the UMS servers' default gateway while USIP is on."""
        return str(ipaddress.IPv4Interface(self.snip).ip) if self.snip is not None else None


def read_netscaler(table: Table) -> NetscalerSettings:
    settings = NetscalerSettings(
        endpoint=table.read(ENDPOINT),
        vip=table.read(VIP),
        snip=table.read_optional(SNIP),
        persistence_timeout_minutes=table.read(PERSISTENCE_TIMEOUT),
        persistence_mask=table.read(PERSISTENCE_MASK),
        persistence_group=table.read(PERSISTENCE_GROUP),
        insecure_skip_verify=table.read(INSECURE_SKIP_VERIFY),
        monitor_receive=table.read(MONITOR_RECEIVE),
        allow_plain_http=table.read(ALLOW_PLAIN_HTTP),
    )
    table.finish()
    return settings
