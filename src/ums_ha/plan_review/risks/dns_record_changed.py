"""The DNS record of the UMS name changes or goes."""

from __future__ import annotations

from collections.abc import Iterator

from ums_ha.plan_review.groups import object_name
from ums_ha.plan_review.model import Action, Plan
from ums_ha.plan_review.risks.rule import Hit, Level, Rule
from ums_ha.plan_review.values import display


def _check(plan: Plan) -> Iterator[Hit]:
    for change in plan.of_type("dns_a_record_set"):
        name = object_name(change)
        if change.action is Action.DELETE:
            yield Hit(change.address, f"A record {name} is deleted")
        elif change.action in (Action.UPDATE, Action.REPLACE):
            parts = [f"{c.name} {display(c.before)} -> {display(c.after)}" for c in change.attributes]
            verb = "is replaced" if change.action is Action.REPLACE else "changes"
            yield Hit(change.address, f"A record {name} {verb}: {'; '.join(parts) or 'see the details'}")


RULE = Rule(
    id="dns-record-changed",
    level=Level.WARNING,
    title="DNS record changed",
    why="Every device and console finds UMS by this name. A wrong or missing record sends them "
    "nowhere, and resolvers keep the old answer for up to the record's TTL.",
    check=_check,
)
