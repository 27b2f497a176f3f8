"""The site file, ``ums-ha.toml``: read, checked in full, turned into typed settings.

The reader checks shape (tables, types, required and unknown keys); the rules in
:mod:`ums_ha.domain.rules` check meaning. Every problem in the file is collected before
anything is reported, each with its key path.
"""

from __future__ import annotations

import ast
import ipaddress
import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final, TypedDict

from ums_ha.domain.model import (
    CONSOLE_SERVICE,
    DEFAULT_IGEL_OS,
    DEFAULT_MONITOR_PORT,
    DEFAULT_SERVICES,
    FIRMWARE_SERVICE,
    UmsServer,
    UmsService,
)
from ums_ha.domain.naming import ObjectNames
from ums_ha.domain.rules import (
    ClusterKeys,
    check_cluster,
    check_endpoint,
    check_existing_names,
    check_fqdn,
    check_site_name,
    check_ums_version,
    endpoint_host,
    parse_ums_version,
)
from ums_ha.errors import Problem, ValidationError
from ums_ha.site.backends import BACKEND_TABLE, BackendSettings, check_shared_state, read_backend
from ums_ha.site.database import DATABASE_TABLE, DatabaseSettings, read_database
from ums_ha.site.dns import DNS_TABLE, DnsSettings, read_dns
from ums_ha.site.firmware_hosts import (
    DEFAULT_FIRMWARE_PORT,
    DEFAULT_STATUS_PORT,
    ENGINE_DRIVERS,
    FIRMWARE_HOSTS_TABLE,
    STATUS_SCHEMES,
    FirmwareHostsSettings,
    read_firmware_hosts,
)
from ums_ha.site.maintenance import MAINTENANCE_TABLE, check_out_of_service, read_maintenance
from ums_ha.site.names import ADOPT_TABLE, NAMES_TABLE, read_adopt, read_names
from ums_ha.site.netscaler import NETSCALER_TABLE, NetscalerSettings, read_netscaler
from ums_ha.site.schema import Key, TableSchema
from ums_ha.site.servers import IGEL_OS, SERVICES_TABLE, UMS_SERVERS_TABLE, read_igel_os, read_servers, read_services
from ums_ha.site.toml_table import Table

DNS_NAME = Key(
    "dns_name",
    str,
    "a fully qualified DNS name: the name devices and consoles connect to (devices look up `igelrmserver` by default)",
    required=True,
    rules=(check_fqdn,),
)
UMS_VERSION = Key(
    "ums_version",
    str,
    'the UMS version, `"12.07.100"` or `"6.10"`; with 12.04.120 or later and OS 11 devices, synth and handover warn',
    shown_default="unknown",
    rules=(check_ums_version,),
)
SITE_TABLE = TableSchema(
    "sites.<site>",
    "One site: one stack `ums-ha-<site>`, one Terraform state. The site's name is 1 to 20 of `a-z`, `0-9`, `-` "
    "(`check_site_name`); the tables below belong to it.",
    (DNS_NAME, IGEL_OS, UMS_VERSION),
    required="at least one",
    links=(("The site file", "guide/site-file.md"), ("UMS 12 and IGEL OS 12", "guide/ums-12.md")),
)

#: Every table of the site file, in the order the reference lists them.
SITE_FILE_TABLES: Final = (
    SITE_TABLE,
    NETSCALER_TABLE,
    UMS_SERVERS_TABLE,
    SERVICES_TABLE,
    MAINTENANCE_TABLE,
    NAMES_TABLE,
    ADOPT_TABLE,
    DATABASE_TABLE,
    DNS_TABLE,
    FIRMWARE_HOSTS_TABLE,
    BACKEND_TABLE,
)

CONFIG_ENV: Final = "UMS_HA_CONFIG"
#: The UMS release from which IGEL supports an external load balancer for OS 12-only fleets alone.
EXTERNAL_LOAD_BALANCER_OS12_ONLY_SINCE: Final = (12, 4, 120)
DEFAULT_SITE_FILE: Final = "ums-ha.toml"
EXAMPLE_SITE_FILE: Final = "ums-ha.example.toml"


