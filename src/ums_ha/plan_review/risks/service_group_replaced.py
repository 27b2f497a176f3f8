"""A service group is replaced or removed; a replaced one loses bindings the plan does not re-create."""

from __future__ import annotations

from collections.abc import Iterator

from ums_ha.plan_review.groups import object_name
from ums_ha.plan_review.model import Action, Plan, text_value
from ums_ha.plan_review.risks.rule import Hit, Level, Rule

#: The bindings the appliance drops together with their service group.
BINDING_TYPES = (
    "citrixadc_servicegroup_servicegroupmember_binding",
    "citrixadc_servicegroup_lbmonitor_binding",
    "citrixadc_lbvserver_servicegroup_binding",
)


def _check(plan: Plan) -> Iterator[Hit]:
    bindings = plan.of_type(*BINDING_TYPES)
    for change in plan.of_type("citrixadc_servicegroup"):
        name = object_name(change)
        if change.action is Action.DELETE:
            yield Hit(change.address, f"service group {name} is removed")
            continue
        if change.action is not Action.REPLACE:
            continue
        message = f"service group {name} is deleted and re-created{change.forced_by}"
        group = text_value(change.value("servicegroupname"))
        left_behind = [
            binding.address
            for binding in bindings
            if group is not None
            and text_value(binding.value("servicegroupname")) == group
            and binding.action not in (Action.REPLACE, Action.CREATE)
        ]
        if left_behind:
            message += (
                f"; {len(left_behind)} of its bindings are not re-created by this plan ("
                + ", ".join(left_behind)
                + "): the appliance drops them with the group, which stays empty until the next apply"
            )
        yield Hit(change.address, message)


RULE = Rule(
    id="service-group-replaced",
    level=Level.OUTAGE,
    title="service group replaced or removed",
    why="The appliance drops a service group's members, monitor and vserver bindings with it. Until they "
    "are bound again, the vserver has no server and that UMS port is down. Bindings must follow the "
    "replacement (replace_triggered_by), as the ums-ha stacks do.",
    check=_check,
)
