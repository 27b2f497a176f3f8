"""ums-ha: a highly available IGEL UMS behind a Citrix NetScaler, as CDKTF constructs.

Example, in a ``cdktf.TerraformStack``::

    from ums_ha import UmsHaCluster, UmsServer
    from ums_ha.providers import CitrixadcProvider

    CitrixadcProvider(stack, "citrixadc", endpoint="https://192.0.2.2")  # NS_LOGIN, NS_PASSWORD from the environment
    UmsHaCluster(
        stack,
        "Ums",
        vip="10.20.30.10",
        servers=[
            UmsServer(name="ums01", address="10.20.30.11"),
            UmsServer(name="ums02", address="10.20.30.12"),
        ],
    )
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ums_ha.constructs import UmsConfigSave, UmsHaCluster, UmsServiceGroup, UmsVip
    from ums_ha.constructs.database.postgresql import UmsPostgresqlDatabase
    from ums_ha.constructs.database.sqlserver import UmsDatabase
    from ums_ha.constructs.dns_record import UmsDnsRecord
    from ums_ha.database.postgresql import WRITE_ONLY_APP_CONTEXT, UmsPostgresqlDatabaseSpec
    from ums_ha.database.sqlserver import UmsDatabaseSpec
    from ums_ha.domain.model import DEFAULT_SERVICES, UmsServer, UmsService
    from ums_ha.errors import Problem, ValidationError
    from ums_ha.site.reader import Site, SiteFile

__all__ = [
    "DEFAULT_SERVICES",
    "WRITE_ONLY_APP_CONTEXT",
    "Problem",
    "Site",
    "SiteFile",
    "UmsConfigSave",
    "UmsDatabase",
    "UmsDatabaseSpec",
    "UmsDnsRecord",
    "UmsHaCluster",
    "UmsPostgresqlDatabase",
    "UmsPostgresqlDatabaseSpec",
    "UmsServer",
    "UmsService",
    "UmsServiceGroup",
    "UmsVip",
    "ValidationError",
]


#: Where each public name lives. Every one is imported on first use: ``import ums_ha.x`` runs this file, so
#: that a command loads only what it uses (the constructs start jsii, a Node process; the database specs and the
#: site file's reader are not needed by every command either).
_HOMES = {
    "DEFAULT_SERVICES": "ums_ha.domain.model",
    "Problem": "ums_ha.errors",
    "Site": "ums_ha.site.reader",
    "SiteFile": "ums_ha.site.reader",
    "UmsConfigSave": "ums_ha.constructs",
    "UmsDatabase": "ums_ha.constructs",
    "UmsDatabaseSpec": "ums_ha.database.sqlserver",
    "UmsDnsRecord": "ums_ha.constructs",
    "UmsHaCluster": "ums_ha.constructs",
    "UmsPostgresqlDatabase": "ums_ha.constructs",
    "UmsPostgresqlDatabaseSpec": "ums_ha.database.postgresql",
    "UmsServer": "ums_ha.domain.model",
    "UmsService": "ums_ha.domain.model",
    "UmsServiceGroup": "ums_ha.constructs",
    "UmsVip": "ums_ha.constructs",
    "ValidationError": "ums_ha.errors",
    "WRITE_ONLY_APP_CONTEXT": "ums_ha.database.postgresql",
}


def __getattr__(name: str) -> object:
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
