"""The UMS database on SQL Server: one description for the Terraform path and the DBA script.

PostgreSQL has its own: :mod:`ums_ha.database.postgresql`.

:class:`~ums_ha.UmsDatabase` turns it into ``valerus/mssql`` resources and
:func:`~ums_ha.database.dba_script.render_dba_script` into T-SQL, so the two cannot
disagree about names, owners or grants.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import ClassVar, Final

#: The database engines, by ``[database] engine``; the first is the default.
ENGINES: Final = ("sqlserver", "postgresql")
DEFAULT_PORT: Final = 1433
DEFAULT_DATABASE_NAME: Final = "rmdb"
DEFAULT_LOGIN: Final = "igelums"

#: What the UMS login may do in its database (DOMAIN.md, "Database").
#: ``control``: the guide's ``GRANT CONTROL``. ``least-privilege``: the roles IGEL
#: lists for running (reader, writer) and installing or updating the UMS (ddladmin).
PERMISSION_SETS: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    # name: (database permissions, database roles)
    "control": (("CONTROL",), ()),
    "least-privilege": ((), ("db_datareader", "db_datawriter", "db_ddladmin")),
}
DEFAULT_PERMISSIONS: Final = "control"

#: The DBA script's file name beside the site's stack in ``cdktf.out``: T-SQL or psql, by engine.
DBA_SCRIPT_NAME: Final = "ums-database.sql"
#: The sensitive Terraform variable holding the UMS login's password.
PASSWORD_VARIABLE: Final = "ums_database_password"  # noqa: S105  (a variable's name, not a password)
#: The sqlcmd (and psql) variable holding it in the DBA script, read from the environment.
PASSWORD_SQLCMD_VARIABLE: Final = "UMS_DB_PASSWORD"  # noqa: S105


@dataclass(frozen=True)
class UmsDatabaseSpec:
    """The UMS database, its login, user, schema and grants, as the guide creates them."""

    engine: ClassVar[str] = "sqlserver"
    title: ClassVar[str] = "SQL Server"

    server: str
    """SQL Server host name or address, or an Always On availability group listener."""

    port: int = DEFAULT_PORT
    """SQL Server TCP port. Default: 1433."""

    name: str = DEFAULT_DATABASE_NAME
    """Database name. Default: ``rmdb``, as in the guide."""

    login: str = DEFAULT_LOGIN
    """SQL login the UMS connects with; its database user has the same name. Default: ``igelums``."""

    schema: str | None = None
    """Schema the UMS tables live in, owned by the user. Default: the login's name. Never ``dbo``."""

    permissions: str = DEFAULT_PERMISSIONS
    """``control`` (the guide's ``GRANT CONTROL``, default) or ``least-privilege``
    (``db_datareader``, ``db_datawriter``, ``db_ddladmin``)."""

    always_on: bool = False
    """``server`` is an availability group listener: the JDBC URL gets ``multiSubnetFailover=true``."""

    collation: str | None = None
    """Database collation, e.g. ``Latin1_General_CI_AS``. Default: the server's."""

    @property
    def schema_name(self) -> str:
        return self.schema if self.schema is not None else self.login

    @property
    def database_permissions(self) -> tuple[str, ...]:
        """Permissions granted to the user on the database (``GRANT ... TO``)."""
        return PERMISSION_SETS[self.permissions][0]

    @property
    def database_roles(self) -> tuple[str, ...]:
        """Fixed database roles the user is made a member of."""
        return PERMISSION_SETS[self.permissions][1]

    @property
    def jdbc_url(self) -> str:
        """The URL for the UMS datasource dialog (Microsoft JDBC driver syntax)."""
        try:
            is_ipv6 = ipaddress.ip_address(self.server).version == 6
        except ValueError:
            is_ipv6 = False
        # The driver cannot parse an IPv6 address in the host part; it takes it as a property.
        if is_ipv6:
            url = f"jdbc:sqlserver://;serverName={self.server};portNumber={self.port};databaseName={self.name}"
        else:
            url = f"jdbc:sqlserver://{self.server}:{self.port};databaseName={self.name}"
        if self.always_on:
            url += ";multiSubnetFailover=true"
        return url

    def always_on_steps(self) -> tuple[str, ...]:
        """What a DBA must do by hand for an availability group (printed by the DBA script)."""
        database, login = f"[{self.name}]", f"[{self.login}]"
        return (
            f"Put {database} in FULL recovery and take a full backup: an availability group only "
            f"accepts a database that has one (ALTER DATABASE {database} SET RECOVERY FULL; "
            f"BACKUP DATABASE {database} TO DISK = N'<path>').",
            f"On the primary replica, add {database} to the availability group of listener {self.server} "
            f"(ALTER AVAILABILITY GROUP [<group>] ADD DATABASE {database}) and join or seed it on every "
            "secondary replica.",
            f"Logins are not part of an availability group: create {login} on every secondary replica with "
            f"the primary's SID and the same password (CREATE LOGIN {login} WITH PASSWORD = N'<password>', "
            f"SID = <SUSER_SID({login}) on the primary>, DEFAULT_DATABASE = {database}), so that the user in "
            f"{database} still maps to it after a failover.",
        )
