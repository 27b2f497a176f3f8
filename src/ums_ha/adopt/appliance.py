"""What a NetScaler holds for one VIP, read through NITRO: vservers, their groups, members, persistence, SNIPs."""

from __future__ import annotations

import ipaddress
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
    """Every server object: name -> address."""
    persistence_groups: dict[str, tuple[str, ...]]
    """Every lbgroup: name -> the vservers in it."""
    snips: tuple[str, ...]


def _port(value: object) -> int:
    return nitro_number(value) or 0


def same_address(left: str, right: str) -> bool:
    """Whether two strings name one IP address (``::1`` and ``0::1`` do); strings that are no address, when equal."""
    try:
        return ipaddress.ip_address(left) == ipaddress.ip_address(right)
    except ValueError:
        return left == right


def read_appliance(reader: NitroReader, vip: str) -> Appliance:
    """Every vserver on ``vip`` with what it uses; only GET requests."""
    vservers = []
    for item in reader.objects("lbvserver"):
        if not same_address(str(item.get("ipv46", "")), vip):
            continue
        name = str(item.get("name", ""))
        groups = tuple(
            str(b.get("servicegroupname", "")) for b in reader.objects("lbvserver_servicegroup_binding", name)
        )
        services = tuple(str(b.get("servicename", "")) for b in reader.objects("lbvserver_service_binding", name))
        vservers.append(
            Vserver(
                name=name,
                address=str(item.get("ipv46", "")),
                port=_port(item.get("port")),
                protocol=str(item.get("servicetype", "")),
                persistence=(str(item.get("persistencetype", "NONE")), nitro_number(item.get("timeout"))),
                service_groups=groups,
                services=services,
            )
        )
    service_groups = {}
    for name in sorted({group for vserver in vservers for group in vserver.service_groups}):
        [item, *_rest] = reader.objects("servicegroup", name) or [{}]
        members = tuple(
            Member(str(b.get("servername", "")), str(b.get("ip", "")), _port(b.get("port")))
            for b in reader.objects("servicegroup_servicegroupmember_binding", name)
        )
        monitors = tuple(str(b.get("monitor_name", "")) for b in reader.objects("servicegroup_lbmonitor_binding", name))
        service_groups[name] = ServiceGroup(
            name=name,
            protocol=str(item.get("servicetype", "")),
            use_client_ip=str(item.get("usip", "NO")).upper() == "YES",
            members=members,
            monitors=monitors,
        )
    servers = {str(item.get("name", "")): str(item.get("ipaddress", "")) for item in reader.objects("server")}
    persistence_groups = {
        str(item.get("name", "")): tuple(
            str(b.get("vservername", ""))
            for b in reader.objects("lbgroup_lbvserver_binding", str(item.get("name", "")))
        )
        for item in reader.objects("lbgroup")
    }
    snips = tuple(str(item.get("ipaddress", "")) for item in reader.objects("nsip") if item.get("type") == "SNIP")
    return Appliance(tuple(vservers), service_groups, servers, persistence_groups, snips)
