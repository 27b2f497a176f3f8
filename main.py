"""This deployment's CDK app: ``cdktf synth`` or ``cdktn synth``, ``deploy`` (cdktf.json) and ``make synth`` run it.

Written by ``ums-ha init``. It synthesizes one stack per site of the site file
(``$UMS_HA_CONFIG``, else ``ums-ha.toml`` here) into ``cdktf.out/``, and then the
stacks that ``add_own_stacks`` adds.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from ums_ha.app import run

if TYPE_CHECKING:
    from ums_ha import SiteFile
    from ums_ha.toolchain.cdk import App


def add_own_stacks(app: App, site_file: SiteFile) -> None:
    """Add stacks of your own, each with its own state, beside the sites' stacks. Default: none.

    Import the runtime's classes and ums-ha's constructs in here, not at the top of the file:
    ``run`` takes the CLI's ``--hcl`` request before they load. ``ums_ha.toolchain.cdk`` has the
    classes of the runtime this deployment runs on: cdktf's, or cdktn's (``UMS_HA_RUNTIME``, or
    ``"ums-ha:runtime"`` in cdktf.json's context). The example below, uncommented, adds the
    stack ``ums-lab``: a lab UMS pair on the first site's NetScaler, its state in
    ``terraform.ums-lab.tfstate`` beside this file.
    """
    # from ums_ha.toolchain.cdk import LocalBackend, TerraformStack
    #
    # from ums_ha import UmsHaCluster, UmsServer
    # from ums_ha.providers import CitrixadcProvider
    #
    # lab = TerraformStack(app, "ums-lab")
    # LocalBackend(lab, path="../../../terraform.ums-lab.tfstate")  # relative to cdktf.out/stacks/ums-lab
    # CitrixadcProvider(lab, "citrixadc", endpoint=site_file.sites[0].netscaler.endpoint)
    # UmsHaCluster(
    #     lab,
    #     "Ums",
    #     vip="192.0.2.20",
    #     servers=[UmsServer(name="lab01", address="192.0.2.21"), UmsServer(name="lab02", address="192.0.2.22")],
    #     object_name_prefix="umslab",
    # )


if __name__ == "__main__":
    sys.exit(run(add_own_stacks, sys.argv[1:]))