class ClusterSettings(TypedDict):
    servers: tuple[UmsServer, ...]
    services: tuple[UmsService, ...]
    vip: str
    snip: str | None
    persistence_timeout_minutes: int
    persistence_mask: str
    persistence_group: bool
    monitor_receive: str
    monitor_port: int
    object_name_prefix: str


@dataclass(frozen=True)
class Site:
    """One ``[sites.<name>]`` table: one stack, one Terraform state."""

    name: str
    dns_name: str
    netscaler: NetscalerSettings
    ums_servers: tuple[UmsServer, ...]
    services: tuple[UmsService, ...] = DEFAULT_SERVICES
    backend: BackendSettings = field(default_factory=BackendSettings)
    database: DatabaseSettings | None = None
    """None: no database objects (the UMS may use an existing database)."""
    dns: DnsSettings | None = None
    """None: no DNS record; the A record for ``dns_name`` is made by hand."""
    firmware_hosts: FirmwareHostsSettings = field(default_factory=FirmwareHostsSettings)
    igel_os: tuple[int, ...] = DEFAULT_IGEL_OS
    """The IGEL OS generations of the devices behind the VIP (``igel_os``): 11, 12 or both."""
    names: ObjectNames = field(default_factory=ObjectNames)
    """``[names]``: objects that exist on the appliance already, by ums-ha's role."""
    adopt_import: bool = False
    """``[adopt] import``: import the named objects, the SNIP and their bindings instead of creating them."""
    ums_version: str | None = None
    """The UMS version (``ums_version``, e.g. ``"12.07.100"``), when the site file says; None: unknown."""

    @property
    def stack_name(self) -> str:
        return f"ums-ha-{self.name}"

    @property
    def serves_os11(self) -> bool:
        return 11 in self.igel_os

    @property
    def serves_os12(self) -> bool:
        return 12 in self.igel_os

    def state_warning(self) -> str | None:
        """When the site's state will hold a secret and is kept where nothing encrypts it at rest: a local file,
        s3 without ``encrypt = true`` or the pg backend's table (None otherwise: azurerm's storage and remote's
        HCP Terraform encrypt at rest; what an http backend does is its owner's to say)."""
        secrets = self.database.state_secrets if self.database is not None else ()
        backend = self.backend
        if not secrets:
            return None
        if backend.type == "local":
            where = "a local file"
        elif backend.type == "s3" and backend.options.get("encrypt") is not True:
            where = "an s3 bucket without encrypt = true"
        elif backend.type == "pg":
            where = "a PostgreSQL table, which the pg backend does not encrypt"
        else:
            return None
        return (
            f"sites.{self.name}: the Terraform state will hold {' and '.join(secrets)} in clear, and it is kept in "
            f"{where}: keep it in a backend with encryption at rest and access control ([sites.{self.name}.backend], "
            'such as s3 with encrypt = true), or let a DBA create the database (managed_by = "dba")'
        )

    def load_balancer_warning(self) -> str | None:
        """IGEL's support statement, when this site's UMS version and devices run against it (None otherwise)."""
        version = parse_ums_version(self.ums_version) if self.ums_version else None
        if version is None or version < EXTERNAL_LOAD_BALANCER_OS12_ONLY_SINCE or not self.serves_os11:
            return None
        return (
            f"sites.{self.name}: from UMS 12.04.120 (this site: {self.ums_version}) IGEL supports an external load "
            "balancer only where every managed device runs IGEL OS 12, and this site lists OS 11 devices "
            f"(igel_os = {list(self.igel_os)}); scan-and-register may not work through it either "
            '(IGEL KB "Configure the UMS to integrate reverse proxy", 12.06.100)'
        )

    def firmware_hosts_refusal(self) -> str | None:
        """Why the firmware hosts of this site must not be changed, or None when they may."""
        if not self.serves_os11:
            return (
                f"sites.{self.name} serves IGEL OS 12 devices only (igel_os = {list(self.igel_os)}); firmware hosts "
                "concern OS 11 Universal Firmware Updates, and OS 12 apps come from the IGEL App Portal or the UMS "
                "update proxy"
            )
        if self.service(FIRMWARE_SERVICE) is None:
            return (
                f"sites.{self.name} has no {FIRMWARE_SERVICE!r} service, so the VIP carries no firmware "
                "downloads: pointing the entries at the DNS name would break them"
            )
        return None

    def service(self, name: str) -> UmsService | None:
        """The service of that name (``devices``, ``console``, ``firmware`` by default), if the site has one."""
        return next((service for service in self.services if service.name == name), None)

    def status_endpoint(self) -> tuple[str, int]:
        """Scheme and port of each server's ``/ums/check-status``: ``[firmware_hosts]``, else https on the console
        service's port, else 8443."""
        console, settings = self.service(CONSOLE_SERVICE), self.firmware_hosts
        port = settings.status_port or (console.port if console else DEFAULT_STATUS_PORT)
        return settings.status_scheme or STATUS_SCHEMES[0], port

    def firmware_port(self) -> int:
        """Each server's firmware HTTP port: ``[firmware_hosts]``, else the firmware service's, else 9080."""
        firmware = self.service(FIRMWARE_SERVICE)
        return self.firmware_hosts.firmware_port or (firmware.port if firmware else DEFAULT_FIRMWARE_PORT)

    def cluster_settings(self) -> ClusterSettings:
        """The settings of this site's :class:`~ums_ha.UmsHaCluster` (and of its rules)."""
        netscaler = self.netscaler
        return ClusterSettings(
            servers=self.ums_servers,
            services=self.services,
            vip=netscaler.vip,
            snip=netscaler.snip,
            persistence_timeout_minutes=netscaler.persistence_timeout_minutes,
            persistence_mask=netscaler.persistence_mask,
            persistence_group=netscaler.persistence_group,
            monitor_receive=netscaler.monitor_receive,
            monitor_port=DEFAULT_MONITOR_PORT,
            object_name_prefix=self.object_name_prefix,
        )

    @property
    def object_name_prefix(self) -> str:
        """Prefix of this site's NetScaler object names, unique per site on one appliance."""
        return f"ums-{self.name}"


