"""``[sites.<site>.netscaler]``: the appliance, the VIP and SNIP, persistence and the monitor's match."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from ums_ha.domain.model import (
    DEFAULT_MONITOR_RECEIVE,
    DEFAULT_PERSISTENCE_MASK,
    DEFAULT_PERSISTENCE_TIMEOUT_MINUTES,
)
from ums_ha.domain.rules import (
    PERSISTENCE_TIMEOUT_MINUTES,
    check_cluster,
    check_endpoint,
    check_ha_nodes,
    check_partition,
)
from ums_ha.errors import Problem
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
PARTITION = Key(
    "partition",
    str,
    "the admin partition the site's objects live in: the provider logs in (`do_login = true`) and switches to it, "
    "and the config save saves that partition's configuration. A NetScaler name: an ASCII letter, digit or `_`, "
    "then those, `.`, `:` or `-`, at most 127. How a SNIP is made inside a partition is not known: check the "
    "plan's `citrixadc_nsip` with the appliance's admin",
    shown_default="none: the default partition",
    rules=(check_partition,),
)
SAVE_ALL_PARTITIONS = Key(
    "save_all_partitions",
    bool,
    "`true`: the config save saves every partition's configuration (`save ns config -all`). Whether a partition "
    "user may do that is not known, so with `partition` synth warns",
    shown_default="`false` with `partition` (that partition alone), else `true` (as ums-ha saved before)",
)
NODES = Key(
    "nodes",
    list,
    "an HA pair: the two nodes' NSIPs, for reads (`ums-ha verify` asks each). `endpoint` is where writes go: a "
    "floating SNIP with management access, which is always on the primary (synth warns when it is one node's "
    "NSIP)",
    shown_default="none: a standalone appliance",
    rules=(check_ha_nodes,),
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
        PARTITION,
        SAVE_ALL_PARTITIONS,
        NODES,
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
    partition: str | None = None
    """The admin partition. Default: none, the default partition."""
    save_all_partitions: bool | None = None
    """Save every partition's configuration. Default: None: only the partition's with ``partition``, else all."""
    nodes: tuple[str, ...] = ()
    """An HA pair's two NSIPs, for reads. Default: none, a standalone appliance."""

    @property
    def saves_all_partitions(self) -> bool:
        """What the config save's ``all`` gets."""
        return self.save_all_partitions if self.save_all_partitions is not None else self.partition is None

    def warnings(self, site: str) -> list[str]:
        """What the settings leave to chance on a production appliance (never an error)."""
        found = []
        host = urlsplit(self.endpoint).hostname or ""
        if host in self.nodes:
            found.append(
                f"sites.{site}.netscaler.endpoint is the NSIP of node {host} of the HA pair: after a failover every "
                "deploy writes to the secondary, whose configuration the next HA sync throws away (NetScaler error "
                "1028). Point it at a floating SNIP with management access (set ns ip <SNIP> -mgmtAccess ENABLED), "
                "which is always on the primary"
            )
        if self.partition is not None and self.save_all_partitions:
            found.append(
                f"sites.{site}.netscaler.save_all_partitions with partition {self.partition!r}: whether a partition "
                "user may save every partition is not known; if the first deploy's save is refused, set it to false"
            )
        return found

    @property
    def snip_address(self) -> str | None:
        """The SNIP without its prefix: the UMS servers' default gateway while USIP is on."""
        return str(ipaddress.IPv4Interface(self.snip).ip) if self.snip is not None else None


def read_netscaler(table: Table, rule_problems: list[Problem]) -> NetscalerSettings:
    nodes = table.read_optional(NODES)
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
        partition=table.read_optional(PARTITION),
        save_all_partitions=table.read_optional(SAVE_ALL_PARTITIONS),
        nodes=tuple(str(node) for node in nodes or ()),
    )
    table.finish()
    if settings.partition is not None:
        rule_problems += check_partition(settings.partition, table.key(PARTITION.name))
    if nodes is not None:
        rule_problems += check_ha_nodes(nodes, table.key(NODES.name))
    return settings
