"""The ``ums-ha`` command.

    ums-ha --version
    ums-ha init [DIR] [--site NAME]
    ums-ha synth [--config FILE] [--project-dir DIR] [--output DIR] [--hcl]
    ums-ha handover [--config FILE] [--site NAME]
    ums-ha diagram [--config FILE] [--site NAME] [--format mermaid|dot|svg] [--output FILE]
    ums-ha firmware-hosts [...]   (see ums_ha.firmware_hosts.cli)
    ums-ha adopt [--config FILE] [--site NAME] [--write]
    ums-ha netscaler-users [--config FILE] [--site NAME] [--deploy-user NAME] [--monitor-user NAME]
                           [--format cli|terraform]
    ums-ha verify [--config FILE] [--site NAME] [...]   (see ums_ha.verify.command)
    ums-ha review PLAN_JSON... [--format markdown|json] [--fail-on LEVEL] [--output FILE]
    ums-ha drift (--plan PLAN_JSON | --stack DIR) [--format text|markdown|json] [--saved-check auto|on|off]

Exit status: 0 done, 1 error (such as Graphviz missing), 2 bad input (nothing written);
firmware-hosts also 3 (some entries withheld); review also 3 (a finding at --fail-on or above);
adopt also 3 (adoptable only with replacements); verify 1 when a check failed.
drift follows terraform plan -detailed-exitcode instead: 0 no drift, 2 drift, 1 any error
(bad input included), so that a scheduled job alarms on 2 alone.

Every command that reads a site file names it on standard error first (see
:func:`ums_ha.site.reader.locate_site_file`). Error messages never show a credential:
URL passwords are masked and the values of the credential variables redacted.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ums_ha.credentials.environment import redact
from ums_ha.errors import Problem, ValidationError
from ums_ha.toolchain.node import prepare_toolchain

if TYPE_CHECKING:
    from ums_ha.plan_review.model import Plan
    from ums_ha.site.reader import SiteFile, SiteFileLocation

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_FINDINGS = 3  # review: a finding at --fail-on or above
EXIT_DRIFT = 2  # drift, as terraform plan -detailed-exitcode says "changes"


class _UsageError(SystemExit):
    def __init__(self, prog: str, message: str) -> None:
        super().__init__(f"error: {message}")
        self.prog = prog


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse exits 2 on usage errors too; keep its message, our format.
        self.print_usage(sys.stderr)
        raise _UsageError(self.prog, message) from None


class _VersionAction(argparse.Action):
    """``--version``: the installed version and the runtime, looked up only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="print the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from importlib.metadata import PackageNotFoundError, version

        from ums_ha.toolchain.runtimes import runtime_description

        try:
            installed = version("ums-ha")
        except PackageNotFoundError:  # running from a source tree that was never installed
            installed = "unknown (not installed)"
        print(f"ums-ha {installed} on {runtime_description()}")
        parser.exit()


_CONFIG_HELP = "site file (default: $UMS_HA_CONFIG, else ./ums-ha.toml, else the bundled example)"


@dataclass(frozen=True)
class _Command:
    """One command: its one-line help, what adds its arguments, and what runs it.

    Both import what they need when called, so that a command loads only its own code (``ums-ha synth`` no
    review, drift, Jinja or HTTP checks; see tests/test_app_and_cli.py).
    """

    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def _init_arguments(parser: argparse.ArgumentParser) -> None:
    from ums_ha.init.command import DESCRIPTION, add_arguments

    parser.description = DESCRIPTION
    add_arguments(parser)


def _synth_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Check the site file and write one Terraform stack per site to the output directory. "
        "Nothing is written when the site file has a problem. The CDK runtime is $UMS_HA_RUNTIME (cdktf or "
        'cdktn), else "ums-ha:runtime" in the context of PROJECT_DIR/cdktf.json, else cdktf; the first line '
        "on stderr names it."
    )
    parser.add_argument("--config", type=Path, help=_CONFIG_HELP)
    parser.add_argument(
        "--project-dir",
        type=Path,
        default=Path(),
        help="the deployment's folder: the local state files and cdktf.out go there, its cdktf.json may choose "
        "the runtime; it needs nothing of ums-ha's own source (default: the current directory)",
    )
    parser.add_argument(
        "--output",
        type=Path,
        help="output directory: new, empty, or an earlier output, where only ums-ha's own files are replaced "
        "(default: PROJECT_DIR/cdktf.out)",
    )
    parser.add_argument(
        "--hcl",
        action="store_true",
        help="write each stack as formatted HCL (cdk.tf), a plain Terraform root module, instead of JSON "
        "(cdk.tf.json); the same resources and addresses (default: JSON)",
    )


