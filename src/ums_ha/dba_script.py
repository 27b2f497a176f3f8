"""The DBA script for ``managed_by = "dba"``: the same objects as the Terraform path, for a DBA to run.

T-SQL for SQL Server (here), a psql script for PostgreSQL (:mod:`ums_ha.postgresql_script`).
"""

from __future__ import annotations

from typing import Final

from .database_spec import PASSWORD_SQLCMD_VARIABLE, UmsDatabaseSpec
from .postgresql_script import POSTGRESQL_SCRIPT_NAME, render_postgresql_script
from .postgresql_spec import UmsPostgresqlDatabaseSpec
from .templates import load_template

#: The DBA script's file name, written beside the site's stack in ``cdktf.out`` (T-SQL or psql by engine).
DBA_SCRIPT_NAME: Final = "ums-database.sql"
#: Every DBA script's file name.
DBA_SCRIPT_NAMES: Final = tuple(dict.fromkeys((DBA_SCRIPT_NAME, POSTGRESQL_SCRIPT_NAME)))


def dba_script(spec: UmsDatabaseSpec | UmsPostgresqlDatabaseSpec, *, site: str) -> tuple[str, str]:
    """The file name and text of the engine's DBA script."""
    if isinstance(spec, UmsPostgresqlDatabaseSpec):
        return POSTGRESQL_SCRIPT_NAME, render_postgresql_script(spec, site=site)
    return DBA_SCRIPT_NAME, render_dba_script(spec, site=site)


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
