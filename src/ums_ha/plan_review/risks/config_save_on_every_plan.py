"""The config save is replaced only because its timestamp changed."""

from __future__ import annotations

from collections.abc import Iterator

from ums_ha.plan_review.model import Action, Plan
from ums_ha.plan_review.risks.config_not_saved import SAVE_TYPE
from ums_ha.plan_review.risks.rule import Hit, Level, Rule


def _check(plan: Plan) -> Iterator[Hit]:
    for change in plan.of_type(SAVE_TYPE):
        if change.action is Action.REPLACE and change.replace_paths == ("timestamp",):
            yield Hit(change.address, "the config save is replaced because its timestamp changes on every plan")


RULE = Rule(
    id="config-save-on-every-plan",
    level=Level.INFO,
    title="config save replaced on every plan",
    why="A config save with timestamp = timestamp() is replaced by every plan, so the stack never "
    "plans clean and every plan looks like a change. Trigger it by real changes only "
    "(replace_triggered_by), as the ums-ha stacks do.",
    check=_check,
)
