"""Matching what the appliance holds to a site, by address and port (never by name), and what the first plan does.

The result is the ``[sites.<site>.names]`` table and, beyond the imports, what the
first plan would change in place, create, replace, and leave alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ums_ha.adopt.appliance import Appliance, Member, Vserver, same_address
from ums_ha.domain.model import UmsService
from ums_ha.domain.naming import ObjectNames
from ums_ha.domain.rules import is_ip_address
from ums_ha.site.reader import Site

PERSISTENCE_TYPE = "SOURCEIP"


@dataclass
class Adoption:
    """What adopting a site's appliance takes."""

    names: ObjectNames
    changes: list[str] = field(default_factory=list)
    """Attributes the first plan changes in place on imported objects."""
    creates: list[str] = field(default_factory=list)
    replacements: list[str] = field(default_factory=list)
    """What the first plan could only replace: the setup differs from ums-ha's in a way an update cannot fix."""
    untouched: list[str] = field(default_factory=list)
    """Objects on the VIP or in the groups that ums-ha does not manage; they stay as they are."""

    @property
    def adoptable_in_place(self) -> bool:
        return not self.replacements


def match(site: Site, appliance: Appliance) -> Adoption:
    """The names and the first plan's work for ``site`` on ``appliance``."""
    found = _Found()
    adoption = Adoption(names=ObjectNames())
    ports = {service.port for service in site.services}
    for other in appliance.vservers:
        if other.port not in ports:
            adoption.untouched.append(
                f"vserver {other.name} on {other.address}:{other.port} ({other.protocol}): not a service of the site"
            )
    for service in site.services:
        _match_service(site, service, appliance, adoption, found)
    for server in site.ums_servers:
        if server.name not in found.servers:
            name = next(
                (name for name, address in appliance.servers.items() if same_address(address, server.address)), None
            )
            if name is not None and not is_ip_address(name):
                found.servers[server.name] = name
            else:
                adoption.creates.append(f"server {server.name} ({server.address})")
    _match_server_states(site, found.servers, appliance, adoption)
    adoption.creates.append("health monitor (HTTP-ECV GET /ums/check-status), bound to every service group")
    persistence_group = _match_persistence_group(site, set(found.vservers.values()), appliance, adoption)
    _match_snip(site, appliance, adoption)
    adoption.creates.append("config save after the apply")
    adoption.names = ObjectNames(
        servers=found.servers,
        service_groups=found.groups,
        vservers=found.vservers,
        persistence_group=persistence_group,
    )
    return adoption


def _match_server_states(site: Site, names: dict[str, str], appliance: Appliance, adoption: Adoption) -> None:
    """A server disabled by hand is enabled by the first plan unless the site file takes it out of service."""
    for server in site.ums_servers:
        name = names.get(server.name)
        if name is None:
            continue
        disabled = name in appliance.disabled_servers
        if disabled and server.in_service:
            adoption.changes.append(
                f"server {name} ({server.name}) is disabled on the appliance: the first plan enables it; to keep it "
                f'out of service, add "{server.name}" to [sites.{site.name}.maintenance] out_of_service'
            )
        elif not disabled and not server.in_service:
            adoption.changes.append(
                f"server {name} ({server.name}) is in service on the appliance: the first plan takes it out "
                f"([sites.{site.name}.maintenance] out_of_service)"
            )


@dataclass
class _Found:
    """The appliance's names for the site's objects, by ums-ha's role."""

    servers: dict[str, str] = field(default_factory=dict)
    groups: dict[str, str] = field(default_factory=dict)
    vservers: dict[str, str] = field(default_factory=dict)


def _match_service(site: Site, service: UmsService, appliance: Appliance, adoption: Adoption, found: _Found) -> None:
    vserver = next((item for item in appliance.vservers if item.port == service.port), None)
    if vserver is None:
        adoption.creates.append(f"vserver for {service.name} on {site.netscaler.vip}:{service.port}")
        return
    found.vservers[service.name] = vserver.name
    _match_vserver(site, service.name, service.protocol, vserver, adoption)
    if vserver.services and not vserver.service_groups:
        adoption.replacements.append(
            f"vserver {vserver.name} balances services ({', '.join(vserver.services)}), not a service group: "
            f"ums-ha binds its own service group for {service.name}, and the services would have to go"
        )
        return
    if not vserver.service_groups:
        adoption.creates.append(f"service group for {service.name}, bound to vserver {vserver.name}")
        return
    group = appliance.service_groups[vserver.service_groups[0]]
    found.groups[service.name] = group.name
    if group.protocol != service.protocol:
        adoption.replacements.append(
            f"service group {group.name} is {group.protocol}, the site's {service.name} service "
            f"{service.protocol}: the protocol cannot change in place"
        )
    if group.use_client_ip != service.use_client_ip:
        adoption.changes.append(
            f"service group {group.name}: Use Client IP {_yes(group.use_client_ip)} -> {_yes(service.use_client_ip)}"
        )
    _match_members(site, service.port, group.name, group.members, servers=found.servers, adoption=adoption)
    for monitor in group.monitors:
        adoption.untouched.append(
            f"monitor {monitor} bound to {group.name}: stays bound beside ums-ha's own health monitor "
            "(a monitor made by hand would be replaced on import, so ums-ha does not name it)"
        )


def _yes(value: bool) -> str:
    return "on" if value else "off"


def _match_vserver(site: Site, service: str, protocol: str, vserver: Vserver, adoption: Adoption) -> None:
    if vserver.protocol != protocol:
        adoption.replacements.append(
            f"vserver {vserver.name} is {vserver.protocol}, the site's {service} service {protocol}: "
            "the protocol cannot change in place"
        )
    wanted = (PERSISTENCE_TYPE, site.netscaler.persistence_timeout_minutes)
    if vserver.persistence != wanted:
        kind, timeout = vserver.persistence
        adoption.changes.append(
            f"vserver {vserver.name}: persistence {kind}"
            f"{f' {timeout} min' if timeout is not None else ''} -> {wanted[0]} {wanted[1]} min"
        )


def _match_members(
    site: Site, port: int, group: str, members: tuple[Member, ...], *, servers: dict[str, str], adoption: Adoption
) -> None:
    for server in site.ums_servers:
        member = next(
            (item for item in members if same_address(item.address, server.address) and item.port == port), None
        )
        if member is None:
            adoption.creates.append(f"member {server.name}:{port} of {group}")
        elif is_ip_address(member.server):
            adoption.replacements.append(
                f"{group} has {server.address}:{port} bound by IP, with no server object of its own: ums-ha binds "
                f"its server object {server.name} there instead"
            )
        else:
            servers.setdefault(server.name, member.server)
    addresses = [server.address for server in site.ums_servers]
    for member in members:
        if not any(same_address(member.address, address) for address in addresses):
            adoption.untouched.append(
                f"member {member.server} ({member.address}:{member.port}) of {group}: not a UMS server of the site"
            )


def _match_persistence_group(site: Site, vservers: set[str], appliance: Appliance, adoption: Adoption) -> str | None:
    if not site.netscaler.persistence_group:
        return None
    found = next((name for name, members in appliance.persistence_groups.items() if vservers & set(members)), None)
    if found is None:
        adoption.creates.append("persistence group over the vservers")
    return found


def _match_snip(site: Site, appliance: Appliance, adoption: Adoption) -> None:
    snip = site.netscaler.snip_address
    if snip is None:
        return
    if not any(same_address(address, snip) for address in appliance.snips):
        adoption.creates.append(f"SNIP {site.netscaler.snip}")
