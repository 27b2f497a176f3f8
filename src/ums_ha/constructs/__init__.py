"""The reusable constructs of ums-ha."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ums_ha.constructs.cluster import UmsHaCluster
from ums_ha.constructs.config_save import UmsConfigSave
from ums_ha.constructs.service_group import UmsServiceGroup
from ums_ha.constructs.vip import UmsVip

if TYPE_CHECKING:
    from ums_ha.constructs.database.postgresql import UmsPostgresqlDatabase
    from ums_ha.constructs.database.sqlserver import UmsDatabase
    from ums_ha.constructs.dns_record import UmsDnsRecord

__all__ = [
    "UmsConfigSave",
    "UmsDatabase",
    "UmsDnsRecord",
    "UmsHaCluster",
    "UmsPostgresqlDatabase",
    "UmsServiceGroup",
    "UmsVip",
]


def __getattr__(name: str) -> object:
    # Loading the mssql, postgresql or dns bindings costs jsii start-up (about 0.25 s for mssql);
    # stacks without a database or record should not pay it, so each loads on first use.
    if name == "UmsDatabase":
        from ums_ha.constructs.database.sqlserver import UmsDatabase

        return UmsDatabase
    if name == "UmsPostgresqlDatabase":
        from ums_ha.constructs.database.postgresql import UmsPostgresqlDatabase

        return UmsPostgresqlDatabase
    if name == "UmsDnsRecord":
        from ums_ha.constructs.dns_record import UmsDnsRecord

        return UmsDnsRecord
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
