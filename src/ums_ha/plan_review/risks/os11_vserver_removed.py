"""The devices (30001) or firmware vserver goes while the site still serves IGEL OS 11 devices."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from ums_ha.domain import naming
from ums_ha.domain.model import OS11_SERVICES
from ums_ha.plan_review.groups import object_name
from ums_ha.plan_review.model import Action, Plan
from ums_ha.plan_review.risks.rule import Hit, Level, Rule

#: The vservers OS 11 devices need, by their pinned Terraform names, and the port they register on.
_OS11_VSERVERS: Final = {naming.LogicalIds.vserver(service) for service in OS11_SERVICES}
_OS11_DEVICE_PORT: Final = 30001


def _check(plan: Plan) -> Iterator[Hit]:
    if plan.igel_os is None or 11 not in plan.igel_os:
        return
    for change in plan.of_type("citrixadc_lbvserver"):
        if change.action is not Action.DELETE:
            continue
        if change.name in _OS11_VSERVERS or change.value("port") == _OS11_DEVICE_PORT:
            yield Hit(
                change.address,
                f"vserver {object_name(change)} is removed, but the site still serves IGEL OS 11 devices "
                f"(igel_os = {list(plan.igel_os)})",
            )


RULE = Rule(
    id="os11-vserver-removed",
    level=Level.OUTAGE,
    title="a vserver IGEL OS 11 devices need is removed",
    why="IGEL OS 11 devices register and talk to the UMS on 30001 and download firmware over HTTP from the "
    "firmware port; without these vservers on the VIP they lose the UMS. If the site now serves OS 12 "
    "devices only, say so with igel_os = [12].",
    check=_check,
)
