"""The synthesis output directory: which folders may be written, and replacing only ums-ha's own files.

A synthesis is written into a fresh staging folder first (see :mod:`ums_ha.app.synth`)
and then moved into the output directory file by file. What Terraform or the
user put there (``.terraform/``, ``.terraform.lock.hcl``, plan files, anything
else) is never touched. A folder is only written into when it is new, empty, or
an earlier synthesis output: it holds a ``manifest.json`` naming its stacks.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, TextIO

from ums_ha.errors import Problem, ValidationError

MANIFEST_FILE: Final = "manifest.json"
STACKS_FOLDER: Final = "stacks"


@dataclass(frozen=True)
class Installed:
    """What moving a synthesis into the output directory did."""

    written: tuple[Path, ...]
    removed: tuple[Path, ...]
    """Our own files of an earlier synthesis that this one no longer writes."""
    kept_folders: tuple[Path, ...]
    """Folders of stacks no longer synthesized that still hold files that are not ours."""

    def report(self, stream: TextIO) -> None:
        """Say what was written, removed and left alone, a line each."""
        for path in self.written:
            stream.write(f"wrote {path}\n")
        for path in self.removed:
            stream.write(f"removed {path} (no longer synthesized)\n")
        for folder in self.kept_folders:
            stream.write(
                f"kept {folder}: its stack is no longer synthesized, but it holds files that are not ums-ha's\n"
            )


def read_manifest(outdir: Path) -> dict[str, Any] | None:
    """The manifest of a synthesis output, or None when ``outdir`` holds none (or not a valid one)."""
    try:
        manifest = json.loads((outdir / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("stacks"), dict):
        return None
    for stack in manifest["stacks"].values():
        path = stack.get("synthesizedStackPath") if isinstance(stack, dict) else None
        if not isinstance(path, str) or not path.startswith(f"{STACKS_FOLDER}/"):
            return None
    return manifest


def normal_folder_mode() -> int:
    """The mode ``mkdir`` gives a new folder under the process's umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o777 & ~umask


def check_output_dir(outdir: Path, protected: Mapping[Path, str], *, key: str = "--output") -> None:
    """Refuse an output directory that synthesis could not write without harm.

    ``protected`` maps folders (the project directory, the site file's folder) to
    what they are, for the message; the current directory is always protected.
    Raises :class:`ValidationError` naming ``key``, the folder and the reason.
    """
    outdir = outdir.resolve()
    shown = str(outdir)
    folders = {
        Path.cwd().resolve(): "the current directory",
        **{path.resolve(): what for path, what in protected.items()},
    }
    for folder, what in folders.items():
        if outdir == folder:
            reason = f"is {what}; synthesis would replace files there. Name a folder of its own, such as cdktf.out"
            raise ValidationError([Problem(key, f"{shown!r} {reason}")])
        if folder.is_relative_to(outdir):
            reason = f"holds {what} ({folder}); name a folder of its own, such as cdktf.out"
            raise ValidationError([Problem(key, f"{shown!r} {reason}")])
    if outdir.exists() and not outdir.is_dir():
        raise ValidationError([Problem(key, f"{shown!r} is a file, not a folder; name a folder for the stacks")])
    # Folders without a file in them hold nothing of anyone's (an App made without an outdir leaves cdktf.out/stacks/).
    holds_files = outdir.is_dir() and any(not path.is_dir() or path.is_symlink() for path in outdir.rglob("*"))
    if holds_files and read_manifest(outdir) is None:
        raise ValidationError(
            [
                Problem(
                    key,
                    f"{shown!r} holds files but no {MANIFEST_FILE} of an earlier synthesis; ums-ha writes only into a "
                    "new or empty folder or its own earlier output. Name another folder",
                )
            ]
        )


def _own_files(outdir: Path, own_names: frozenset[str]) -> set[Path]:
    """The files of an earlier synthesis in ``outdir`` that are ours: its manifest, and in the folder of each
    stack it names the files called one of ``own_names``."""
    manifest = read_manifest(outdir)
    if manifest is None:
        return set()
    files = {Path(MANIFEST_FILE)}
    for name in manifest["stacks"]:
        folder = outdir / STACKS_FOLDER / name
        if folder.is_dir():
            files |= {path.relative_to(outdir) for path in folder.iterdir() if path.name in own_names}
    return files


def _files(root: Path) -> Iterable[Path]:
    return (path.relative_to(root) for path in sorted(root.rglob("*")) if path.is_file())


def install(staging: Path, outdir: Path, own_names: frozenset[str]) -> Installed:
    """Move the synthesis in ``staging`` into ``outdir``, replacing and removing only our own files.

    ``own_names`` are the names of every file a synthesis may write into a stack
    folder. A new ``outdir`` is the staging folder renamed. Into an earlier output,
    each file is renamed over its old copy (the manifest last), then the files of
    the earlier synthesis that this one no longer writes are removed, and the
    folder of a stack no longer synthesized when that leaves it empty. Folders get
    the normal umask.
    """
    mode = normal_folder_mode()
    for folder in (staging, *(path for path in staging.rglob("*") if path.is_dir())):
        folder.chmod(mode)
    if not outdir.exists():
        os.replace(staging, outdir)
        return Installed(written=tuple(outdir / path for path in _files(outdir)), removed=(), kept_folders=())

    previous = _own_files(outdir, own_names)
    new_stacks = set((read_manifest(staging) or {"stacks": {}})["stacks"])
    new_files = list(_files(staging))
    ordered = [path for path in new_files if path != Path(MANIFEST_FILE)] + [Path(MANIFEST_FILE)]
    for relative in ordered:
        target = outdir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging / relative, target)
    stale = sorted(previous - set(new_files))
    for relative in stale:
        (outdir / relative).unlink(missing_ok=True)
    kept = []
    for folder in sorted({(outdir / relative).parent for relative in stale}):
        if folder.parent != outdir / STACKS_FOLDER or folder.name in new_stacks or not folder.is_dir():
            continue
        if any(folder.iterdir()):
            kept.append(folder)
        else:
            folder.rmdir()
    return Installed(
        written=tuple(outdir / path for path in ordered),
        removed=tuple(outdir / path for path in stale),
        kept_folders=tuple(kept),
    )
