"""What a Terraform plan does, as plan review and drift reports need it.

Built by :mod:`ums_ha.plan_review.plan_file` from ``terraform show -json``
output. Every value here has already been through
:func:`~ums_ha.plan_review.values.reveal`: sensitive values are masked before
anything else sees them.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass

from ums_ha.plan_review.values import Hidden


class Action(enum.StrEnum):
    """One resource change as Terraform plans it; ``replace`` covers both orders."""

    CREATE = "create"
    UPDATE = "update"
    REPLACE = "replace"
    DELETE = "delete"
    READ = "read"
    FORGET = "forget"
    NO_OP = "no-op"


#: The order a summary and a table list actions in.
ACTION_ORDER: tuple[Action, ...] = tuple(Action)

#: Terraform's ``change.actions`` lists -> (action, replacement order).
TERRAFORM_ACTIONS: Mapping[tuple[str, ...], tuple[Action, str | None]] = {
    ("no-op",): (Action.NO_OP, None),
    ("create",): (Action.CREATE, None),
    ("read",): (Action.READ, None),
    ("update",): (Action.UPDATE, None),
    ("delete",): (Action.DELETE, None),
    ("forget",): (Action.FORGET, None),
    ("delete", "create"): (Action.REPLACE, "delete first"),
    ("create", "delete"): (Action.REPLACE, "create first"),
}


_DRIFT_KINDS = {
    Action.UPDATE: "changed",
    Action.DELETE: "deleted",
    Action.REPLACE: "replaced",
    Action.CREATE: "created",
}


@dataclass(frozen=True)
class AttributeChange:
    """One top-level attribute: ``before`` is ``None`` on a new object."""

    name: str
    before: object
    after: object


@dataclass(frozen=True)
class ResourceChange:
    """One object in ``resource_changes`` or ``resource_drift``."""

    address: str
    type: str
    name: str
    action: Action
    replace_order: str | None
    """``delete first`` or ``create first`` for a replacement (``create_before_destroy``), else ``None``."""
    action_reason: str | None
    """Terraform's ``action_reason``, such as ``replace_because_cannot_update``."""
    replace_paths: tuple[str, ...]
    """The attributes that force the replacement, as ``servicetype`` or ``server[0].host``."""
    before: Mapping[str, object] | None
    after: Mapping[str, object] | None
    attributes: tuple[AttributeChange, ...]
    """What changes: every changed attribute of an update, replacement or drift; the known values of a new object."""
    importing: str | None = None
    """The import id when the plan takes an existing object into state (an ``import`` block), else None."""

    def value(self, attribute: str) -> object:
        """The attribute after the change, or before it when the object goes away."""
        values = self.after if self.after is not None else self.before
        return None if values is None else values.get(attribute)

    def changed(self, attribute: str) -> AttributeChange | None:
        """The change of one attribute of an existing object, if it is known to change.

        A value that becomes "known after apply" (a replaced object's computed
        attributes) is not reported: nothing says it will differ.
        """
        if self.before is None:
            return None
        change = next((change for change in self.attributes if change.name == attribute), None)
        return None if change is None or isinstance(change.after, Hidden) else change

    @property
    def forced_by(self) -> str:
        """`` because servicetype changes`` for a replacement Terraform explains, else an empty string."""
        return f" because {', '.join(self.replace_paths)} changes" if self.replace_paths else ""

    @property
    def drift_kind(self) -> str:
        """For an object in ``resource_drift``: how it changed outside Terraform."""
        return _DRIFT_KINDS.get(self.action, self.action.value)

    @property
    def removes(self) -> bool:
        """The object is gone afterwards, or (replaced) gone for a while."""
        return self.action in (Action.DELETE, Action.REPLACE)


@dataclass(frozen=True)
class ConfirmedDeletions:
    """What the appliance said, asked by name, of the NetScaler objects the plan found deleted outside Terraform."""

    still_there: frozenset[str]
    """Addresses of objects the appliance still has: read as missing (the provider turns any read error into
    "not found"), not deleted."""
    gone: frozenset[str]
    """Addresses of objects the appliance does not have: deleted indeed."""


@dataclass(frozen=True)
class Plan:
    """One ``terraform show -json`` plan: the changes, the drift found while refreshing, and the site."""

    source: str
    """Where it was read from, for messages."""
    format_version: str
    terraform_version: str | None
    site: str | None
    """The ``site`` output of a ums-ha stack; ``None`` for plans of other configurations."""
    igel_os: tuple[int, ...] | None
    """The IGEL OS generations the planned configuration serves (its ``igel_os`` output; 11 and 12 for a
    ums-ha stack without one); ``None`` for plans of other configurations."""
    changes: tuple[ResourceChange, ...]
    drift: tuple[ResourceChange, ...]
    """The objects Terraform found changed outside it while refreshing, by address."""
    errored: bool
    complete: bool
    applyable: bool
    netscaler_endpoint: str | None = None
    """The citrixadc provider's ``endpoint`` in the planned configuration, when it is a constant."""
    netscaler_skips_tls_verify: bool = False
    """The provider's ``insecure_skip_verify``."""
    netscaler_partition: str | None = None
    """The provider's ``partition``, when it is a constant: reads of the appliance go there."""
    netscaler_nodes: tuple[str, ...] = ()
    """An HA pair's NSIPs (the stack's ``netscaler_nodes`` output); none for a standalone appliance."""
    confirmed_deletions: ConfirmedDeletions | None = None
    """The appliance's word on the objects found deleted (:mod:`ums_ha.plan_review.vanished`); None when it
    was not asked."""

    @property
    def pending(self) -> tuple[ResourceChange, ...]:
        """The changes that do something: an import does, even when it changes nothing on the object."""
        return tuple(
            change for change in self.changes if change.action is not Action.NO_OP or change.importing is not None
        )

    def of_type(self, *types: str) -> tuple[ResourceChange, ...]:
        return tuple(change for change in self.changes if change.type in types)


def text_value(value: object) -> str | None:
    """A plain string attribute, or ``None`` when it is masked, unknown or not a string."""
    return value if isinstance(value, str) and not isinstance(value, Hidden) else None
