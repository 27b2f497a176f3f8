"""The login that provisions the UMS database, with only the rights it needs, and the script creating it.

DOMAIN.md, "Least privilege for the database admin": on SQL Server the server permissions instead of
sysadmin (the database's creator owns it and holds every right inside it); on PostgreSQL ``CREATEDB`` and
``CREATEROLE`` instead of superuser, with the provider's ``superuser = false``. The same login runs the DBA
script of ``managed_by = "dba"``.
"""

from __future__ import annotations

from typing import Final

from ums_ha.templates import load_template

#: The login's name in the scripts and the handover.
ADMIN_LOGIN: Final = "ums_ha_provisioner"
#: Where the scripts read the new login's password from (sqlcmd scripting variable, psql ``\getenv``).
ADMIN_PASSWORD_VARIABLE: Final = "UMS_HA_ADMIN_PASSWORD"  # noqa: S105  (a variable's name, not a password)
#: Server permissions of the SQL Server login.
SQLSERVER_ADMIN_RIGHTS: Final = ("CREATE ANY DATABASE", "ALTER ANY LOGIN")
#: Role attributes of the PostgreSQL role.
POSTGRESQL_ADMIN_RIGHTS: Final = ("CREATEDB", "CREATEROLE")
#: The file name the script's own usage line gives it.
ADMIN_SCRIPT_NAME: Final = "admin-login.sql"


def admin_rights(engine: str) -> tuple[str, ...]:
    return SQLSERVER_ADMIN_RIGHTS if engine == "sqlserver" else POSTGRESQL_ADMIN_RIGHTS


def admin_login_script(engine: str, login: str = ADMIN_LOGIN) -> str:
    """The idempotent script (sqlcmd or psql) that creates ``login`` with :func:`admin_rights`."""
    if engine == "sqlserver":
        from ums_ha.database.dba_script import bracket, in_nstring, nstring

        filters = {"bracket": bracket, "nstring": nstring, "in_nstring": in_nstring}
    else:
        from ums_ha.database.postgresql_script import identifier, literal

        filters = {"ident": identifier, "literal": literal}
    template = load_template(f"admin-login-{engine}.sql.j2", filters)
    return template.render(
        login=login,
        rights=admin_rights(engine),
        password_variable=ADMIN_PASSWORD_VARIABLE,
        script_name=ADMIN_SCRIPT_NAME,
    )
