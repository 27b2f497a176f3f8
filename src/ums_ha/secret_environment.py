"""The credentials ums-ha and its providers read from the environment, and hiding them in text.

Used wherever text from elsewhere (Terraform's error output) is shown: a
provider may echo a credential in an error, and ums-ha must not pass it on.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Final

#: Variables holding secrets: NetScaler, SQL Server, the UMS database login, the DNS update key or login.
SECRET_VARIABLES: Final = (
    "NS_LOGIN",
    "NS_PASSWORD",
    "MSSQL_USERNAME",
    "MSSQL_PASSWORD",
    "TF_VAR_ums_database_password",
    "UMS_DB_USERNAME",
    "UMS_DB_PASSWORD",
    "DNS_UPDATE_KEYNAME",
    "DNS_UPDATE_KEYSECRET",
    "DNS_UPDATE_USERNAME",
    "DNS_UPDATE_PASSWORD",
    "DNS_UPDATE_KEYTAB",
)
REDACTED: Final = "(redacted)"
#: Shorter values are not secrets worth hiding and would blank out ordinary words.
_SHORTEST: Final = 4


def redact(text: str, environ: Mapping[str, str] | None = None) -> str:
    """``text`` with the value of every secret variable replaced by ``(redacted)``, longest first."""
    environment = os.environ if environ is None else environ
    values = {environment.get(name, "") for name in SECRET_VARIABLES}
    for value in sorted((v for v in values if len(v) >= _SHORTEST), key=len, reverse=True):
        text = text.replace(value, REDACTED)
    return text
