"""``[sites.<site>.firmware_hosts]``: the settings of ``ums-ha firmware-hosts`` and their defaults (no database
driver needed to read them), and the command line that carries a site's settings (the handover and the deploy's
firmware step run it)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from ums_ha.domain.rules import (
    check_firmware_path,
    check_int_range,
    check_one_of,
    check_sql_host,
    check_sql_identifier,
)
from ums_ha.errors import Problem
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
