"""An object taken over from the appliance is, in the same plan, replaced or changed in a way that cuts traffic."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from ums_ha.plan_review.groups import object_name
from ums_ha.plan_review.model import Action, Plan
from ums_ha.plan_review.risks.rule import Hit, Level, Rule

#: Attributes whose update moves or cuts live connections: the address or port clients use, the protocol,
#: Use Client IP (the servers' route back), persistence (sessions land elsewhere), the members' address.
INTERRUPTING: Final = frozenset(
    {"ipv46", "port", "servicetype", "usip", "persistencetype", "timeout", "persistmask", "ipaddress", "ip"}
)


def _check(plan: Plan) -> Iterator[Hit]:
    for change in plan.changes:
        if change.importing is None:
            continue
        if change.action in (Action.REPLACE, Action.DELETE):
            verb = "replaced" if change.action is Action.REPLACE else "removed"
            yield Hit(
                change.address, f"{object_name(change)} is imported and {verb} in the same plan{change.forced_by}"
            )
        elif change.action is Action.UPDATE:
            cutting = sorted(attribute.name for attribute in change.attributes if attribute.name in INTERRUPTING)
            if cutting:
                yield Hit(change.address, f"{object_name(change)} is imported and its {', '.join(cutting)} changed")


RULE = Rule(
    id="import-interrupted",
    level=Level.OUTAGE,
    title="an imported object is replaced or changed in a way that cuts traffic",
    why="Adopting a hand-built setup should take the live objects over as they are. An object that the same plan "
    "replaces, or whose address, port, protocol, Use Client IP or persistence it changes, interrupts the devices "
    "on it; make the site file match the appliance first, or plan the change for a maintenance window.",
    check=_check,
)
