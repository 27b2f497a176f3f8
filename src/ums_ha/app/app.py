"""The app: site file -> one stack per site -> Terraform JSON in cdktf.out."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from ums_ha.app.cdktf_app import OwnStacks
from ums_ha.app.hcl import HclRenderError
from ums_ha.app.output_dir import Installed
from ums_ha.app.site_stack import UmsHaSiteStack
from ums_ha.app.synth import CDKTF_OUTDIR_ENV, DEFAULT_OUTDIR, synthesize, synthesize_for_cdktf_cli
from ums_ha.credentials.environment import redact
from ums_ha.errors import ValidationError
from ums_ha.site.reader import SiteFile, load_site_file, locate_site_file
from ums_ha.toolchain import cdk


def build_app(
    app: cdk.App,
    site_file: SiteFile,
    *,
    project_dir: Path,
    outdir: Path,
    own_stacks: OwnStacks | None = None,
) -> list[UmsHaSiteStack]:
    """Add one stack per site to ``app``, then the deployment's own (``own_stacks``, default: none)."""
    stacks = [
        UmsHaSiteStack(
            app,
            site,
            project_dir=project_dir,
            stack_dir=outdir / "stacks" / site.stack_name,
            site_file=site_file.path,
        )
        for site in site_file.sites
    ]
    if own_stacks is not None:
        own_stacks(app, site_file)
    return stacks


def protected_folders(site_file: SiteFile, project_dir: Path) -> dict[Path, str]:
    """The folders no output directory may be or hold: the project's and the site file's."""
    return {
        project_dir: "the project directory",
        site_file.path.resolve().parent: f"the folder of the site file {site_file.path}",
    }


def synthesize_site_file(
    site_file: SiteFile,
    *,
    project_dir: Path,
    outdir: Path,
    hcl: bool = False,
    own_stacks: OwnStacks | None = None,
) -> Installed:
    """Synthesize every site into ``outdir``, as HCL with ``hcl`` (see :func:`ums_ha.app.synth.synthesize`).

    Refuses (:class:`~ums_ha.errors.ValidationError`, nothing written) an ``outdir`` that is or holds the
    project directory, the site file's folder or the current directory, a file, or a folder with files
    that is not an earlier synthesis; leaves every file there that is not ums-ha's own.
    """
    return synthesize(
        lambda app, final: build_app(app, site_file, project_dir=project_dir, outdir=final, own_stacks=own_stacks),
        outdir,
        protected=protected_folders(site_file, project_dir),
        hcl=hcl,
    )


def main(
    argv: Sequence[str] | None = None,
    *,
    hcl: bool = False,
    own_stacks: OwnStacks | None = None,
) -> int:
    """``python main.py``: synthesize the site file (see ``locate_site_file``), as HCL with ``hcl``, and the
    stacks ``own_stacks`` adds (default: none).

    ``main.py`` runs it through :func:`ums_ha.app.cdktf_app.run`, which takes ``hcl`` from the cdktf CLI's
    ``--hcl`` (``ums_ha.app.hcl.cdktf_request``).
    Exit status 0 on success, 2 on a bad site file or output directory (nothing written), 1 when a
    stack has no HCL form. What it read and wrote goes to standard output under the cdktf CLI (which
    shows an app's standard error as errors), else to standard error; errors always to standard error.
    """
    del argv  # the cdktf CLI passes no arguments; settings come from the environment
    under_cdktf_cli = bool(os.environ.get(CDKTF_OUTDIR_ENV))
    notices = sys.stdout if under_cdktf_cli else sys.stderr
    project_dir = Path.cwd()
    location = locate_site_file()
    notices.write(location.notice + "\n")
    try:
        site_file = load_site_file(location.path)
        for warning in site_file.warnings():
            notices.write(f"warning: {warning}\n")
        if under_cdktf_cli:
            outdir = synthesize_for_cdktf_cli(
                lambda app, outdir: build_app(
                    app, site_file, project_dir=project_dir, outdir=outdir, own_stacks=own_stacks
                ),
                protected=protected_folders(site_file, project_dir),
                hcl=hcl,
            )
            notices.write(f"wrote {', '.join(site.stack_name for site in site_file.sites)} into {outdir}\n")
        else:
            installed = synthesize_site_file(
                site_file, project_dir=project_dir, outdir=project_dir / DEFAULT_OUTDIR, hcl=hcl, own_stacks=own_stacks
            )
            installed.report(notices)
    except ValidationError as error:
        print(f"error: {redact(str(error))}", file=sys.stderr)
        return 2
    except HclRenderError as error:
        print(f"error: cannot write the stacks as HCL: {redact(str(error))}", file=sys.stderr)
        return 1
    return 0
