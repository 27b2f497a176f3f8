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
from importlib import resources
from pathlib import Path
from typing import Final, TypedDict

from ums_ha.database.postgresql import DEFAULT_POSTGRESQL_PORT, UmsPostgresqlDatabaseSpec
from ums_ha.database.sqlserver import (
    DEFAULT_DATABASE_NAME,
    DEFAULT_LOGIN,
    DEFAULT_PERMISSIONS,
    DEFAULT_PORT,
    ENGINES,
    UmsDatabaseSpec,
)
from ums_ha.domain.dns import DEFAULT_TTL
from ums_ha.domain.model import (
    CONSOLE_SERVICE,
    DEFAULT_IGEL_OS,
    DEFAULT_MONITOR_PORT,
    DEFAULT_MONITOR_RECEIVE,
    DEFAULT_PERSISTENCE_MASK,
    DEFAULT_PERSISTENCE_TIMEOUT_MINUTES,
    DEFAULT_SERVICES,
    FIRMWARE_SERVICE,
    UmsServer,
    UmsService,
    default_services,
)
from ums_ha.domain.naming import ObjectNames
from ums_ha.domain.rules import (
    ClusterKeys,
    DatabaseKeys,
    DnsKeys,
    check_cluster,
    check_database,
    check_dns_record,
    check_dns_server,
    check_endpoint,
    check_existing_names,
    check_firmware_path,
    check_fqdn,
    check_igel_os,
    check_int_range,
    check_one_of,
    check_postgresql_database,
    check_site_name,
    check_sql_host,
    check_sql_identifier,
    check_ums_version,
    endpoint_host,
    parse_ums_version,
)
from ums_ha.errors import Problem, ValidationError
from ums_ha.site.backends import BackendSettings, check_shared_state, read_backend
from ums_ha.site.firmware_hosts import (
    DEFAULT_FIRMWARE_PORT,
    DEFAULT_STATUS_PORT,
    DRIVERS,
    ENGINE_DRIVERS,
    STATUS_SCHEMES,
)
from ums_ha.site.toml_table import Table, describe_value

CONFIG_ENV: Final = "UMS_HA_CONFIG"
#: The UMS release from which IGEL supports an external load balancer for OS 12-only fleets alone.
EXTERNAL_LOAD_BALANCER_OS12_ONLY_SINCE: Final = (12, 4, 120)
FIRMWARE_TABLE_KEYS: Final = ("table", "id_column", "version_column", "host_column", "path_column")
#: ``[firmware_hosts]`` keys that are the command's flags of the same name (``--status-port``).
FIRMWARE_COMMAND_KEYS: Final = (
    "status_scheme",
    "status_port",
    "firmware_port",
    "ca_bundle",
    "database_driver",
    "database_host",
    "database_port",
    "timeout",
    "retries",
    "concurrency",
)
DEFAULT_SITE_FILE: Final = "ums-ha.toml"
EXAMPLE_SITE_FILE: Final = "ums-ha.example.toml"


@dataclass(frozen=True)
class NetscalerSettings:
    """``[sites.<name>.netscaler]``: how to reach the appliance and what to put on it."""

    endpoint: str
    vip: str
    snip: str | None = None
    persistence_timeout_minutes: int = DEFAULT_PERSISTENCE_TIMEOUT_MINUTES
    persistence_mask: str = DEFAULT_PERSISTENCE_MASK
    persistence_group: bool = True
    insecure_skip_verify: bool = False
    monitor_receive: str = DEFAULT_MONITOR_RECEIVE
    allow_plain_http: bool = False

    @property
    def snip_address(self) -> str | None:
        """The SNIP without its prefix: the UMS servers' default gateway while USIP is on."""
        return str(ipaddress.IPv4Interface(self.snip).ip) if self.snip is not None else None


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


#: Who creates the database objects: Terraform (valerus/mssql, cyrilgdn/postgresql) or a DBA running the
#: generated script.
MANAGED_BY: Final = ("terraform", "dba")


