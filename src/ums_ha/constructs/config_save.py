"""UmsConfigSave: save the running config after every apply that changed the appliance."""

from __future__ import annotations

from collections.abc import Sequence

from cdktf import TerraformResource, TerraformResourceLifecycle
from constructs import Construct

from ums_ha import naming
from ums_ha._generated.citrixadc.nsconfig_save import NsconfigSave
from ums_ha.errors import Problem, ValidationError

from ._terraform import address, set_logical_id


class UmsConfigSave(Construct):
    """A ``citrixadc_nsconfig_save`` that runs when, and only when, the objects changed.

    Its ``timestamp`` (ForceNew) is a hash of the ids of every watched object, and
    ``replace_triggered_by`` lists them all. So the save is replaced, which is what
    runs it, when an object is created, deleted or replaced (an id appears, goes or
    is unknown) or updated in place, including an update that repairs drift. A
    converged stack plans no change to it. ``timestamp()`` would re-save, and show a
    change, on every plan.

    Terraform orders the new save after the updates and creations it references,
    and after the destruction of objects the old save referenced, so a removed
    server is gone before the configuration is saved.
    """

    def __init__(self, scope: Construct, id: str, *, watched: Sequence[TerraformResource]) -> None:
        """
        :param watched: every NetScaler object whose change must be saved.
        """
        super().__init__(scope, id)
        if not watched:
            raise ValidationError([Problem("watched", "must hold at least one resource, but none were given")])
        # The expression CDKTF's Fn.sha1(Fn.join(...)) of the resources' id tokens resolves to, written
        # directly: those would cost two Node round trips per watched resource.
        ids = ", ".join(f"{address(resource)}.id" for resource in watched)
        self.resource = NsconfigSave(
            self,
            "Resource",
            all=True,
            timestamp=f'${{sha1(join(",", [{ids}]))}}',
            lifecycle=TerraformResourceLifecycle(replace_triggered_by=[address(resource) for resource in watched]),
        )
        set_logical_id(self.resource, naming.LogicalIds.config_save())
