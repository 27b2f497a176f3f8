"""The appliance's own view of a site, read with NITRO GETs: vserver and member states, monitors, the saved config.

NITRO reads (DOMAIN.md), each by name, so their number is the site's (1 + 2 per service, and the group's
statistics when its member bindings carry no state), never the appliance's other objects:
``GET /nitro/v1/stat/lbvserver/<name>`` for a vserver's ``state``; a service group's bindings in one
request (``config/servicegroup_binding/<group>``): its members with each one's ``svrstate``, and its
monitors; ``config/nsconfig`` for when the configuration was last changed and last saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ums_ha.domain.model import UmsServer
from ums_ha.nitro import NitroError, NitroReader, config_saved, nitro_number
from ums_ha.site.reader import Site
from ums_ha.verify.results import CheckResult, Status

#: The states of a member whose server is disabled (DOMAIN.md, "Taking a server out of service").
OUT_OF_SERVICE_STATES = ("GOING OUT OF SERVICE", "OUT OF SERVICE", "DOWN WHEN GOING OUT OF SERVICE")
#: The member statistic read as its open connections; NITRO's stat servicegroupmember field for current client
#: connections. Not checked against a real appliance here: when it is missing, verify says so.
CONNECTIONS_STAT = "curclntconnections"


@dataclass(frozen=True)
class ServiceView:
    service: str
    port: int
    vserver: str
    vserver_stats: tuple[dict[str, Any], ...]
    service_group: str
    members: tuple[dict[str, Any], ...]
    monitors: tuple[dict[str, Any], ...]
    member_stats: tuple[dict[str, Any], ...] = ()
    """The service group's member statistics, read only when a binding has no ``svrstate``."""


@dataclass(frozen=True)
class ApplianceView:
    site: Site
    services: tuple[ServiceView, ...]
    nsconfig: dict[str, Any] | None

    def results(self, server_ok: dict[str, bool], *, snip: str | None) -> list[CheckResult]:
        """The appliance's checks; ``server_ok``: whether each server answered ``ok`` directly."""
        results = []
        for view in self.services:
            results.append(self._vserver(view))
            results += [self._member(view, server, server_ok, snip) for server in self.site.ums_servers]
            results.append(self._monitor(view))
        results.append(self._saved())
        return results

    def _vserver(self, view: ServiceView) -> CheckResult:
        target = f"vserver {view.vserver} ({view.service}, port {view.port})"
        if not view.vserver_stats:
            return CheckResult(
                "vserver", target, Status.FAIL, "not on the appliance", "deploy the stack (cdktf deploy), or fix names"
            )
        state = str(view.vserver_stats[0].get("state", "unknown"))
        if state.upper() == "UP":
            return CheckResult("vserver", target, Status.PASS, "UP")
        return CheckResult(
            "vserver",
            target,
            Status.FAIL,
            state,
            f"no member of {view.service_group} is UP, or the vserver is disabled: see the members below",
        )

    def _member(self, view: ServiceView, ums: UmsServer, server_ok: dict[str, bool], snip: str | None) -> CheckResult:
        server, address = ums.name, ums.address
        name = self.site.names.server(self.site.object_name_prefix, server)
        target = f"member {view.service_group} <- {server}:{view.port}"
        found = [
            member
            for member in view.members
            if (member.get("servername") in (name, address) or member.get("ip") == address)
            and nitro_number(member.get("port")) == view.port
        ]
        if not found:
            return CheckResult(
                "member", target, Status.FAIL, "not bound", f"bind {server} to {view.service_group} (cdktf deploy does)"
            )
        state = str(found[0].get("svrstate") or _stat_state(view, address) or "unknown")
        if not ums.in_service:
            return self._drained_member(view, ums, target, state)
        if state.upper() in OUT_OF_SERVICE_STATES:
            return CheckResult(
                "member",
                target,
                Status.FAIL,
                state,
                f"the site file has {server} in service, but the appliance does not: disabled by hand (ums-ha "
                "drift shows it)? The next deploy enables it; to keep it out, add it to "
                f"[sites.{self.site.name}.maintenance] out_of_service",
            )
        if state.upper() == "UP":
            return CheckResult("member", target, Status.PASS, "UP")
        if server_ok.get(server):
            gateway = f"the SNIP {snip}" if snip else "the NetScaler's SNIP"
            remedy = (
                f"{server} answers ok directly, yet the appliance sees it {state}: check the monitor "
                f"{self.site.names.monitor_name(self.site.object_name_prefix)} (its port and receive string) and "
                f"that {server}'s default gateway is {gateway} (Use Client IP sends the answers back that way)"
            )
        else:
            remedy = f"{server} does not answer ok directly either: start or repair the UMS on it"
        return CheckResult("member", target, Status.FAIL, state, remedy)

    def _drained_member(self, view: ServiceView, ums: UmsServer, target: str, state: str) -> CheckResult:
        connections = _stat_connections(view, ums.address)
        open_now = f"{connections} open connection(s)" if connections is not None else "open connections not reported"
        maintenance = f"[sites.{self.site.name}.maintenance]"
        if state.upper() == "OUT OF SERVICE":
            return CheckResult("member", target, Status.PASS, f"OUT OF SERVICE, as {maintenance} says; {open_now}")
        if state.upper() in OUT_OF_SERVICE_STATES:
            return CheckResult(
                "member", target, Status.PASS, f"{state}: draining ({ums.drain_seconds} s), as {maintenance} says; "
                f"{open_now}; run ums-ha verify again until it is OUT OF SERVICE",
            )  # fmt: skip
        return CheckResult(
            "member",
            target,
            Status.FAIL,
            f"{state}, but {maintenance} takes {ums.name} out of service",
            "deploy the stack: the drain is not applied yet",
        )

    def _monitor(self, view: ServiceView) -> CheckResult:
        monitor = self.site.names.monitor_name(self.site.object_name_prefix)
        target = f"monitor {monitor} on {view.service_group}"
        bound = {str(item.get("monitor_name") or item.get("monitorname")) for item in view.monitors}
        if monitor in bound:
            return CheckResult("monitor", target, Status.PASS, "bound")
        shown = ", ".join(sorted(bound)) or "none"
        return CheckResult(
            "monitor",
            target,
            Status.FAIL,
            f"not bound (bound: {shown})",
            f"bind {monitor} to {view.service_group} (cdktf deploy does): without it the appliance sends devices "
            "to servers whose UMS is down",
        )

    def _saved(self) -> CheckResult:
        target = f"running configuration of {self.site.netscaler.endpoint}"
        return saved_result(
            self.nsconfig, target, "save the configuration (save ns config), or a reboot loses the changes"
        )


