"""UmsConfigSave: save the running config after every apply that changed the appliance."""

from __future__ import annotations

from collections.abc import Sequence

from constructs import Construct

from ums_ha._generated.citrixadc.nsconfig_save import NsconfigSave
from ums_ha.constructs._terraform import address, set_logical_id
from ums_ha.domain import naming
from ums_ha.errors import Problem, ValidationError
from ums_ha.toolchain.cdk import TerraformResource, TerraformResourceLifecycle, TerraformStack

SAVE_ORDER_ADDRESS = naming.SAVE_ORDER_ADDRESS


class UmsConfigSave(Construct):
    """A ``citrixadc_nsconfig_save`` that runs when, and only when, the objects changed, and always last.

    When it runs: its ``timestamp`` (ForceNew) is a hash of the ids of every watched
    object, and ``replace_triggered_by`` lists them all. So the save is replaced, which
    is what runs it, when an object is created, deleted or replaced (an id appears,
    goes or is unknown) or updated in place, including an update that repairs drift. A
    converged stack plans no change to it. ``timestamp()`` would re-save, and show a
    change, on every plan.

    Why it is last, even in a deploy that finishes one that was cut:

    - creates and updates: the save references every watched object's id;
    - deletes: every watched object ``depends_on`` a ``terraform_data``
      (``terraform_data.config_save_order``) whose ``input`` lists the watched
      addresses, and the save depends on it. An object removed from the configuration
      keeps that dependency in its state, and Terraform destroys such an object before
      it creates or updates what it depended on; the step's ``input`` changes whenever
      an address leaves the list, so whatever a cut deploy left in state, the deletions
      come first, then the step, then the creates and updates, then the save. The old
      save's own recorded dependencies could not do that: a cut deploy may already have
      destroyed it (DOMAIN.md, "Terraform core ordering").
    - and the old save is destroyed before any watched object changes (its state depends
      on them all), so a deploy cut after a change leaves no save in state: the next one
      saves.
    """

    def __init__(
        self, scope: Construct, id: str, *, watched: Sequence[TerraformResource], all_partitions: bool = True
    ) -> None:
        """
        :param watched: every NetScaler object whose change must be saved, all in the save's stack.
        :param all_partitions: save every admin partition's configuration (``save ns config -all``); False saves
            the partition the provider is switched to alone. Default: True, every partition (a stack without a
            partition saves the whole appliance, as before partitions).
        """
        super().__init__(scope, id)
        if not watched:
            raise ValidationError([Problem("watched", "must hold at least one resource, but none were given")])
        addresses = [address(resource) for resource in watched]
        # The expression CDKTF's Fn.sha1(Fn.join(...)) of the resources' id tokens resolves to, written
        # directly: those would cost two Node round trips per watched resource.
        ids = ", ".join(f"{watched_address}.id" for watched_address in addresses)
        self.resource = NsconfigSave(
            self,
            "Resource",
            all=all_partitions,
            timestamp=f'${{sha1(join(",", [{ids}]))}}',
            lifecycle=TerraformResourceLifecycle(replace_triggered_by=addresses),
        )
        set_logical_id(self.resource, naming.LogicalIds.config_save())
        self._order_deletions_first(addresses)

    def _order_deletions_first(self, addresses: list[str]) -> None:
        """The ordering step and every ``depends_on`` on it, in one override of the stack (one Node round
        trip, not one per object; CDKTF appends to a ``depends_on`` the resource has already)."""
        resources: dict[str, dict[str, object]] = {}
        for watched_address in [*addresses, address(self.resource)]:
            kind, name = watched_address.split(".", 1)
            resources.setdefault(kind, {})[name] = {"depends_on": [SAVE_ORDER_ADDRESS]}
        resources.setdefault("terraform_data", {})[naming.LogicalIds.save_order()] = {"input": sorted(addresses)}
        TerraformStack.of(self).add_override("resource", resources)
