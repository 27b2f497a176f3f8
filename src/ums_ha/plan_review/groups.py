"""What each Terraform resource is to a UMS admin, and the name it has on the appliance or server."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ums_ha.domain.naming import SAVE_ORDER_ADDRESS
from ums_ha.plan_review.model import ResourceChange, text_value


@dataclass(frozen=True)
class Group:
    id: str
    title: str


IMPORTED = Group("imported", "Imported objects (taken over from the appliance)")
VIP = Group("vip", "VIP and vservers")
SERVICE_GROUPS = Group("service-groups", "Service groups")
MEMBERS = Group("members", "UMS servers and pool members")
MONITORS = Group("monitors", "Health monitors")
DATABASE = Group("database", "Database")
DNS = Group("dns", "DNS")
CONFIG_SAVE = Group("config-save", "Config save")
NETWORK = Group("network", "Network (SNIP)")
FIRMWARE_HOSTS = Group("firmware-hosts", "Firmware hosts step")
OTHER = Group("other", "Other")

#: Every group, in the order a review shows them.
GROUPS: tuple[Group, ...] = (
    IMPORTED,
    VIP,
    SERVICE_GROUPS,
    MEMBERS,
    MONITORS,
    DATABASE,
    DNS,
    CONFIG_SAVE,
    NETWORK,
    FIRMWARE_HOSTS,
    OTHER,
)

_GROUP_OF_TYPE: Mapping[str, Group] = {
    "citrixadc_lbvserver": VIP,
    "citrixadc_lbvserver_servicegroup_binding": VIP,
    "citrixadc_lbgroup": VIP,
    "citrixadc_lbgroup_lbvserver_binding": VIP,
    "citrixadc_servicegroup": SERVICE_GROUPS,
    "citrixadc_server": MEMBERS,
    "citrixadc_servicegroup_servicegroupmember_binding": MEMBERS,
    "citrixadc_lbmonitor": MONITORS,
    "citrixadc_servicegroup_lbmonitor_binding": MONITORS,
    "citrixadc_nsconfig_save": CONFIG_SAVE,
    "citrixadc_nsip": NETWORK,
    "terraform_data": FIRMWARE_HOSTS,
}


def group_of_change(change: ResourceChange) -> Group:
    """An imported object's group is "Imported objects", whatever it is; the config save's ordering step is
    the config save's; every other object's by its type."""
    if change.importing is not None:
        return IMPORTED
    return CONFIG_SAVE if change.address == SAVE_ORDER_ADDRESS else group_of(change.type)


def group_of(resource_type: str) -> Group:
    if resource_type.startswith(("mssql_", "postgresql_")):
        return DATABASE
    if resource_type.startswith("dns_"):
        return DNS
    return _GROUP_OF_TYPE.get(resource_type, OTHER)


def _name(change: ResourceChange, *attributes: str) -> str | None:
    return next((text for text in (text_value(change.value(a)) for a in attributes) if text), None)


def _pair(change: ResourceChange, left: str, right: tuple[str, ...], arrow: str) -> str | None:
    first, second = _name(change, left), _name(change, *right)
    return f"{first} {arrow} {second}" if first and second else None


def member_server(change: ResourceChange) -> str | None:
    """The server of a pool member binding: its server name, else its address."""
    return _name(change, "servername", "ip")


def _member(change: ResourceChange) -> str | None:
    member = member_server(change)
    port = change.value("port")
    if member and isinstance(port, int) and not isinstance(port, bool):
        member = f"{member}:{port}"
    group = _name(change, "servicegroupname")
    return f"{group} ← {member}" if group and member else None


def object_name(change: ResourceChange) -> str:
    """The object's own name (``sg_ums_8443``, ``sg_ums_8443 ← ums01:8443``), else its Terraform name."""
    kind = change.type
    name: str | None
    if kind == "citrixadc_servicegroup_servicegroupmember_binding":
        name = _member(change)
    elif kind == "citrixadc_servicegroup_lbmonitor_binding":
        name = _pair(change, "servicegroupname", ("monitorname", "monitor_name"), "←")
    elif kind == "citrixadc_lbvserver_servicegroup_binding":
        name = _pair(change, "name", ("servicegroupname",), "→")
    elif kind == "citrixadc_lbgroup_lbvserver_binding":
        name = _pair(change, "name", ("vservername",), "←")
    elif kind == "postgresql_grant":
        name = _pair(change, "role", ("database",), "on")
    elif kind == "dns_a_record_set":
        record, zone = _name(change, "name"), _name(change, "zone")
        name = (f"{record}.{zone}" if record else zone) if zone else None
    else:
        name = _name(
            change,
            "servicegroupname",
            "monitorname",
            "name",
            "ipaddress",
            "database_name",
            "schema_name",
            "username",
            "login_name",
        )
    return name or change.name
