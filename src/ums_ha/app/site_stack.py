"""One site of the site file as one Terraform stack with its own state."""

from __future__ import annotations

import os
from pathlib import Path

from constructs import Construct

from ums_ha import UmsHaCluster
from ums_ha._generated.citrixadc.provider import CitrixadcProvider
from ums_ha.app.database import add_database, database_outputs, forget_database_objects
from ums_ha.app.outputs import add_outputs, site_outputs
from ums_ha.site.backends import BackendSettings, add_backend, version_key
from ums_ha.site.reader import Site, cluster_keys
from ums_ha.toolchain import cdk

#: ``removed`` blocks (see :func:`forget_database_objects`) need Terraform 1.7.
TERRAFORM_FLOOR = "1.7"
REQUIRED_TERRAFORM = f">= {TERRAFORM_FLOOR}"


class UmsHaSiteStack(cdk.TerraformStack):
    """One UMS site: the NetScaler side; with ``[dns]`` the A record; with ``[database]``
    the UMS database or its DBA script; and the outputs the admin needs afterwards.

    The providers get no credential from the site file: citrixadc reads ``NS_LOGIN``
    and ``NS_PASSWORD``, mssql ``MSSQL_USERNAME`` and ``MSSQL_PASSWORD``, postgresql
    ``PGUSER`` and ``PGPASSWORD``, dns the
    ``DNS_UPDATE_*`` variables from the environment at plan and apply time, so none
    is ever synthesized.
    """

    def __init__(self, scope: Construct, site: Site, *, project_dir: Path, stack_dir: Path, site_file: Path) -> None:
        super().__init__(scope, site.stack_name)
        self.site = site
        self.stack_name = site.stack_name
        self._backend(project_dir, stack_dir)
        CitrixadcProvider(
            self,
            "citrixadc",
            endpoint=site.netscaler.endpoint,
            insecure_skip_verify=site.netscaler.insecure_skip_verify or None,
            # A partition is switched to on a session (the provider's do_login, false by default in 2.2.2).
            partition=site.netscaler.partition,
            do_login=True if site.netscaler.partition is not None else None,
        )
        self.cluster = UmsHaCluster(
            self,
            "Ums",
            **site.cluster_settings(),
            igel_os=site.igel_os,
            names=site.names,
            import_existing=site.adopt_import,
            save_all_partitions=site.netscaler.saves_all_partitions,
            validation_keys=cluster_keys(site.name),
        )
        self.side_files: dict[str, str] = {}
        """Files written beside the stack's Terraform JSON, by name."""
        after_deploy = list(self.cluster.appliance_objects())
        if self.cluster.config_save is not None:
            after_deploy.append(self.cluster.config_save.resource)
        # Each part loads only for the sites that have it (the dns bindings, the firmware-hosts command's code).
        if site.dns is not None:
            from ums_ha.app.dns import add_dns_record

            after_deploy.append(add_dns_record(self, site, site.dns).record)
        if site.firmware_hosts.patch_after_apply:
            from ums_ha.app.firmware_hosts import add_firmware_hosts_step

            add_firmware_hosts_step(
                self,
                site,
                after_deploy,
                site_file=site_file,
                project_dir=project_dir,
                stack_dir=stack_dir,
            )
        add_outputs(self, site_outputs(site))
        database_floor = self._database()
        # A backend setting newer than the floor (s3's use_lockfile: 1.10) raises it for this stack, and so
        # does the PostgreSQL database (write-only password: 1.11).
        floors = (TERRAFORM_FLOOR, site.backend.required_terraform, database_floor)
        floor = max(filter(None, floors), key=version_key)
        self.add_override("terraform.required_version", f">= {floor}")

    def _database(self) -> str | None:
        """The database objects or the DBA script, and the outputs; returns the Terraform version they need."""
        database, floor = self.site.database, None
        if database is not None and database.managed_by == "terraform":
            floor = add_database(self, database, self.site.name)
        forget_database_objects(self, database)
        if database is not None:
            if database.managed_by == "dba":
                from ums_ha.database.dba_script import DBA_SCRIPT_NAME, dba_script

                self.side_files[DBA_SCRIPT_NAME] = dba_script(database.spec, site=self.site.name)
            add_outputs(self, database_outputs(database.spec))
        return floor

    def _backend(self, project_dir: Path, stack_dir: Path) -> None:
        backend = self.site.backend
        if backend.type == "local" and "path" not in backend.options:
            # Relative to the stack's directory, where Terraform runs, so the state stays
            # in the project directory and the synthesized JSON names no machine's paths.
            path = os.path.relpath(project_dir / f"terraform.{self.site.stack_name}.tfstate", stack_dir)
            backend = BackendSettings(type="local", options={**backend.options, "path": path})
        add_backend(self, backend)
