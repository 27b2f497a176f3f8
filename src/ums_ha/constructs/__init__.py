"""The reusable constructs of ums-ha."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cluster import UmsHaCluster
from .config_save import UmsConfigSave
from .service_group import UmsServiceGroup
from .vip import UmsVip

if TYPE_CHECKING:
    from .database import UmsDatabase
    from .dns_record import UmsDnsRecord
    from .postgresql_database import UmsPostgresqlDatabase

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
        from .database import UmsDatabase

        return UmsDatabase
    if name == "UmsPostgresqlDatabase":
        from .postgresql_database import UmsPostgresqlDatabase

        return UmsPostgresqlDatabase
    if name == "UmsDnsRecord":
        from .dns_record import UmsDnsRecord

        return UmsDnsRecord
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
