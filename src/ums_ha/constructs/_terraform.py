"""Small helpers over CDKTF for the constructs (not public)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from constructs import Construct

from ums_ha.toolchain.cdk import TerraformResource, TerraformResourceLifecycle, TerraformVariable

#: Addresses known on the Python side, by ``id()`` of the resource (which it keeps alive): reading a
#: resource's type and logical id back from CDKTF costs two Node round trips, and a site asks for
#: about fifty addresses (lifecycles, depends_on, import blocks).
_ADDRESSES: Final[dict[int, tuple[TerraformResource, str]]] = {}
#: Each resource class's Terraform type, read once per class.
_TYPES: Final[dict[type, str]] = {}


def set_logical_id(resource: TerraformResource, logical_id: str) -> None:
    """``resource.override_logical_id(logical_id)``, remembering its address for :func:`address`."""
    resource.override_logical_id(logical_id)
    kind = type(resource)
    if kind not in _TYPES:
        _TYPES[kind] = resource.terraform_resource_type
    _ADDRESSES[id(resource)] = (resource, f"{_TYPES[kind]}.{logical_id}")


def _known_address(resource: TerraformResource) -> str | None:
    """The address :func:`set_logical_id` remembered for ``resource``, if it named it."""
    known = _ADDRESSES.get(id(resource))
    return known[1] if known is not None and known[0] is resource else None


def address(resource: TerraformResource) -> str:
    """The resource's bare Terraform address, ``citrixadc_server.server_ums01``.

    CDKTF writes a resource passed to ``replace_triggered_by`` as ``"${type.name}"``,
    which Terraform rejects in JSON configuration ("Invalid character"); the bare
    address is what Terraform reads there.
    """
    known = _known_address(resource)
    return known if known is not None else f"{resource.terraform_resource_type}.{resource.friendly_unique_id}"


def reference(resource: TerraformResource, attribute: str) -> str:
    """``${type.name.attribute}``: a reference to a resource's attribute.

    For a resource ums-ha named (:func:`set_logical_id`) it is written from the address
    Python knows: the very string CDKTF's token resolves to within a stack, without the
    Node round trip of reading the attribute. Any other resource (one a library user made,
    perhaps in another stack) gets CDKTF's own token.
    """
    known = _known_address(resource)
    if known is not None:
        return f"${{{known}.{attribute}}}"
    token: str = getattr(resource, attribute)
    return token


def replaced_with(parents: Iterable[TerraformResource]) -> TerraformResourceLifecycle:
    """Re-create a binding whenever one of its parents is replaced.

    The appliance drops a binding when it deletes its parent, but the plan for a
    replaced parent does not re-create the binding (DOMAIN.md, fixture
    04-replace.json). A parent's ``id`` is unknown only when it is replaced, so an
    in-place update of the parent leaves the binding alone.
    """
    return TerraformResourceLifecycle(replace_triggered_by=[f"{address(parent)}.id" for parent in parents])


def password_variable(scope: Construct, name: str, description: str, *, ephemeral: bool = False) -> TerraformVariable:
    """A sensitive, non-nullable string variable named ``name`` in Terraform (``TF_VAR_<name>``).

    ``ephemeral`` (Terraform 1.10+) keeps it out of saved plans too; CDKTF 0.21 has no prop for it.
    """
    variable = TerraformVariable(
        scope, "Password", type="string", sensitive=True, nullable=False, description=description
    )
    variable.override_logical_id(name)
    if ephemeral:
        variable.add_override("ephemeral", True)
    return variable
