"""One site of the site file as one Terraform stack with its own state."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import cdktf
from constructs import Construct

from ums_ha import UmsHaCluster
from ums_ha._generated.citrixadc.provider import CitrixadcProvider
from ums_ha.site_file import Site, backend_class, cluster_keys


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
        options: dict[str, Any] = dict(backend.options)
        if backend.type == "local":
            # Relative to the stack's directory, where Terraform runs, so the state stays
            # in the project directory and the synthesized JSON names no machine's paths.
            default = os.path.relpath(project_dir / f"terraform.{self.site.stack_name}.tfstate", stack_dir)
            options.setdefault("path", default)
        elif backend.type == "remote":
            workspaces = options.pop("workspaces", {})
            named = workspaces.get("name")
            options["workspaces"] = (
                cdktf.NamedRemoteWorkspace(name=named)
                if named
                else cdktf.PrefixedRemoteWorkspaces(prefix=workspaces.get("prefix", ""))
            )
        backend_class(backend.type)(self, **options)
