"""``[sites.<site>.database]``: the UMS database, its engine's keys, and who creates it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from ums_ha.database.postgresql import DEFAULT_POSTGRESQL_PORT, UmsPostgresqlDatabaseSpec
from ums_ha.database.sqlserver import (
    DEFAULT_DATABASE_NAME,
    DEFAULT_LOGIN,
    DEFAULT_PERMISSIONS,
    DEFAULT_PORT,
    ENGINES,
    UmsDatabaseSpec,
)
from ums_ha.domain.rules import (
    DatabaseKeys,
    check_database,
    check_one_of,
    check_postgresql_database,
)
from ums_ha.errors import Problem
from ums_ha.site.toml_table import Table

#: Who creates the database objects: Terraform (valerus/mssql, cyrilgdn/postgresql) or a DBA running the
#: generated script.
MANAGED_BY: Final = ("terraform", "dba")


@dataclass(frozen=True)
class DatabaseSettings:
    """``[sites.<name>.database]``: the UMS database and who creates it."""

    spec: UmsDatabaseSpec | UmsPostgresqlDatabaseSpec
    """By ``engine``: SQL Server (default) or PostgreSQL."""
    managed_by: str = "terraform"


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


def read_database(site: Table, site_name: str, rule_problems: list[Problem]) -> DatabaseSettings | None:
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


def database_keys(site_name: str) -> DatabaseKeys:
    """Where the database settings of a site live in the site file."""
    table = f"sites.{site_name}.database"
    return DatabaseKeys(**{key: f"{table}.{key}" for key in DatabaseKeys.__dataclass_fields__})
