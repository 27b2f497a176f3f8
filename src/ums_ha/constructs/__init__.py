"""The reusable constructs of ums-ha."""

from .cluster import UmsHaCluster
from .config_save import UmsConfigSave
from .service_group import UmsServiceGroup
from .vip import UmsVip

__all__ = ["UmsConfigSave", "UmsHaCluster", "UmsServiceGroup", "UmsVip"]
