"""``[sites.<site>.database]``: the UMS database, its engine's keys, and who creates it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from ums_ha.database.postgresql import DEFAULT_POSTGRESQL_PORT, SSL_MODES, UmsPostgresqlDatabaseSpec
from ums_ha.database.sqlserver import (
    DEFAULT_DATABASE_NAME,
    DEFAULT_LOGIN,
    DEFAULT_PERMISSIONS,
    DEFAULT_PORT,
    ENGINES,
    PERMISSION_SETS,
    UmsDatabaseSpec,
)
from ums_ha.domain.rules import (
    PASSWORD_VERSIONS,
    PORTS,
    DatabaseKeys,
    check_database,
    check_one_of,
    check_postgresql_database,
)
from ums_ha.errors import Problem
from ums_ha.site.schema import Key, TableSchema
from ums_ha.site.toml_table import Table

#: Who creates the database objects: Terraform (valerus/mssql, cyrilgdn/postgresql) or a DBA running the
#: generated script.
MANAGED_BY: Final = ("terraform", "dba")

_BOTH = (check_database, check_postgresql_database)
_SQLSERVER = 'engine = "sqlserver"'
_POSTGRESQL = 'engine = "postgresql"'

ENGINE = Key(
    "engine",
    str,
    "the database engine; the keys marked with one engine are refused for the other, with the reason",
    default=ENGINES[0],
    choices=ENGINES,
)
SERVER = Key(
    "server",
    str,
    "host name or IP address, no instance or port: SQL Server (or an availability group listener), or the "
    "PostgreSQL primary",
    required=True,
    rules=_BOTH,
)
PORT = Key(
    "port",
    int,
    "the server's port",
    shown_default=f"`{DEFAULT_PORT}` (SQL Server), `{DEFAULT_POSTGRESQL_PORT}` (PostgreSQL)",
    bounds=PORTS,
    rules=_BOTH,
)
NAME = Key(
    "name",
    str,
    "SQL Server: 1 to 128 of letters, digits, `_`, not starting with a digit; not `master`, `model`, `msdb`, "
    "`tempdb`. PostgreSQL: 1 to 63 of lowercase letters, digits, `_`, not starting with a digit; not `postgres`, "
    "`template0`, `template1`, `pg_*`",
    default=DEFAULT_DATABASE_NAME,
    rules=_BOTH,
)
LOGIN = Key(
    "login",
    str,
    "as `name`; not `sa` or another built-in principal (PostgreSQL: not `postgres`, `public`, `pg_*`); on SQL "
    "Server also the database user's name",
    default=DEFAULT_LOGIN,
    rules=_BOTH,
)
SCHEMA = Key(
    "schema",
    str,
    "as `name`; never `dbo` (IGEL requires a dedicated schema), `sys`, `guest`, `INFORMATION_SCHEMA` (PostgreSQL: "
    "`public`, `information_schema`, `pg_*`)",
    shown_default="the login",
    rules=_BOTH,
)
PERMISSIONS = Key(
    "permissions",
    str,
    "SQL Server `GRANT CONTROL` (as the guide) or `db_datareader`, `db_datawriter`, `db_ddladmin`; PostgreSQL: see "
    "[PostgreSQL](../guide/databases.md#postgresql)",
    default=DEFAULT_PERMISSIONS,
    choices=tuple(PERMISSION_SETS),
    rules=_BOTH,
)
MANAGED_BY_KEY = Key(
    "managed_by",
    str,
    "`terraform`: valerus/mssql or cyrilgdn/postgresql resources; `dba`: a T-SQL or psql script, no database resources",
    default=MANAGED_BY[0],
    choices=MANAGED_BY,
)
ALWAYS_ON = Key("always_on", bool, "the server is an availability group listener", default=False, only=_SQLSERVER)
COLLATION = Key(
    "collation",
    str,
    "a collation name such as `Latin1_General_CI_AS`",
    shown_default="the server's",
    only=_SQLSERVER,
    rules=(check_database,),
)
STANDBY_SERVERS = Key(
    "standby_servers",
    list,
    'array of `"host"` or `"host:port"` (default port: `port`): the JDBC URL lists them after `server` with '
    "`targetServerType=primary`",
    default=[],
    shown_default="none",
    only=_POSTGRESQL,
    rules=(check_postgresql_database,),
)
SSLMODE = Key(
    "sslmode",
    str,
    "for the provider, the JDBC URL and `firmware-hosts`",
    shown_default="unset: each client's default",
    choices=SSL_MODES,
    only=_POSTGRESQL,
    rules=(check_postgresql_database,),
)
ADMIN_SUPERUSER = Key(
    "admin_superuser",
    bool,
    "`true` only to have the provider read role password hashes, which needs `PGUSER` to be a superuser; the "
    "role's password is write-only, so there is nothing to compare them with. `false`: `PGUSER` needs only "
    "`CREATEDB` and `CREATEROLE` (a superuser works too)",
    default=False,
    shown_default="`false` (`superuser = false` in the provider)",
    only=_POSTGRESQL,
)
PASSWORD_VERSION = Key(
    "password_version",
    int,
    "raise it to make Terraform set a new `TF_VAR_ums_database_password` (the password is write-only)",
    default=1,
    bounds=PASSWORD_VERSIONS,
    only=_POSTGRESQL,
    rules=(check_postgresql_database,),
)
DATABASE_TABLE = TableSchema(
    "sites.<site>.database",
    "The UMS database, its login and schema, and who creates them. Without it: no database objects (the UMS may "
    "use an existing database).",
    (
        ENGINE,
        SERVER,
        PORT,
        NAME,
        LOGIN,
        SCHEMA,
        PERMISSIONS,
        MANAGED_BY_KEY,
        ALWAYS_ON,
        COLLATION,
        STANDBY_SERVERS,
        SSLMODE,
        ADMIN_SUPERUSER,
        PASSWORD_VERSION,
    ),
    links=(("The UMS database", "guide/databases.md"),),
)


@dataclass(frozen=True)
class DatabaseSettings:
    """``[sites.<name>.database]``: the UMS database and who creates it."""

    spec: UmsDatabaseSpec | UmsPostgresqlDatabaseSpec
    """By ``engine``: SQL Server (default) or PostgreSQL."""
    managed_by: str = "terraform"

    @property
    def state_secrets(self) -> tuple[str, ...]:
        """The secrets the site's Terraform state holds in clear because of this database (sensitive hides them
        from plans, not from the state). SQL Server: the valerus/mssql provider stores the login it connected
        with in every mssql resource, and the UMS login's password; PostgreSQL: none (the role's password is
        write-only); a DBA's script: none."""
        if self.managed_by != "terraform" or isinstance(self.spec, UmsPostgresqlDatabaseSpec):
            return ()
        return (
            "the SQL Server admin's password (server[0].login[0].password of every mssql resource)",
            "the UMS login's password",
        )


