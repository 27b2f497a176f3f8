"""The credentials ums-ha, its providers and Terraform's backends read from the environment, and hiding them.

Used wherever text from elsewhere (Terraform's output, a database driver's
error) or an error message is shown: a provider may echo a credential in an
error, and ums-ha must not pass it on. The backends' variables come from
:data:`ums_ha.site.backends.BACKEND_CREDENTIALS`, beside the backend keys the site
file refuses, so a new backend brings its variables here by being added there.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Final

from ums_ha.credentials.urls import mask_url_credentials
from ums_ha.site.backends import CREDENTIAL_VARIABLE_PREFIXES, credential_variables

#: The providers' and ums-ha's own secrets: NetScaler, SQL Server, PostgreSQL, the UMS database login, the DNS
#: update key or login. Not ``PGUSER``: it defaults to ``postgres``, and hiding that would blank out every
#: ``postgresql_role`` in Terraform's output; a login name is not a secret.
PROVIDER_SECRET_VARIABLES: Final = (
    "NS_LOGIN",
    "NS_PASSWORD",
    "NS_MONITOR_LOGIN",
    "NS_MONITOR_PASSWORD",
    "MSSQL_USERNAME",
    "MSSQL_PASSWORD",
    "PGPASSWORD",
    "TF_VAR_ums_database_password",
    "UMS_DB_USERNAME",
    "UMS_DB_PASSWORD",
    "UMS_HA_ADMIN_PASSWORD",
    "DNS_UPDATE_KEYNAME",
    "DNS_UPDATE_KEYSECRET",
    "DNS_UPDATE_USERNAME",
    "DNS_UPDATE_PASSWORD",
    "DNS_UPDATE_KEYTAB",
)
#: Every variable whose value is hidden, besides those named by :data:`SECRET_VARIABLE_PREFIXES`.
SECRET_VARIABLES: Final = (*PROVIDER_SECRET_VARIABLES, *credential_variables())
#: Variables hidden by the start of their name (the remote backend's ``TF_TOKEN_<host>``).
SECRET_VARIABLE_PREFIXES: Final = CREDENTIAL_VARIABLE_PREFIXES
REDACTED: Final = "(redacted)"
#: Shorter values are not secrets worth hiding and would blank out ordinary words.
_SHORTEST: Final = 4


def secret_values(environ: Mapping[str, str] | None = None) -> set[str]:
    """The values of every secret variable set in ``environ`` (default: the process environment)."""
    environment = os.environ if environ is None else environ
    names = [name for name in environment if name in SECRET_VARIABLES or name.startswith(SECRET_VARIABLE_PREFIXES)]
    return {environment[name] for name in names if len(environment[name]) >= _SHORTEST}


def redact(text: str, environ: Mapping[str, str] | None = None) -> str:
    """``text`` with the value of every secret variable replaced by ``(redacted)`` (longest first), and the
    password of every URL in it masked."""
    for value in sorted(secret_values(environ), key=len, reverse=True):
        text = text.replace(value, REDACTED)
    return mask_url_credentials(text)
