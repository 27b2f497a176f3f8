"""Persistence of a vserver or of the persistence group changes."""

from __future__ import annotations

from collections.abc import Iterator

from ums_ha.plan_review.groups import object_name
from ums_ha.plan_review.model import Plan
from ums_ha.plan_review.risks.rule import Hit, Level, Rule
from ums_ha.plan_review.values import display

#: Persistence attributes of citrixadc_lbvserver and citrixadc_lbgroup.
PERSISTENCE_ATTRIBUTES = ("persistencetype", "timeout", "persistmask", "v6persistmasklen", "persistencebackup")


def _check(plan: Plan) -> Iterator[Hit]:
    for change in plan.of_type("citrixadc_lbvserver", "citrixadc_lbgroup"):
        changed = [c for c in (change.changed(name) for name in PERSISTENCE_ATTRIBUTES) if c is not None]
        if changed:
            details = ", ".join(f"{c.name} {display(c.before)} -> {display(c.after)}" for c in changed)
            yield Hit(change.address, f"persistence of {object_name(change)}: {details}")


RULE = Rule(
    id="persistence-changed",
    level=Level.WARNING,
    title="persistence changed",
    why="A device or console must stay on one UMS server for its session (IGEL asks for SOURCEIP "
    "persistence). Changing it moves clients between servers and ends running sessions.",
    check=_check,
)
