"""The cdktf CLI's request for HCL: ``cdktf synth --hcl`` runs the app with ``SYNTH_HCL_OUTPUT=true``.

CDKTF's Node side reads the same variable when it starts and would then write the
stacks with its own HCL renderer, which quotes references, leaves the text
unformatted and writes overrides without telling blocks from arguments. So the app
takes the request out of the environment before cdktf loads, synthesizes JSON and
writes the HCL itself (:mod:`ums_ha.app.hcl.stack_files`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping

from ums_ha.toolchain.runtimes import loaded_runtimes

#: Set by the cdktf CLI for the app it runs: "true" with ``--hcl``, else "false".
SYNTH_HCL_OUTPUT_ENV = "SYNTH_HCL_OUTPUT"


def take_hcl_request(environ: MutableMapping[str, str] = os.environ) -> bool:
    """Whether HCL was asked for (``true`` or ``1``, as the cdktf CLI reads it); removes the variable.

    Raises ``RuntimeError`` for the process environment once a CDK runtime (cdktf, or CDK
    Terrain's cdktn) is loaded: its Node process has read the variable already.
    """
    loaded = loaded_runtimes(sys.modules)
    if environ is os.environ and loaded and SYNTH_HCL_OUTPUT_ENV in environ:
        raise RuntimeError(f"{SYNTH_HCL_OUTPUT_ENV} must be taken before {loaded[0]} is imported")
    return environ.pop(SYNTH_HCL_OUTPUT_ENV, "false").strip().lower() in ("true", "1")
