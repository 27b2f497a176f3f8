"""What a NetScaler holds for one VIP, read through NITRO: vservers, their groups, members, persistence, SNIPs."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from dataclasses import dataclass

from ums_ha.nitro import NitroReader, nitro_number


@dataclass(frozen=True)
class Member:
    server: str
    """The server object's name (an IP address when the member was bound by IP)."""
    address: str
    port: int


@dataclass(frozen=True)
class ServiceGroup:
    name: str
    protocol: str
    use_client_ip: bool
    members: tuple[Member, ...]
    monitors: tuple[str, ...]


@dataclass(frozen=True)
class Vserver:
    name: str
    address: str
    port: int
    protocol: str
    persistence: tuple[str, int | None]
    """(type, timeout in minutes)."""
    service_groups: tuple[str, ...]
    services: tuple[str, ...]
    """Services bound directly, as the guide allows instead of a service group."""


@dataclass(frozen=True)
class Appliance:
    """The objects on one VIP and what they reference."""

    vservers: tuple[Vserver, ...]
    service_groups: dict[str, ServiceGroup]
    servers: dict[str, str]
    """The server objects at the site's addresses: name -> address."""
    persistence_groups: dict[str, tuple[str, ...]]
    """The lbgroups holding a vserver on the VIP: name -> every vserver in it."""
    snips: tuple[str, ...]
    disabled_servers: frozenset[str] = frozenset()
    """The names of the server objects at the site's addresses that are disabled (out of service)."""


def _port(value: object) -> int:
    return nitro_number(value) or 0


def same_address(left: str, right: str) -> bool:
    """Whether two strings name one IP address (``::1`` and ``0::1`` do); strings that are no address, when equal."""
    try:
        return ipaddress.ip_address(left) == ipaddress.ip_address(right)
    except ValueError:
        return left == right


def read_appliance(reader: NitroReader, vip: str, server_addresses: Sequence[str]) -> Appliance:
    """The vservers on ``vip`` with what they use, the server objects at ``server_addresses``, the persistence
    groups of those vservers and the SNIPs; only GET requests.

    The number of requests depends on the VIP's vservers and their groups and on the site's servers, never on
    the appliance's other objects: vservers and servers by filter, each vserver's and group's bindings in one
    request, the persistence groups' bindings in one bulk request.
    """
    vservers = []
    for item in reader.objects("lbvserver", where={"ipv46": vip}, attrs=_VSERVER_ATTRS):
        if not same_address(str(item.get("ipv46", "")), vip):
            continue
        name = str(item.get("name", ""))
        bindings = reader.bindings("lbvserver", name)
        vservers.append(
            Vserver(
                name=name,
                address=str(item.get("ipv46", "")),
                port=_port(item.get("port")),
                protocol=str(item.get("servicetype", "")),
                persistence=(str(item.get("persistencetype", "NONE")), nitro_number(item.get("timeout"))),
                service_groups=tuple(
                    str(b.get("servicegroupname", "")) for b in bindings.get("lbvserver_servicegroup_binding", [])
                ),
                services=tuple(str(b.get("servicename", "")) for b in bindings.get("lbvserver_service_binding", [])),
            )
        )
    service_groups = {}
    for name in sorted({group for vserver in vservers for group in vserver.service_groups}):
        [item, *_rest] = reader.objects("servicegroup", name, attrs=_GROUP_ATTRS) or [{}]
        bindings = reader.bindings("servicegroup", name)
        service_groups[name] = ServiceGroup(
            name=name,
            protocol=str(item.get("servicetype", "")),
            use_client_ip=str(item.get("usip", "NO")).upper() == "YES",
            members=tuple(
                Member(str(b.get("servername", "")), str(b.get("ip", "")), _port(b.get("port")))
                for b in bindings.get("servicegroup_servicegroupmember_binding", [])
            ),
            monitors=tuple(str(b.get("monitor_name", "")) for b in bindings.get("servicegroup_lbmonitor_binding", [])),
        )
    server_objects = [
        item
        for address in dict.fromkeys(server_addresses)
        for item in reader.objects("server", where={"ipaddress": address}, attrs=_SERVER_ATTRS)
    ]
    servers = {str(item.get("name", "")): str(item.get("ipaddress", "")) for item in server_objects}
    disabled = frozenset(
        str(item.get("name", "")) for item in server_objects if str(item.get("state", "")).upper() == "DISABLED"
    )
    on_vip = {vserver.name for vserver in vservers}
    persistence_groups: dict[str, tuple[str, ...]] = {}
    for binding in reader.every_binding("lbgroup_lbvserver_binding"):
        group, vserver = str(binding.get("name", "")), str(binding.get("vservername", ""))
        persistence_groups[group] = (*persistence_groups.get(group, ()), vserver)
    persistence_groups = {group: members for group, members in persistence_groups.items() if on_vip & set(members)}
    snips = tuple(str(item.get("ipaddress", "")) for item in reader.objects("nsip", where={"type": "SNIP"}))
    return Appliance(tuple(vservers), service_groups, servers, persistence_groups, snips, disabled)


_VSERVER_ATTRS = ("name", "ipv46", "port", "servicetype", "persistencetype", "timeout")
_GROUP_ATTRS = ("servicegroupname", "servicetype", "usip")
_SERVER_ATTRS = ("name", "ipaddress", "state")
