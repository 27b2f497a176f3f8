"""The UMS servers of a plan, before and after: which are in service (``citrixadc_server`` ``state``)."""

from __future__ import annotations

from dataclasses import dataclass

from ums_ha.plan_review.groups import object_name
from ums_ha.plan_review.model import Plan, ResourceChange

SERVER_TYPE = "citrixadc_server"


@dataclass(frozen=True)
class ServerState:
    change: ResourceChange
    name: str
    before: str | None
    """``ENABLED``, ``DISABLED``, or None: the server is created by the plan."""
    after: str | None
    """None: the server is deleted by the plan."""

    @property
    def drained(self) -> bool:
        return self.after == "DISABLED" and self.before != "DISABLED"

    @property
    def returns(self) -> bool:
        return self.before == "DISABLED" and self.after not in (None, "DISABLED")


def _state(values: object) -> str | None:
    if not isinstance(values, dict):
        return None
    state = values.get("state")
    # a server whose state the configuration leaves to the appliance is in service unless the plan says otherwise
    return str(state).upper() if state is not None else "ENABLED"


def server_states(plan: Plan) -> list[ServerState]:
    return [
        ServerState(change, object_name(change), _state(change.before), _state(change.after))
        for change in plan.of_type(SERVER_TYPE)
    ]


def in_service_after(plan: Plan) -> list[str]:
    """The servers in service once the plan is applied."""
    return [state.name for state in server_states(plan) if state.after not in (None, "DISABLED")]
