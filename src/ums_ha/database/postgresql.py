"""The UMS database on PostgreSQL: one description for the Terraform path and the DBA's psql script.

:class:`~ums_ha.UmsPostgresqlDatabase` turns it into ``cyrilgdn/postgresql``
resources and :func:`~ums_ha.database.postgresql_script.render_postgresql_script` into a
psql script, so the two cannot disagree about names, owners or grants.

What the permission sets mean is ums-ha's mapping of the SQL Server ones (DOMAIN.md,
"Database"): IGEL's KB lists PostgreSQL privileges per workflow, but not in a form
ums-ha could check, so the documentation (docs/guide/databases.md) states this mapping for a DBA to confirm.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import ClassVar, Final

from ums_ha.database.sqlserver import DEFAULT_DATABASE_NAME, DEFAULT_LOGIN, DEFAULT_PERMISSIONS

#: Write-only attributes (the role's password) and ephemeral variables need Terraform 1.11.
REQUIRED_TERRAFORM: Final = "1.11"

#: The App context under which CDK Terrain accepts write-only attributes (``App(context=...)``): cdktn checks them
#: against the versions the project targets, by default older ones, and refuses the stack. CDKTF ignores it.
WRITE_ONLY_APP_CONTEXT: Final = {
    "targetVersions": {"terraform": f">={REQUIRED_TERRAFORM}.0", "opentofu": f">={REQUIRED_TERRAFORM}.0"}
}

DEFAULT_POSTGRESQL_PORT: Final = 5432

#: ``control``: the role owns the database and its schema (what ``GRANT CONTROL`` gives on SQL Server).
#: ``least-privilege``: the admin keeps the database; the role may connect and owns only its schema, where
#: the UMS creates and changes its tables (installation and update) and reads and writes them (runtime).
POSTGRESQL_PERMISSIONS: Final = ("control", "least-privilege")
#: Privileges on the database granted to the role by ``least-privilege``.
LEAST_PRIVILEGE_DATABASE_PRIVILEGES: Final = ("CONNECT",)

#: libpq's and the PostgreSQL JDBC driver's ``sslmode`` values.
SSL_MODES: Final = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


def split_host_port(text: str, default_port: int) -> tuple[str, int]:
    """``host``, ``host:port``, ``[v6]:port`` or a bare IPv6 address -> (host, port); a bad port raises ValueError."""
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        return host, int(rest[1:]) if rest.startswith(":") else default_port
    if text.count(":") == 1:
        host, _, port = text.partition(":")
        return host, int(port)
    return text, default_port


def jdbc_host(host: str, port: int) -> str:
    """``host:port`` as the PostgreSQL JDBC driver writes it (an IPv6 address in brackets)."""
    try:
        is_ipv6 = ipaddress.ip_address(host).version == 6
    except ValueError:
        is_ipv6 = False
    return f"[{host}]:{port}" if is_ipv6 else f"{host}:{port}"


@dataclass(frozen=True)
class UmsPostgresqlDatabaseSpec:
    """The UMS database, its login role, the role's schema and grants, on PostgreSQL."""

    engine: ClassVar[str] = "postgresql"
    title: ClassVar[str] = "PostgreSQL"

    server: str
    """Host name or address of the PostgreSQL server (the primary of a primary/standby pair)."""

    port: int = DEFAULT_POSTGRESQL_PORT
    """TCP port. Default: 5432."""

    name: str = DEFAULT_DATABASE_NAME
    """Database name. Default: ``rmdb``, as in the guide."""

    login: str = DEFAULT_LOGIN
    """The login role the UMS connects with. Default: ``igelums``."""

    schema: str | None = None
    """Schema the UMS tables live in, owned by the role. Default: the role's name (then PostgreSQL's
    default ``search_path``, ``"$user"``, finds it)."""

    permissions: str = DEFAULT_PERMISSIONS
    """``control`` (default: the role owns the database and the schema) or ``least-privilege`` (the
    admin owns the database; the role gets ``CONNECT`` on it and owns the schema)."""

    standby_servers: tuple[str, ...] = ()
    """Standby servers of a primary/standby pair, each ``host`` or ``host:port`` (default port:
    ``port``): the JDBC URL lists them after ``server`` with ``targetServerType=primary``. Whether
    the UMS datasource dialog takes such a URL is not documented. Default: none."""

    sslmode: str | None = None
    """``sslmode`` of the connections (:data:`SSL_MODES`), for the JDBC URL, the provider and
    ``ums-ha firmware-hosts``. Default: unset, so each client's own default applies (libpq and the
    provider: ``PGSSLMODE``, else ``prefer`` / ``require``; the JDBC driver: ``prefer``)."""

    admin_superuser: bool = False
    """Tell the provider the admin login Terraform connects with (``PGUSER``) is a superuser: it then
    reads role password hashes, which only a superuser may, and which the write-only password gives it
    nothing to compare with. Default: false (the provider's ``superuser = false``): an admin with
    ``CREATEDB`` and ``CREATEROLE`` is enough, and a superuser works too."""

    password_version: int = 1
    """The role's password is write-only (never in the state): raise this number to make Terraform
    set a new ``TF_VAR_ums_database_password``. Default: 1."""

    @property
    def schema_name(self) -> str:
        return self.schema if self.schema is not None else self.login

    @property
    def database_owner(self) -> str | None:
        """Who owns the database: the role with ``control``; None (the admin creating it) otherwise."""
        return self.login if self.permissions == "control" else None

    @property
    def database_privileges(self) -> tuple[str, ...]:
        """Privileges granted to the role on the database (none with ``control``: it owns it)."""
        return () if self.permissions == "control" else LEAST_PRIVILEGE_DATABASE_PRIVILEGES

    @property
    def standby_hosts(self) -> tuple[tuple[str, int], ...]:
        """(host, port) of each standby server."""
        return tuple(split_host_port(server, self.port) for server in self.standby_servers)

    @property
    def jdbc_url(self) -> str:
        """The URL for the UMS datasource dialog (PostgreSQL JDBC driver syntax)."""
        hosts = ",".join(jdbc_host(host, port) for host, port in ((self.server, self.port), *self.standby_hosts))
        parameters = []
        if self.standby_servers:
            parameters.append("targetServerType=primary")
        if self.sslmode is not None:
            parameters.append(f"sslmode={self.sslmode}")
        query = "?" + "&".join(parameters) if parameters else ""
        return f"jdbc:postgresql://{hosts}/{self.name}{query}"
