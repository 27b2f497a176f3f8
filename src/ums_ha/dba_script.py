"""The T-SQL script for ``managed_by = "dba"``: the same objects as UmsDatabase, for a DBA to run."""

from __future__ import annotations

from typing import Final

from .database_spec import PASSWORD_SQLCMD_VARIABLE, UmsDatabaseSpec
from .templates import load_template

#: The script's file name, written beside the site's stack in ``cdktf.out``.
DBA_SCRIPT_NAME: Final = "ums-database.sql"


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
