"""``[[sites.<site>.ums_servers]]``, ``[[sites.<site>.services]]`` and ``igel_os``: what is balanced, and to where."""

from __future__ import annotations

from ums_ha.domain.model import (
    DEFAULT_IGEL_OS,
    UmsServer,
    UmsService,
    default_services,
)
from ums_ha.domain.rules import (
    check_igel_os,
)
from ums_ha.errors import Problem
from ums_ha.site.maintenance import MaintenanceSettings
from ums_ha.site.toml_table import Table


def read_servers(site: Table, maintenance: MaintenanceSettings) -> tuple[UmsServer, ...]:
    """Each server, out of service when ``[maintenance]`` names it, with its own drain settings or the site's."""
    tables = site.tables("ums_servers")
    if tables is None:
        site.problems.append(
            Problem(site.key("ums_servers"), "is required: at least one [[...ums_servers]] table with name and address")
        )
        return ()
    servers = []
    for table in tables:
        name = table.get("name", str, "", required=True)
        servers.append(
            UmsServer(
                name=name,
                address=table.get("address", str, "", required=True),
                in_service=name not in maintenance.out_of_service,
                drain_seconds=table.get("drain_seconds", int, maintenance.drain_seconds),
                wait_for_connections=table.get("wait_for_connections", bool, maintenance.wait_for_connections),
            )
        )
        table.finish()
    return tuple(servers)


def read_services(site: Table, igel_os: tuple[int, ...]) -> tuple[UmsService, ...]:
    tables = site.tables("services")
    if tables is None:
        return default_services(igel_os)
    services = []
    for table in tables:
        services.append(
            UmsService(
                name=table.get("name", str, "", required=True),
                port=table.get("port", int, 0, required=True),
                protocol=table.get("protocol", str, "TCP"),
                use_client_ip=table.get("use_client_ip", bool, True),
                idle_timeout_seconds=table.get_optional("idle_timeout_seconds", int),
            )
        )
        table.finish()
    return tuple(services)


def read_igel_os(site: Table, rule_problems: list[Problem]) -> tuple[int, ...]:
    raw = site.get_optional("igel_os", list)
    if raw is None:
        return DEFAULT_IGEL_OS
    found = check_igel_os(raw, site.key("igel_os"))
    rule_problems += found
    return DEFAULT_IGEL_OS if found else tuple(raw)