@dataclass(frozen=True)
class SiteFile:
    path: Path
    sites: tuple[Site, ...]

    def site(self, name: str) -> Site:
        for site in self.sites:
            if site.name == name:
                return site
        known = ", ".join(site.name for site in self.sites)
        raise ValidationError([Problem("--site", f"no site {name!r} in {self.path}; the sites are: {known}")])

    def warnings(self) -> list[str]:
        """What the file asks for that works against the vendor's support statements, or leaves to chance on a
        production appliance (never an error)."""
        found = [warning for site in self.sites if (warning := site.load_balancer_warning()) is not None]
        found += [warning for site in self.sites if (warning := site.state_warning()) is not None]
        return found + [warning for site in self.sites for warning in site.netscaler.warnings(site.name)]

    def select(self, name: str | None) -> Site:
        """The site named ``--site``, or the only one when no name is given."""
        if name is not None:
            return self.site(name)
        if len(self.sites) > 1:
            known = ", ".join(site.name for site in self.sites)
            raise ValidationError([Problem("--site", f"is required: {self.path} has several sites ({known})")])
        return self.sites[0]


@dataclass(frozen=True)
class SiteFileLocation:
    """Which site file a command reads, and the line it says so with (on stderr)."""

    path: Path
    notice: str
    found_by_default: bool = False
    """True when no ``--config`` or ``$UMS_HA_CONFIG`` named it: another command run here finds it too."""


def locate_site_file(
    config: Path | None = None, *, cwd: Path | None = None, environ: Mapping[str, str] | None = None
) -> SiteFileLocation:
    """The site file every command reads: ``--config``, else ``$UMS_HA_CONFIG``, else ``ums-ha.toml`` in
    the current directory, else the bundled example (the guide's topology)."""
    environ = os.environ if environ is None else environ
    cwd = Path.cwd() if cwd is None else cwd
    if config is not None:
        return SiteFileLocation(config, f"site file: {config}")
    if environ.get(CONFIG_ENV):
        path = Path(environ[CONFIG_ENV])
        return SiteFileLocation(path, f"site file: {path} (from ${CONFIG_ENV})")
    local = cwd / DEFAULT_SITE_FILE
    if local.exists():
        shown = f"./{DEFAULT_SITE_FILE}" if cwd == Path.cwd() else str(local)
        return SiteFileLocation(local, f"site file: {shown}", found_by_default=True)
    from importlib import resources  # only for the bundled example

    example = Path(str(resources.files("ums_ha").joinpath(EXAMPLE_SITE_FILE)))
    notice = f"no {DEFAULT_SITE_FILE} in {cwd}: using the bundled example {example}"
    return SiteFileLocation(example, notice, found_by_default=True)


