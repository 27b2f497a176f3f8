"""UmsPostgresqlDatabase: the shared UMS database on PostgreSQL, the guide's objects in PostgreSQL's terms."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NotRequired, TypedDict

from constructs import Construct

from ums_ha._generated.postgresql.database import Database
from ums_ha._generated.postgresql.grant import Grant
from ums_ha._generated.postgresql.role import Role
from ums_ha._generated.postgresql.schema import Schema
from ums_ha.constructs._terraform import password_variable, reference, set_logical_id
from ums_ha.database.postgresql import DEFAULT_POSTGRESQL_PORT, UmsPostgresqlDatabaseSpec
from ums_ha.database.sqlserver import DEFAULT_DATABASE_NAME, DEFAULT_LOGIN, DEFAULT_PERMISSIONS, PASSWORD_VARIABLE
from ums_ha.domain import naming
from ums_ha.domain.rules import DatabaseKeys, check_password_reference, check_postgresql_database
from ums_ha.errors import ValidationError
from ums_ha.toolchain.cdk import TerraformResourceLifecycle, TerraformVariable


class PostgresqlProviderSettings(TypedDict):
    """What :meth:`UmsPostgresqlDatabase.provider_settings` gives ``PostgresqlProvider``."""

    host: str
    port: int
    sslmode: NotRequired[str]
    superuser: NotRequired[bool]


class UmsPostgresqlDatabase(Construct):
    """The UMS database, its login role, the role's schema and its grants, on PostgreSQL.

    Built with ``cyrilgdn/postgresql``: the login role (``LOGIN``, its ``search_path`` the
    schema), the database (owned by the role with ``permissions = "control"``), the schema
    owned by the role, and with ``least-privilege`` a ``CONNECT`` grant on the database.

    The password is the role's write-only ``password_wo``, so neither the plan nor the state
    holds it; by default it comes from the ephemeral, sensitive variable
    ``ums_database_password`` (``TF_VAR_ums_database_password``). To change it, set the new
    value and raise ``password_version``. The stack needs Terraform 1.11 or later
    (:data:`REQUIRED_TERRAFORM`; under CDK Terrain, an App made with :data:`WRITE_ONLY_APP_CONTEXT`) and a
    ``PostgresqlProvider`` (:mod:`ums_ha.providers`) with the
    settings :meth:`provider_settings` returns; the admin login comes from ``PGUSER`` and
    ``PGPASSWORD``, never from the configuration.

    The database and the schema carry ``prevent_destroy``: the provider would otherwise end
    every session and ``DROP DATABASE ... WITH (FORCE)``.

    Example, in a stack of your own (``stack``):

    ```python
    from ums_ha import UmsPostgresqlDatabase
    from ums_ha.providers import PostgresqlProvider

    database = UmsPostgresqlDatabase(stack, "Database", server="pg01.corp.example", permissions="least-privilege")
    PostgresqlProvider(stack, "postgresql", **database.provider_settings())  # PGUSER, PGPASSWORD from the environment
    database.jdbc_url  # 'jdbc:postgresql://pg01.corp.example:5432/rmdb'
    ```

    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        server: str,
        port: int = DEFAULT_POSTGRESQL_PORT,
        name: str = DEFAULT_DATABASE_NAME,
        login: str = DEFAULT_LOGIN,
        schema: str | None = None,
        permissions: str = DEFAULT_PERMISSIONS,
        standby_servers: Sequence[str] = (),
        sslmode: str | None = None,
        admin_superuser: bool = False,
        password_version: int = 1,
        password: str | None = None,
        prevent_destroy: bool = True,
        validation_keys: DatabaseKeys | None = None,
    ) -> None:
        """
        :param server: the PostgreSQL server (the primary of a primary/standby pair).
        :param port: its TCP port. Default: 5432.
        :param name: the database. Default: ``rmdb``.
        :param login: the login role the UMS uses. Default: ``igelums``.
        :param schema: the UMS schema, owned by the role. Default: the role's name.
        :param permissions: ``control`` (the role owns the database and the schema) or
            ``least-privilege`` (the admin owns the database; the role gets ``CONNECT`` and
            owns the schema). Default: ``control``.
        :param standby_servers: standbys for the JDBC URL, each ``host`` or ``host:port``.
            Default: none.
        :param sslmode: ``sslmode`` for the JDBC URL and :meth:`provider_settings`. Default:
            unset (each client's own default).
        :param admin_superuser: true tells the provider the admin login (``PGUSER``) is a
            superuser, so it reads role password hashes; the role's password is write-only, so
            there is nothing to compare them with. Default: false (``superuser = false``): an
            admin with ``CREATEDB`` and ``CREATEROLE`` is enough, a superuser works too.
        :param password_version: raise it to set a new password (write-only). Default: 1.
        :param password: the role's password as a reference to a sensitive value, never a
            literal. Default: a new ephemeral, sensitive variable ``ums_database_password``.
        :param prevent_destroy: refuse plans that delete or replace the database or schema. Default: true.
        :param validation_keys: names of the settings in error messages. Default: the prop names.
        """
        super().__init__(scope, id)
        self.spec = UmsPostgresqlDatabaseSpec(
            server=server,
            port=port,
            name=name,
            login=login,
            schema=schema,
            permissions=permissions,
            standby_servers=tuple(standby_servers),
            sslmode=sslmode,
            admin_superuser=admin_superuser,
            password_version=password_version,
        )
        """The settings, as the DBA script would render them."""
        problems = check_postgresql_database(**vars(self.spec), keys=validation_keys or DatabaseKeys())
        problems += check_password_reference(password, "password", PASSWORD_VARIABLE)
        if problems:
            raise ValidationError(problems)

        self.password_variable: TerraformVariable | None = None
        """The variable created for the password, when none was given."""
        if password is None:
            self.password_variable = password_variable(
                self,
                PASSWORD_VARIABLE,
                f"Password of the PostgreSQL role {login!r} the UMS uses (TF_VAR_{PASSWORD_VARIABLE}).",
                ephemeral=True,
            )
            password = self.password_variable.string_value

        protected = TerraformResourceLifecycle(prevent_destroy=prevent_destroy)
        self.role = Role(
            self,
            "Role",
            name=login,
            login=True,
            password_wo=password,
            password_wo_version=str(password_version),
            search_path=[self.spec.schema_name],
        )
        set_logical_id(self.role, naming.LogicalIds.database_login())

        self.database = Database(
            self,
            "Database",
            name=name,
            owner=reference(self.role, "name") if self.spec.database_owner is not None else None,
            lifecycle=protected,
        )
        set_logical_id(self.database, naming.LogicalIds.database())

        self.schema = Schema(
            self,
            "Schema",
            name=self.spec.schema_name,
            database=reference(self.database, "name"),
            owner=reference(self.role, "name"),
            lifecycle=protected,
        )
        set_logical_id(self.schema, naming.LogicalIds.database_schema())

        self.grant: Grant | None = None
        """``CONNECT`` on the database with ``least-privilege``; none with ``control`` (the role owns it)."""
        if self.spec.database_privileges:
            self.grant = Grant(
                self,
                "Grant",
                database=reference(self.database, "name"),
                role=reference(self.role, "name"),
                object_type="database",
                privileges=list(self.spec.database_privileges),
            )
            set_logical_id(self.grant, naming.LogicalIds.database_permissions())

    def provider_settings(self) -> PostgresqlProviderSettings:
        """The ``PostgresqlProvider`` settings for this database: host, port, and ``sslmode`` and
        ``superuser = false`` when set; the admin login stays in ``PGUSER``/``PGPASSWORD``."""
        settings = PostgresqlProviderSettings(host=self.spec.server, port=self.spec.port)
        if self.spec.sslmode is not None:
            settings["sslmode"] = self.spec.sslmode
        if not self.spec.admin_superuser:
            settings["superuser"] = False
        return settings

    @property
    def jdbc_url(self) -> str:
        """The JDBC URL for the UMS datasource dialog."""
        return self.spec.jdbc_url