@dataclass(frozen=True)
class DatabaseSettings:
    """``[sites.<name>.database]``: the UMS database and who creates it."""

    spec: UmsDatabaseSpec | UmsPostgresqlDatabaseSpec
    """By ``engine``: SQL Server (default) or PostgreSQL."""
    managed_by: str = "terraform"


@dataclass(frozen=True)
class DnsSettings:
    """``[sites.<name>.dns]``: the A record ``dns_name`` -> VIP, sent as an RFC 2136 update.

    The TSIG key or GSS-TSIG login comes from the provider's ``DNS_UPDATE_*``
    environment variables, never from the site file.
    """

    server: str
    zone: str
    ttl: int = DEFAULT_TTL


@dataclass(frozen=True)
class FirmwareHostsSettings:
    """``[sites.<name>.firmware_hosts]``: the firmware table's names, and whether deploys run the patch.

    The host and path columns are not documented by IGEL; confirm them with
    ``ums-ha firmware-hosts --inspect``. Defaults: see :class:`~ums_ha.firmware_hosts.table.FirmwareTable`.
    """

    patch_after_apply: bool = False
    table: str | None = None
    id_column: str | None = None
    version_column: str | None = None
    host_column: str | None = None
    path_column: str | None = None
    status_scheme: str | None = None
    """How ``/ums/check-status`` is asked: ``https`` or ``http``. Default: https."""
    status_port: int | None = None
    """Where ``/ums/check-status`` answers. Default: the console service's port, else 8443."""
    firmware_port: int | None = None
    """The servers' firmware HTTP port. Default: the firmware service's port, else 9080."""
    ca_bundle: Path | None = None
    """PEM file of CAs to trust for the https status check (a relative path is read from the site
    file's folder). Default: the system's CAs only."""
    database_driver: str | None = None
    """The UMS database's engine: ``mssql`` or ``postgresql``. Default: the ``[database]`` engine's, else mssql."""
    database_host: str | None = None
    """Default: ``[database] server``."""
    database_port: int | None = None
    """Default: ``[database] port``, else the engine's (1433, 5432)."""
    timeout: float | None = None
    """Seconds per HTTP request. Default: 10."""
    retries: int | None = None
    """Further tries after a connection error or a 5xx answer. Default: 3."""
    concurrency: int | None = None
    """HTTP requests at once. Default: 16."""
    firmware_path: str | None = None
    """One firmware file's path on the firmware port, for ``ums-ha verify`` to ask for through the VIP
    and on every server (``/ums_filetransfer/...``). Default: none (no firmware check)."""

    def table_names(self) -> dict[str, str]:
        """The names the site sets, by :class:`~ums_ha.site.firmware_hosts.FirmwareTable` field."""
        names = {key: getattr(self, key) for key in FIRMWARE_TABLE_KEYS}
        return {key: value for key, value in names.items() if value is not None}

    def command_settings(self) -> dict[str, str | int | float | Path]:
        """The settings the site gives the command beyond the table names, by key (each a flag of the
        same name: ``status_port`` is ``--status-port``)."""
        values = {key: getattr(self, key) for key in FIRMWARE_COMMAND_KEYS}
        return {key: value for key, value in values.items() if value is not None}


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
        """What the file asks for that works against the vendor's support statements (never an error)."""
        return [warning for site in self.sites if (warning := site.load_balancer_warning()) is not None]

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


def _read_netscaler(table: Table) -> NetscalerSettings:
    defaults = NetscalerSettings(endpoint="", vip="")
    settings = NetscalerSettings(
        endpoint=table.get("endpoint", str, "", required=True),
        vip=table.get("vip", str, "", required=True),
        snip=table.get_optional("snip", str),
        persistence_timeout_minutes=table.get("persistence_timeout_minutes", int, defaults.persistence_timeout_minutes),
        persistence_mask=table.get("persistence_mask", str, defaults.persistence_mask),
        persistence_group=table.get("persistence_group", bool, defaults.persistence_group),
        insecure_skip_verify=table.get("insecure_skip_verify", bool, defaults.insecure_skip_verify),
        monitor_receive=table.get("monitor_receive", str, defaults.monitor_receive),
        allow_plain_http=table.get("allow_plain_http", bool, defaults.allow_plain_http),
    )
    table.finish()
    return settings


