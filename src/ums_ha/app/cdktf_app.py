"""What a deployment's ``main.py`` runs: the sites' stacks, then the stacks of the deployment's own.

This module does not load cdktf: ``cdktf synth --hcl`` asks for HCL through the
environment, and the request must be taken before cdktf starts its Node process,
which would read it too and run CDKTF's own HCL renderer (see
``ums_ha.app.hcl.cdktf_request``). jsii is pointed at the pinned Node, and its banners
and HashiCorp's checkpoint call are switched off, before it as well
(``ums_ha.toolchain.node``). So a ``main.py`` imports cdktf and ums-ha's constructs
inside its ``own_stacks`` function, which runs after both.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeAlias

from ums_ha.app.hcl.cdktf_request import take_hcl_request
from ums_ha.toolchain.node import prepare_toolchain

if TYPE_CHECKING:
    from ums_ha.site.reader import SiteFile
    from ums_ha.toolchain import cdk

OwnStacks: TypeAlias = "Callable[[cdk.App, SiteFile], None]"
"""Adds a deployment's own stacks to the app, beside the sites' ones; gets the site file read."""


def run(own_stacks: OwnStacks | None = None, argv: Sequence[str] | None = None) -> int:
    """Synthesize the site file's stacks and those ``own_stacks`` adds; returns the exit status.

    As ``ums_ha.app.main``: 0 done, 2 a bad site file or output directory (nothing
    written), 1 a stack without an HCL form.
    """
    prepare_toolchain()
    hcl = take_hcl_request()
    from ums_ha.app.app import main  # loads cdktf: after the HCL request is taken

    return main(argv, hcl=hcl, own_stacks=own_stacks)
