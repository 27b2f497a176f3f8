"""The UMS database part of a site's stack: UmsDatabase or the DBA script, and the facts the UMS needs."""

from __future__ import annotations

from cdktf import TerraformOutput, TerraformStack

from ums_ha import naming
from ums_ha.database_spec import UmsDatabaseSpec
from ums_ha.site_file import DatabaseSettings, database_keys

#: The Terraform addresses UmsDatabase creates; when a site stops managing them they are forgotten, not dropped.
DATABASE_ADDRESSES = (
    f"mssql_database.{naming.LogicalIds.database()}",
    f"mssql_login.{naming.LogicalIds.database_login()}",
    f"mssql_user.{naming.LogicalIds.database_user()}",
    f"mssql_database_schema.{naming.LogicalIds.database_schema()}",
    f"mssql_database_permissions.{naming.LogicalIds.database_permissions()}",
)


def add_database(stack: TerraformStack, settings: DatabaseSettings, site_name: str) -> None:
    """The mssql provider and a UmsDatabase, for ``managed_by = "terraform"``."""
    from ums_ha import UmsDatabase  # loads the mssql bindings, only for sites that use them
    from ums_ha.providers import MssqlProvider

    MssqlProvider(stack, "mssql")
    UmsDatabase(stack, "Database", **vars(settings.spec), validation_keys=database_keys(site_name))


def forget_database_objects(stack: TerraformStack) -> None:
    """``removed`` blocks (Terraform 1.7+) for every object UmsDatabase would have made.

    ``prevent_destroy`` protects the database only while its resource is in the
    configuration; taking the ``[database]`` table out, or handing it to the DBA,
    would otherwise drop the UMS database. With these blocks Terraform forgets the
    objects and leaves them in SQL Server; when the state has none, they do nothing.
    """
    stack.add_override(
        "removed",
        [{"from": address, "lifecycle": {"destroy": False}} for address in DATABASE_ADDRESSES],
    )


def add_database_outputs(stack: TerraformStack, spec: UmsDatabaseSpec) -> None:
    """Stack outputs for the UMS datasource dialog; none is secret."""
    outputs = {
        "database_server": (spec.server, "SQL Server host or availability group listener"),
        "database_port": (spec.port, "SQL Server port"),
        "database_name": (spec.name, "the UMS database"),
        "database_schema": (spec.schema_name, "the schema of the UMS tables"),
        "database_login": (spec.login, "the SQL login the UMS connects with"),
        "database_jdbc_url": (spec.jdbc_url, "JDBC URL for the UMS datasource dialog"),
    }
    for name, (value, description) in outputs.items():
        TerraformOutput(stack, name, value=value, description=description)
