"""A service group that stays is left without any member."""

from __future__ import annotations

from collections.abc import Iterator

from ums_ha.plan_review.model import Plan
from ums_ha.plan_review.risks.members import pools
from ums_ha.plan_review.risks.rule import Hit, Level, Rule


def _check(plan: Plan) -> Iterator[Hit]:
    for name, pool in sorted(pools(plan).items()):
        if pool.before and not pool.after and not pool.group_goes:
            address = pool.group.address if pool.group is not None else pool.before[0].address
            yield Hit(address, f"service group {name} loses its last member ({len(pool.before)} before, none after)")


RULE = Rule(
    id="last-member-removed",
    level=Level.OUTAGE,
    title="last member of a pool removed",
    why="A service group without members takes its vserver DOWN: every device or console on that "
    "port is refused until a server is bound again.",
    check=_check,
)
