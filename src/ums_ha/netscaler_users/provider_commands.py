"""The CLI commands the citrixadc provider 2.2.2 sends for each resource type ums-ha's stacks hold.

Read from the provider's source at v2.2.2 (``citrixadc/resource_citrixadc_<type>.go`` and its vendored
``adc-nitro-go``); a NITRO call is checked against a command policy in its CLI form (DOMAIN.md, "A production
NetScaler": create = ``add``, PUT = ``set``, ``?action=unset|enable|disable``, DELETE = ``rm``, a binding's
add/delete = ``bind``/``unbind`` on its parent, GET = ``show``). A binding is read by its parent's name, so
its ``show`` is the parent's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class ObjectCommands:
    """The commands a resource of one type is created, read, changed and removed with."""

    cli_object: str
    """The object's words in the CLI: ``serviceGroup``, ``lb vserver``."""
    name_attribute: str
    """The resource's attribute that is the object's name in those commands."""
    verbs: tuple[str, ...]
    reads: tuple[str, ...] = ()
    """Other objects of the same name the provider's read shows (``show <object> <name>``)."""
    unnamed_reads: tuple[str, ...] = ()
    """Objects the provider's read lists whole (``show <object>``)."""
    name_option: str | None = None
    """The option a read names the object by when the name is no part of its URL (``?args=<option>:<name>``): its
    CLI form may give the name as ``-<option> <name>``."""


#: Per object type: create, read, update, delete and the state actions the resource's functions call.
OBJECTS: Final[Mapping[str, ObjectCommands]] = {
    # resource_citrixadc_server.go: AddResource, FindResource, UpdateResource, DeleteResource, ActOnResource
    # enable|disable (the state attribute)
    "citrixadc_server": ObjectCommands("server", "name", ("add", "show", "set", "rm", "enable", "disable")),
    # resource_citrixadc_servicegroup.go: as the server; its read also FindResourceArray(servicegroupbindings)
    "citrixadc_servicegroup": ObjectCommands(
        "serviceGroup",
        "servicegroupname",
        ("add", "show", "set", "rm", "enable", "disable"),
        reads=("serviceGroupbindings",),
    ),
    # resource_citrixadc_lbvserver.go: as the server, plus ActOnResource unset; its read also
    # FindResource(sslvserver) and isTargetAdcCluster's FindAllResources(clusterinstance)
    "citrixadc_lbvserver": ObjectCommands(
        "lb vserver",
        "name",
        ("add", "show", "set", "unset", "rm", "enable", "disable"),
        reads=("ssl vserver",),
        unnamed_reads=("cluster instance",),
    ),
    # resource_citrixadc_lbmonitor.go: AddResource, FindResource, UpdateResource, DeleteResourceWithArgs
    "citrixadc_lbmonitor": ObjectCommands("lb monitor", "monitorname", ("add", "show", "set", "rm")),
    # resource_citrixadc_lbgroup.go: AddResource, FindResource, UpdateResource, DeleteResource
    "citrixadc_lbgroup": ObjectCommands("lb group", "name", ("add", "show", "set", "rm")),
    # resource_citrixadc_nsip.go: AddResource, FindResourceArrayWithParams (by ipaddress), UpdateResource,
    # DeleteResourceWithArgsMap, ActOnResource enable|disable
    "citrixadc_nsip": ObjectCommands(
        "ns ip", "ipaddress", ("add", "show", "set", "rm", "enable", "disable"), name_option="ipaddress"
    ),
}


@dataclass(frozen=True)
class BindingCommands:
    """A binding: bound and unbound on its parent object, read by the parent's name."""

    parent_object: str
    parent_attribute: str
    """The binding resource's attribute naming its parent."""


#: add = bind, delete = unbind, read = show of the parent: AddResource / UpdateUnnamedResource,
#: DeleteResourceWithArgs(Map), FindResourceArrayWithParams in each binding resource's file. Which words NITRO
#: gives a binding's read in its CLI form is not documented, so the policy also allows the binding's own
#: type in place of the parent's words (``show servicegroup_lbmonitor_binding <parent name>``).
BINDINGS: Final[Mapping[str, BindingCommands]] = {
    "citrixadc_servicegroup_servicegroupmember_binding": BindingCommands("serviceGroup", "servicegroupname"),
    "citrixadc_servicegroup_lbmonitor_binding": BindingCommands("serviceGroup", "servicegroupname"),
    "citrixadc_lbvserver_servicegroup_binding": BindingCommands("lb vserver", "name"),
    "citrixadc_lbgroup_lbvserver_binding": BindingCommands("lb group", "name"),
}
BINDING_VERBS: Final = ("bind", "unbind", "show")

#: resource_citrixadc_nsconfig_save.go: ActOnResource(nsconfig, "save") with ``all`` (omitted when false);
#: it reads nothing from the appliance.
CONFIG_SAVE: Final = "citrixadc_nsconfig_save"

#: provider.go: with ``partition``, ActOnResource(nspartition, "Switch") after each login.
PARTITION_SWITCH: Final = "switch ns partition"