#: The ``[database]`` keys only one engine has, with why the other refuses them.
_SQLSERVER_ONLY_KEYS: Final = {
    ALWAYS_ON.name: "is SQL Server's (an availability group listener); for a PostgreSQL primary/standby pair "
    "use standby_servers",
    COLLATION.name: "is SQL Server's; ums-ha creates a PostgreSQL database with the server's default collation",
}


_POSTGRESQL_ONLY_KEYS: Final = {
    STANDBY_SERVERS.name: "is PostgreSQL's; for SQL Server Always On set always_on = true and name the listener "
    "as server",
    SSLMODE.name: "is PostgreSQL's; SQL Server's driver takes its encryption settings in the UMS datasource dialog",
    ADMIN_SUPERUSER.name: "is PostgreSQL's (the provider's superuser setting); the mssql provider needs none",
    PASSWORD_VERSION.name: "is PostgreSQL's (its write-only password); the mssql provider sets the login's "
    "password from TF_VAR_ums_database_password itself",
}


def read_database(site: Table, site_name: str, rule_problems: list[Problem]) -> DatabaseSettings | None:
    raw = site.get_optional(DATABASE_TABLE.name, dict)
    if raw is None:
        return None
    table = Table(raw, site.key(DATABASE_TABLE.name), site.problems)
    engine = table.read(ENGINE)
    if engine not in ENGINES:
        rule_problems += check_one_of(engine, table.key(ENGINE.name), ENGINE.choices)
        return None
    foreign = _POSTGRESQL_ONLY_KEYS if engine == "sqlserver" else _SQLSERVER_ONLY_KEYS
    for key, reason in foreign.items():
        if key in raw:
            rule_problems.append(Problem(table.key(key), f"{reason}, so it means nothing with engine = {engine!r}"))
    server = table.read(SERVER)
    name = table.read(NAME)
    login = table.read(LOGIN)
    schema = table.read_optional(SCHEMA)
    permissions = table.read(PERMISSIONS)
    spec: UmsDatabaseSpec | UmsPostgresqlDatabaseSpec
    if engine == "postgresql":
        # port before standby_servers: the order their type problems are reported in
        port = _or(table.read_optional(PORT), DEFAULT_POSTGRESQL_PORT)
        standby_servers: list[str] = table.read(STANDBY_SERVERS)  # each item's type is a rule's to check
        spec = UmsPostgresqlDatabaseSpec(
            server=server,
            port=port,
            name=name,
            login=login,
            schema=schema,
            permissions=permissions,
            standby_servers=tuple(standby_servers),
            sslmode=table.read_optional(SSLMODE),
            admin_superuser=table.read(ADMIN_SUPERUSER),
            password_version=table.read(PASSWORD_VERSION),
        )
        rule_problems += check_postgresql_database(**vars(spec), keys=database_keys(site_name))
    else:
        spec = UmsDatabaseSpec(
            server=server,
            port=_or(table.read_optional(PORT), DEFAULT_PORT),
            name=name,
            login=login,
            schema=schema,
            permissions=permissions,
            always_on=table.read(ALWAYS_ON),
            collation=table.read_optional(COLLATION),
        )
        rule_problems += check_database(**vars(spec), keys=database_keys(site_name))
    managed_by = table.read(MANAGED_BY_KEY)
    table.finish(allowed_extra=lambda key: key in foreign)
    rule_problems += check_one_of(managed_by, table.key(MANAGED_BY_KEY.name), MANAGED_BY_KEY.choices)
    return DatabaseSettings(spec=spec, managed_by=managed_by)


def _or(value: int | None, default: int) -> int:
    return default if value is None else value


def database_keys(site_name: str) -> DatabaseKeys:
    """Where the database settings of a site live in the site file."""
    table = f"sites.{site_name}.database"
    return DatabaseKeys(**{key: f"{table}.{key}" for key in DatabaseKeys.__dataclass_fields__})
