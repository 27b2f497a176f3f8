"""UmsDatabase: the shared UMS database on SQL Server, as the guide's T-SQL creates it."""

from __future__ import annotations

from constructs import Construct

from ums_ha._generated.mssql.database import Database, DatabaseServer, DatabaseServerLogin
from ums_ha._generated.mssql.database_permissions import (
    DatabasePermissions,
    DatabasePermissionsServer,
    DatabasePermissionsServerLogin,
)
from ums_ha._generated.mssql.database_schema import DatabaseSchema, DatabaseSchemaServer, DatabaseSchemaServerLogin
from ums_ha._generated.mssql.login import Login, LoginServer, LoginServerLogin
from ums_ha._generated.mssql.user import User, UserServer, UserServerLogin
from ums_ha.constructs._terraform import password_variable, reference, set_logical_id
from ums_ha.database.sqlserver import (
    DEFAULT_DATABASE_NAME,
    DEFAULT_LOGIN,
    DEFAULT_PERMISSIONS,
    DEFAULT_PORT,
    PASSWORD_VARIABLE,
    UmsDatabaseSpec,
)
from ums_ha.domain import naming
from ums_ha.domain.rules import DatabaseKeys, check_database, check_password_reference
from ums_ha.errors import ValidationError
from ums_ha.toolchain.cdk import TerraformResourceLifecycle, TerraformVariable


class UmsDatabase(Construct):
    """The UMS database, its SQL login, the login's user and schema, and its grants.

    Built with ``valerus/mssql``; each resource connects with an empty ``login {}``
    block, so the provider takes the SQL admin's credentials from ``MSSQL_USERNAME``
    and ``MSSQL_PASSWORD`` and none is synthesized. The order comes from references:
    database, then login (default database), user (login, default schema), schema
    (owned by the user), then the grants.

    The database carries ``prevent_destroy``: a plan that would delete or replace
    it fails. The stack needs a ``MssqlProvider`` (:mod:`ums_ha.providers`).

    Example, in a stack of your own (``stack``):

    ```python
    from ums_ha import UmsDatabase
    from ums_ha.providers import MssqlProvider

    MssqlProvider(stack, "mssql")  # MSSQL_USERNAME, MSSQL_PASSWORD from the environment
    database = UmsDatabase(stack, "Database", server="sqlag-listener.corp.example", always_on=True)
    database.jdbc_url  # 'jdbc:sqlserver://sqlag-listener.corp.example:1433;databaseName=rmdb;multiSubnetFailover=true'
    ```

    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        server: str,
        port: int = DEFAULT_PORT,
        name: str = DEFAULT_DATABASE_NAME,
        login: str = DEFAULT_LOGIN,
        schema: str | None = None,
        permissions: str = DEFAULT_PERMISSIONS,
        always_on: bool = False,
        collation: str | None = None,
        password: str | None = None,
        prevent_destroy: bool = True,
        validation_keys: DatabaseKeys | None = None,
    ) -> None:
        """
        :param server: SQL Server host, or the availability group listener with ``always_on``.
        :param port: SQL Server TCP port. Default: 1433.
        :param name: the database. Default: ``rmdb``.
        :param login: the SQL login the UMS uses, and its database user. Default: ``igelums``.
        :param schema: the UMS schema, owned by the user; never ``dbo``. Default: the login's name.
        :param permissions: ``control`` (``GRANT CONTROL``, the guide's choice) or
            ``least-privilege`` (``db_datareader``, ``db_datawriter``, ``db_ddladmin``).
            Default: ``control``.
        :param always_on: the server is an availability group listener (JDBC
            ``multiSubnetFailover=true``). Default: false.
        :param collation: database collation. Default: the server's.
        :param password: the login's password as a reference to a sensitive value
            (a variable or secret), never a literal, which would be written into
            ``cdktf.out``. Default: a new sensitive variable ``ums_database_password``,
            set with ``TF_VAR_ums_database_password``.
        :param prevent_destroy: refuse plans that delete or replace the database. Default: true.
        :param validation_keys: names of the settings in error messages. Default: the prop names.
        """
        super().__init__(scope, id)
        self.spec = UmsDatabaseSpec(
            server=server,
            port=port,
            name=name,
            login=login,
            schema=schema,
            permissions=permissions,
            always_on=always_on,
            collation=collation,
        )
        """The settings, as the DBA script would render them."""
        problems = check_database(**vars(self.spec), keys=validation_keys or DatabaseKeys())
        problems += check_password_reference(password, "password", PASSWORD_VARIABLE)
        if problems:
            raise ValidationError(problems)

        self.password_variable: TerraformVariable | None = None
        """The sensitive variable created for the password, when none was given."""
        if password is None:
            self.password_variable = password_variable(
                self,
                PASSWORD_VARIABLE,
                f"Password of the SQL login {login!r} the UMS uses (TF_VAR_{PASSWORD_VARIABLE}).",
            )
            password = self.password_variable.string_value

        host, port_text = server, str(port)
        self.database = Database(
            self,
            "Database",
            database_name=name,
            collation=collation,
            server=DatabaseServer(host=host, port=port_text, login=DatabaseServerLogin()),
            lifecycle=TerraformResourceLifecycle(prevent_destroy=prevent_destroy),
        )
        set_logical_id(self.database, naming.LogicalIds.database())

        self.login = Login(
            self,
            "Login",
            login_name=login,
            password=password,
            default_database=reference(self.database, "database_name"),
            server=LoginServer(host=host, port=port_text, login=LoginServerLogin()),
        )
        set_logical_id(self.login, naming.LogicalIds.database_login())

        self.user = User(
            self,
            "User",
            database=reference(self.database, "database_name"),
            username=login,
            login_name=reference(self.login, "login_name"),
            default_schema=self.spec.schema_name,
            roles=list(self.spec.database_roles) or None,
            server=UserServer(host=host, port=port_text, login=UserServerLogin()),
        )
        set_logical_id(self.user, naming.LogicalIds.database_user())

        self.schema = DatabaseSchema(
            self,
            "Schema",
            database=reference(self.database, "database_name"),
            schema_name=self.spec.schema_name,
            owner_name=reference(self.user, "username"),
            server=DatabaseSchemaServer(host=host, port=port_text, login=DatabaseSchemaServerLogin()),
        )
        set_logical_id(self.schema, naming.LogicalIds.database_schema())

        self.permissions: DatabasePermissions | None = None
        """The ``GRANT``s on the database; none with ``least-privilege`` (roles instead)."""
        if self.spec.database_permissions:
            self.permissions = DatabasePermissions(
                self,
                "Permissions",
                database=reference(self.database, "database_name"),
                username=reference(self.user, "username"),
                permissions=list(self.spec.database_permissions),
                server=DatabasePermissionsServer(host=host, port=port_text, login=DatabasePermissionsServerLogin()),
            )
            set_logical_id(self.permissions, naming.LogicalIds.database_permissions())

    @property
    def jdbc_url(self) -> str:
        """The JDBC URL for the UMS datasource dialog."""
        return self.spec.jdbc_url