def _handover_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Print, from the site file alone, what is left to do by hand after the site's stack is deployed: "
        "DNS, the UMS servers' gateway, the UMS datasource, the UMS profile, the firmware folder and hosts."
    )
    parser.add_argument("--config", type=Path, help=_CONFIG_HELP)
    parser.add_argument("--site", help="the site (default: the only site of the file)")


def _diagram_arguments(parser: argparse.ArgumentParser) -> None:
    from ums_ha.diagram.render import FORMATS

    parser.description = "Draw clients -> DNS name -> VIP:ports -> service groups -> UMS servers -> database."
    parser.add_argument("--config", type=Path, help=_CONFIG_HELP)
    parser.add_argument("--site", help="draw only this site (default: every site)")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="mermaid",
        help="mermaid (GitHub renders it), dot, or svg (laid out by Graphviz as WebAssembly, from the project's "
        "node_modules: npm ci). Default: mermaid",
    )
    parser.add_argument(
        "--output", type=Path, help="write to this file instead of standard output (default: standard output)"
    )


def _firmware_hosts_arguments(parser: argparse.ArgumentParser) -> None:
    from ums_ha.firmware_hosts.arguments import DESCRIPTION, add_arguments

    parser.description = DESCRIPTION
    add_arguments(parser)


def _adopt_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Read the site's NetScaler through NITRO with GET requests only (NS_LOGIN, NS_PASSWORD from the "
        "environment), match its vservers, service groups, members, persistence and SNIP to the site by address and "
        "port, print the [sites.<site>.names] table and what the first plan would change, create or replace. "
        "Exit status: 0 adoptable with imports and in-place changes, 3 only with replacements, 1 error, 2 bad input."
    )
    parser.add_argument("--config", type=Path, help=_CONFIG_HELP)
    parser.add_argument("--site", help="the site (default: the only site of the file)")
    parser.add_argument(
        "--write",
        action="store_true",
        help="add the table to the site file, keeping its comments and layout, after a copy beside it "
        "(default: print only)",
    )


def _netscaler_users_arguments(parser: argparse.ArgumentParser) -> None:
    from ums_ha.netscaler_users.command import DESCRIPTION, add_arguments

    parser.description = DESCRIPTION
    add_arguments(parser, _CONFIG_HELP)


def _verify_arguments(parser: argparse.ArgumentParser) -> None:
    from ums_ha.verify.command import DESCRIPTION, add_arguments

    parser.description = DESCRIPTION
    add_arguments(parser, _CONFIG_HELP)


def _add_confirm_deletions(parser: argparse.ArgumentParser) -> None:
    from ums_ha.plan_review.vanished import MODES

    parser.add_argument(
        "--confirm-deletions",
        choices=MODES,
        default="auto",
        help="ask the appliance (a NITRO GET by name) about each NetScaler object the plan found deleted outside "
        "Terraform: one it still has is a read error, a critical finding (the provider treats any read error as "
        "not found). auto when the plan names the endpoint and NS_LOGIN/NS_PASSWORD are set, on (required), off; "
        "without it the plan's own signs are flagged. Default: auto",
    )


def _review_arguments(parser: argparse.ArgumentParser) -> None:
    from ums_ha.plan_review.risks.rule import LEVEL_LABELS

    parser.description = (
        "Read one plan per site (terraform show -json PLANFILE) and print the risky changes first, then "
        "every change by site and group, sensitive values masked. Markdown stays under GitHub's comment limit. "
        "Exit status: 0 done, 1 error, 2 bad input, 3 a finding at --fail-on or above."
    )
    parser.add_argument("plans", nargs="+", type=Path, metavar="PLAN_JSON", help="terraform show -json output")
    parser.add_argument(
        "--format",
        choices=REVIEW_FORMATS,
        default="markdown",
        help="markdown (a PR comment) or json. Default: markdown",
    )
    parser.add_argument(
        "--fail-on",
        choices=LEVEL_LABELS,
        help="exit 3 when a finding has this level or a higher one (levels: " + " < ".join(LEVEL_LABELS) + "). "
        "Default: never",
    )
    parser.add_argument(
        "--output", type=Path, help="write to this file instead of standard output (default: standard output)"
    )
    _add_confirm_deletions(parser)


