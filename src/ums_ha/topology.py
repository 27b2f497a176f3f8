"""A site's topology as plain nodes and edges: what ``ums-ha diagram`` draws.

clients -> DNS name -> VIP:port (one vserver per service) -> service group ->
UMS servers -> database. Node ids are built from positions, not names, so every
id is safe in Mermaid and DOT whatever the names hold; the names are in labels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from . import naming
from .model import HEALTH_CHECK_PATH
from .site_file import Site


class NodeKind(Enum):
    CLIENTS = "clients"
    DNS = "dns"
    VSERVER = "vserver"
    SERVICE_GROUP = "service_group"
    SERVER = "server"
    DATABASE = "database"


@dataclass(frozen=True)
class Node:
    id: str
    kind: NodeKind
    lines: tuple[str, ...]
    """The label, one entry per line."""


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    label: str = ""


@dataclass(frozen=True)
class SiteTopology:
    id: str
    title: str
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]


def _database_node(site: Site, node_id: str) -> Node:
    database = site.database
    if database is None:
        return Node(node_id, NodeKind.DATABASE, ("UMS database", "(not managed by ums-ha)"))
    spec = database.spec
    role = "availability group listener" if spec.always_on else "SQL Server"
    managed = "created by Terraform" if database.managed_by == "terraform" else "created by the DBA script"
    return Node(
        node_id,
        NodeKind.DATABASE,
        (f"database {spec.name}, schema {spec.schema_name}", f"{role} {spec.server}:{spec.port}", managed),
    )


def site_topologies(sites: Sequence[Site]) -> list[SiteTopology]:
    """The topology of each site, numbered in order, for one drawing."""
    return [site_topology(site, index) for index, site in enumerate(sites, start=1)]


def site_topology(site: Site, index: int = 1) -> SiteTopology:
    """The topology of ``site``; ``index`` numbers the site's node ids (``s1_...``) in a multi-site drawing."""
    prefix = f"s{index}"
    clients = Node(f"{prefix}_clients", NodeKind.CLIENTS, ("IGEL devices", "UMS Console and Web App"))
    record = (
        f"A record in zone {site.dns.zone} (TTL {site.dns.ttl} s)"
        if site.dns is not None
        else "A record (made by hand)"
    )
    dns = Node(f"{prefix}_dns", NodeKind.DNS, (site.dns_name, record))
    database = _database_node(site, f"{prefix}_database")
    servers = [
        Node(f"{prefix}_server{number}", NodeKind.SERVER, (server.name, server.address))
        for number, server in enumerate(site.ums_servers, start=1)
    ]
    nodes = [clients, dns]
    edges = [Edge(clients.id, dns.id, "look up")]
    prefix_name = site.object_name_prefix
    for number, service in enumerate(site.services, start=1):
        usip = "USIP on" if service.use_client_ip else "USIP off"
        vserver = Node(
            f"{prefix}_vserver{number}",
            NodeKind.VSERVER,
            (
                f"VIP {site.netscaler.vip}:{service.port}",
                f"{naming.vserver_name(prefix_name, service.name)} ({service.protocol}, {usip})",
            ),
        )
        group = Node(
            f"{prefix}_group{number}",
            NodeKind.SERVICE_GROUP,
            (naming.service_group_name(prefix_name, service.name), f"health GET {HEALTH_CHECK_PATH}"),
        )
        nodes += [vserver, group]
        edges += [Edge(dns.id, vserver.id, service.name), Edge(vserver.id, group.id)]
        edges += [Edge(group.id, server.id, f":{service.port}") for server in servers]
    nodes += [*servers, database]
    port = f" :{site.database.spec.port}" if site.database is not None else ""
    edges += [Edge(server.id, database.id, f"JDBC{port}") for server in servers]
    return SiteTopology(prefix, f"site {site.name}", tuple(nodes), tuple(edges))