def site_file_path(cwd: Path | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """The path :func:`locate_site_file` finds when no ``--config`` is given."""
    return locate_site_file(cwd=cwd, environ=environ).path


_TOML_KEY_TUPLE: Final = re.compile(r"\((?:'[^'\\]*'|\"[^\"\\]*\")(?:, (?:'[^'\\]*'|\"[^\"\\]*\"))*,?\)")


def _toml_error_message(error: tomllib.TOMLDecodeError) -> str:
    """tomllib's message with the keys it shows as Python tuples written as TOML keys (``[sites.prod]``)."""

    def dotted(match: re.Match[str]) -> str:
        return "[" + ".".join(ast.literal_eval(match[0])) + "]"

    return _TOML_KEY_TUPLE.sub(dotted, str(error))


def cluster_keys(site_name: str) -> ClusterKeys:
    """Where the cluster settings of a site live in the site file."""
    site_path = f"sites.{site_name}"
    netscaler = f"{site_path}.netscaler"
    return ClusterKeys(
        servers=f"{site_path}.ums_servers",
        out_of_service=f"{site_path}.maintenance.out_of_service",
        services=f"{site_path}.services",
        vip=f"{netscaler}.vip",
        snip=f"{netscaler}.snip",
        persistence_timeout_minutes=f"{netscaler}.persistence_timeout_minutes",
        persistence_mask=f"{netscaler}.persistence_mask",
        persistence_group=f"{netscaler}.persistence_group",
        monitor_receive=f"{netscaler}.monitor_receive",
        monitor_port=f"{netscaler}.monitor_port",
        object_name_prefix=f"{site_path} (its name)",
        igel_os=f"{site_path}.igel_os",
        names=f"{site_path}.names",
    )


def _read_site(
    name: str, data: object, site_folder: Path, problems: list[Problem], rule_problems: list[Problem]
) -> Site:
    """Read one site: shape problems go to ``problems``, rule problems to ``rule_problems``."""
    table = Table(data, f"sites.{name}", problems)
    rule_problems += check_site_name(name, table.path)
    dns_name = table.read(DNS_NAME)
    if dns_name:
        rule_problems += check_fqdn(dns_name, table.key("dns_name"))
    netscaler_raw = table.get_optional(NETSCALER_TABLE.name, dict)
    if netscaler_raw is None and NETSCALER_TABLE.name not in table.data:
        problems.append(Problem(table.key(NETSCALER_TABLE.name), "is required: a table with at least endpoint and vip"))
    netscaler_table = Table(netscaler_raw or {}, table.key(NETSCALER_TABLE.name), problems)
    netscaler = read_netscaler(netscaler_table, rule_problems)
    if netscaler.endpoint:
        rule_problems += check_endpoint(
            netscaler.endpoint,
            netscaler_table.key("endpoint"),
            allow_plain_http=netscaler.allow_plain_http,
            allow_key=netscaler_table.key("allow_plain_http"),
        )
    igel_os = read_igel_os(table, rule_problems)
    maintenance = read_maintenance(table, rule_problems)
    names = read_names(table)
    adopt_import = read_adopt(table)
    ums_version = table.read_optional(UMS_VERSION)
    if ums_version is not None:
        rule_problems += check_ums_version(ums_version, table.key("ums_version"))
    site = Site(
        name=name,
        dns_name=dns_name,
        netscaler=netscaler,
        ums_servers=read_servers(table, maintenance),
        services=read_services(table, igel_os),
        igel_os=igel_os,
        ums_version=ums_version,
        names=names,
        adopt_import=adopt_import,
        backend=read_backend(table),
        database=read_database(table, name, rule_problems),
        dns=read_dns(table, name, dns_name, netscaler.vip, rule_problems),
        firmware_hosts=read_firmware_hosts(table, site_folder, rule_problems),
    )
    table.finish()
    rule_problems += check_out_of_service(
        maintenance, [server.name for server in site.ums_servers], table.key("maintenance.out_of_service")
    )
    rule_problems += check_cluster(**site.cluster_settings(), keys=cluster_keys(name))
    rule_problems += check_existing_names(site.names, site.ums_servers, site.services, table.key("names"))
    refusal = site.firmware_hosts_refusal() if site.firmware_hosts.patch_after_apply else None
    if refusal is not None:
        rule_problems.append(Problem(f"{table.path}.firmware_hosts.patch_after_apply", f"must be false: {refusal}"))
    driver = site.firmware_hosts.database_driver
    if site.database is not None and driver is not None and driver != ENGINE_DRIVERS[site.database.spec.engine]:
        engine = site.database.spec.engine
        rule_problems.append(
            Problem(
                f"{table.path}.firmware_hosts.database_driver",
                f"must be {ENGINE_DRIVERS[engine]!r} or left out: the site's [database] engine is {engine!r}, "
                f"but {driver!r} was given",
            )
        )
    return site


def check_shared_appliances(sites: Sequence[Site]) -> list[Problem]:
    """Sites on one NetScaler (the same endpoint host) must not claim the same VIP and port: the appliance
    refuses the second vserver, and the second site's deploy would fail halfway. One problem per pair of sites."""
    problems = []
    vservers: dict[tuple[str, str, int], str] = {}
    for site in sites:
        host = endpoint_host(site.netscaler.endpoint)
        vip = str(ipaddress.ip_address(site.netscaler.vip))
        clashes: dict[str, list[str]] = {}
        for service in site.services:
            claim = (host, vip, service.port)
            if claim in vservers:
                clashes.setdefault(vservers[claim], []).append(f"{service.port} ({service.name})")
            else:
                vservers[claim] = site.name
        for other, ports in clashes.items():
            problems.append(
                Problem(
                    f"sites.{site.name}.netscaler.vip",
                    f"{site.netscaler.vip} with port{'s' if len(ports) > 1 else ''} {', '.join(ports)} is also "
                    f"used by sites.{other} on the same NetScaler ({host}); the appliance takes one vserver per "
                    "address and port: give this site another VIP, or other ports",
                )
            )
    return problems


def parse_site_file(text: str, path: Path) -> SiteFile:
    """Read a site file's text; raises :class:`ValidationError` with every problem."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = _toml_error_message(error)
        raise ValidationError([Problem("(file)", f"is not valid TOML: {message}")], source=str(path)) from None
    problems: list[Problem] = []
    root = Table(document, "", problems)
    sites_raw = root.get_optional("sites", dict)
    root.finish()
    problems[:] = [Problem(problem.key.lstrip("."), problem.message) for problem in problems]
    if not sites_raw:
        problems.append(Problem("sites", "is required: at least one [sites.<name>] table"))
    rule_problems: list[Problem] = []
    sites = [_read_site(name, data, path.parent, problems, rule_problems) for name, data in (sites_raw or {}).items()]
    # A value of the wrong type, or a missing one, was reported already; its rules would only repeat it.
    reported = {problem.key for problem in problems}
    # Two rules may find the same fault (the VIP for the cluster and for the A record): say it once.
    problems += [problem for problem in dict.fromkeys(rule_problems) if problem.key not in reported]
    problems += check_shared_state((site.name, site.backend) for site in sites)
    if not problems:  # on checked values only: an address that failed its own rule says nothing here
        problems += check_shared_appliances(sites)
    if problems:
        raise ValidationError(problems, source=str(path))
    return SiteFile(path=path, sites=tuple(sites))


def load_site_file(path: Path) -> SiteFile:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ValidationError([Problem("(file)", f"cannot be read: {error.strerror}")], source=str(path)) from None
    return parse_site_file(text, path)