def saved_result(nsconfig: dict[str, Any] | None, target: str, remedy: str) -> CheckResult:
    """The ``config saved`` check of one appliance (or node) from its ``config/nsconfig``."""
    saved = config_saved(nsconfig or {})
    if saved is None:
        return CheckResult("config saved", target, Status.SKIP, "NITRO does not say when it was last changed and saved")
    if saved:
        return CheckResult("config saved", target, Status.PASS, "saved since the last change")
    return CheckResult("config saved", target, Status.FAIL, "changed since the last save", remedy)


def _stat_member(view: ServiceView, address: str) -> dict[str, Any] | None:
    """A member's statistics in its service group's, by address and port."""
    for member in view.member_stats:
        same_address = member.get("primaryipaddress") == address or member.get("ip") == address
        if same_address and nitro_number(member.get("primaryport", member.get("port"))) == view.port:
            return member
    return None


def _stat_connections(view: ServiceView, address: str) -> int | None:
    """A member's current client connections from the service group's statistics (``curclntconnections``)."""
    member = _stat_member(view, address)
    return nitro_number(member.get(CONNECTIONS_STAT)) if member is not None else None


def _stat_state(view: ServiceView, address: str) -> str | None:
    """A member's state from the service group's statistics, by address and port."""
    member = _stat_member(view, address)
    state = member.get("state") if member is not None else None
    return str(state) if state else None


def read_appliance(reader: NitroReader, site: Site) -> ApplianceView | NitroError:
    """Everything the checks need, GET by GET; the first NITRO error stops the reading and is returned."""
    prefix, names = site.object_name_prefix, site.names
    try:
        nsconfig = next(iter(reader.objects("nsconfig")), None)
        services = []
        for service in site.services:
            group = names.service_group(prefix, service.name)
            vserver = names.vserver(prefix, service.name)
            bindings = reader.bindings("servicegroup", group)
            members = tuple(bindings.get("servicegroup_servicegroupmember_binding", []))
            member_stats: tuple[dict[str, Any], ...] = ()
            drained = any(not server.in_service for server in site.ums_servers)
            if drained or any(not member.get("svrstate") for member in members):
                for stats in reader.stats("servicegroup", group, with_bindings=True):
                    found = stats.get("servicegroupmember", [])
                    member_stats += tuple(item for item in found if isinstance(item, dict))
            services.append(
                ServiceView(
                    service=service.name,
                    port=service.port,
                    vserver=vserver,
                    vserver_stats=tuple(reader.stats("lbvserver", vserver)),
                    service_group=group,
                    members=members,
                    monitors=tuple(bindings.get("servicegroup_lbmonitor_binding", [])),
                    member_stats=member_stats,
                )
            )
    except NitroError as error:
        return error
    return ApplianceView(site, tuple(services), nsconfig)