def _drift_arguments(parser: argparse.ArgumentParser) -> None:
    from ums_ha.plan_review.drift import FORMATS as DRIFT_FORMATS
    from ums_ha.plan_review.saved_config import MODES as SAVED_CHECK_MODES

    parser.description = (
        "From a plan -refresh-only JSON, or by running terraform (or tofu, or $TERRAFORM_BINARY_NAME) "
        "init, plan -refresh-only and show -json in a synthesized stack directory. Exit status: 0 no drift, "
        "2 drift, 1 error (bad input included)."
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--plan",
        type=Path,
        metavar="PLAN_JSON",
        help="terraform show -json of a refresh-only plan (default: none; this or --stack is required)",
    )
    source.add_argument(
        "--stack",
        type=Path,
        metavar="DIR",
        help="a synthesized stack, such as cdktf.out/stacks/ums-ha-prod (default: none; this or --plan is required)",
    )
    parser.add_argument("--format", choices=DRIFT_FORMATS, default="text", help="text, markdown or json. Default: text")
    parser.add_argument(
        "--saved-check",
        choices=SAVED_CHECK_MODES,
        default="auto",
        help="ask the appliance (one NITRO GET) whether its running configuration is saved: auto when the plan names "
        "the endpoint and NS_LOGIN/NS_PASSWORD are set, on (required), off. Unsaved counts as drift. Default: auto",
    )
    _add_confirm_deletions(parser)


REVIEW_FORMATS = ("markdown", "json")


def _parser(only: str | None = None) -> argparse.ArgumentParser:
    """The ``ums-ha`` parser; with ``only``, the arguments of that command alone are added (the others keep their
    one-line help, for ``ums-ha --help``)."""
    parser = _Parser(prog="ums-ha", description="Highly available IGEL UMS behind a NetScaler, as Terraform.")
    parser.add_argument("--version", action=_VersionAction)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, command in _COMMANDS.items():
        subparser = commands.add_parser(name, help=command.help)
        if only is None or name == only:
            command.add_arguments(subparser)
    return parser


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The parser of each command, by name."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _locate_site_file(config: Path | None) -> SiteFileLocation:
    """Find the site file as every command does, and say which on standard error."""
    from ums_ha.site.reader import locate_site_file

    location = locate_site_file(config)
    print(location.notice, file=sys.stderr)
    return location


def _read_site_file(config: Path | None) -> SiteFile:
    from ums_ha.site.reader import load_site_file

    return load_site_file(_locate_site_file(config).path)


def _print_warnings(site_file: SiteFile) -> None:
    for warning in site_file.warnings():
        print(f"warning: {warning}", file=sys.stderr)


def _init(args: argparse.Namespace) -> int:
    from ums_ha.init.command import run_init

    return run_init(args.dir, args.site, sys.stdout, args.runtime)


def _synth(args: argparse.Namespace) -> int:
    from ums_ha.toolchain.runtimes import chosen_runtime

    project_dir: Path = args.project_dir.resolve()
    runtime = chosen_runtime(project_dir)  # before anything loads the runtime or its bindings
    site_file = _read_site_file(args.config)
    print(f"runtime: {runtime.describe()}", file=sys.stderr)
    _print_warnings(site_file)
    from ums_ha.app.hcl import HclRenderError  # the HCL writer, only for this command
    from ums_ha.app.hcl.cdktf_request import take_hcl_request
    from ums_ha.app.hcl.stack_files import HCL_STACK_FILE, JSON_STACK_FILE

    # Before cdktf loads (next line), like the cdktf CLI's request it honours SYNTH_HCL_OUTPUT=true.
    hcl = take_hcl_request() or args.hcl
    from ums_ha import app  # loads cdktf, only for this command
    from ums_ha.app.synth import DEFAULT_OUTDIR

    outdir = (args.output or project_dir / DEFAULT_OUTDIR).resolve()
    try:
        installed = app.synthesize_site_file(site_file, project_dir=project_dir, outdir=outdir, hcl=hcl)
    except HclRenderError as error:
        _print_error(f"cannot write the stacks as HCL (nothing written): {error}")
        return EXIT_ERROR
    installed.report(sys.stderr)
    stack_file = HCL_STACK_FILE if hcl else JSON_STACK_FILE
    for site in site_file.sites:
        print(f"{site.stack_name}: {outdir / 'stacks' / site.stack_name / stack_file}")
    return EXIT_OK


