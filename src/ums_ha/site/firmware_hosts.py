"""The settings of ``ums-ha firmware-hosts`` and their defaults (no database driver needed to read them), and the
command line that carries a site's settings (the handover and the deploy's firmware step run it)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

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
