"""One site of the site file as one Terraform stack with its own state."""

from __future__ import annotations

import os
from pathlib import Path

import cdktf
from constructs import Construct

from ums_ha import UmsHaCluster
from ums_ha._generated.citrixadc.provider import CitrixadcProvider
from ums_ha.backends import BackendSettings, add_backend
from ums_ha.site_file import Site, cluster_keys


class UmsHaSiteStack(cdktf.TerraformStack):
    """The NetScaler side of one UMS site.

    The citrixadc provider gets only the endpoint from the site file; it reads
    ``NS_LOGIN`` and ``NS_PASSWORD`` from the environment at plan and apply time,
    so no credential is ever synthesized.
    """

    def __init__(self, scope: Construct, site: Site, *, project_dir: Path, stack_dir: Path) -> None:
        super().__init__(scope, site.stack_name)
        self.site = site
        self._backend(project_dir, stack_dir)
        CitrixadcProvider(
            self,
            "citrixadc",
            endpoint=site.netscaler.endpoint,
            insecure_skip_verify=site.netscaler.insecure_skip_verify or None,
        )
        self.cluster = UmsHaCluster(self, "Ums", **site.cluster_settings(), validation_keys=cluster_keys(site.name))

    def _backend(self, project_dir: Path, stack_dir: Path) -> None:
        backend = self.site.backend
        if backend.type == "local" and "path" not in backend.options:
            # Relative to the stack's directory, where Terraform runs, so the state stays
            # in the project directory and the synthesized JSON names no machine's paths.
            path = os.path.relpath(project_dir / f"terraform.{self.site.stack_name}.tfstate", stack_dir)
            backend = BackendSettings(type="local", options={**backend.options, "path": path})
        add_backend(self, backend)
