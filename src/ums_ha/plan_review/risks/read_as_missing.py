"""The plan found an object deleted that the appliance, asked by name, still has: a read error, not a deletion."""

from __future__ import annotations

from collections.abc import Iterator

from ums_ha.plan_review.model import Plan
from ums_ha.plan_review.risks.rule import Hit, Level, Rule


def _check(plan: Plan) -> Iterator[Hit]:
    if plan.confirmed_deletions is None:
        return
    for address in sorted(plan.confirmed_deletions.still_there):
        yield Hit(
            address,
            f"{address} read as missing, but the appliance still has it: the provider treats a read error as not "
            "found; applying would create it again",
        )


RULE = Rule(
    id="read-as-missing",
    level=Level.CRITICAL,
    title="Object read as missing that the appliance still has",
    why="The citrixadc provider turns any read error (a denied command, an expired session, the wrong partition, "
    "the secondary node of an HA pair) into 'not found'. Applying would try to create objects that exist: it "
    "fails or duplicates them. Find the read error first: the login's command policy, its partition, the "
    "endpoint (the HA pair's primary), then plan again.",
    check=_check,
)
