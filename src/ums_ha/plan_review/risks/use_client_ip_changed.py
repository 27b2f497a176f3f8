"""Use Client IP (USIP) of a service group is switched."""

from __future__ import annotations

from collections.abc import Iterator

from ums_ha.plan_review.groups import object_name
from ums_ha.plan_review.model import Plan
from ums_ha.plan_review.risks.rule import Hit, Level, Rule
from ums_ha.plan_review.values import display


def _check(plan: Plan) -> Iterator[Hit]:
    for change in plan.of_type("citrixadc_servicegroup"):
        usip = change.changed("usip")
        if usip is not None:
            yield Hit(
                change.address,
                f"Use Client IP of {object_name(change)}: {display(usip.before)} -> {display(usip.after)}",
            )


RULE = Rule(
    id="use-client-ip-changed",
    level=Level.WARNING,
    title="Use Client IP changed",
    why="With USIP on, the UMS servers see each device's own address and must send replies back through "
    "the NetScaler SNIP (their default gateway); with it off they see the SNIP. Switching it without "
    "changing the servers' gateway breaks return traffic, and UMS records other device addresses.",
    check=_check,
)
