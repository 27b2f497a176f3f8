"""``[[sites.<site>.ums_servers]]``, ``[[sites.<site>.services]]`` and ``igel_os``: what is balanced, and to where."""

from __future__ import annotations

from ums_ha.domain.model import (
    DEFAULT_IGEL_OS,
    MAX_SERVERS,
    PROTOCOLS,
    UmsServer,
    UmsService,
    default_services,
)
from ums_ha.domain.rules import IDLE_TIMEOUT_SECONDS, PORTS, check_cluster, check_igel_os
from ums_ha.errors import Problem
from ums_ha.site.maintenance import DRAIN_RANGE, MaintenanceSettings
from ums_ha.site.schema import Key, TableSchema, toml_value
from ums_ha.site.toml_table import Table

SERVER_NAME = Key(
    "name",
    str,
    "a letter, then letters, digits, `_`, `-` (63 at most); unique in the site",
    required=True,
    rules=(check_cluster,),
)
SERVER_ADDRESS = Key("address", str, "IPv4/IPv6 address; unique in the site", required=True, rules=(check_cluster,))
SERVER_DRAIN_SECONDS = Key(
    "drain_seconds",
    int,
    "this server's own drain time while out of service (see `maintenance.drain_seconds`)",
    shown_default="`maintenance.drain_seconds`",
    bounds=DRAIN_RANGE,
    rules=(check_cluster,),
)
SERVER_WAIT_FOR_CONNECTIONS = Key(
    "wait_for_connections",
    bool,
    "this server's own setting (see `maintenance.wait_for_connections`)",
    shown_default="`maintenance.wait_for_connections`",
)
UMS_SERVERS_TABLE = TableSchema(
    "sites.<site>.ums_servers",
    "The UMS servers behind the VIP; unique names and addresses, at least one in service.",
    (SERVER_NAME, SERVER_ADDRESS, SERVER_DRAIN_SECONDS, SERVER_WAIT_FOR_CONNECTIONS),
    required="yes",
    array=True,
    count=f"1..{MAX_SERVERS}",
)

SERVICE_NAME = Key("name", str, "the service's name, unique in the site", required=True, rules=(check_cluster,))
SERVICE_PORT = Key("port", int, "the port, unique in the site", required=True, bounds=PORTS, rules=(check_cluster,))
SERVICE_PROTOCOL = Key(
    "protocol", str, "the NetScaler service type", default="TCP", choices=PROTOCOLS, rules=(check_cluster,)
)
SERVICE_USE_CLIENT_IP = Key(
    "use_client_ip",
    bool,
    "USIP: the UMS sees the devices' own addresses (the SNIP is then their gateway)",
    default=True,
)
SERVICE_IDLE_TIMEOUT = Key(
    "idle_timeout_seconds",
    int,
    "the service group's client and server idle timeout (`clttimeout`, `svrtimeout`)",
    shown_default="not set: the appliance's default",
    bounds=IDLE_TIMEOUT_SECONDS,
    rules=(check_cluster,),
)
SERVICES_TABLE = TableSchema(
    "sites.<site>.services",
    "The UMS ports the VIP balances. Default: with OS 11 devices, devices 30001 (USIP on), console 8443 (USIP off), "
    "firmware 9080 (USIP on); for OS 12 devices alone, console 8443 (USIP off); all `TCP` (see `igel_os`).",
    (SERVICE_NAME, SERVICE_PORT, SERVICE_PROTOCOL, SERVICE_USE_CLIENT_IP, SERVICE_IDLE_TIMEOUT),
    array=True,
)

IGEL_OS = Key(
    "igel_os",
    list,
    "the IGEL OS generations of the devices behind the VIP: `[11]`, `[12]` or `[11, 12]`; picks the default `services`",
    shown_default=f"`{toml_value(list(DEFAULT_IGEL_OS))}`",
    rules=(check_igel_os,),
)


def read_servers(site: Table, maintenance: MaintenanceSettings) -> tuple[UmsServer, ...]:
    """Each server, out of service when ``[maintenance]`` names it, with its own drain settings or the site's."""
    tables = site.tables(UMS_SERVERS_TABLE.name)
    if tables is None:
        site.problems.append(
            Problem(
                site.key(UMS_SERVERS_TABLE.name),
                "is required: at least one [[...ums_servers]] table with name and address",
            )
        )
        return ()
    servers = []
    for table in tables:
        name = table.read(SERVER_NAME)
        drain_seconds = table.read_optional(SERVER_DRAIN_SECONDS)
        wait_for_connections = table.read_optional(SERVER_WAIT_FOR_CONNECTIONS)
        servers.append(
            UmsServer(
                name=name,
                address=table.read(SERVER_ADDRESS),
                in_service=name not in maintenance.out_of_service,
                drain_seconds=maintenance.drain_seconds if drain_seconds is None else drain_seconds,
                wait_for_connections=(
                    maintenance.wait_for_connections if wait_for_connections is None else wait_for_connections
                ),
            )
        )
        table.finish()
    return tuple(servers)


def read_services(site: Table, igel_os: tuple[int, ...]) -> tuple[UmsService, ...]:
    tables = site.tables(SERVICES_TABLE.name)
    if tables is None:
        return default_services(igel_os)
    services = []
    for table in tables:
        services.append(
            UmsService(
                name=table.read(SERVICE_NAME),
                port=table.read(SERVICE_PORT),
                protocol=table.read(SERVICE_PROTOCOL),
                use_client_ip=table.read(SERVICE_USE_CLIENT_IP),
                idle_timeout_seconds=table.read_optional(SERVICE_IDLE_TIMEOUT),
            )
        )
        table.finish()
    return tuple(services)


def read_igel_os(site: Table, rule_problems: list[Problem]) -> tuple[int, ...]:
    raw = site.read_optional(IGEL_OS)
    if raw is None:
        return DEFAULT_IGEL_OS
    found = check_igel_os(raw, site.key("igel_os"))
    rule_problems += found
    return DEFAULT_IGEL_OS if found else tuple(raw)
