"""The DBA's psql script, run with the pinned psql against the tests' real PostgreSQL server.

Each test makes its own role and database (roles are cluster-wide), runs the script as the
administrator with the UMS password only in the environment, and reads the catalogs back.
"""

from __future__ import annotations

import itertools
import os
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from postgres_server import PostgresServer

from ums_ha.database.postgresql import UmsPostgresqlDatabaseSpec
from ums_ha.database.postgresql_script import render_postgresql_script
from ums_ha.database.sqlserver import DBA_SCRIPT_NAME

UMS_PASSWORD = "Canary-Ums-Pg-7e1d!'$:\\x"  # noqa: S105  (a quote, a dollar, a colon and a backslash on purpose)
_numbers = itertools.count(1)


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str


def run_script(server: PostgresServer, script: Path, *, password: str | None = UMS_PASSWORD) -> Run:
    environ = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
    environ.pop("UMS_DB_PASSWORD", None)
    environ["PGPASSWORD"] = server.admin_password
    if password is not None:
        environ["UMS_DB_PASSWORD"] = password
    connection = f"host={server.host} port={server.port} dbname=postgres user={server.admin_user}"
    done = subprocess.run(
        [str(server.psql), "-X", connection, "-f", str(script)],
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return Run(done.returncode, done.stdout, done.stderr)


MakeSpec = Callable[..., tuple[UmsPostgresqlDatabaseSpec, Path]]


@pytest.fixture
def spec_of(tmp_path: Path) -> MakeSpec:
    """Unique names per test: ``spec_of(permissions=...)`` -> (spec, its rendered script's path)."""

    def make(permissions: str = "control") -> tuple[UmsPostgresqlDatabaseSpec, Path]:
        number = next(_numbers)
        spec = UmsPostgresqlDatabaseSpec(
            server="127.0.0.1",
            name=f"dba_script_db_{number}",
            login=f"dba_script_role_{number}",
            permissions=permissions,
        )
        script = tmp_path / f"{number}-{DBA_SCRIPT_NAME}"
        script.write_text(render_postgresql_script(spec, site="lab"), encoding="utf-8")
        return spec, script

    return make


def admin(server: PostgresServer, database: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(server.url(database).replace("postgresql+psycopg", "postgresql"), autocommit=True)


def catalog_state(server: PostgresServer, spec: UmsPostgresqlDatabaseSpec) -> dict[str, Any]:
    """Everything the script may change, as the catalogs hold it (the password as its salted hash)."""
    with admin(server) as connection:
        role = connection.execute(
            "SELECT rolpassword, rolcanlogin, rolsuper, rolcreatedb, rolcreaterole, rolinherit, rolreplication,"
            " rolbypassrls FROM pg_authid WHERE rolname = %s",
            (spec.login,),
        ).fetchone()
        settings = connection.execute(
            "SELECT s.setdatabase, s.setconfig FROM pg_db_role_setting s JOIN pg_roles r ON r.oid = s.setrole"
            " WHERE r.rolname = %s",
            (spec.login,),
        ).fetchall()
        database = connection.execute(
            "SELECT pg_get_userbyid(datdba), datacl::text FROM pg_database WHERE datname = %s", (spec.name,)
        ).fetchone()
    with admin(server, spec.name) as connection:
        schema = connection.execute(
            "SELECT pg_get_userbyid(nspowner), nspacl::text FROM pg_namespace WHERE nspname = %s",
            (spec.schema_name,),
        ).fetchone()
    return {"role": role, "settings": settings, "database": database, "schema": schema}


def privileges(server: PostgresServer, spec: UmsPostgresqlDatabaseSpec) -> dict[str, bool]:
    with admin(server, spec.name) as connection:
        row = connection.execute(
            "SELECT has_database_privilege(%(role)s, %(db)s, 'CONNECT'),"
            " has_database_privilege(%(role)s, %(db)s, 'CREATE'),"
            " has_schema_privilege(%(role)s, %(schema)s, 'USAGE'),"
            " has_schema_privilege(%(role)s, %(schema)s, 'CREATE'),"
            " (SELECT datdba = (SELECT oid FROM pg_roles WHERE rolname = %(role)s) FROM pg_database"
            "  WHERE datname = %(db)s),"
            " (SELECT rolsuper OR rolcreatedb OR rolcreaterole FROM pg_roles WHERE rolname = %(role)s)",
            {"role": spec.login, "db": spec.name, "schema": spec.schema_name},
        ).fetchone()
    assert row is not None
    keys = ("connect", "create_schemas", "schema_usage", "schema_create", "owns_database", "server_powers")
    return dict(zip(keys, (bool(value) for value in row), strict=True))


def use_as_the_ums(server: PostgresServer, spec: UmsPostgresqlDatabaseSpec) -> list[tuple[object, ...]]:
    """Log in as the UMS role with the password from the environment; make and fill a table by its bare name."""
    url = server.url(spec.name, user=spec.login, password=UMS_PASSWORD).replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("CREATE TABLE fwu_firmwares (id integer PRIMARY KEY, host text)")
        connection.execute("INSERT INTO fwu_firmwares VALUES (1, 'ums01'), (2, 'ums02')")
        where = connection.execute(
            "SELECT table_schema FROM information_schema.tables WHERE table_name = 'fwu_firmwares'"
        ).fetchall()
        assert where == [(spec.schema_name,)], "the table must land in the UMS schema, found by search_path"
        return connection.execute("SELECT id, host FROM fwu_firmwares ORDER BY id").fetchall()


@pytest.mark.parametrize(
    ("permissions", "expected"),
    [
        (
            "control",
            {
                "connect": True,
                "create_schemas": True,
                "schema_usage": True,
                "schema_create": True,
                "owns_database": True,
                "server_powers": False,
            },
        ),
        (
            "least-privilege",
            {
                "connect": True,
                "create_schemas": False,
                "schema_usage": True,
                "schema_create": True,
                "owns_database": False,
                "server_powers": False,
            },
        ),
    ],
)
def test_the_script_makes_a_working_ums_database_and_a_second_run_changes_nothing(
    postgres: PostgresServer, spec_of: MakeSpec, permissions: str, expected: dict[str, bool]
) -> None:
    spec, script = spec_of(permissions=permissions)
    first = run_script(postgres, script)
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[-1] == f"the UMS database {spec.name} of site lab is ready"
    assert privileges(postgres, spec) == expected
    state = catalog_state(postgres, spec)
    assert state["settings"] == [(0, [f"search_path={spec.schema_name}"])]
    assert state["schema"][0] == spec.login
    if permissions == "least-privilege":
        # The grant is the role's own ACL entry, not PUBLIC's default.
        assert f"{spec.login}=c/{postgres.admin_user}" in str(state["database"][1]).strip("{}").split(",")
    assert use_as_the_ums(postgres, spec) == [(1, "ums01"), (2, "ums02")]

    before = catalog_state(postgres, spec)
    second = run_script(postgres, script)
    assert second.returncode == 0, second.stderr
    assert second.stdout.splitlines() == [f"the UMS database {spec.name} of site lab is ready"]
    assert catalog_state(postgres, spec) == before


def test_the_script_repairs_owners_changed_by_hand(postgres: PostgresServer, spec_of: MakeSpec) -> None:
    spec, script = spec_of()
    assert run_script(postgres, script).returncode == 0
    with admin(postgres, spec.name) as connection:
        connection.execute(f'ALTER SCHEMA "{spec.schema_name}" OWNER TO "{postgres.admin_user}"')
        connection.execute(f'ALTER DATABASE "{spec.name}" OWNER TO "{postgres.admin_user}"')
    again = run_script(postgres, script)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[:2] == [
        f"made {spec.login} the owner of database {spec.name}",
        f"made {spec.login} the owner of schema {spec.schema_name}",
    ]
    assert privileges(postgres, spec)["owns_database"] is True


@pytest.mark.parametrize("password", [None, ""])
def test_without_the_password_the_script_stops_before_any_change(
    postgres: PostgresServer, spec_of: MakeSpec, password: str | None
) -> None:
    spec, script = spec_of()
    run = run_script(postgres, script, password=password)
    assert run.returncode == 3  # psql's exit status for an error with ON_ERROR_STOP
    assert "UMS_DB_PASSWORD is not set" in run.stderr
    with admin(postgres) as connection:
        assert connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (spec.login,)).fetchall() == []
        assert connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", (spec.name,)).fetchall() == []


def test_the_password_is_never_in_the_script_or_psql_output(postgres: PostgresServer, spec_of: MakeSpec) -> None:
    _spec, script = spec_of()
    run = run_script(postgres, script)
    assert run.returncode == 0, run.stderr
    for text in (script.read_text(encoding="utf-8"), run.stdout, run.stderr):
        assert UMS_PASSWORD not in text
        assert "Canary-Ums-Pg" not in text