def _read_servers(site: Table) -> tuple[UmsServer, ...]:
    tables = site.tables("ums_servers")
    if tables is None:
        site.problems.append(
            Problem(site.key("ums_servers"), "is required: at least one [[...ums_servers]] table with name and address")
        )
        return ()
    servers = []
    for table in tables:
        servers.append(
            UmsServer(
                name=table.get("name", str, "", required=True),
                address=table.get("address", str, "", required=True),
            )
        )
        table.finish()
    return tuple(servers)


def _read_services(site: Table, igel_os: tuple[int, ...]) -> tuple[UmsService, ...]:
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


#: The ``[database]`` keys only one engine has, with why the other refuses them.
_SQLSERVER_ONLY_KEYS: Final = {
    "always_on": "is SQL Server's (an availability group listener); for a PostgreSQL primary/standby pair "
    "use standby_servers",
    "collation": "is SQL Server's; ums-ha creates a PostgreSQL database with the server's default collation",
}
_POSTGRESQL_ONLY_KEYS: Final = {
    "standby_servers": "is PostgreSQL's; for SQL Server Always On set always_on = true and name the listener as server",
    "sslmode": "is PostgreSQL's; SQL Server's driver takes its encryption settings in the UMS datasource dialog",
    "admin_superuser": "is PostgreSQL's (the provider's superuser setting); the mssql provider needs none",
    "password_version": "is PostgreSQL's (its write-only password); the mssql provider sets the login's "
    "password from TF_VAR_ums_database_password itself",
}


def _read_database(site: Table, site_name: str, rule_problems: list[Problem]) -> DatabaseSettings | None:
    raw = site.get_optional("database", dict)
    if raw is None:
        return None
    table = Table(raw, site.key("database"), site.problems)
    engine = table.get("engine", str, ENGINES[0])
    if engine not in ENGINES:
        rule_problems += check_one_of(engine, table.key("engine"), ENGINES)
        return None
    foreign = _POSTGRESQL_ONLY_KEYS if engine == "sqlserver" else _SQLSERVER_ONLY_KEYS
    for key, reason in foreign.items():
        if key in raw:
            rule_problems.append(Problem(table.key(key), f"{reason}, so it means nothing with engine = {engine!r}"))
    server = table.get("server", str, "", required=True)
    name = table.get("name", str, DEFAULT_DATABASE_NAME)
    login = table.get("login", str, DEFAULT_LOGIN)
    schema = table.get_optional("schema", str)
    permissions = table.get("permissions", str, DEFAULT_PERMISSIONS)
    spec: UmsDatabaseSpec | UmsPostgresqlDatabaseSpec
    if engine == "postgresql":
        spec = UmsPostgresqlDatabaseSpec(
            server=server,
            port=table.get("port", int, DEFAULT_POSTGRESQL_PORT),
            name=name,
            login=login,
            schema=schema,
            permissions=permissions,
            standby_servers=tuple(table.get("standby_servers", list, [])),
            sslmode=table.get_optional("sslmode", str),
            admin_superuser=table.get("admin_superuser", bool, True),
            password_version=table.get("password_version", int, 1),
        )
        rule_problems += check_postgresql_database(**vars(spec), keys=database_keys(site_name))
    else:
        spec = UmsDatabaseSpec(
            server=server,
            port=table.get("port", int, DEFAULT_PORT),
            name=name,
            login=login,
            schema=schema,
            permissions=permissions,
            always_on=table.get("always_on", bool, False),
            collation=table.get_optional("collation", str),
        )
        rule_problems += check_database(**vars(spec), keys=database_keys(site_name))
    managed_by = table.get("managed_by", str, "terraform")
    table.finish(allowed_extra=lambda key: key in foreign)
    rule_problems += check_one_of(managed_by, table.key("managed_by"), MANAGED_BY)
    return DatabaseSettings(spec=spec, managed_by=managed_by)


