"""Pool members of each service group before and after a plan; shared by the member rules."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ums_ha.plan_review.model import Action, Plan, ResourceChange, text_value

MEMBER_TYPE = "citrixadc_servicegroup_servicegroupmember_binding"


@dataclass
class Pool:
    """One service group's member bindings, and whether the group itself goes away."""

    group: ResourceChange | None = None
    before: list[ResourceChange] = field(default_factory=list)
    after: list[ResourceChange] = field(default_factory=list)
    removed: list[ResourceChange] = field(default_factory=list)

    @property
    def group_goes(self) -> bool:
        return self.group is not None and self.group.removes


def pools(plan: Plan) -> dict[str, Pool]:
    """Service group name -> its pool, for every group the plan names."""
    by_name: defaultdict[str, Pool] = defaultdict(Pool)
    for change in plan.of_type("citrixadc_servicegroup"):
        name = text_value(change.value("servicegroupname"))
        if name is not None:
            by_name[name].group = change
    for change in plan.of_type(MEMBER_TYPE):
        name = text_value(change.value("servicegroupname"))
        if name is None:
            continue
        pool = by_name[name]
        if change.before is not None:
            pool.before.append(change)
        if change.after is not None:
            pool.after.append(change)
        if change.action is Action.DELETE:
            pool.removed.append(change)
    return dict(by_name)
