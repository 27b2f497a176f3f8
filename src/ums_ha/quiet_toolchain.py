"""Silencing what the toolchain prints or sends on its own: jsii's Node version banners, HashiCorp's checkpoint.

jsii (the bridge from Python to CDKTF's Node code) prints an eleven-line banner on
every start when it dislikes the Node version, and Terraform and the cdktf CLI
call HashiCorp's checkpoint service (version check, telemetry) unless told not to.
Neither helps someone running ``ums-ha`` or ``main.py``, so both are switched off
before jsii or Terraform starts, whichever way ums-ha was started. A value the
user set already is left as it is.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping
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


def quiet_toolchain(environ: MutableMapping[str, str] = os.environ) -> MutableMapping[str, str]:
    """Set :data:`QUIET_ENVIRONMENT` in ``environ`` (default: this process's) where unset; returns it."""
    for name, value in QUIET_ENVIRONMENT.items():
        environ.setdefault(name, value)
    return environ
