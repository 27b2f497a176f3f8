"""The CDK runtime ums-ha's own code is written against, and the one module that imports it: CDKTF 0.21.

Every other module takes the runtime's classes from here (lazily, inside a function, where jsii's
start-up must stay off a command's path), so that a second runtime, CDK Terrain's drop-in ``cdktn``,
is chosen in one place (DOMAIN.md, "CDKTF itself"). The generated bindings (``ums_ha._generated``)
and the prebuilt dns bindings belong to their runtime and import it themselves.
"""

from __future__ import annotations

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

from ums_ha.toolchain.runtimes import RUNTIME

if runtime.__name__ != RUNTIME:  # the two must name one runtime
    raise ImportError(f"ums_ha.toolchain.cdk imports {runtime.__name__}, but runtimes.RUNTIME is {RUNTIME}")

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
