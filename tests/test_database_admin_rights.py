"""The database admin with only the rights the docs name (issue 36): each statement the stack's provider and
the DBA script send, mapped to the right it needs.

PostgreSQL for real, on the tests' server: the admin-login script makes a role with CREATEDB and CREATEROLE,
no superuser; as that role the DBA script runs, and so does every statement ``cyrilgdn/postgresql`` 1.26.0
sends for the stack's resources (transcribed from its source: ``resource_postgresql_role.go``,
``resource_postgresql_database.go``, ``resource_postgresql_schema.go``, ``resource_postgresql_grant.go`` and
``helpers.go``'s ``withRolesGranted``), create to destroy. A role lacking one of the two rights fails the
statements mapped to it. SQL Server has no server here: the DBA script's statements (read from the rendered
script) and ``valerus/mssql`` 0.7.2's (from ``sql/*.go``) are each mapped to the permission Microsoft's
reference gives, and every one must be among the rights the docs name.
"""

# ruff: noqa: S608  (SQL written from the provider's source, with test names, against a throwaway server)
from __future__ import annotations

import itertools
import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from conftest import ROOT
from markdown_read import read_markdown
from postgres_server import PostgresServer
from test_postgresql_dba_script import UMS_PASSWORD, admin, catalog_state, use_as_the_ums

from ums_ha.database.admin_login import ADMIN_PASSWORD_VARIABLE, admin_login_script
from ums_ha.database.dba_script import render_dba_script
from ums_ha.database.postgresql import UmsPostgresqlDatabaseSpec
from ums_ha.database.postgresql_script import render_postgresql_script
from ums_ha.database.sqlserver import UmsDatabaseSpec

ADMIN_PASSWORD = "Canary-Provisioner-Pass-3f9a!"  # noqa: S105  (a throwaway test role's password)
_numbers = itertools.count(1)
DOCS = ROOT / "docs" / "guide" / "least-privilege.md"


def documented_rights(engine: str) -> set[str]:
    """The rights the docs' table for ``engine`` names (its first column)."""
    [table] = read_markdown(DOCS.read_text(encoding="utf-8")).tables_under(engine)
    return {cell.strip("`") for cell in table.column("right")}


