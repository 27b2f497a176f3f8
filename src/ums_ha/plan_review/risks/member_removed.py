"""A UMS server leaves a service group that stays."""

from __future__ import annotations

from collections.abc import Iterator

from ums_ha.plan_review.groups import member_server
from ums_ha.plan_review.model import Plan
from ums_ha.plan_review.risks.members import pools
from ums_ha.plan_review.risks.rule import Hit, Level, Rule


def _check(plan: Plan) -> Iterator[Hit]:
    for name, pool in sorted(pools(plan).items()):
        if pool.group_goes:
            continue
        for member in pool.removed:
            server = member_server(member) or member.name
            yield Hit(member.address, f"{server} leaves service group {name}")


RULE = Rule(
    id="member-removed",
    level=Level.WARNING,
    title="UMS server removed from a pool",
    why="The pool loses capacity, and the devices and consoles on that server are moved to another "
    "one. Make sure the remaining servers can carry the load and that this is the server you meant.",
    check=_check,
)
