"""UmsHaCluster: the whole NetScaler side of a highly available UMS."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

from constructs import Construct

from ums_ha._generated.citrixadc.lbmonitor import Lbmonitor
from ums_ha._generated.citrixadc.nsip import Nsip
from ums_ha._generated.citrixadc.server import Server
from ums_ha.constructs._terraform import address, set_logical_id
from ums_ha.constructs.config_save import UmsConfigSave
from ums_ha.constructs.service_group import UmsServiceGroup
from ums_ha.constructs.vip import UmsVip
from ums_ha.domain import naming
from ums_ha.domain.model import (
    DEFAULT_IGEL_OS,
    DEFAULT_MONITOR_PORT,
    DEFAULT_MONITOR_RECEIVE,
    DEFAULT_OBJECT_NAME_PREFIX,
    DEFAULT_PERSISTENCE_MASK,
    DEFAULT_PERSISTENCE_TIMEOUT_MINUTES,
    DEFAULT_SERVICES,
    HEALTH_CHECK_PATH,
    UmsServer,
    UmsService,
    default_services,
)
from ums_ha.domain.rules import ClusterKeys, check_cluster, check_existing_names, check_igel_os
from ums_ha.errors import ValidationError
from ums_ha.toolchain.cdk import TerraformResource, TerraformStack


class UmsHaCluster(Construct):
    """UMS servers load-balanced by a NetScaler: the setup of the UMS HA guide.

    Builds a ``citrixadc_server`` per UMS server, one :class:`UmsServiceGroup` per
    service with every server as a member, an HTTP-ECV health monitor over TLS on
    ``/ums/check-status`` bound to every group (a UMS whose port is open but whose
    service is unhealthy leaves all pools), a :class:`UmsVip` publishing every group
    on the one VIP, the SNIP when given, and a :class:`UmsConfigSave`.

    Its Terraform logical ids are fixed (``server_<name>``, ``servicegroup_<service>``,
    ...), so use one ``UmsHaCluster`` per stack.

    Example, in a stack of your own (``stack``):

    ```python
    from ums_ha import UmsHaCluster, UmsServer
    from ums_ha.providers import CitrixadcProvider

    CitrixadcProvider(stack, "citrixadc", endpoint="https://192.0.2.2")  # NS_LOGIN, NS_PASSWORD from the environment
    cluster = UmsHaCluster(
        stack,
        "Ums",
        vip="10.20.30.10",
        servers=[UmsServer(name="ums01", address="10.20.30.11"), UmsServer(name="ums02", address="10.20.30.12")],
    )
    ```

    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        servers: Sequence[UmsServer],
        vip: str,
        igel_os: Sequence[int] = DEFAULT_IGEL_OS,
        services: Sequence[UmsService] | None = None,
        snip: str | None = None,
        persistence_timeout_minutes: int = DEFAULT_PERSISTENCE_TIMEOUT_MINUTES,
        persistence_mask: str = DEFAULT_PERSISTENCE_MASK,
        persistence_group: bool = True,
        monitor_receive: str = DEFAULT_MONITOR_RECEIVE,
        monitor_port: int = DEFAULT_MONITOR_PORT,
        object_name_prefix: str = DEFAULT_OBJECT_NAME_PREFIX,
        save_config: bool = True,
        save_all_partitions: bool = True,
        names: naming.ObjectNames | None = None,
        import_existing: bool = False,
        validation_keys: ClusterKeys | None = None,
    ) -> None:
        """
        :param servers: the UMS servers, 1..32, unique names and addresses; at least one in service
            (``UmsServer.in_service``). A server out of service keeps every object: its
            ``citrixadc_server`` is disabled after its drain time, and enabled again when it returns.
        :param vip: the VIP address the devices and consoles connect to.
        :param igel_os: the IGEL OS generations of the devices behind the VIP, 11 and/or 12;
            it picks the default ``services``. Default: ``(11, 12)``, both.
        :param services: the UMS ports to balance. Default: with OS 11 devices, devices 30001
            (USIP on), console 8443 (USIP off), firmware 9080 (USIP on), all TCP, as the guide
            does; for OS 12 devices alone only console 8443 (USIP off), which carries the
            Console, the Web App and the OS 12 devices' Unified Protocol.
        :param snip: a SNIP in the UMS servers' subnet, ``address/prefix``; with USIP the
            servers must use it as their default gateway. Default: none created.
        :param persistence_timeout_minutes: SOURCEIP persistence timeout, 1..1440.
            Default: 5 minutes, as the guide uses.
        :param persistence_mask: SOURCEIP persistence netmask. Default: ``255.255.255.255``.
        :param persistence_group: one persistence group across all vservers, so a device
            sticks to one UMS on every port. Default: on.
        :param monitor_receive: text the health check's body must contain. Default:
            ``"ok"`` (with the quotes), which the UMS returns as ``{"status": "ok"}``.
        :param monitor_port: port of the health check on each UMS server. Default: 8443.
        :param object_name_prefix: prefix of every NetScaler object name; give each
            cluster on one appliance its own. Default: ``ums``.
        :param save_config: save the running configuration after every apply that
            changed it. Default: on.
        :param save_all_partitions: the save saves every admin partition's configuration;
            False saves the partition the provider is switched to alone. Default: every
            partition, as before partitions.
        :param names: names of objects that exist on the appliance already (servers,
            service groups, vservers, the monitor, the persistence group). Default: none,
            every name from ``object_name_prefix``. Terraform ids stay ums-ha's.
        :param import_existing: add an ``import`` block for every named object, for the
            SNIP (by address) and for every binding between named objects, so the first
            apply takes them into state instead of creating them. Default: off.
        :param validation_keys: names of the settings in error messages. Default: these
            parameters' names; the site-file loader passes its key paths.
        """
        super().__init__(scope, id)
        keys = validation_keys or ClusterKeys()
        names = names or naming.ObjectNames()
        problems = check_igel_os(igel_os, keys.igel_os)
        if services is None:
            services = DEFAULT_SERVICES if problems else default_services(tuple(igel_os))
        problems += check_existing_names(names, servers, services, keys.names)
        problems += check_cluster(
            servers=servers,
            services=services,
            vip=vip,
            snip=snip,
            persistence_timeout_minutes=persistence_timeout_minutes,
            persistence_mask=persistence_mask,
            persistence_group=persistence_group,
            monitor_receive=monitor_receive,
            monitor_port=monitor_port,
            object_name_prefix=object_name_prefix,
            keys=keys,
        )
        if problems:
            raise ValidationError(problems, source=f"UmsHaCluster {self.node.path}")

        self.servers: dict[str, Server] = {}
        """The ``citrixadc_server`` of each UMS server, by short name."""
        for server in servers:
            resource = Server(
                self,
                f"Server-{server.name}",
                name=names.server(object_name_prefix, server.name),
                ipaddress=server.address,
                # Always written, so a server disabled by hand shows as drift. A change to DISABLED is sent as
                # NITRO's disable action with delay and graceful; those two alone send nothing (DOMAIN.md).
                state="ENABLED" if server.in_service else "DISABLED",
                delay=None if server.in_service else server.drain_seconds,
                graceful=None if server.in_service else ("YES" if server.wait_for_connections else "NO"),
            )
            set_logical_id(resource, naming.LogicalIds.server(server.name))
            self.servers[server.name] = resource

        self.monitor = Lbmonitor(
            self,
            "HealthMonitor",
            monitorname=names.monitor_name(object_name_prefix),
            type="HTTP-ECV",
            secure="YES",
            send=f"GET {HEALTH_CHECK_PATH}",
            recv=monitor_receive,
            destport=monitor_port,
        )
        """The health monitor bound to every service group."""
        set_logical_id(self.monitor, naming.LogicalIds.monitor())

        self.service_groups: dict[str, UmsServiceGroup] = {
            service.name: UmsServiceGroup(
                self,
                f"ServiceGroup-{service.name}",
                service_name=service.name,
                port=service.port,
                protocol=service.protocol,
                use_client_ip=service.use_client_ip,
                idle_timeout_seconds=service.idle_timeout_seconds,
                servers=self.servers,
                monitor=self.monitor,
                object_name_prefix=object_name_prefix,
                name=names.service_groups.get(service.name),
            )
            for service in services
        }
        """The service group of each service, by service short name."""

        self.vip = UmsVip(
            self,
            "Vip",
            address=vip,
            service_groups=list(self.service_groups.values()),
            persistence_timeout_minutes=persistence_timeout_minutes,
            persistence_mask=persistence_mask,
            persistence_group=persistence_group,
            object_name_prefix=object_name_prefix,
            names=names,
        )

        self.snip: Nsip | None = None
        """The SNIP, when ``snip`` is given."""
        if snip is not None:
            interface = ipaddress.IPv4Interface(snip)
            self.snip = Nsip(
                self,
                "Snip",
                ipaddress=str(interface.ip),
                netmask=str(interface.netmask),
                type="SNIP",
            )
            set_logical_id(self.snip, naming.LogicalIds.snip())

        if import_existing:
            snip_address = str(ipaddress.IPv4Interface(snip).ip) if snip is not None else None
            self._import_existing(names, services, snip_address)

        self.config_save: UmsConfigSave | None = None
        """The configuration save, when ``save_config`` is on."""
        if save_config:
            self.config_save = UmsConfigSave(
                self, "ConfigSave", watched=self.appliance_objects(), all_partitions=save_all_partitions
            )

    def _import_existing(
        self, names: naming.ObjectNames, services: Sequence[UmsService], snip_address: str | None
    ) -> None:
        """``import`` blocks with the provider's import ids (DOMAIN.md, "Importing existing objects")."""
        imports: list[tuple[TerraformResource, str]] = []
        imports += [(self.servers[server], name) for server, name in names.servers.items()]
        if names.monitor:
            imports.append((self.monitor, names.monitor))
        if self.snip is not None and snip_address is not None:
            imports.append((self.snip, snip_address))
        lbgroup = self.vip.persistence_group
        if names.persistence_group and lbgroup is not None:
            imports.append((lbgroup, names.persistence_group))
        for service in services:
            group = self.service_groups[service.name]
            group_name = names.service_groups.get(service.name)
            vserver_name = names.vservers.get(service.name)
            if group_name:
                imports.append((group.resource, group_name))
                imports += [
                    (group.members[server], f"{group_name},{server_name},{service.port}")
                    for server, server_name in names.servers.items()
                ]
                if names.monitor and group.monitor_binding is not None:
                    imports.append((group.monitor_binding, f"{group_name},{names.monitor}"))
            if vserver_name:
                imports.append((self.vip.vservers[service.name], vserver_name))
                if group_name:
                    imports.append((self.vip.vserver_bindings[service.name], f"{vserver_name},{group_name}"))
                if names.persistence_group and service.name in self.vip.persistence_group_bindings:
                    binding = self.vip.persistence_group_bindings[service.name]
                    imports.append((binding, f"{names.persistence_group},{vserver_name}"))
        # Written as the stack's own ``import`` blocks, not with CDKTF's ``import_from``: that one runs
        # ``terraform version`` while synthesizing and fails where no terraform is on PATH.
        blocks = [{"to": address(resource), "id": import_id} for resource, import_id in imports]
        if blocks:
            TerraformStack.of(self).add_override("import", blocks)

    def appliance_objects(self) -> list[TerraformResource]:
        """Every NetScaler object of the cluster except the save itself, in a stable order."""
        objects: list[TerraformResource] = [*self.servers.values(), self.monitor]
        for group in self.service_groups.values():
            objects += [group.resource, *group.members.values()]
            if group.monitor_binding is not None:
                objects.append(group.monitor_binding)
        objects += [*self.vip.vservers.values(), *self.vip.vserver_bindings.values()]
        if self.vip.persistence_group is not None:
            objects += [self.vip.persistence_group, *self.vip.persistence_group_bindings.values()]
        if self.snip is not None:
            objects.append(self.snip)
        return objects
