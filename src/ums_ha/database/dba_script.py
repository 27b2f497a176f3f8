"""The DBA script for ``managed_by = "dba"``: the same objects as the Terraform path, for a DBA to run.

T-SQL for SQL Server (here), a psql script for PostgreSQL (:mod:`ums_ha.database.postgresql_script`).
"""

from __future__ import annotations

from ums_ha.database.postgresql import UmsPostgresqlDatabaseSpec
from ums_ha.database.postgresql_script import render_postgresql_script
from ums_ha.database.sqlserver import DBA_SCRIPT_NAME, PASSWORD_SQLCMD_VARIABLE, UmsDatabaseSpec
from ums_ha.templates import load_template

__all__ = ["DBA_SCRIPT_NAME", "dba_script", "render_dba_script"]


def dba_script(spec: UmsDatabaseSpec | UmsPostgresqlDatabaseSpec, *, site: str) -> str:
    """The text of the engine's DBA script, :data:`DBA_SCRIPT_NAME` beside the stack."""
    if isinstance(spec, UmsPostgresqlDatabaseSpec):
        return render_postgresql_script(spec, site=site)
    return render_dba_script(spec, site=site)


def bracket(identifier: str) -> str:
    """A T-SQL delimited identifier: ``[name]``, with ``]`` doubled."""
    return "[" + identifier.replace("]", "]]") + "]"


def nstring(text: str) -> str:
    """A T-SQL Unicode string literal: ``N'text'``, with ``'`` doubled."""
    return "N'" + in_nstring(text) + "'"


def in_nstring(text: str) -> str:
    """Text to place inside an ``N'...'`` literal."""
    return text.replace("'", "''")


def render_dba_script(spec: UmsDatabaseSpec, *, site: str) -> str:
    """The idempotent T-SQL script creating ``spec``; the password stays a sqlcmd variable."""
    template = load_template("ums-database.sql.j2", {"bracket": bracket, "nstring": nstring, "in_nstring": in_nstring})
    return template.render(
        spec=spec,
        site=site,
        script_name=DBA_SCRIPT_NAME,
        password_variable=PASSWORD_SQLCMD_VARIABLE,
        always_on_steps=spec.always_on_steps(),
    )
