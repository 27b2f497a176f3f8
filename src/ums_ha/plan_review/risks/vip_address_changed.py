"""The VIP address of a vserver changes."""

from __future__ import annotations

from collections.abc import Iterator

from ums_ha.plan_review.groups import object_name
from ums_ha.plan_review.model import Plan
from ums_ha.plan_review.risks.rule import Hit, Level, Rule
from ums_ha.plan_review.values import display


def _check(plan: Plan) -> Iterator[Hit]:
    for change in plan.of_type("citrixadc_lbvserver"):
        address = change.changed("ipv46")
        if address is not None:
            yield Hit(
                change.address,
                f"vserver {object_name(change)} moves from {display(address.before)} to {display(address.after)}",
            )


RULE = Rule(
    id="vip-address-changed",
    level=Level.OUTAGE,
    title="VIP address changed",
    why="Devices find UMS through the DNS name and the VIP behind it. Until the A record, firewall rules "
    "and devices configured by address follow, they cannot reach UMS.",
    check=_check,
)
