"""Drift: objects changed or deleted outside Terraform, from a plan's ``resource_drift``."""

from __future__ import annotations

import json
from collections.abc import Callable

from ums_ha.templates import load_template

from .groups import group_of, object_name
from .markdown import cell, code, shown
from .model import Plan, ResourceChange
from .report import REPORT_VERSION, change_json
from .values import display

FORMATS = ("text", "markdown", "json")


def drifted(plan: Plan) -> tuple[ResourceChange, ...]:
    return tuple(sorted(plan.drift, key=lambda change: change.address))


def drift_json(plan: Plan) -> dict[str, object]:
    items = drifted(plan)
    return {
        "report": "ums-ha drift",
        "report_version": REPORT_VERSION,
        "site": plan.site,
        "plan": plan.source,
        "drifted": len(items),
        "drift": [{**change_json(change, drift=True), "group": group_of(change.type).id} for change in items],
    }


def render_drift(plan: Plan, drift_format: str) -> str:
    """The drift report as ``text``, ``markdown`` or ``json``."""
    if drift_format == "json":
        return json.dumps(drift_json(plan), indent=2) + "\n"
    filters: dict[str, Callable[..., str]] = {
        "cell": cell,
        "code": code,
        "shown": shown,
        "display": display,
        "object_name": object_name,
    }
    template = load_template("drift.md.j2" if drift_format == "markdown" else "drift.txt.j2", filters)
    return template.render(plan=plan, drift=drifted(plan), group_of=group_of)
