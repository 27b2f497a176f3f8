"""A site's topology as plain nodes and edges: what ``ums-ha diagram`` draws.

clients (IGEL OS 11 devices, IGEL OS 12 devices, the UMS Console and Web App) look up
the DNS name and connect to the VIP:ports they use (one vserver per service) ->
service group -> UMS servers -> database. Node ids are built from positions, not names, so every
id is safe in Mermaid and DOT whatever the names hold; the names are in labels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Final

from ums_ha.database.postgresql import UmsPostgresqlDatabaseSpec
from ums_ha.domain import naming
from ums_ha.domain.model import CONSOLE_SERVICE, HEALTH_CHECK_PATH, OS11_SERVICES
from ums_ha.site.reader import Site


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
    if isinstance(spec, UmsPostgresqlDatabaseSpec):
        role = f"PostgreSQL primary (+{len(spec.standby_servers)} standby)" if spec.standby_servers else "PostgreSQL"
    else:
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


#: Which clients use a service, by the service's name: OS 11 devices register on 30001 and download
#: firmware over HTTP; OS 12 devices, the Console and the Web App use 8443 (DOMAIN.md, "UMS 12 and IGEL OS 12").
_CLIENTS_OF_SERVICE: Final = {
    **dict.fromkeys(OS11_SERVICES, ("os11",)),
    CONSOLE_SERVICE: ("os12", "consoles"),
}


def _client_nodes(site: Site, prefix: str) -> dict[str, Node]:
    """The site's clients by role: a node per IGEL OS generation it serves, and the consoles."""
    nodes = {
        f"os{generation}": Node(f"{prefix}_os{generation}", NodeKind.CLIENTS, (f"IGEL OS {generation} devices",))
        for generation in site.igel_os
    }
    nodes["consoles"] = Node(f"{prefix}_consoles", NodeKind.CLIENTS, ("UMS Console and Web App",))
    return nodes


def _clients_of(service_name: str, clients: dict[str, Node]) -> list[Node]:
    """The clients connecting to a service; every device generation for a service ums-ha does not know by name."""
    roles = _CLIENTS_OF_SERVICE.get(service_name, tuple(role for role in clients if role != "consoles"))
    return [clients[role] for role in roles if role in clients]


def site_topology(site: Site, index: int = 1) -> SiteTopology:
    """The topology of ``site``; ``index`` numbers the site's node ids (``s1_...``) in a multi-site drawing."""
    prefix = f"s{index}"
    clients = _client_nodes(site, prefix)
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
    nodes = [*clients.values(), dns]
    edges = [Edge(client.id, dns.id, "look up") for client in clients.values()]
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
        edges += [Edge(client.id, vserver.id, service.name) for client in _clients_of(service.name, clients)]
        edges += [Edge(vserver.id, group.id)]
        edges += [Edge(group.id, server.id, f":{service.port}") for server in servers]
    nodes += [*servers, database]
    port = f" :{site.database.spec.port}" if site.database is not None else ""
    edges += [Edge(server.id, database.id, f"JDBC{port}") for server in servers]
    return SiteTopology(prefix, f"site {site.name}", tuple(nodes), tuple(edges))
