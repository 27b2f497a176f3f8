"""``[sites.<site>.firmware_hosts]``: the settings of ``ums-ha firmware-hosts`` and their defaults (no database
driver needed to read them), and the command line that carries a site's settings (the handover and the deploy's
firmware step run it)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from ums_ha.domain.rules import (
    PORTS,
    check_firmware_path,
    check_int_range,
    check_one_of,
    check_sql_host,
    check_sql_identifier,
)
from ums_ha.errors import Problem
from ums_ha.site.schema import Key, TableSchema
from ums_ha.site.toml_table import Table

if TYPE_CHECKING:
    from ums_ha.site.reader import Site

#: Documented in DOMAIN.md: the table and its ID and VERSION columns. The host and path
#: columns are NOT documented anywhere: HOST and PATH are guesses to confirm with --inspect.
DEFAULT_TABLE: Final = "FWU_FIRMWARES"
DEFAULT_ID_COLUMN: Final = "ID"
DEFAULT_VERSION_COLUMN: Final = "VERSION"
DEFAULT_HOST_COLUMN: Final = "HOST"
DEFAULT_PATH_COLUMN: Final = "PATH"


@dataclass(frozen=True)
class FirmwareTable:
    """The firmware table's settings. Names match case-insensitively (SQL Server and PostgreSQL fold differently)."""

    schema: str | None = None
    """Default: the connection's default schema (the UMS login's, ``igelums`` in the guide)."""
    table: str = DEFAULT_TABLE
    id_column: str = DEFAULT_ID_COLUMN
    version_column: str = DEFAULT_VERSION_COLUMN
    host_column: str = DEFAULT_HOST_COLUMN
    path_column: str = DEFAULT_PATH_COLUMN


#: How ``/ums/check-status`` is asked (``--status-scheme``); the first is the default.
STATUS_SCHEMES: Final = ("https", "http")
#: SQLAlchemy drivers by ``--database-driver``.
DRIVERS: Final = {"mssql": "mssql+pymssql", "postgresql": "postgresql+psycopg"}
DEFAULT_PORTS: Final = {"mssql": 1433, "postgresql": 5432}
#: ``--database-driver`` by ``[database] engine``.
ENGINE_DRIVERS: Final = {"sqlserver": "mssql", "postgresql": "postgresql"}
USERNAME_ENV: Final = "UMS_DB_USERNAME"
PASSWORD_ENV: Final = "UMS_DB_PASSWORD"  # noqa: S105  (a variable's name)
DEFAULT_FIRMWARE_PORT: Final = 9080
DEFAULT_STATUS_PORT: Final = 8443


def command_flags(settings: Mapping[str, object]) -> list[str]:
    """``[firmware_hosts]`` settings as the flags of the same names: ``{"status_port": 9080}`` ->
    ``["--status-port", "9080"]``."""
    flags = []
    for key, value in settings.items():
        flags += [f"--{key.replace('_', '-')}", f"{value:g}" if isinstance(value, float) else str(value)]
    return flags


def site_command(site: Site, *, config: str | None, shown: Callable[[Path], str] = str) -> list[str]:
    """``ums-ha firmware-hosts`` for one site, with ``--config`` (when given) and every flag its
    ``[firmware_hosts]`` table sets, the CA bundle's path written by ``shown``; no action flag."""
    settings: dict[str, object] = dict(site.firmware_hosts.command_settings())
    if isinstance(bundle := settings.get("ca_bundle"), Path):
        settings["ca_bundle"] = shown(bundle)
    head = ["ums-ha", "firmware-hosts", *(["--config", config] if config is not None else []), "--site", site.name]
    return head + command_flags(settings)


FIRMWARE_TABLE_KEYS: Final = ("table", "id_column", "version_column", "host_column", "path_column")
_GUESSED = ("host_column", "path_column")

