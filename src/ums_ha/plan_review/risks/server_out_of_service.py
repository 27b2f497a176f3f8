"""A UMS server is taken out of service (drained) while others keep serving."""

from __future__ import annotations

from collections.abc import Iterator

from ums_ha.plan_review.model import Plan
from ums_ha.plan_review.risks.rule import Hit, Level, Rule
from ums_ha.plan_review.risks.servers import in_service_after, server_states


def _check(plan: Plan) -> Iterator[Hit]:
    serving = in_service_after(plan)
    if not serving:
        return  # last-server-out-of-service says it
    for state in server_states(plan):
        if not state.drained:
            continue
        after = state.change.after or {}
        delay = after.get("delay")
        waits = str(after.get("graceful", "NO")).upper() == "YES"
        drain = f"for {delay} s" if delay is not None else "for the appliance's delay"
        yield Hit(
            state.change.address,
            f"{state.name} goes out of service: {drain} devices with a persistent session stay on it while new "
            f"ones go to {', '.join(serving)}; then it takes no connection"
            + (" (the appliance also waits for every open connection to close)" if waits else ""),
        )


RULE = Rule(
    id="server-out-of-service",
    level=Level.WARNING,
    title="UMS server taken out of service",
    why="The server keeps every object but stops taking devices: fewer servers carry the fleet until it returns, "
    "and a device that was on it reconnects to another server once its session ends. Run ums-ha verify until "
    "it shows no open connection before stopping it.",
    check=_check,
)
