"""The app: site file -> one stack per site -> Terraform JSON in cdktf.out."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

import cdktf

from ums_ha.errors import ValidationError
from ums_ha.hcl import HclRenderError
from ums_ha.site_file import SiteFile, load_site_file, site_file_path
from ums_ha.synth import CDKTF_OUTDIR_ENV, DEFAULT_OUTDIR, synthesize, synthesize_for_cdktf_cli

from .site_stack import UmsHaSiteStack


def build_app(app: cdktf.App, site_file: SiteFile, *, project_dir: Path, outdir: Path) -> list[UmsHaSiteStack]:
    """Add one stack per site to ``app``."""
    return [
        UmsHaSiteStack(
            app,
            site,
            project_dir=project_dir,
            stack_dir=outdir / "stacks" / site.stack_name,
            site_file=site_file.path,
        )
        for site in site_file.sites
    ]


def synthesize_site_file(site_file: SiteFile, *, project_dir: Path, outdir: Path, hcl: bool = False) -> None:
    """Synthesize every site into ``outdir``, atomically; as HCL with ``hcl`` (see :func:`ums_ha.synth.synthesize`)."""
    synthesize(lambda app, final: build_app(app, site_file, project_dir=project_dir, outdir=final), outdir, hcl=hcl)


def main(argv: Sequence[str] | None = None, *, hcl: bool = False) -> int:
    """``python main.py``: synthesize the site file (see ``site_file_path``), as HCL with ``hcl``.

    ``main.py`` passes ``hcl`` from the cdktf CLI's ``--hcl`` (``ums_ha.hcl.cdktf_request``).
    Exit status 0 on success, 2 on a bad site file (nothing written), 1 when a stack has no HCL form.
    """
    del argv  # the cdktf CLI passes no arguments; settings come from the environment
    project_dir = Path.cwd()
    path = site_file_path(project_dir)
    try:
        site_file = load_site_file(path)
    except ValidationError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2

    try:
        if os.environ.get(CDKTF_OUTDIR_ENV):
            synthesize_for_cdktf_cli(
                lambda app, outdir: build_app(app, site_file, project_dir=project_dir, outdir=outdir), hcl=hcl
            )
        else:
            synthesize_site_file(site_file, project_dir=project_dir, outdir=project_dir / DEFAULT_OUTDIR, hcl=hcl)
    except HclRenderError as error:
        print(f"error: cannot write the stacks as HCL: {error}", file=sys.stderr)
        return 1
    print(f"synthesized {', '.join(site.stack_name for site in site_file.sites)} from {path}", file=sys.stderr)
    return 0
