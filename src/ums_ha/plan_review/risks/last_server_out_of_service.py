"""The plan leaves no UMS server in service."""

from __future__ import annotations

from collections.abc import Iterator

from ums_ha.plan_review.model import Plan
from ums_ha.plan_review.risks.rule import Hit, Level, Rule
from ums_ha.plan_review.risks.servers import in_service_after, server_states


def _check(plan: Plan) -> Iterator[Hit]:
    states = server_states(plan)
    drained = [state for state in states if state.drained]
    if drained and not in_service_after(plan):
        names = ", ".join(state.name for state in states if state.after is not None)
        yield Hit(drained[0].change.address, f"every UMS server is out of service after this plan ({names})")


RULE = Rule(
    id="last-server-out-of-service",
    level=Level.OUTAGE,
    title="last UMS server taken out of service",
    why="With no server in service every vserver goes DOWN: devices and consoles reach no UMS until one returns.",
    check=_check,
)
