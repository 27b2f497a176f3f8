"""UmsServiceGroup: one UMS port's pool of servers, with its health monitor bound."""

from __future__ import annotations

from collections.abc import Mapping

from constructs import Construct

from ums_ha._generated.citrixadc.lbmonitor import Lbmonitor
from ums_ha._generated.citrixadc.server import Server
from ums_ha._generated.citrixadc.servicegroup import Servicegroup
from ums_ha._generated.citrixadc.servicegroup_lbmonitor_binding import ServicegroupLbmonitorBinding
from ums_ha._generated.citrixadc.servicegroup_servicegroupmember_binding import (
    ServicegroupServicegroupmemberBinding,
)
from ums_ha.constructs._terraform import reference, replaced_with, set_logical_id
from ums_ha.domain import naming
from ums_ha.domain.model import DEFAULT_OBJECT_NAME_PREFIX, UmsService
from ums_ha.domain.rules import check_object_names, check_service
from ums_ha.errors import Problem, ValidationError


class UmsServiceGroup(Construct):
    """A NetScaler service group for one UMS port.

    Builds the ``citrixadc_servicegroup`` (``Resource``), one member binding per
    UMS server and the binding of the health monitor, each as its own resource so
    plans and drift reports name each member. Every binding is re-created when the
    group, server or monitor it binds is replaced, since the appliance drops it then.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        service_name: str,
        port: int,
        servers: Mapping[str, Server],
        protocol: str = "TCP",
        use_client_ip: bool = True,
        idle_timeout_seconds: int | None = None,
        monitor: Lbmonitor | None = None,
        object_name_prefix: str = DEFAULT_OBJECT_NAME_PREFIX,
        name: str | None = None,
    ) -> None:
        """
        :param service_name: short name of the UMS service (``devices``); names the
            group ``<prefix>-sg-<service_name>`` and its Terraform ids.
        :param port: the port every UMS server listens on for this service.
        :param servers: the ``citrixadc_server`` of each UMS server, by short name; one
            member binding each.
        :param protocol: service type, ``TCP``, ``HTTP`` or ``SSL_BRIDGE``. Default: ``TCP``.
        :param use_client_ip: Use Client IP (USIP). Default: on, as the UMS guide sets
            for ports 30001 and 9080.
        :param idle_timeout_seconds: client and server idle timeout (``clttimeout``,
            ``svrtimeout``), 0..31536000 seconds. Default: not set, the appliance's default.
        :param monitor: health monitor to bind. Default: none bound, the appliance's
            default TCP check applies.
        :param object_name_prefix: prefix of NetScaler object names. Default: ``ums``.
        :param name: the group's name on the appliance, for one that exists already.
            Default: ``<object_name_prefix>-sg-<service_name>``.
        """
        super().__init__(scope, id)
        service = UmsService(
            name=service_name,
            port=port,
            protocol=protocol,
            use_client_ip=use_client_ip,
            idle_timeout_seconds=idle_timeout_seconds,
        )
        problems = [
            Problem("service_name", problem.message) if problem.key == "name" else problem
            for problem in check_service(service)
        ]
        problems += check_object_names(object_name_prefix, [], [service], "object_name_prefix")
        if problems:
            raise ValidationError(problems, source=f"UmsServiceGroup {self.node.path}")

        self.service_name = service_name
        self.port = port
        self.protocol = protocol
        self.name = name or naming.service_group_name(object_name_prefix, service_name)
        """The service group's name on the appliance."""

        self.resource = Servicegroup(
            self,
            "Resource",
            servicegroupname=self.name,
            servicetype=protocol,
            usip="YES" if use_client_ip else "NO",
            clttimeout=idle_timeout_seconds,
            svrtimeout=idle_timeout_seconds,
        )
        set_logical_id(self.resource, naming.LogicalIds.service_group(service_name))

        self.members: dict[str, ServicegroupServicegroupmemberBinding] = {}
        """Member binding of each UMS server, by server short name."""
        for server_name, server in servers.items():
            member = ServicegroupServicegroupmemberBinding(
                self,
                f"Member-{server_name}",
                servicegroupname=reference(self.resource, "servicegroupname"),
                servername=reference(server, "name"),
                port=port,
                lifecycle=replaced_with([self.resource, server]),
            )
            set_logical_id(member, naming.LogicalIds.member(service_name, server_name))
            self.members[server_name] = member

        self.monitor_binding: ServicegroupLbmonitorBinding | None = None
        if monitor is not None:
            self.monitor_binding = ServicegroupLbmonitorBinding(
                self,
                "MonitorBinding",
                servicegroupname=reference(self.resource, "servicegroupname"),
                monitorname=reference(monitor, "monitorname"),
                lifecycle=replaced_with([self.resource, monitor]),
            )
            set_logical_id(self.monitor_binding, naming.LogicalIds.monitor_binding(service_name))
