"""The psql script for ``managed_by = "dba"`` on PostgreSQL: the objects UmsPostgresqlDatabase makes."""

from __future__ import annotations

from ums_ha.database.postgresql import UmsPostgresqlDatabaseSpec
from ums_ha.database.sqlserver import DBA_SCRIPT_NAME, PASSWORD_SQLCMD_VARIABLE
from ums_ha.templates import load_template


def identifier(name: str) -> str:
    """A PostgreSQL quoted identifier: ``"name"``, with ``"`` doubled."""
    return '"' + name.replace('"', '""') + '"'


def literal(text: str) -> str:
    """A PostgreSQL string literal: ``'text'``, with ``'`` doubled (standard_conforming_strings is on by default)."""
    return "'" + text.replace("'", "''") + "'"


def render_postgresql_script(spec: UmsPostgresqlDatabaseSpec, *, site: str) -> str:
    """The idempotent psql script creating ``spec``; the password is read from the environment by psql."""
    template = load_template("ums-database-postgresql.sql.j2", {"ident": identifier, "literal": literal})
    return template.render(
        spec=spec, site=site, script_name=DBA_SCRIPT_NAME, password_variable=PASSWORD_SQLCMD_VARIABLE
    )
