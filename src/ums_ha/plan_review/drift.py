"""Drift: objects changed or deleted outside Terraform, from a plan's ``resource_drift``."""

from __future__ import annotations

import json

from ums_ha.plan_review.groups import group_of
from ums_ha.plan_review.markdown import report_template
from ums_ha.plan_review.model import Plan
from ums_ha.plan_review.report import REPORT_VERSION, change_json
from ums_ha.plan_review.risks import read_as_missing, read_error_suspected
from ums_ha.plan_review.risks.rule import Hit
from ums_ha.plan_review.saved_config import SavedCheck

FORMATS = ("text", "markdown", "json")


def read_errors(plan: Plan) -> list[Hit]:
    """The deletions that are read errors (asked of the appliance), or the plan's signs of one (not asked)."""
    return [hit for rule in (read_as_missing.RULE, read_error_suspected.RULE) for hit in rule.check(plan)]


def drift_json(plan: Plan, saved: SavedCheck) -> dict[str, object]:
    confirmed = plan.confirmed_deletions
    return {
        "report": "ums-ha drift",
        "report_version": REPORT_VERSION,
        "site": plan.site,
        "plan": plan.source,
        "drifted": len(plan.drift),
        "drift": [{**change_json(change, drift=True), "group": group_of(change.type).id} for change in plan.drift],
        "config_saved": saved.to_json(),
        "deletions_confirmed": confirmed is not None,
        "read_errors": [{"address": hit.address, "message": hit.message} for hit in read_errors(plan)],
    }


def render_drift(plan: Plan, drift_format: str, saved: SavedCheck) -> str:
    """The drift report as ``text``, ``markdown`` or ``json``, with whether the appliance is saved."""
    if drift_format == "json":
        return json.dumps(drift_json(plan, saved), indent=2) + "\n"
    template = report_template("drift.md.j2" if drift_format == "markdown" else "drift.txt.j2")
    still_there = plan.confirmed_deletions.still_there if plan.confirmed_deletions else frozenset()
    return template.render(
        plan=plan,
        drift=plan.drift,
        group_of=group_of,
        saved=saved,
        read_errors=read_errors(plan),
        still_there=still_there,
    )