def _read_dns(site: Table, site_name: str, dns_name: str, vip: str, rule_problems: list[Problem]) -> DnsSettings | None:
    raw = site.get_optional("dns", dict)
    if raw is None:
        return None
    table = Table(raw, site.key("dns"), site.problems)
    settings = DnsSettings(
        server=table.get("server", str, "", required=True),
        zone=table.get("zone", str, "", required=True),
        ttl=table.get("ttl", int, DEFAULT_TTL),
    )
    table.finish()
    if settings.server:
        rule_problems += check_dns_server(settings.server, table.key("server"))
    if settings.zone and dns_name and vip:
        rule_problems += check_dns_record(
            zone=settings.zone, dns_name=dns_name, ttl=settings.ttl, address=vip, keys=dns_keys(site_name)
        )
    return settings


def _read_firmware_hosts(site: Table, site_folder: Path, rule_problems: list[Problem]) -> FirmwareHostsSettings:
    raw = site.get_optional("firmware_hosts", dict)
    if raw is None:
        return FirmwareHostsSettings()
    table = Table(raw, site.key("firmware_hosts"), site.problems)
    ca_bundle = table.get_optional("ca_bundle", str)
    timeout = table.get_number("timeout")
    settings = FirmwareHostsSettings(
        patch_after_apply=table.get("patch_after_apply", bool, False),
        **{name: table.get_optional(name, str) for name in FIRMWARE_TABLE_KEYS},
        status_scheme=table.get_optional("status_scheme", str),
        status_port=table.get_optional("status_port", int),
        firmware_port=table.get_optional("firmware_port", int),
        ca_bundle=site_folder / ca_bundle if ca_bundle else None,
        database_driver=table.get_optional("database_driver", str),
        database_host=table.get_optional("database_host", str),
        database_port=table.get_optional("database_port", int),
        timeout=timeout,
        retries=table.get_optional("retries", int),
        concurrency=table.get_optional("concurrency", int),
        firmware_path=table.get_optional("firmware_path", str),
    )
    table.finish()
    for name in FIRMWARE_TABLE_KEYS:
        if getattr(settings, name) is not None:
            rule_problems += check_sql_identifier(getattr(settings, name), table.key(name))
    if settings.status_scheme is not None:
        rule_problems += check_one_of(settings.status_scheme, table.key("status_scheme"), STATUS_SCHEMES)
    if settings.database_driver is not None:
        rule_problems += check_one_of(settings.database_driver, table.key("database_driver"), sorted(DRIVERS))
    for name in ("status_port", "firmware_port", "database_port"):
        if getattr(settings, name) is not None:
            rule_problems += check_int_range(getattr(settings, name), table.key(name), 1, 65535)
    if ca_bundle == "":
        rule_problems.append(Problem(table.key("ca_bundle"), 'must be the path of a PEM file, but "" was given'))
    if settings.database_host is not None:
        rule_problems += check_sql_host(settings.database_host, table.key("database_host"))
    if timeout is not None and not 0 < timeout <= 3600:
        rule_problems.append(
            Problem(table.key("timeout"), f"must be between 0 and 3600 seconds, but {timeout} was given")
        )
    if settings.retries is not None:
        rule_problems += check_int_range(settings.retries, table.key("retries"), 0, 100)
    if settings.concurrency is not None:
        rule_problems += check_int_range(settings.concurrency, table.key("concurrency"), 1, 256)
    rule_problems += _firmware_hosts_rule_problems(settings, table)
    return settings


def _firmware_hosts_rule_problems(settings: FirmwareHostsSettings, table: Table) -> list[Problem]:
    """The rules of the ``[firmware_hosts]`` settings for ``ums-ha verify``."""
    if settings.firmware_path is None:
        return []
    return check_firmware_path(settings.firmware_path, table.key("firmware_path"))


