"""``ums-ha netscaler-users``: synthesize one site's stack in a temporary folder and print its users."""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path
from typing import Any, TextIO

from ums_ha.domain.naming import NETSCALER_NAME_PATTERN
from ums_ha.errors import Problem, ValidationError
from ums_ha.netscaler_users.policies import site_access
from ums_ha.netscaler_users.render import render_cli
from ums_ha.site.reader import Site

DESCRIPTION = (
    "Print the NetScaler CLI commands that create the site's users, for the appliance's administrator: a deploy "
    "user whose command policies allow exactly the commands the site's stack sends (worked out from the stack "
    "synthesized in a temporary folder), on the site's own object names and SNIP, the config save and, with "
    "[netscaler] partition, the switch into it; and a monitoring user with the built-in read-only policy for "
    "verify, drift, adopt and the nightly jobs; with --format terraform, the same as HCL for the admin's own "
    "citrixadc stack. Nothing is written and no credential is read. Exit status: 0 printed, 2 bad input."
)
FORMATS = ("cli", "terraform")
_USER_RULE = "an ASCII letter, digit or '_', then those, '.', ':' or '-', at most 127 characters"


def add_arguments(parser: argparse.ArgumentParser, config_help: str) -> None:
    parser.add_argument("--config", type=Path, help=config_help)
    parser.add_argument("--site", help="the site (default: the only site of the file)")
    parser.add_argument("--deploy-user", help="the deploy user's name (default: ums-ha-<site>-deploy)")
    parser.add_argument("--monitor-user", help="the monitoring user's name (default: ums-ha-<site>-monitor)")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default=FORMATS[0],
        help="cli: NetScaler CLI commands; terraform: HCL for the admin's own citrixadc stack (default: cli)",
    )


def _user_name(value: str | None, default: str, key: str) -> str:
    if value is None:
        return default
    if not NETSCALER_NAME_PATTERN.fullmatch(value):
        raise ValidationError([Problem(key, f"is {value!r}; a NetScaler user name is {_USER_RULE}")])
    return value


def synthesized_stack(site: Site, site_file: Path) -> dict[str, Any]:
    """The site's Terraform JSON, synthesized in a temporary folder that is removed afterwards."""
    from ums_ha.app.hcl.stack_files import JSON_STACK_FILE
    from ums_ha.app.site_stack import UmsHaSiteStack
    from ums_ha.app.synth import synthesize

    project_dir = site_file.resolve().parent
    with tempfile.TemporaryDirectory(prefix="ums-ha-netscaler-users.") as folder:
        outdir = Path(folder) / "cdktf.out"
        synthesize(
            lambda app, final: [
                UmsHaSiteStack(
                    app,
                    site,
                    project_dir=project_dir,
                    stack_dir=final / "stacks" / site.stack_name,
                    site_file=site_file,
                )
            ],
            outdir,
        )
        text = (outdir / "stacks" / site.stack_name / JSON_STACK_FILE).read_text(encoding="utf-8")
    stack: dict[str, Any] = json.loads(text)
    return stack


def run_netscaler_users(site: Site, site_file: Path, args: argparse.Namespace, out: TextIO, notices: TextIO) -> int:
    deploy_user = _user_name(args.deploy_user, f"ums-ha-{site.name}-deploy", "--deploy-user")
    monitor_user = _user_name(args.monitor_user, f"ums-ha-{site.name}-monitor", "--monitor-user")
    if deploy_user == monitor_user:
        raise ValidationError([Problem("--monitor-user", f"is {monitor_user!r}, the deploy user's name too")])
    stack = synthesized_stack(site, site_file)
    notices.write(f"worked out from the stack {site.stack_name}, synthesized in a temporary folder (removed)\n")
    access = site_access(
        site.name,
        stack,
        partition=site.netscaler.partition,
        deploy_user=deploy_user,
        monitor_user=monitor_user,
    )
    if args.format == "terraform":
        from ums_ha.netscaler_users.terraform import render_terraform

        out.write(render_terraform(access))
    else:
        out.write(render_cli(access))
    return 0
