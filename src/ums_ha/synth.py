"""Synthesis into ``cdktf.out`` that never leaves a half-written directory behind."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Protocol

import cdktf

from .hcl.stack_files import convert_stacks_to_hcl, remove_stale_hcl

#: Where synthesis writes unless told otherwise, as the cdktf CLI does.
DEFAULT_OUTDIR = "cdktf.out"

#: Set by the cdktf CLI for the app it runs; the CLI then owns the output directory.
CDKTF_OUTDIR_ENV = "CDKTF_OUTDIR"


class StackWithSideFiles(Protocol):
    """A stack that also writes files of its own beside its Terraform JSON."""

    @property
    def stack_name(self) -> str: ...

    @property
    def side_files(self) -> Mapping[str, str]: ...


Build = Callable[[cdktf.App, Path], Iterable[StackWithSideFiles]]
"""Adds the stacks to an app and returns them; gets the directory the stacks will finally live in."""


def _write_side_files(outdir: Path, stacks: Iterable[StackWithSideFiles]) -> None:
    for stack in stacks:
        for name, text in stack.side_files.items():
            (outdir / "stacks" / stack.stack_name / name).write_text(text, encoding="utf-8")


def synthesize(build: Build, outdir: Path, *, hcl: bool = False) -> None:
    """Synthesize into a fresh sibling directory, then swap it in for ``outdir``.

    With ``hcl``, each stack is written as ``cdk.tf`` (formatted HCL) instead of
    ``cdk.tf.json``. An error while building or synthesizing leaves ``outdir`` as it was.
    """
    outdir = outdir.resolve()
    outdir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.", dir=outdir.parent))
    try:
        app = cdktf.App(outdir=str(staging))
        stacks = list(build(app, outdir))
        app.synth()
        _write_side_files(staging, stacks)
        if hcl:
            convert_stacks_to_hcl(staging)
        if outdir.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.old.", dir=outdir.parent))
            os.replace(outdir, retired / outdir.name)
            os.replace(staging, outdir)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            os.replace(staging, outdir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def synthesize_for_cdktf_cli(build: Build, *, hcl: bool = False) -> None:
    """Run as the app of ``cdktf synth``/``deploy``: write where the CLI says (HCL for ``--hcl``)."""
    outdir = Path(os.environ[CDKTF_OUTDIR_ENV]).resolve()
    app = cdktf.App()
    stacks = list(build(app, outdir))
    app.synth()
    _write_side_files(outdir, stacks)
    if hcl:
        convert_stacks_to_hcl(outdir)
    else:
        remove_stale_hcl(outdir)
