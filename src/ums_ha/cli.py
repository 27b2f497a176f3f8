"""The ``ums-ha`` command.

    ums-ha synth [--config FILE] [--project-dir DIR] [--output DIR]

Exit status: 0 done, 1 unexpected error, 2 bad input (nothing written).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from .errors import Problem, ValidationError
from .site_file import load_site_file, site_file_path
from .synth import DEFAULT_OUTDIR

EXIT_OK = 0
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse exits 2 on usage errors too; keep its message, our format.
        self.print_usage(sys.stderr)
        raise SystemExit(f"error: {message}") from None


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ums-ha", description="Highly available IGEL UMS behind a NetScaler, as Terraform.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    synth = commands.add_parser(
        "synth",
        help="check the site file and synthesize Terraform JSON, one stack per site",
        description="Check the site file and write one Terraform stack per site to the output directory. "
        "Nothing is written when the site file has a problem.",
    )
    synth.add_argument(
        "--config",
        type=Path,
        help="site file (default: $UMS_HA_CONFIG, else ./ums-ha.toml, else the bundled example)",
    )
    synth.add_argument(
        "--project-dir",
        type=Path,
        default=Path(),
        help="the ums-ha project, holding cdktf.json and stacks/ (default: the current directory)",
    )
    synth.add_argument("--output", type=Path, help="output directory (default: PROJECT_DIR/cdktf.out)")
    return parser


def _load_stacks(project_dir: Path) -> ModuleType:
    """Import the project's ``stacks`` package: the app, like ``cdktf synth`` runs it."""
    if not (project_dir / "stacks" / "__init__.py").is_file():
        raise ValidationError(
            [
                Problem(
                    "--project-dir",
                    f"{str(project_dir)!r} holds no stacks/ package; run ums-ha in the project directory",
                )
            ]
        )
    sys.path.insert(0, str(project_dir))
    try:
        return importlib.import_module("stacks")
    finally:
        sys.path.remove(str(project_dir))


def _synth(args: argparse.Namespace) -> int:
    project_dir: Path = args.project_dir.resolve()
    path = args.config or site_file_path(project_dir)
    site_file = load_site_file(path)
    stacks = _load_stacks(project_dir)
    outdir = (args.output or project_dir / DEFAULT_OUTDIR).resolve()

    stacks.synthesize_site_file(site_file, project_dir=project_dir, outdir=outdir)
    for site in site_file.sites:
        print(f"{site.stack_name}: {outdir / 'stacks' / site.stack_name / 'cdk.tf.json'}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exit_:
        if isinstance(exit_.code, str):
            print(exit_.code, file=sys.stderr)
            return EXIT_USAGE
        return EXIT_OK if exit_.code in (0, None) else EXIT_USAGE
    try:
        if args.command == "synth":
            return _synth(args)
    except ValidationError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    raise AssertionError(f"unhandled command {args.command!r}")


def entry_point() -> None:
    sys.exit(main())