def _handover(args: argparse.Namespace) -> int:
    from ums_ha.handover.notes import render_handover
    from ums_ha.site.reader import load_site_file

    location = _locate_site_file(args.config)
    site = load_site_file(location.path).select(args.site)
    config = None if location.found_by_default else str(location.path)
    sys.stdout.write(render_handover(site, config=config))
    return EXIT_OK


def _write(text: str, output: Path | None) -> None:
    from ums_ha.files import write_atomically

    if output is None:
        sys.stdout.write(text)
        return
    try:
        write_atomically(output, text)
    except OSError as error:
        raise ValidationError([Problem("--output", f"cannot write {str(output)!r}: {error.strerror}")]) from None
    print(f"wrote {output}", file=sys.stderr)


def _diagram(args: argparse.Namespace) -> int:
    from ums_ha.diagram.render import GraphvizError, render
    from ums_ha.diagram.topology import site_topologies

    site_file = _read_site_file(args.config)
    sites = (site_file.site(args.site),) if args.site is not None else site_file.sites
    try:
        text = render(site_topologies(sites), args.format)
    except GraphvizError as error:
        _print_error(str(error))
        return EXIT_ERROR
    _write(text, args.output)
    return EXIT_OK


def _firmware_hosts(args: argparse.Namespace) -> int:
    from ums_ha.firmware_hosts.cli import run_reporting  # loads SQLAlchemy, only for this command

    return run_reporting(args)


def _adopt(args: argparse.Namespace) -> int:
    from ums_ha.adopt.command import run_adopt  # tomlkit and the NITRO client, only for this command
    from ums_ha.nitro import NitroError
    from ums_ha.site.reader import load_site_file

    location = _locate_site_file(args.config)
    site = load_site_file(location.path).select(args.site)
    try:
        return run_adopt(site, location.path, write=args.write, out=sys.stdout, notices=sys.stderr)
    except NitroError as error:
        _print_error(f"cannot read the NetScaler: {error}; nothing was written: run ums-ha adopt again once it answers")
        return EXIT_ERROR


def _netscaler_users(args: argparse.Namespace) -> int:
    from ums_ha.netscaler_users.command import run_netscaler_users  # synthesizes: the runtime, only here
    from ums_ha.site.reader import load_site_file

    location = _locate_site_file(args.config)
    site = load_site_file(location.path).select(args.site)
    return run_netscaler_users(site, location.path, args, sys.stdout, sys.stderr)


def _verify(args: argparse.Namespace) -> int:
    from ums_ha.site.reader import load_site_file
    from ums_ha.verify.command import run_verify  # dnspython and the probes, only for this command

    location = _locate_site_file(args.config)
    site = load_site_file(location.path).select(args.site)
    return run_verify(site, args, sys.stdout)


def _review(args: argparse.Namespace) -> int:
    import json

    from ums_ha.plan_review.markdown import render_review
    from ums_ha.plan_review.plan_file import load_plan
    from ums_ha.plan_review.report import build_review, review_json
    from ums_ha.plan_review.risks import Level

    plans: list[Plan] = []
    problems: list[Problem] = []
    for path in args.plans:
        try:
            plans.append(load_plan(path))
        except ValidationError as error:
            problems.extend(error.problems)
    if problems:
        raise ValidationError(problems)
    review = build_review([_with_confirmed_deletions(plan, args.confirm_deletions) for plan in plans])
    if args.format == "json":
        _write(json.dumps(review_json(review), indent=2) + "\n", args.output)
    else:
        _write(render_review(review), args.output)
    failing = review.failing(Level.from_label(args.fail_on)) if args.fail_on else ()
    if failing:
        print(f"ums-ha review: {len(failing)} finding(s) at level {args.fail_on} or above", file=sys.stderr)
        return EXIT_FINDINGS
    return EXIT_OK


