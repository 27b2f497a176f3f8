"""An HA pair's checks: each node reachable and in sync, exactly one primary, the endpoint on the primary, the
configuration saved on each node (DOMAIN.md, "A production NetScaler").

Read per node (its NSIP, ``[sites.<site>.netscaler] nodes``) and through the endpoint: ``GET stat/hanode``
(``hacurmasterstate`` PRIMARY/SECONDARY/..., ``hacurstate``, the counters ``haerrsyncfailure`` and
``haerrproptimeout``, since the node started) and ``GET config/nsconfig``. Which NITRO field carries the CLI's
"Sync State: SUCCESS" is not known, so the sync check reads the failure counters.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ums_ha.nitro import NitroError, NitroReader, nitro_number
from ums_ha.verify.appliance import saved_result
from ums_ha.verify.results import CheckResult, Status

_SECONDARY_REMEDY = (
    "point the site's endpoint at a floating SNIP with management access (set ns ip <SNIP> -mgmtAccess ENABLED), "
    "which is always on the primary: configuration written to the secondary is thrown away at the next HA sync "
    "(NetScaler error 1028)"
)


@dataclass(frozen=True)
class NodeView:
    """What one node (or the endpoint) said: its ``stat/hanode`` and ``config/nsconfig``, or the error."""

    address: str
    hanode: dict[str, Any] | None = None
    nsconfig: dict[str, Any] | None = None
    error: str | None = None

    @property
    def role(self) -> str | None:
        value = (self.hanode or {}).get("hacurmasterstate")
        return str(value).upper() if value is not None else None


def read_node(reader: NitroReader, address: str, *, with_config: bool = True) -> NodeView:
    """A node's HA statistics (and its configuration's save times); the error instead when it cannot be read."""
    try:
        with reader:
            hanode = next(iter(reader.stat_of("hanode")), {})
            nsconfig = next(iter(reader.objects("nsconfig")), {}) if with_config else None
    except NitroError as error:
        return NodeView(address, error=str(error))
    return NodeView(address, hanode, nsconfig)


def ha_results(endpoint: str, through_endpoint: NodeView, nodes: list[NodeView]) -> list[CheckResult]:
    """The HA pair's checks, each naming its node."""
    results = []
    for node in nodes:
        target = f"node {node.address}"
        if node.error is not None:
            results.append(
                CheckResult(
                    "ha node",
                    target,
                    Status.FAIL,
                    f"cannot read NITRO: {node.error}",
                    "check that the node's NSIP answers from here and that NS_LOGIN and NS_PASSWORD are right",
                )
            )
            continue
        state = (node.hanode or {}).get("hacurstate")
        results.append(CheckResult("ha node", target, Status.PASS, f"{node.role or 'role unknown'}, HA {state}"))
        results.append(_sync(node, target))
        results.append(_saved(node, target))
    read = [node for node in nodes if node.error is None]
    primaries = [node.address for node in read if node.role == "PRIMARY"]
    if len(read) == len(nodes):
        if len(primaries) == 1:
            results.append(CheckResult("ha primary", "HA pair", Status.PASS, f"{primaries[0]} is the primary"))
        else:
            found = "no node says it is primary" if not primaries else f"{' and '.join(primaries)} both say primary"
            results.append(
                CheckResult(
                    "ha primary",
                    "HA pair",
                    Status.FAIL,
                    found,
                    "check the pair on the appliance (show ha node): exactly one node must be primary",
                )
            )
    results.append(_endpoint(endpoint, through_endpoint))
    return results


def _sync(node: NodeView, target: str) -> CheckResult:
    hanode = node.hanode or {}
    failures = nitro_number(hanode.get("haerrsyncfailure"))
    timeouts = nitro_number(hanode.get("haerrproptimeout"))
    if failures is None and timeouts is None:
        return CheckResult("ha sync", target, Status.SKIP, "NITRO does not say (no haerrsyncfailure, haerrproptimeout)")
    if not failures and not timeouts:
        return CheckResult("ha sync", target, Status.PASS, "no sync failures and no propagation timeouts")
    return CheckResult(
        "ha sync",
        target,
        Status.FAIL,
        f"{failures or 0} sync failure(s), {timeouts or 0} propagation timeout(s) since the node started",
        "check show ha node on the primary: a secondary out of sync takes over with another configuration",
    )


def _saved(node: NodeView, target: str) -> CheckResult:
    remedy = (
        "save the configuration on the primary (save ns config); a failover or reboot of this node loses the changes"
    )
    return saved_result(node.nsconfig, target, remedy)


def _endpoint(endpoint: str, view: NodeView) -> CheckResult:
    if view.error is not None:
        return CheckResult("ha endpoint", endpoint, Status.FAIL, f"cannot read NITRO: {view.error}", _SECONDARY_REMEDY)
    if view.role == "PRIMARY":
        return CheckResult("ha endpoint", endpoint, Status.PASS, "answers as the primary")
    return CheckResult(
        "ha endpoint", endpoint, Status.FAIL, f"answers as {view.role or 'an unknown role'}", _SECONDARY_REMEDY
    )