PATCH_AFTER_APPLY = Key(
    "patch_after_apply",
    bool,
    "`true`: every deploy ends with `ums-ha firmware-hosts --apply`",
    default=False,
)
TABLE_NAME_KEYS: Final = tuple(
    Key(
        name,
        str,
        "the firmware table's name"
        if name == "table"
        else f"the firmware table's {name.removesuffix('_column')} column"
        + ("; a guess, confirm it with `--inspect`" if name in _GUESSED else ""),
        shown_default=f"`{getattr(FirmwareTable(), name)}`",
        rules=(check_sql_identifier,),
    )
    for name in FIRMWARE_TABLE_KEYS
)
STATUS_SCHEME = Key(
    "status_scheme",
    str,
    "how each server's `/ums/check-status` is asked; `http` with 9080 needs no certificate",
    shown_default=f"`{STATUS_SCHEMES[0]}`",
    choices=STATUS_SCHEMES,
)
STATUS_PORT = Key(
    "status_port",
    int,
    "where `/ums/check-status` answers",
    shown_default=f"the console service's port, else {DEFAULT_STATUS_PORT}",
    bounds=PORTS,
)
FIRMWARE_PORT = Key(
    "firmware_port",
    int,
    "the servers' firmware HTTP port",
    shown_default=f"the firmware service's port, else {DEFAULT_FIRMWARE_PORT}",
    bounds=PORTS,
)
CA_BUNDLE = Key(
    "ca_bundle",
    str,
    "path of a PEM file of CAs to trust for the https status check, relative to the site file's folder",
    shown_default="the system's CAs",
)
DATABASE_DRIVER = Key(
    "database_driver",
    str,
    "the UMS database's driver; with a `[database]` table only its engine's",
    shown_default="the `database.engine`'s, else `mssql`",
    choices=tuple(sorted(DRIVERS)),
)
DATABASE_HOST = Key(
    "database_host",
    str,
    "when the command reaches the database elsewhere than `[database]` says",
    shown_default="`database.server`",
    rules=(check_sql_host,),
)
DATABASE_PORT = Key(
    "database_port",
    int,
    "when the command reaches the database elsewhere than `[database]` says",
    shown_default=f"`database.port`, else {DEFAULT_PORTS['mssql']} / {DEFAULT_PORTS['postgresql']}",
    bounds=PORTS,
)
TIMEOUT = Key(
    "timeout", float, "seconds per HTTP request, more than 0 and at most 3600", shown_default="`10` (seconds)"
)
RETRIES = Key(
    "retries", int, "further tries after a connection error or a 5xx answer", shown_default="`3`", bounds=(0, 100)
)
CONCURRENCY = Key("concurrency", int, "HTTP requests at once", shown_default="`16`", bounds=(1, 256))
FIRMWARE_PATH = Key(
    "firmware_path",
    str,
    "one firmware file's path on the firmware port, starting with `/`, for `ums-ha verify` to ask for through "
    "the VIP and on every server",
    shown_default="none: no firmware check",
    rules=(check_firmware_path,),
)
FIRMWARE_HOSTS_TABLE = TableSchema(
    "sites.<site>.firmware_hosts",
    "The settings of `ums-ha firmware-hosts` (each also its flag of the same name, `--status-port`), and whether "
    "deploys run it.",
    (
        PATCH_AFTER_APPLY,
        *TABLE_NAME_KEYS,
        STATUS_SCHEME,
        STATUS_PORT,
        FIRMWARE_PORT,
        CA_BUNDLE,
        DATABASE_DRIVER,
        DATABASE_HOST,
        DATABASE_PORT,
        TIMEOUT,
        RETRIES,
        CONCURRENCY,
        FIRMWARE_PATH,
    ),
    links=(("Firmware download hosts", "guide/firmware-hosts.md"),),
)


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


def read_firmware_hosts(site: Table, site_folder: Path, rule_problems: list[Problem]) -> FirmwareHostsSettings:
    raw = site.get_optional(FIRMWARE_HOSTS_TABLE.name, dict)
    if raw is None:
        return FirmwareHostsSettings()
    table = Table(raw, site.key(FIRMWARE_HOSTS_TABLE.name), site.problems)
    ca_bundle = table.read_optional(CA_BUNDLE)
    timeout = table.read_optional(TIMEOUT)
    settings = FirmwareHostsSettings(
        patch_after_apply=table.read(PATCH_AFTER_APPLY),
        **{key.name: table.read_optional(key) for key in TABLE_NAME_KEYS},
        status_scheme=table.read_optional(STATUS_SCHEME),
        status_port=table.read_optional(STATUS_PORT),
        firmware_port=table.read_optional(FIRMWARE_PORT),
        ca_bundle=site_folder / ca_bundle if ca_bundle else None,
        database_driver=table.read_optional(DATABASE_DRIVER),
        database_host=table.read_optional(DATABASE_HOST),
        database_port=table.read_optional(DATABASE_PORT),
        timeout=timeout,
        retries=table.read_optional(RETRIES),
        concurrency=table.read_optional(CONCURRENCY),
        firmware_path=table.read_optional(FIRMWARE_PATH),
    )
    table.finish()
    for key in TABLE_NAME_KEYS:
        if getattr(settings, key.name) is not None:
            rule_problems += check_sql_identifier(getattr(settings, key.name), table.key(key.name))
    for choice in (STATUS_SCHEME, DATABASE_DRIVER):
        if getattr(settings, choice.name) is not None:
            rule_problems += check_one_of(getattr(settings, choice.name), table.key(choice.name), choice.choices)
    for port in (STATUS_PORT, FIRMWARE_PORT, DATABASE_PORT):
        if getattr(settings, port.name) is not None:
            rule_problems += check_int_range(getattr(settings, port.name), table.key(port.name), *PORTS)
    if ca_bundle == "":
        rule_problems.append(Problem(table.key(CA_BUNDLE.name), 'must be the path of a PEM file, but "" was given'))
    if settings.database_host is not None:
        rule_problems += check_sql_host(settings.database_host, table.key(DATABASE_HOST.name))
    if timeout is not None and not 0 < timeout <= 3600:
        rule_problems.append(
            Problem(table.key(TIMEOUT.name), f"must be between 0 and 3600 seconds, but {timeout} was given")
        )
    for counted in (RETRIES, CONCURRENCY):
        if getattr(settings, counted.name) is not None and counted.bounds is not None:
            rule_problems += check_int_range(getattr(settings, counted.name), table.key(counted.name), *counted.bounds)
    rule_problems += _firmware_hosts_rule_problems(settings, table)
    return settings


def _firmware_hosts_rule_problems(settings: FirmwareHostsSettings, table: Table) -> list[Problem]:
    """The rules of the ``[firmware_hosts]`` settings for ``ums-ha verify``."""
    if settings.firmware_path is None:
        return []
    return check_firmware_path(settings.firmware_path, table.key("firmware_path"))