def _with_confirmed_deletions(plan: Plan, mode: str) -> Plan:
    """``plan`` with the appliance's word on the objects it found deleted, when it was asked and answered."""
    import os
    from dataclasses import replace

    from ums_ha.plan_review.vanished import confirm_deletions

    check = confirm_deletions(plan, mode, os.environ)
    if check.error:
        print(
            f"warning: {plan.source}: the objects found deleted could not be asked about ({redact(check.detail)}); "
            "the plan's own signs of a read error are flagged instead",
            file=sys.stderr,
        )
    elif check.confirmed is not None:
        print(f"{plan.source}: asked the appliance about the objects found deleted: {check.detail}", file=sys.stderr)
    return plan if check.confirmed is None else replace(plan, confirmed_deletions=check.confirmed)


def _drift(args: argparse.Namespace) -> int:
    import os

    from ums_ha.plan_review.drift import render_drift
    from ums_ha.plan_review.plan_file import load_plan
    from ums_ha.plan_review.saved_config import check_saved
    from ums_ha.plan_review.terraform_runner import TerraformError, refresh_only_plan

    try:
        plan = load_plan(args.plan) if args.plan is not None else refresh_only_plan(args.stack)
    except (ValidationError, TerraformError) as error:
        _print_error(str(error))
        return EXIT_ERROR
    try:
        saved = check_saved(plan, args.saved_check, os.environ)
        plan = _with_confirmed_deletions(plan, args.confirm_deletions)
    except ValidationError as error:
        _print_error(str(error))
        return EXIT_ERROR
    sys.stdout.write(render_drift(plan, args.format, saved))
    if saved.error:
        _print_error(f"the drift report is complete, but whether the configuration is saved is not: {saved.detail}")
        return EXIT_ERROR
    return EXIT_DRIFT if plan.drift or saved.saved is False else EXIT_OK


_COMMANDS = {
    "init": _Command(
        "write a deployment repository of your own: site file, cdktf app, pins, Makefile, CI, README",
        _init_arguments,
        _init,
    ),
    "synth": _Command(
        "check the site file and synthesize Terraform JSON, one stack per site", _synth_arguments, _synth
    ),
    "handover": _Command(
        "print the manual steps left after a deploy, with the site's values", _handover_arguments, _handover
    ),
    "diagram": _Command("draw the sites' topology: Mermaid, Graphviz DOT or SVG", _diagram_arguments, _diagram),
    "firmware-hosts": _Command(
        "point every UMS firmware's download host at the DNS name, after checking every server has its files; "
        "--check: exit 4 when one does not",
        _firmware_hosts_arguments,
        _firmware_hosts,
    ),
    "adopt": _Command(
        "read a NetScaler set up by hand (GET requests only) and name its objects for the site file",
        _adopt_arguments,
        _adopt,
    ),
    "netscaler-users": _Command(
        "print the NetScaler CLI commands for the site's least-privilege deploy and monitoring users",
        _netscaler_users_arguments,
        _netscaler_users,
    ),
    "verify": _Command(
        "check from outside, read-only, that a deployed site works: DNS, the VIP, each server, the appliance",
        _verify_arguments,
        _verify,
    ),
    "review": _Command(
        "review terraform show -json plans: findings and changes as a pull-request comment", _review_arguments, _review
    ),
    "drift": _Command("report objects changed or deleted outside Terraform", _drift_arguments, _drift),
}
#: Commands whose bad input exits 1, because 2 means something else for them (drift found).
_USAGE_EXIT = {"ums-ha drift": EXIT_ERROR}


def _print_error(message: str) -> None:
    """``error: message`` on standard error, with credential values and URL passwords hidden."""
    print(f"error: {redact(message)}", file=sys.stderr)


def _command_named(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names: its first word that is not an option (``ums-ha`` has no option with a value)."""
    return next((word for word in argv if not word.startswith("-")), None)


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse ``argv``; a flag the command does not know is reported with that command's usage."""
    words = sys.argv[1:] if argv is None else argv
    parser = _parser(_command_named(words))
    args, unknown = parser.parse_known_args(words)
    if unknown:
        command = _subparsers(parser)[args.command]
        command.error(f"unrecognized arguments: {' '.join(unknown)}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    prepare_toolchain()
    try:
        args = _parse(argv)
    except _UsageError as error:
        print(redact(str(error.code)), file=sys.stderr)
        return _USAGE_EXIT.get(error.prog, EXIT_USAGE)
    except SystemExit as exit_:
        return EXIT_OK if exit_.code in (0, None) else EXIT_USAGE
    try:
        return _COMMANDS[args.command].run(args)
    except ValidationError as error:
        _print_error(str(error))
        return EXIT_USAGE


def entry_point() -> None:
    sys.exit(main())
