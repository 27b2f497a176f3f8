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

from typing import TYPE_CHECKING

from ums_ha.database.postgresql import WRITE_ONLY_APP_CONTEXT, UmsPostgresqlDatabaseSpec
from ums_ha.database.sqlserver import UmsDatabaseSpec
from ums_ha.domain.model import DEFAULT_SERVICES, UmsServer, UmsService
from ums_ha.errors import Problem, ValidationError
from ums_ha.site.reader import Site, SiteFile

if TYPE_CHECKING:
    from ums_ha.constructs import UmsConfigSave, UmsHaCluster, UmsServiceGroup, UmsVip
    from ums_ha.constructs.database.postgresql import UmsPostgresqlDatabase
    from ums_ha.constructs.database.sqlserver import UmsDatabase
    from ums_ha.constructs.dns_record import UmsDnsRecord

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


_CONSTRUCTS = (
    "UmsConfigSave",
    "UmsDatabase",
    "UmsDnsRecord",
    "UmsHaCluster",
    "UmsPostgresqlDatabase",
    "UmsServiceGroup",
    "UmsVip",
)


def __getattr__(name: str) -> object:
    # The constructs load cdktf and start jsii (a Node process): only on first use, so that
    # commands which never synthesize (review, drift, handover, diagram) start fast.
    if name in _CONSTRUCTS:
        from ums_ha import constructs

        return getattr(constructs, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
