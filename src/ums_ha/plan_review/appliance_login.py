"""Whether a plan's appliance can be asked at all: the endpoint its citrixadc provider names, and the login."""

from __future__ import annotations

from collections.abc import Mapping

from ums_ha.plan_review.model import Plan

#: The provider's variables for the NetScaler login (as :mod:`ums_ha.nitro` reads them; not imported from there,
#: which loads urllib and ssl).
LOGIN_VARIABLES = ("NS_LOGIN", "NS_PASSWORD")


def why_not_asked(plan: Plan, environ: Mapping[str, str]) -> str | None:
    """Why the plan's appliance cannot be asked (no constant endpoint, or the login unset); None when it can."""
    if plan.netscaler_endpoint is None:
        return "the plan names no citrixadc endpoint"
    missing = [name for name in LOGIN_VARIABLES if not environ.get(name)]
    if missing:
        return f"{' and '.join(missing)} {'is' if len(missing) == 1 else 'are'} not set"
    return None
