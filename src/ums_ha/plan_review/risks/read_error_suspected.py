"""Without the appliance's word: a plan whose NetScaler objects vanished in a way a read error makes them.

Two signs (DOMAIN.md, "A production NetScaler"): every NetScaler object of the site vanished at once (the wrong
partition, an expired session, the secondary node), or every binding vanished while a parent it belongs to
remains (a command policy that denies the binding reads the provider makes along with its parent's).
"""

from __future__ import annotations

from collections.abc import Iterator

from ums_ha.plan_review.model import Action, Plan, ResourceChange
from ums_ha.plan_review.risks.rule import Hit, Level, Rule
from ums_ha.plan_review.vanished import LOOKUPS, vanished

#: Each binding type and its parent's type; the binding's attribute naming the parent is its lookup's
#: ``parent_attribute`` (:data:`~ums_ha.plan_review.vanished.LOOKUPS`).
_BINDING_PARENTS = {
    "citrixadc_servicegroup_servicegroupmember_binding": "citrixadc_servicegroup",
    "citrixadc_servicegroup_lbmonitor_binding": "citrixadc_servicegroup",
    "citrixadc_lbvserver_servicegroup_binding": "citrixadc_lbvserver",
    "citrixadc_lbgroup_lbvserver_binding": "citrixadc_lbgroup",
}


def _parent(change: ResourceChange) -> tuple[str, object]:
    """(type, name) of a binding's parent, or of an object itself: how a binding finds the object it belongs to."""
    kind = _BINDING_PARENTS.get(change.type, change.type)
    return kind, change.value(LOOKUPS[change.type].parent_attribute)


def _check(plan: Plan) -> Iterator[Hit]:
    if plan.confirmed_deletions is not None:
        return  # the appliance was asked: read_as_missing says what it said
    gone = vanished(plan)
    if not gone:
        return
    gone_addresses = {change.address for change in gone}
    kept = [
        change
        for change in plan.changes
        if change.type in LOOKUPS and change.address not in gone_addresses and change.action is not Action.CREATE
    ]
    if len(gone) >= 2 and not kept:
        yield Hit(
            None,
            f"every NetScaler object of the site ({len(gone)}) was found deleted at once: more likely a read "
            "error (the wrong partition, an expired session, the HA pair's secondary) than a deletion",
        )
        return
    bindings_gone = [change for change in gone if change.type in _BINDING_PARENTS]
    bindings_kept = [change for change in kept if change.type in _BINDING_PARENTS]
    remaining = {_parent(change) for change in kept if change.type not in _BINDING_PARENTS}
    orphaned = [change for change in bindings_gone if _parent(change) in remaining]
    if orphaned and not bindings_kept:
        yield Hit(
            None,
            f"every binding ({len(bindings_gone)}) was found deleted while the objects they belong to remain: more "
            "likely a denied binding read than a deletion",
        )


RULE = Rule(
    id="read-error-suspected",
    level=Level.CRITICAL,
    title="Objects vanished the way a read error makes them",
    why="The citrixadc provider turns any read error into 'not found', so a denied read, an expired session, the "
    "wrong partition or the HA pair's secondary look like deletions; applying would create the objects again. "
    "Confirm with the appliance: run the review or ums-ha drift with NS_LOGIN and NS_PASSWORD set (each object "
    "is asked by name), or check the login's command policy, partition and endpoint.",
    check=_check,
)
