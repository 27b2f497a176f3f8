"""``[sites.<site>.netscaler]``: the appliance, the VIP and SNIP, persistence and the monitor's match."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from ums_ha.domain.model import (
    DEFAULT_MONITOR_RECEIVE,
    DEFAULT_PERSISTENCE_MASK,
    DEFAULT_PERSISTENCE_TIMEOUT_MINUTES,
)
from ums_ha.site.toml_table import Table


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
    defaults = NetscalerSettings(endpoint="", vip="")
    settings = NetscalerSettings(
        endpoint=table.get("endpoint", str, "", required=True),
        vip=table.get("vip", str, "", required=True),
        snip=table.get_optional("snip", str),
        persistence_timeout_minutes=table.get("persistence_timeout_minutes", int, defaults.persistence_timeout_minutes),
        persistence_mask=table.get("persistence_mask", str, defaults.persistence_mask),
        persistence_group=table.get("persistence_group", bool, defaults.persistence_group),
        insecure_skip_verify=table.get("insecure_skip_verify", bool, defaults.insecure_skip_verify),
        monitor_receive=table.get("monitor_receive", str, defaults.monitor_receive),
        allow_plain_http=table.get("allow_plain_http", bool, defaults.allow_plain_http),
    )
    table.finish()
    return settings
