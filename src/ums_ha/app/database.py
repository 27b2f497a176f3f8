"""The UMS database part of a site's stack: the engine's construct or the DBA script, and the facts the UMS needs."""

from __future__ import annotations

from ums_ha.database.postgresql import REQUIRED_TERRAFORM, UmsPostgresqlDatabaseSpec, jdbc_host
from ums_ha.database.sqlserver import UmsDatabaseSpec
from ums_ha.domain import naming
from ums_ha.site.database import DatabaseSettings, database_keys
from ums_ha.toolchain.cdk import TerraformStack

#: The Terraform addresses UmsDatabase (SQL Server) creates.
SQLSERVER_ADDRESSES = (
    f"mssql_database.{naming.LogicalIds.database()}",
    f"mssql_login.{naming.LogicalIds.database_login()}",
    f"mssql_user.{naming.LogicalIds.database_user()}",
    f"mssql_database_schema.{naming.LogicalIds.database_schema()}",
    f"mssql_database_permissions.{naming.LogicalIds.database_permissions()}",
)
#: The Terraform addresses UmsPostgresqlDatabase creates.
POSTGRESQL_ADDRESSES = (
    f"postgresql_role.{naming.LogicalIds.database_login()}",
    f"postgresql_database.{naming.LogicalIds.database()}",
    f"postgresql_schema.{naming.LogicalIds.database_schema()}",
    f"postgresql_grant.{naming.LogicalIds.database_permissions()}",
)
#: Every database object a site's stack may have made; those it stops managing are forgotten, not dropped.
DATABASE_ADDRESSES = SQLSERVER_ADDRESSES + POSTGRESQL_ADDRESSES


def add_database(stack: TerraformStack, settings: DatabaseSettings, site_name: str) -> str | None:
    """The engine's provider and construct, for ``managed_by = "terraform"``; returns the Terraform
    version the stack then needs at least, if the construct needs a newer one than the stack's floor."""
    spec, keys = settings.spec, database_keys(site_name)
    if isinstance(spec, UmsPostgresqlDatabaseSpec):
        # Each engine's bindings load only for the sites that use it.
        from ums_ha.constructs.database.postgresql import UmsPostgresqlDatabase
        from ums_ha.providers import PostgresqlProvider

        database = UmsPostgresqlDatabase(stack, "Database", **vars(spec), validation_keys=keys)
        PostgresqlProvider(stack, "postgresql", **database.provider_settings())
        return REQUIRED_TERRAFORM
    from ums_ha import UmsDatabase
    from ums_ha.providers import MssqlProvider

    MssqlProvider(stack, "mssql")
    UmsDatabase(stack, "Database", **vars(spec), validation_keys=keys)
    return None


def forget_database_objects(stack: TerraformStack, managed: DatabaseSettings | None) -> None:
    """``removed`` blocks (Terraform 1.7+) for every database object the stack does not manage now.

    ``prevent_destroy`` protects the database only while its resource is in the
    configuration; taking the ``[database]`` table out, handing it to the DBA or changing
    the engine would otherwise drop the UMS database. With these blocks Terraform forgets
    the objects and leaves them on the server; when the state has none, they do nothing.
    Which engine a removed table had is not known, so both engines' objects are covered.
    """
    kept: tuple[str, ...] = ()
    if managed is not None and managed.managed_by == "terraform":
        kept = POSTGRESQL_ADDRESSES if isinstance(managed.spec, UmsPostgresqlDatabaseSpec) else SQLSERVER_ADDRESSES
    stack.add_override(
        "removed",
        [{"from": address, "lifecycle": {"destroy": False}} for address in DATABASE_ADDRESSES if address not in kept],
    )


def database_outputs(spec: UmsDatabaseSpec | UmsPostgresqlDatabaseSpec) -> dict[str, tuple[object, str]]:
    """Output name -> (value, description) for the UMS datasource dialog; none is secret."""
    if isinstance(spec, UmsPostgresqlDatabaseSpec):
        outputs: dict[str, tuple[object, str]] = {
            "database_engine": ("postgresql", "the UMS database's engine: the datasource type is PostgreSQL"),
            "database_server": (spec.server, "PostgreSQL server (the primary)"),
            "database_port": (spec.port, "PostgreSQL port"),
        }
        if spec.standby_hosts:
            outputs["database_standby_servers"] = (
                [jdbc_host(host, port) for host, port in spec.standby_hosts],
                "the PostgreSQL standby servers, as host:port",
            )
        if spec.sslmode is not None:
            outputs["database_sslmode"] = (spec.sslmode, "the sslmode of the UMS's connections")
        login = "the PostgreSQL login role the UMS connects with"
    else:
        outputs = {
            "database_server": (spec.server, "SQL Server host or availability group listener"),
            "database_port": (spec.port, "SQL Server port"),
        }
        login = "the SQL login the UMS connects with"
    outputs |= {
        "database_name": (spec.name, "the UMS database"),
        "database_schema": (spec.schema_name, "the schema of the UMS tables"),
        "database_login": (spec.login, login),
        "database_jdbc_url": (spec.jdbc_url, "JDBC URL for the UMS datasource dialog"),
    }
    return outputs
