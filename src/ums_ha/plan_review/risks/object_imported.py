"""The plan takes an existing object into state (an ``import`` block)."""

from __future__ import annotations

from collections.abc import Iterator

from ums_ha.plan_review.groups import object_name
from ums_ha.plan_review.model import Plan
from ums_ha.plan_review.risks.rule import Hit, Level, Rule


def _check(plan: Plan) -> Iterator[Hit]:
    for change in plan.changes:
        if change.importing is not None:
            yield Hit(change.address, f"{object_name(change)} is imported (id {change.importing})")


RULE = Rule(
    id="object-imported",
    level=Level.INFO,
    title="object imported",
    why="From this apply on, Terraform manages an object made by hand: later plans change it like any other, "
    "and drift detection covers it.",
    check=_check,
)
