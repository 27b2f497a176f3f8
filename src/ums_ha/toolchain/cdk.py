"""The CDK runtime this process runs on, and the one module that imports it: CDKTF 0.21 or CDK Terrain 0.24.

:mod:`ums_ha.toolchain.runtimes` chooses which. Every other module takes the runtime's classes from here
(lazily, inside a function, where jsii's start-up must stay off a command's path). The generated bindings
(``ums_ha._generated``, a copy per runtime) and the prebuilt dns bindings (``ums_ha.providers.dns_bindings``)
belong to their runtime and import it themselves.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from ums_ha.toolchain.runtimes import check_loadable, chosen_runtime

__all__ = [
    "App",
    "AzurermBackend",
    "HttpBackend",
    "IRemoteWorkspace",
    "LocalBackend",
    "NamedRemoteWorkspace",
    "PgBackend",
    "PrefixedRemoteWorkspaces",
    "RemoteBackend",
    "S3Backend",
    "TerraformOutput",
    "TerraformResource",
    "TerraformResourceLifecycle",
    "TerraformStack",
    "TerraformVariable",
    "Token",
    "runtime",
]

if TYPE_CHECKING:  # both runtimes have these names, with one API: the checker reads cdktf's
    import cdktf as runtime
    from cdktf import (
        App,
        AzurermBackend,
        HttpBackend,
        IRemoteWorkspace,
        LocalBackend,
        NamedRemoteWorkspace,
        PgBackend,
        PrefixedRemoteWorkspaces,
        RemoteBackend,
        S3Backend,
        TerraformOutput,
        TerraformResource,
        TerraformResourceLifecycle,
        TerraformStack,
        TerraformVariable,
        Token,
    )
else:
    _choice = chosen_runtime()
    check_loadable(_choice)
    runtime = import_module(_choice.name)
    globals().update({name: getattr(runtime, name) for name in __all__ if name != "runtime"})
