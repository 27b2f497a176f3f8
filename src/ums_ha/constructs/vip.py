"""UmsVip: the one VIP address, a vserver per UMS port, and shared persistence."""

from __future__ import annotations

from collections.abc import Sequence

from constructs import Construct

from ums_ha._generated.citrixadc.lbgroup import Lbgroup
from ums_ha._generated.citrixadc.lbgroup_lbvserver_binding import LbgroupLbvserverBinding
from ums_ha._generated.citrixadc.lbvserver import Lbvserver
from ums_ha._generated.citrixadc.lbvserver_servicegroup_binding import LbvserverServicegroupBinding
from ums_ha.constructs._terraform import reference, replaced_with, set_logical_id
from ums_ha.constructs.service_group import UmsServiceGroup
from ums_ha.domain import naming
from ums_ha.domain.model import (
    DEFAULT_OBJECT_NAME_PREFIX,
    DEFAULT_PERSISTENCE_MASK,
    DEFAULT_PERSISTENCE_TIMEOUT_MINUTES,
)
from ums_ha.domain.rules import check_bool, check_int_range, check_ip_address, check_persistence_mask
from ums_ha.errors import Problem, ValidationError

PERSISTENCE_TYPE = "SOURCEIP"


class UmsVip(Construct):
    """Load-balancing vservers for UMS service groups, all on one VIP address.

    One ``citrixadc_lbvserver`` per service group, on the group's port and protocol,
    bound to it, with SOURCEIP persistence. With ``persistence_group`` a
    ``citrixadc_lbgroup`` carries the same persistence for all of them, so a device
    reaches the same UMS server on every port.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        address: str,
        service_groups: Sequence[UmsServiceGroup],
        persistence_timeout_minutes: int = DEFAULT_PERSISTENCE_TIMEOUT_MINUTES,
        persistence_mask: str = DEFAULT_PERSISTENCE_MASK,
        persistence_group: bool = True,
        object_name_prefix: str = DEFAULT_OBJECT_NAME_PREFIX,
        names: naming.ObjectNames | None = None,
    ) -> None:
        """
        :param address: the VIP, an IPv4 or IPv6 address the devices connect to.
        :param service_groups: the groups to publish, one vserver each.
        :param persistence_timeout_minutes: how long a device stays with its UMS server
            after its last connection, 1..1440. Default: 5 minutes, as the UMS
            load-balancing guide uses.
        :param persistence_mask: netmask applied to the client address for SOURCEIP
            persistence. Default: ``255.255.255.255`` (each device on its own).
        :param persistence_group: share persistence across all vservers through a
            persistence group. Default: on.
        :param object_name_prefix: prefix of NetScaler object names. Default: ``ums``.
        :param names: names of vservers and the persistence group that exist on the appliance
            already. Default: none, every name from ``object_name_prefix``.
        """
        super().__init__(scope, id)
        names = names or naming.ObjectNames()
        problems: list[Problem] = check_ip_address(address, "address")[0]
        problems += check_int_range(persistence_timeout_minutes, "persistence_timeout_minutes", 1, 1440, "minutes")
        problems += check_persistence_mask(persistence_mask, "persistence_mask")
        problems += check_bool(persistence_group, "persistence_group")
        if not service_groups:
            problems.append(Problem("service_groups", "must hold at least one service group, but none were given"))
        if problems:
            raise ValidationError(problems, source=f"UmsVip {self.node.path}")

        self.address = address
        """The VIP address."""
        self.vservers: dict[str, Lbvserver] = {}
        """The vserver of each service, by service short name."""
        self.vserver_bindings: dict[str, LbvserverServicegroupBinding] = {}

        for group in service_groups:
            vserver = Lbvserver(
                self,
                f"Vserver-{group.service_name}",
                name=names.vserver(object_name_prefix, group.service_name),
                ipv46=address,
                port=group.port,
                servicetype=group.protocol,
                persistencetype=PERSISTENCE_TYPE,
                timeout=persistence_timeout_minutes,
                persistmask=persistence_mask,
            )
            set_logical_id(vserver, naming.LogicalIds.vserver(group.service_name))
            binding = LbvserverServicegroupBinding(
                self,
                f"Binding-{group.service_name}",
                name=reference(vserver, "name"),
                servicegroupname=reference(group.resource, "servicegroupname"),
                lifecycle=replaced_with([vserver, group.resource]),
            )
            set_logical_id(binding, naming.LogicalIds.vserver_binding(group.service_name))
            self.vservers[group.service_name] = vserver
            self.vserver_bindings[group.service_name] = binding

        self.persistence_group: Lbgroup | None = None
        """The persistence group, when ``persistence_group`` is on."""
        self.persistence_group_bindings: dict[str, LbgroupLbvserverBinding] = {}
        if persistence_group:
            # The vservers carry the same persistence as the group: the appliance gives a
            # grouped vserver the group's settings, so both read back alike and plan clean.
            lbgroup = Lbgroup(
                self,
                "PersistenceGroup",
                name=names.persistence_group_name(object_name_prefix),
                persistencetype=PERSISTENCE_TYPE,
                timeout=persistence_timeout_minutes,
                persistmask=persistence_mask,
            )
            set_logical_id(lbgroup, naming.LogicalIds.persistence_group())
            self.persistence_group = lbgroup
            for service_name, vserver in self.vservers.items():
                member = LbgroupLbvserverBinding(
                    self,
                    f"PersistenceGroup-{service_name}",
                    name=reference(lbgroup, "name"),
                    vservername=reference(vserver, "name"),
                    lifecycle=replaced_with([lbgroup, vserver]),
                )
                set_logical_id(member, naming.LogicalIds.persistence_group_binding(service_name))
                self.persistence_group_bindings[service_name] = member
