"""``ums-ha init [DIR] [--site NAME]``: write a deployment repository, never over a file that exists."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path
from typing import TextIO

from ums_ha.domain.rules import check_site_name
from ums_ha.errors import Problem, ValidationError
from ums_ha.files import write_atomically
from ums_ha.init.scaffold import (
    DEFAULT_RUNTIME,
    DEFAULT_SITE,
    RUNTIME_VALUES,
    NotInstalledError,
    render_scaffold,
    ums_ha_version,
)

_NEVER_OVERWRITES = "ums-ha init never overwrites: move it away, or init another folder"

DESCRIPTION = (
    "Write a deployment repository into DIR, ready to commit: a commented site file (ums-ha.toml) with example "
    "values to replace, the CDK app (main.py, cdktf.json), the pins (requirements.txt for ums-ha, package.json "
    "for the CDK CLI: cdktf, or cdktn with --runtime cdktn), a Makefile with synth, plan, review, deploy, drift "
    "and verify, CI for GitHub Actions and GitLab CI, a .gitignore and a README for its operators. Nothing is "
    "overwritten: when any of these files exists, each is named and nothing is written (exit status 2)."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "dir",
        type=Path,
        nargs="?",
        default=Path(),
        metavar="DIR",
        help="the folder to write into, created if missing (default: the current directory)",
    )
    parser.add_argument(
        "--site",
        default=DEFAULT_SITE,
        help=f"the site's name in the site file, 1 to 20 of a-z, 0-9 and '-' (default: {DEFAULT_SITE})",
    )
    parser.add_argument(
        "--runtime",
        choices=sorted(RUNTIME_VALUES),
        default=DEFAULT_RUNTIME,
        help="the CDK runtime the deployment runs on: cdktf (CDKTF 0.21, archived) or cdktn (CDK Terrain 0.24); "
        "recorded in its cdktf.json, requirements.txt and package.json (default: %(default)s)",
    )


def run_init(directory: Path, site: str, out: TextIO, runtime: str = DEFAULT_RUNTIME) -> int:
    """Write the scaffold into ``directory``; :class:`ValidationError` (nothing written) for bad input."""
    problems = check_site_name(site, "--site")
    if directory.exists() and not directory.is_dir():
        problems.append(Problem("DIR", f"{str(directory)!r} is a file, not a folder"))
    if problems:
        raise ValidationError(problems)
    try:
        files = render_scaffold(site, ums_ha_version(), runtime)
    except NotInstalledError as error:
        raise ValidationError([Problem("ums-ha", str(error))]) from None
    existing = [name for name in files if (directory / name).exists() or (directory / name).is_symlink()]
    folders = sorted({folder for name in files for folder in Path(name).parents if folder != Path()})
    in_the_way = [folder for folder in folders if (directory / folder).exists() and not (directory / folder).is_dir()]
    if existing or in_the_way:
        raise ValidationError(
            [Problem(str(directory / name), f"exists already; {_NEVER_OVERWRITES}") for name in existing]
            + [
                Problem(str(directory / folder), f"is a file where init writes a folder; {_NEVER_OVERWRITES}")
                for folder in in_the_way
            ]
        )
    written = _write_all(directory, files)
    for path in written:
        out.write(f"wrote {path}\n")
    recorded = "recorded in cdktf.json's context" if runtime != DEFAULT_RUNTIME else "the default"
    out.write(f"runtime: {runtime} ({recorded})\n")
    change_dir = "" if directory.resolve() == Path.cwd().resolve() else f"cd {directory} && "
    site_file = directory / "ums-ha.toml"
    out.write(f"next: put your values in {site_file} (REPLACE), then {change_dir}make setup && make synth\n")
    out.write(f"      {directory / 'README.md'} tells the rest: secrets, CI, the review and deploy flow\n")
    return 0


def _write_all(directory: Path, files: dict[str, str]) -> list[Path]:
    """Write every file; on a failure, remove what was written and the folders made, and refuse."""
    made: list[Path] = []
    written: list[Path] = []
    try:
        for name, text in files.items():
            path = directory / name
            for parent in reversed([path.parent, *path.parent.parents]):
                if not parent.exists():
                    parent.mkdir()
                    made.append(parent)
            write_atomically(path, text)
            written.append(path)
    except OSError as error:
        for path in written:
            path.unlink(missing_ok=True)
        for folder in reversed(made):
            shutil.rmtree(folder, ignore_errors=True)
        raise ValidationError(
            [Problem("DIR", f"cannot write {str(error.filename)!r}: {error.strerror}; nothing was left written there")]
        ) from None
    return written
