"""``patch_after_apply``: a Terraform step that runs ``ums-ha firmware-hosts --apply`` after the deploy."""

from __future__ import annotations

import os
import shlex
from pathlib import Path

from ums_ha.constructs._terraform import address
from ums_ha.site.firmware_hosts import site_command
from ums_ha.site.reader import Site
from ums_ha.toolchain.cdk import TerraformResource, TerraformStack

#: The step's Terraform address; ``triggers_replace`` re-runs it when what it acts on changes.
STEP_ADDRESS = "terraform_data.firmware_hosts"


def add_firmware_hosts_step(
    stack: TerraformStack,
    site: Site,
    after: list[TerraformResource],
    *,
    site_file: Path,
    project_dir: Path,
    stack_dir: Path,
) -> None:
    """A ``terraform_data`` whose ``local-exec`` runs the patch in the project directory, after ``after``.

    The command carries every setting of the site's ``[firmware_hosts]`` table as
    its flag (status scheme and port, CA bundle, database engine, ...). It runs
    with the environment of ``cdktf deploy`` (``UMS_DB_PASSWORD`` and
    ``ums-ha`` on ``PATH``: the project's virtualenv activated). An exit status
    other than 0 (3: entries withheld) fails the apply, and the next apply runs
    the step again.
    """

    def from_project(path: Path) -> str:
        """A path as the step, run in the project directory, names it: relative when inside it."""
        path = path.resolve()
        return os.path.relpath(path, project_dir) if path.is_relative_to(project_dir) else str(path)

    command = shlex.join([*site_command(site, config=from_project(site_file), shown=from_project), "--apply"])
    stack.add_override(
        f"resource.{STEP_ADDRESS}",
        {
            "triggers_replace": {
                "dns_name": site.dns_name,
                "ums_servers": {server.name: server.address for server in site.ums_servers},
                "firmware_table": site.firmware_hosts.table_names(),
            },
            "depends_on": [address(resource) for resource in after],
            "provisioner": [
                {"local-exec": {"command": command, "working_dir": os.path.relpath(project_dir, stack_dir)}}
            ],
        },
    )
