"""NetScaler objects change but no config save follows."""

from __future__ import annotations

from collections.abc import Iterator

from ums_ha.plan_review.model import Action, Plan
from ums_ha.plan_review.risks.rule import Hit, Level, Rule

SAVE_TYPE = "citrixadc_nsconfig_save"
_SAVES = (Action.CREATE, Action.UPDATE, Action.REPLACE)


def _check(plan: Plan) -> Iterator[Hit]:
    changed = [
        change
        for change in plan.pending
        if change.type.startswith("citrixadc_") and change.type != SAVE_TYPE and change.action is not Action.READ
    ]
    saved = any(change.action in _SAVES for change in plan.of_type(SAVE_TYPE))
    if changed and not saved:
        yield Hit(
            None, f"{len(changed)} NetScaler objects change, and no {SAVE_TYPE} is created or replaced after them"
        )


RULE = Rule(
    id="config-not-saved",
    level=Level.WARNING,
    title="NetScaler changes without a config save",
    why="The appliance runs the changed configuration but starts from the saved one: after a reboot "
    "the change is gone (or, after a destroy, the deleted objects come back). The ums-ha stacks "
    "replace their config save whenever a NetScaler object changes.",
    check=_check,
)
