"""Synthesis into an output directory: refused where it could harm, never half-written, never clearing it.

The stacks are synthesized into a staging folder beside the output directory and
then moved in file by file (:func:`ums_ha.app.output_dir.install`): files that are not
ums-ha's own, such as ``.terraform/`` and the lock file in a stack folder, stay.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Final, Protocol

from ums_ha.app.hcl.stack_files import (
    HCL_STACK_FILE,
    JSON_STACK_FILE,
    METADATA_FILE,
    convert_stacks_to_hcl,
    remove_stale_hcl,
)
from ums_ha.app.output_dir import Installed, check_output_dir, install
from ums_ha.database.postgresql import WRITE_ONLY_APP_CONTEXT
from ums_ha.database.sqlserver import DBA_SCRIPT_NAME
from ums_ha.toolchain import cdk

#: Where synthesis writes unless told otherwise, as the cdktf CLI does.
DEFAULT_OUTDIR: Final = "cdktf.out"

#: Set by the cdktf CLI for the app it runs; the CLI then owns the output directory.
CDKTF_OUTDIR_ENV: Final = "CDKTF_OUTDIR"

#: Every file a synthesis may write into a stack folder: only these are ever replaced or removed there.
OWN_STACK_FILES: Final = frozenset({JSON_STACK_FILE, HCL_STACK_FILE, METADATA_FILE, DBA_SCRIPT_NAME})


class StackWithSideFiles(Protocol):
    """A stack that also writes files of its own beside its Terraform JSON."""

    @property
    def stack_name(self) -> str: ...

    @property
    def side_files(self) -> Mapping[str, str]: ...


Build = Callable[[cdk.App, Path], Iterable[StackWithSideFiles]]
"""Adds the stacks to an app and returns them; gets the directory the stacks will finally live in."""


def _write_side_files(outdir: Path, stacks: Iterable[StackWithSideFiles]) -> None:
    for stack in stacks:
        for name, text in stack.side_files.items():
            if name not in OWN_STACK_FILES:
                raise ValueError(f"{stack.stack_name}: side file {name!r} is not one of {sorted(OWN_STACK_FILES)}")
            (outdir / "stacks" / stack.stack_name / name).write_text(text, encoding="utf-8")


def synthesize(
    build: Build, outdir: Path, *, protected: Mapping[Path, str] | None = None, hcl: bool = False
) -> Installed:
    """Synthesize into a fresh staging folder beside ``outdir``, then move the files in.

    ``protected`` maps folders that must not be the output directory or inside it
    (the project directory, the site file's folder) to what they are; see
    :func:`~ums_ha.app.output_dir.check_output_dir`, which refuses before anything is
    written. With ``hcl``, each stack is written as ``cdk.tf`` (formatted HCL)
    instead of ``cdk.tf.json``. An error while building or synthesizing leaves
    ``outdir`` as it was.
    """
    check_output_dir(outdir, protected or {})
    outdir = outdir.resolve()
    outdir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.", dir=outdir.parent))
    try:
        app = cdk.App(outdir=str(staging), context=dict(WRITE_ONLY_APP_CONTEXT))
        stacks = list(build(app, outdir))
        app.synth()
        _write_side_files(staging, stacks)
        if hcl:
            convert_stacks_to_hcl(staging)
        return install(staging, outdir, OWN_STACK_FILES)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def synthesize_for_cdktf_cli(build: Build, *, protected: Mapping[Path, str] | None = None, hcl: bool = False) -> Path:
    """Run as the app of ``cdktf synth``/``deploy``: write where the CLI says (HCL for ``--hcl``).

    The CLI's output directory is checked like ``--output`` (key ``CDKTF_OUTDIR``);
    returns it.
    """
    outdir = Path(os.environ[CDKTF_OUTDIR_ENV]).resolve()
    check_output_dir(outdir, protected or {}, key=f"{CDKTF_OUTDIR_ENV} (cdktf synth --output)")
    app = cdk.App(context=dict(WRITE_ONLY_APP_CONTEXT))
    stacks = list(build(app, outdir))
    app.synth()
    _write_side_files(outdir, stacks)
    if hcl:
        convert_stacks_to_hcl(outdir)
    else:
        remove_stale_hcl(outdir)
    return outdir