def dns_keys(site_name: str) -> DnsKeys:
    """Where the A record's settings live in the site file."""
    site_path = f"sites.{site_name}"
    return DnsKeys(
        zone=f"{site_path}.dns.zone",
        dns_name=f"{site_path}.dns_name",
        ttl=f"{site_path}.dns.ttl",
        address=f"{site_path}.netscaler.vip",
    )


def database_keys(site_name: str) -> DatabaseKeys:
    """Where the database settings of a site live in the site file."""
    table = f"sites.{site_name}.database"
    return DatabaseKeys(**{key: f"{table}.{key}" for key in DatabaseKeys.__dataclass_fields__})


def cluster_keys(site_name: str) -> ClusterKeys:
    """Where the cluster settings of a site live in the site file."""
    site_path = f"sites.{site_name}"
    netscaler = f"{site_path}.netscaler"
    return ClusterKeys(
        servers=f"{site_path}.ums_servers",
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
    dns_name = table.get("dns_name", str, "", required=True)
    if dns_name:
        rule_problems += check_fqdn(dns_name, table.key("dns_name"))
    netscaler_raw = table.get_optional("netscaler", dict)
    if netscaler_raw is None and "netscaler" not in table.data:
        problems.append(Problem(table.key("netscaler"), "is required: a table with at least endpoint and vip"))
    netscaler_table = Table(netscaler_raw or {}, table.key("netscaler"), problems)
    netscaler = _read_netscaler(netscaler_table)
    if netscaler.endpoint:
        rule_problems += check_endpoint(
            netscaler.endpoint,
            netscaler_table.key("endpoint"),
            allow_plain_http=netscaler.allow_plain_http,
            allow_key=netscaler_table.key("allow_plain_http"),
        )
    igel_os = _read_igel_os(table, rule_problems)
    names = _read_names(table)
    adopt_import = _read_adopt(table)
    ums_version = table.get_optional("ums_version", str)
    if ums_version is not None:
        rule_problems += check_ums_version(ums_version, table.key("ums_version"))
    site = Site(
        name=name,
        dns_name=dns_name,
        netscaler=netscaler,
        ums_servers=_read_servers(table),
        services=_read_services(table, igel_os),
        igel_os=igel_os,
        ums_version=ums_version,
        names=names,
        adopt_import=adopt_import,
        backend=read_backend(table),
        database=_read_database(table, name, rule_problems),
        dns=_read_dns(table, name, dns_name, netscaler.vip, rule_problems),
        firmware_hosts=_read_firmware_hosts(table, site_folder, rule_problems),
    )
    table.finish()
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


def _read_names(site: Table) -> ObjectNames:
    raw = site.get_optional("names", dict)
    if raw is None:
        return ObjectNames()
    table = Table(raw, site.key("names"), site.problems)
    mappings: dict[str, dict[str, str]] = {}
    for kind in ("servers", "service_groups", "vservers"):
        value = table.get_optional(kind, dict)
        mappings[kind] = {}
        for role, name in (value or {}).items():
            if isinstance(name, str):
                mappings[kind][role] = name
            else:
                table.problems.append(
                    Problem(f"{table.key(kind)}.{role}", f"must be a string, but {describe_value(name)} was given")
                )
    names = ObjectNames(
        servers=mappings["servers"],
        service_groups=mappings["service_groups"],
        vservers=mappings["vservers"],
        monitor=table.get_optional("monitor", str),
        persistence_group=table.get_optional("persistence_group", str),
    )
    table.finish()
    return names


def _read_adopt(site: Table) -> bool:
    raw = site.get_optional("adopt", dict)
    if raw is None:
        return False
    table = Table(raw, site.key("adopt"), site.problems)
    adopt_import = table.get("import", bool, False)
    table.finish()
    return adopt_import


def _read_igel_os(site: Table, rule_problems: list[Problem]) -> tuple[int, ...]:
    raw = site.get_optional("igel_os", list)
    if raw is None:
        return DEFAULT_IGEL_OS
    found = check_igel_os(raw, site.key("igel_os"))
    rule_problems += found
    return DEFAULT_IGEL_OS if found else tuple(raw)


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
