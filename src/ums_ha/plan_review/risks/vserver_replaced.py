"""A load-balancing vserver is replaced or removed."""

from __future__ import annotations

from collections.abc import Iterator

from ums_ha.plan_review.groups import object_name
from ums_ha.plan_review.model import Action, Plan
from ums_ha.plan_review.risks.rule import Hit, Level, Rule


def _check(plan: Plan) -> Iterator[Hit]:
    for change in plan.of_type("citrixadc_lbvserver"):
        if change.action is Action.DELETE:
            yield Hit(change.address, f"vserver {object_name(change)} is removed")
        elif change.action is Action.REPLACE:
            yield Hit(change.address, f"vserver {object_name(change)} is deleted and re-created{change.forced_by}")


RULE = Rule(
    id="vserver-replaced",
    level=Level.OUTAGE,
    title="vserver replaced or removed",
    why="Devices and consoles reach UMS through this vserver on the VIP. While it is deleted and "
    "re-created, that port refuses connections and every persistence session is lost.",
    check=_check,
)
