"""A UMS server out of service is put back."""

from __future__ import annotations

from collections.abc import Iterator

from ums_ha.plan_review.model import Plan
from ums_ha.plan_review.risks.rule import Hit, Level, Rule
from ums_ha.plan_review.risks.servers import server_states


def _check(plan: Plan) -> Iterator[Hit]:
    for state in server_states(plan):
        if state.returns:
            yield Hit(state.change.address, f"{state.name} returns to service and takes new devices again")


RULE = Rule(
    id="server-back-in-service",
    level=Level.INFO,
    title="UMS server back in service",
    why="The server takes devices again as soon as its health monitor sees it UP: it should have every firmware "
    "file the others have (ums-ha firmware-hosts checks) and run the same UMS version.",
    check=_check,
)
