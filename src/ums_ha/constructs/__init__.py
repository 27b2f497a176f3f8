"""The reusable constructs of ums-ha."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cluster import UmsHaCluster
from .config_save import UmsConfigSave
from .service_group import UmsServiceGroup
from .vip import UmsVip

if TYPE_CHECKING:
    from .database import UmsDatabase

__all__ = ["UmsConfigSave", "UmsDatabase", "UmsHaCluster", "UmsServiceGroup", "UmsVip"]


def __getattr__(name: str) -> object:
    # Loading the mssql bindings costs about 0.25 s of jsii start-up; stacks without a
    # database should not pay it, so UmsDatabase is imported on first use.
    if name == "UmsDatabase":
        from .database import UmsDatabase

        return UmsDatabase
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
