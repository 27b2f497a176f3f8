"""Objects a plan found deleted outside Terraform, asked of the appliance by name: deleted, or a read error?

The citrixadc provider turns ANY error of a read (permission denied, an expired session, the wrong partition,
the secondary node) into "not found": the object drops from state and the next plan creates it again, which
looks exactly like a deletion made by hand (DOMAIN.md, "A production NetScaler"). One NITRO GET per object
(or per parent, for bindings) of the endpoint the plan's citrixadc provider names, with ``NS_LOGIN`` and
``NS_PASSWORD`` as the provider reads them, tells the two apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from ums_ha.errors import Problem, ValidationError
from ums_ha.plan_review.appliance_login import why_not_asked
from ums_ha.plan_review.model import Action, ConfirmedDeletions, Plan, ResourceChange

#: ``--confirm-deletions``: ``auto`` asks when the plan names the endpoint and the login is set.
MODES: Final = ("auto", "on", "off")


@dataclass(frozen=True)
class Lookup:
    """Where NITRO has an object of one resource type: ``config/<nitro_type>/<the state's parent attribute>``,
    and for a binding the fields that pick it among its parent's bindings (NITRO's name, the state's name)."""

    nitro_type: str
    parent_attribute: str
    match: tuple[tuple[str, str], ...] = ()


LOOKUPS: Final[Mapping[str, Lookup]] = {
    "citrixadc_server": Lookup("server", "name"),
    "citrixadc_servicegroup": Lookup("servicegroup", "servicegroupname"),
    "citrixadc_lbvserver": Lookup("lbvserver", "name"),
    "citrixadc_lbmonitor": Lookup("lbmonitor", "monitorname"),
    "citrixadc_lbgroup": Lookup("lbgroup", "name"),
    "citrixadc_nsip": Lookup("nsip", "ipaddress"),
    "citrixadc_servicegroup_servicegroupmember_binding": Lookup(
        "servicegroup_servicegroupmember_binding", "servicegroupname", (("servername", "servername"), ("port", "port"))
    ),
    "citrixadc_servicegroup_lbmonitor_binding": Lookup(
        "servicegroup_lbmonitor_binding", "servicegroupname", (("monitor_name", "monitorname"),)
    ),
    "citrixadc_lbvserver_servicegroup_binding": Lookup(
        "lbvserver_servicegroup_binding", "name", (("servicegroupname", "servicegroupname"),)
    ),
    "citrixadc_lbgroup_lbvserver_binding": Lookup(
        "lbgroup_lbvserver_binding", "name", (("vservername", "vservername"),)
    ),
}


@dataclass(frozen=True)
class DeletionCheck:
    """The outcome: ``confirmed`` when the appliance was asked about every object, with what it said."""

    confirmed: ConfirmedDeletions | None
    detail: str
    error: bool = False
    """The appliance could not be read (review and drift then fall back to the plan's own signs)."""


def vanished(plan: Plan) -> tuple[ResourceChange, ...]:
    """The NetScaler objects the plan found deleted outside Terraform."""
    return tuple(change for change in plan.drift if change.action is Action.DELETE and change.type in LOOKUPS)


def _same(found: object, expected: object) -> bool:
    """NITRO's value and the state's, compared as text (a port comes as ``8443`` or ``"8443"``; names are
    case-sensitive on the appliance)."""
    return found is not None and str(found).strip() == str(expected).strip()


def confirm_deletions(plan: Plan, mode: str, environ: Mapping[str, str]) -> DeletionCheck:
    """Ask the plan's appliance about each vanished object, as ``mode`` says; ``on`` without an endpoint or the
    login is refused (bad input)."""
    objects = vanished(plan)
    if mode == "off" or not objects:
        return DeletionCheck(None, "not asked" if mode == "off" else "nothing found deleted")
    why = why_not_asked(plan, environ)
    if why is not None:
        if mode == "on":
            raise ValidationError([Problem("--confirm-deletions", f"is on, but {why}")])
        return DeletionCheck(None, f"not asked: {why}")
    from ums_ha.nitro import LOGIN_ENV, PASSWORD_ENV, NitroError, NitroReader  # urllib and ssl: only when asking

    endpoint = str(plan.netscaler_endpoint)
    reader = NitroReader(
        endpoint,
        environ[LOGIN_ENV],
        environ[PASSWORD_ENV],
        verify_tls=not plan.netscaler_skips_tls_verify,
        partition=plan.netscaler_partition,
    )
    still_there: set[str] = set()
    gone: set[str] = set()
    try:
        with reader:
            for change in objects:
                lookup = LOOKUPS[change.type]
                parent = change.value(lookup.parent_attribute)
                if not isinstance(parent, str) or not parent:
                    return DeletionCheck(None, f"{change.address}: its state holds no {lookup.parent_attribute}")
                found = reader.objects(lookup.nitro_type, parent)
                present = any(
                    all(_same(item.get(field), change.value(attribute)) for field, attribute in lookup.match)
                    for item in found
                )
                (still_there if present else gone).add(change.address)
    except NitroError as error:
        return DeletionCheck(None, f"cannot read NITRO: {error}", error=True)
    detail = f"{endpoint}: {len(still_there)} of {len(objects)} still there, {len(gone)} deleted"
    return DeletionCheck(ConfirmedDeletions(frozenset(still_there), frozenset(gone)), detail)