def psql(server: PostgresServer, script: Path, *, user: str, password: str, env: dict[str, str]) -> str:
    environ = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
    environ.update(env, PGPASSWORD=password)
    done = subprocess.run(
        [
            str(server.psql),
            "-X",
            f"host={server.host} port={server.port} dbname=postgres user={user}",
            "-f",
            str(script),
        ],
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout + done.stderr


def make_provisioner(server: PostgresServer, tmp_path: Path) -> str:
    """Run the admin-login script as the superuser, twice; the role it made, read back from the catalog."""
    login = f"ums_provisioner_{next(_numbers)}_{os.getpid()}"
    script = tmp_path / f"{login}.sql"
    script.write_text(admin_login_script("postgresql", login), encoding="utf-8")
    env = {ADMIN_PASSWORD_VARIABLE: ADMIN_PASSWORD}
    first = psql(server, script, user=server.admin_user, password=server.admin_password, env=env)
    again = psql(server, script, user=server.admin_user, password=server.admin_password, env=env)
    assert f"created role {login}" in first
    assert "exists" in again
    assert ADMIN_PASSWORD not in first + again + script.read_text(encoding="utf-8")
    with admin(server) as connection:
        row = connection.execute(
            "SELECT rolcanlogin, rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls"
            " FROM pg_roles WHERE rolname = %s",
            (login,),
        ).fetchone()
    assert row == (True, False, True, True, False, False)
    return login


def new_spec(prefix: str, permissions: str = "control") -> UmsPostgresqlDatabaseSpec:
    """A database and role of names no other test uses (roles are cluster-wide)."""
    number = next(_numbers)
    return UmsPostgresqlDatabaseSpec(
        server="127.0.0.1", name=f"{prefix}_db_{number}", login=f"{prefix}_role_{number}", permissions=permissions
    )


def connect(server: PostgresServer, user: str, database: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(
        host=server.host, port=server.port, user=user, password=ADMIN_PASSWORD, dbname=database, autocommit=True
    )


@pytest.mark.parametrize("permissions", ["control", "least-privilege"])
def test_the_dba_script_runs_as_the_provisioner_without_superuser(
    postgres: PostgresServer, tmp_path: Path, permissions: str
) -> None:
    provisioner = make_provisioner(postgres, tmp_path)
    spec = new_spec("rights", permissions)
    script = tmp_path / "ums-database.sql"
    script.write_text(render_postgresql_script(spec, site="lab"), encoding="utf-8")
    env = {"UMS_DB_PASSWORD": UMS_PASSWORD}
    psql(postgres, script, user=provisioner, password=ADMIN_PASSWORD, env=env)
    first = catalog_state(postgres, spec)
    psql(postgres, script, user=provisioner, password=ADMIN_PASSWORD, env=env)
    assert catalog_state(postgres, spec) == first, "a second run changes nothing"
    owner = spec.login if permissions == "control" else provisioner
    assert first["database"][0] == owner
    assert first["schema"][0] == spec.login
    assert use_as_the_ums(postgres, spec) == [(1, "ums01"), (2, "ums02")]


@dataclass(frozen=True)
class Statement:
    resource: str
    sql: str
    right: str
    database: str = "postgres"
    transaction: int | None = None
    """Statements with the same number run in one transaction, as the provider runs them."""


def provider_statements(spec: UmsPostgresqlDatabaseSpec, admin_role: str) -> tuple[list[Statement], list[Statement]]:
    """What cyrilgdn/postgresql 1.26.0 sends for the stack's four resources with ``superuser = false``: create
    and read in the plan's order, then destroy in its reverse, each with the right it needs."""
    role, db, schema = f'"{spec.login}"', f'"{spec.name}"', f'"{spec.schema_name}"'
    me = f'"{admin_role}"'
    password = UMS_PASSWORD.replace("'", "''")
    control = spec.permissions == "control"
    read = "none: a catalog read"
    member = "CREATEROLE: ADMIN OPTION on the role it created"
    owner = "ownership of the database it created"
    statements = [
        # resourcePostgreSQLRoleCreate, in one transaction; the password from password_wo.
        Statement(
            "postgresql_role",
            f"CREATE ROLE {role} WITH NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT LOGIN NOREPLICATION NOBYPASSRLS"
            f" CONNECTION LIMIT -1 VALID UNTIL 'infinity' PASSWORD '{password}'",
            "CREATEROLE",
            transaction=1,
        ),
        Statement("postgresql_role", f"ALTER ROLE {role} SET search_path TO {schema}", member, transaction=1),
        Statement("postgresql_role", f"SELECT rolname FROM pg_catalog.pg_roles WHERE rolname='{spec.login}'", read),
        # resourcePostgreSQLDatabaseCreate: the owner granted to the admin for a moment (not in a transaction).
        *([Statement("postgresql_database", f"GRANT {role} TO {me}", member)] if control else []),
        Statement(
            "postgresql_database",
            f"CREATE DATABASE {db}{f' OWNER {role}' if control else ''} TEMPLATE template0"
            " CONNECTION LIMIT -1 ALLOW_CONNECTIONS true IS_TEMPLATE false",
            "CREATEDB",
        ),
        *([Statement("postgresql_database", f"REVOKE {role} FROM {me}", member)] if control else []),
        Statement(
            "postgresql_database",
            f"SELECT d.datname, pg_catalog.pg_get_userbyid(d.datdba) FROM pg_database d WHERE datname='{spec.name}'",
            read,
        ),
        # resourcePostgreSQLSchemaCreate: withRolesGranted(the database's owner, the schema's owner).
        Statement("postgresql_schema", f"GRANT {role} TO {me}", member, spec.name, transaction=2),
        Statement(
            "postgresql_schema",
            f"SELECT TRUE FROM pg_catalog.pg_namespace WHERE nspname = '{spec.schema_name}'",
            read,
            spec.name,
            transaction=2,
        ),
        Statement(
            "postgresql_schema",
            f"CREATE SCHEMA IF NOT EXISTS {schema} AUTHORIZATION {role}",
            member if control else owner,
            spec.name,
            transaction=2,
        ),
        Statement("postgresql_schema", f"REVOKE {role} FROM {me}", member, spec.name, transaction=2),
    ]
    if not control:
        # resourcePostgreSQLGrantCreate for object_type database: revoke, then grant, in one transaction.
        statements += [
            Statement("postgresql_grant", f"REVOKE ALL PRIVILEGES ON DATABASE {db} FROM {role}", owner, transaction=3),
            Statement("postgresql_grant", f"GRANT CONNECT ON DATABASE {db} TO {role}", owner, transaction=3),
        ]
    # Destroy, which prevent_destroy and the review guard against, in the reverse order.
    destroy: list[Statement] = []
    if not control:
        destroy.append(
            Statement("postgresql_grant", f"REVOKE ALL PRIVILEGES ON DATABASE {db} FROM {role}", owner, transaction=4)
        )
    destroy += [
        Statement("postgresql_schema", f"GRANT {role} TO {me}", member, spec.name, transaction=5),
        Statement("postgresql_schema", f"DROP SCHEMA {schema} RESTRICT", member, spec.name, transaction=5),
        Statement("postgresql_schema", f"REVOKE {role} FROM {me}", member, spec.name, transaction=5),
        *([Statement("postgresql_database", f"GRANT {role} TO {me}", member)] if control else []),
        Statement(
            "postgresql_database",
            f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{spec.name}'"
            " AND pid <> pg_backend_pid()",
            member if control else owner,
        ),
        Statement("postgresql_database", f"DROP DATABASE {db} WITH ( FORCE )", member if control else owner),
        *([Statement("postgresql_database", f"REVOKE {role} FROM {me}", member)] if control else []),
        # resourcePostgreSQLRoleDelete: withRolesGranted(the role), then DROP ROLE, in one transaction.
        Statement("postgresql_role", f"GRANT {role} TO {me}", member, transaction=6),
        Statement("postgresql_role", f"REASSIGN OWNED BY {role} TO {me}", member, transaction=6),
        Statement("postgresql_role", f"DROP OWNED BY {role}", member, transaction=6),
        Statement("postgresql_role", f"REVOKE {role} FROM {me}", member, transaction=6),
        Statement("postgresql_role", f"DROP ROLE {role}", member, transaction=6),
    ]
    return statements, destroy


def run_statements(server: PostgresServer, user: str, statements: list[Statement]) -> None:
    for key, group in itertools.groupby(statements, key=lambda statement: (statement.transaction, statement.database)):
        batch = list(group)
        with connect(server, user, key[1]) as connection:
            if key[0] is None:
                for statement in batch:
                    connection.execute(statement.sql.encode())
            else:
                with connection.transaction():
                    for statement in batch:
                        connection.execute(statement.sql.encode())


@pytest.mark.parametrize("permissions", ["control", "least-privilege"])
def test_every_statement_the_provider_sends_runs_as_the_provisioner_and_needs_a_documented_right(
    postgres: PostgresServer, tmp_path: Path, permissions: str
) -> None:
    provisioner = make_provisioner(postgres, tmp_path)
    spec = new_spec("provider", permissions)
    create, destroy = provider_statements(spec, provisioner)
    rights = documented_rights("PostgreSQL rights")
    assert {statement.right for statement in create + destroy} <= rights
    run_statements(postgres, provisioner, create)
    state = catalog_state(postgres, spec)
    assert state["schema"][0] == spec.login
    assert state["database"][0] == (spec.login if permissions == "control" else provisioner)
    url = postgres.url(spec.name, user=spec.login, password=UMS_PASSWORD).replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(url) as ums:
        assert ums.execute("SELECT current_schemas(false)").fetchone() == ([spec.schema_name],)
    run_statements(postgres, provisioner, destroy)
    with admin(postgres) as connection:
        left = connection.execute(
            "SELECT (SELECT count(*) FROM pg_roles WHERE rolname = %s), (SELECT count(*) FROM pg_database"
            " WHERE datname = %s)",
            (spec.login, spec.name),
        ).fetchone()
    assert left == (0, 0)


@pytest.mark.parametrize(("lacking", "fails"), [("CREATEROLE", "CREATE ROLE"), ("CREATEDB", "CREATE DATABASE")])
def test_without_one_of_the_two_rights_its_statements_are_refused(
    postgres: PostgresServer, tmp_path: Path, lacking: str, fails: str
) -> None:
    provisioner = make_provisioner(postgres, tmp_path)
    with admin(postgres) as connection:
        connection.execute(f'ALTER ROLE "{provisioner}" NO{lacking}'.encode())
    spec = new_spec("lacking")
    statements, _destroy = provider_statements(spec, provisioner)
    mapped = [statement for statement in statements if statement.right == lacking]
    assert mapped
    assert all(statement.sql.startswith(fails) for statement in mapped)
    if lacking == "CREATEDB":  # the role first, so that only the database is left to fail
        run_statements(postgres, provisioner, statements[:3])
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        run_statements(postgres, provisioner, [mapped[0]])


# SQL Server: each statement of the DBA script and of the provider, classified by the permission Microsoft's
# reference ("Permissions" of each statement) gives it.
SQLSERVER_RIGHTS = [
    (r"^USE \[master\]", "none: every login may use master"),
    (r"^IF DB_ID\(|FROM \[?sys\]?\.\[?databases\]?", "none: VIEW ANY DATABASE, which public holds"),
    (r"^CREATE DATABASE ", "CREATE ANY DATABASE"),
    (r"^(ALTER DATABASE |DROP DATABASE |USE \[)", "ownership of the database it created"),
    (r"sys\]?\.\[?(server_principals|sql_logins)|SUSER_SID\(|^(CREATE|ALTER|DROP) LOGIN ", "ALTER ANY LOGIN"),
    (
        r"^(CREATE USER |ALTER USER |DROP USER |ALTER ROLE |GRANT |REVOKE |CREATE SCHEMA |DROP SCHEMA |"
        r"ALTER AUTHORIZATION |CREATE FUNCTION |EXEC sp_executesql N'CREATE SCHEMA |EXEC sp_getapplock|"
        r"EXEC sp_releaseapplock|IF DATABASE_PRINCIPAL_ID|IF SCHEMA_ID|IF IS_ROLEMEMBER|"
        r"SELECT .*FROM \[?sys\]?\.\[?(database_principals|database_role_members|schemas|"
        r"database_permissions))",
        "ownership of the database it created",
    ),
    (r"^KILL |sys\.dm_exec_sessions", "ALTER ANY CONNECTION and VIEW SERVER STATE (not granted)"),
]

#: valerus/mssql 0.7.2, sql/*.go: the statements each resource's create, read, update and delete run.
MSSQL_PROVIDER_STATEMENTS = [
    "SELECT database_id, name, collation_name, compatibility_level FROM [sys].[databases] WHERE [name] = @name",
    "CREATE DATABASE [rmdb]",
    "ALTER DATABASE [rmdb] COLLATE Latin1_General_CI_AS",
    "ALTER DATABASE [rmdb] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [rmdb]",
    "SELECT principal_id, name, CONVERT(VARCHAR(85), [sid], 1), default_database_name, default_language_name "
    "FROM [master].[sys].[sql_logins] WHERE [name] = @name",
    "CREATE LOGIN [igelums] WITH PASSWORD = '...', DEFAULT_DATABASE = [rmdb], DEFAULT_LANGUAGE = [us_english]",
    "ALTER LOGIN [igelums] WITH PASSWORD = '...'",
    "SELECT session_id FROM sys.dm_exec_sessions WHERE login_name = @name",
    "KILL 57",
    "DROP LOGIN [igelums]",
    "USE [rmdb]",
    "SELECT p.principal_id, p.name FROM [sys].[database_principals] p WHERE p.name = @username",
    "SELECT name FROM [sys].[server_principals] WHERE type NOT IN ('G', 'R')",
    "EXEC sp_getapplock @Resource = 'create_func', @LockMode = 'Exclusive'",
    "CREATE FUNCTION [dbo].[String_Split] (@string nvarchar(max), @delimiter nvarchar(max)) RETURNS TABLE",
    "EXEC sp_releaseapplock @Resource = 'create_func'",
    "CREATE USER [igelums] FOR LOGIN [igelums] WITH DEFAULT_SCHEMA = [igelums]",
    "ALTER ROLE [db_datareader] ADD MEMBER [igelums]",
    "ALTER USER [igelums] WITH DEFAULT_SCHEMA = [igelums]",
    "DROP USER [igelums]",
    "SELECT s.name, USER_NAME(s.principal_id) FROM [sys].[schemas] s WHERE s.name = @schemaName",
    "CREATE SCHEMA [igelums] AUTHORIZATION [igelums]",
    "ALTER AUTHORIZATION ON SCHEMA:: [igelums] TO [dbo]",
    "DROP SCHEMA [igelums]",
    "SELECT DISTINCT pr.principal_id, pr.name, pe.permission_name FROM sys.database_permissions pe",
    "GRANT CONTROL TO [igelums]",
    "REVOKE CONTROL FROM [igelums]",
]


def sqlserver_right(statement: str) -> str:
    found = [right for pattern, right in SQLSERVER_RIGHTS if re.search(pattern, statement)]
    assert found, f"no right known for: {statement}"
    return found[0]


def dba_script_statements(script: str) -> list[str]:
    """Each statement of a rendered T-SQL script: the IF guards and the statements they guard, one per line."""
    statements = []
    for raw in script.splitlines():
        line = raw.strip()
        skipped = ("--", ":", "GO", "SET NOCOUNT", "BEGIN", "END", "PRINT", "WHERE", "AND ", ")")
        if not line or line.startswith(skipped) or line == "IF NOT EXISTS (":
            continue
        statements.append(line)
    return statements


@pytest.mark.parametrize(
    "spec",
    [
        UmsDatabaseSpec(server="sql01"),
        UmsDatabaseSpec(
            server="sql01", permissions="least-privilege", always_on=True, collation="Latin1_General_CI_AS"
        ),
    ],
    ids=["control", "least-privilege, Always On"],
)
def test_every_sql_server_statement_needs_a_right_the_docs_name(spec: UmsDatabaseSpec) -> None:
    rights = documented_rights("SQL Server rights")
    script = dba_script_statements(render_dba_script(spec, site="lab"))
    assert any(statement.startswith("CREATE DATABASE") for statement in script)
    needed = {statement: sqlserver_right(statement) for statement in [*script, *MSSQL_PROVIDER_STATEMENTS]}
    assert set(needed.values()) <= rights, set(needed.values()) - rights
    # The script creating the login grants exactly the server permissions the docs list as granted.
    granted = re.findall(r"^GRANT (.+) TO \[", admin_login_script("sqlserver"), re.MULTILINE)
    assert set(granted) == {"CREATE ANY DATABASE", "ALTER ANY LOGIN"}
    assert {needed[s] for s in script} <= {*granted, *(r for r in rights if not r.startswith(("CREATE", "ALTER")))}
