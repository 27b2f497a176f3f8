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

from .constructs import UmsConfigSave, UmsHaCluster, UmsServiceGroup, UmsVip
from .errors import Problem, ValidationError
from .model import DEFAULT_SERVICES, UmsServer, UmsService

__all__ = [
    "DEFAULT_SERVICES",
    "Problem",
    "UmsConfigSave",
    "UmsHaCluster",
    "UmsServer",
    "UmsService",
    "UmsServiceGroup",
    "UmsVip",
    "ValidationError",
]
