"""The CDK runtimes, by their Python package: CDKTF 0.21 (``cdktf``, the one ums-ha runs on) and CDK Terrain
(``cdktn``, its community continuation, a drop-in fork).

Checks for "a class of the runtime" or "the runtime is loaded" go through here, never through one package's
name, so that a second runtime cannot slip through a check written for the first (DOMAIN.md, "CDKTF itself").
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from importlib.metadata import PackageNotFoundError, version
from typing import Final

RUNTIME_PACKAGES: Final = ("cdktf", "cdktn")
#: The runtime ums-ha runs on (``ums_ha.toolchain.cdk`` imports it).
RUNTIME: Final = "cdktf"


def runtime_description() -> str:
    """``cdktf 0.21.0``: the runtime and its installed version, read without loading it (no jsii start-up)."""
    try:
        return f"{RUNTIME} {version(RUNTIME)}"
    except PackageNotFoundError:
        return f"{RUNTIME} (not installed)"


def is_runtime_module(module: str) -> bool:
    """Whether ``module`` (a ``__module__``) belongs to a CDK runtime: ``cdktf.xyz``, ``cdktn``, ..."""
    return module.split(".", 1)[0] in RUNTIME_PACKAGES


def loaded_runtimes(modules: Mapping[str, object] = sys.modules) -> list[str]:
    """The CDK runtimes imported in this process: once one is, its Node process has started."""
    return [name for name in RUNTIME_PACKAGES if name in modules]
