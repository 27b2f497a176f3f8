"""``ums-ha verify``: its arguments, and running the checks of one site."""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TextIO

from ums_ha.database.postgresql import split_host_port
from ums_ha.domain.dns import DEFAULT_DNS_PORT
from ums_ha.domain.rules import check_firmware_path, check_host, check_int_range
from ums_ha.errors import Problem, ValidationError
from ums_ha.site.reader import Site
from ums_ha.verify.report import FORMATS, render_json, render_text
from ums_ha.verify.results import exit_status
from ums_ha.verify.settings import (
    DEFAULT_CONCURRENCY,
    DEFAULT_RETRIES,
    DEFAULT_TIMEOUT_SECONDS,
    MAX_CONCURRENCY,
    MAX_RETRIES,
    MAX_TIMEOUT_SECONDS,
    SECTIONS,
    VerifySettings,
)

DESCRIPTION = (
    "Check from here, read-only, that a deployed site works: the DNS name resolves to the VIP (and the [dns] "
    "record matches); every service port of the VIP takes connections, the certificate through the VIP is valid "
    "for the name, /ums/check-status answers ok through the VIP and on each server; the appliance (NITRO GETs, "
    "NS_LOGIN and NS_PASSWORD from the environment) has every vserver and member UP, the monitor bound and the "
    "configuration saved; with OS 11 devices, one firmware file answers through the VIP and on every server. "
    "Nothing is written; only the NITRO requests carry a credential. Exit status: 0 every check passed, 1 a check "
    "failed, 2 bad input."
)


def add_arguments(parser: argparse.ArgumentParser, config_help: str) -> None:
    parser.add_argument("--config", type=Path, help=config_help)
    parser.add_argument("--site", help="the site (default: the only site of the file)")
    parser.add_argument(
        "--dns-server",
        help="ask this DNS server for the name, HOST or HOST:PORT (default: the system's resolver)",
        metavar="HOST",
    )
    parser.add_argument(
        "--dns-port",
        type=int,
        help="port of the site's [dns] server, and of --dns-server unless it names one (default: port of the "
        f"site's [dns] table, else {DEFAULT_DNS_PORT})",
    )
    parser.add_argument(
        "--ca-bundle",
        type=Path,
        help="PEM file of CAs to trust for the certificate through the VIP (default: [firmware_hosts] ca_bundle "
        "of the site, else the system's CAs only)",
    )
    parser.add_argument(
        "--firmware-path",
        help="a firmware file's path on the firmware port (default: [firmware_hosts] firmware_path of the site, "
        "else no firmware check)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT_SECONDS,
        help=f"seconds per query, connection or request, at most {MAX_TIMEOUT_SECONDS:g} "
        f"(default: {DEFAULT_TIMEOUT_SECONDS:g})",
    )
    parser.add_argument(
        "--retries",
        type=int,
        default=DEFAULT_RETRIES,
        help=f"further tries after a fault, 0 to {MAX_RETRIES} (default: {DEFAULT_RETRIES})",
    )
    parser.add_argument(
        "--concurrency",
        type=int,
        default=DEFAULT_CONCURRENCY,
        help=f"checks at once, 1 to {MAX_CONCURRENCY} (default: {DEFAULT_CONCURRENCY})",
    )
    parser.add_argument(
        "--skip",
        action="append",
        choices=SECTIONS,
        default=[],
        help="leave a group of checks out; repeat (default: none)",
    )
    parser.add_argument("--format", choices=FORMATS, default=FORMATS[0], help="default: %(default)s (a table)")


def settings_from(args: argparse.Namespace, site: Site) -> VerifySettings:
    """The settings, every flag checked (all problems at once)."""
    problems: list[Problem] = []
    if not 0 < args.timeout <= MAX_TIMEOUT_SECONDS:
        limit = f"more than 0 and at most {MAX_TIMEOUT_SECONDS:g} seconds"
        problems.append(Problem("--timeout", f"must be {limit}, but {args.timeout:g} was given"))
    problems += check_int_range(args.retries, "--retries", 0, MAX_RETRIES)
    problems += check_int_range(args.concurrency, "--concurrency", 1, MAX_CONCURRENCY)
    site_port = site.dns.port if site.dns is not None else DEFAULT_DNS_PORT
    asked_port: int = args.dns_port if args.dns_port is not None else site_port
    problems += check_int_range(asked_port, "--dns-port", 1, 65535)
    dns_server, dns_port = args.dns_server, asked_port
    if dns_server is not None:
        allowed = "a DNS server's host name or IP address, or HOST:PORT"
        try:
            dns_server, dns_port = split_host_port(dns_server, asked_port)
        except ValueError:
            problems.append(Problem("--dns-server", f"must be {allowed}, but {args.dns_server!r} was given"))
        else:
            problems += check_host(dns_server, "--dns-server", allowed)
            problems += check_int_range(dns_port, "--dns-server", 1, 65535)
    if args.firmware_path is not None:
        problems += check_firmware_path(args.firmware_path, "--firmware-path")
    ca_bundle = args.ca_bundle if args.ca_bundle is not None else site.firmware_hosts.ca_bundle
    if ca_bundle is not None and not ca_bundle.is_file():
        key = "--ca-bundle" if args.ca_bundle is not None else f"sites.{site.name}.firmware_hosts.ca_bundle"
        problems.append(Problem(key, f"{str(ca_bundle)!r} is not a readable file"))
    if problems:
        raise ValidationError(problems)
    return VerifySettings(
        timeout_seconds=args.timeout,
        retries=args.retries,
        concurrency=args.concurrency,
        ca_bundle=ca_bundle,
        dns_server=dns_server,
        dns_port=asked_port,
        dns_server_port=dns_port,
        firmware_path=args.firmware_path,
        skip=frozenset(args.skip),
    )


def run_verify(site: Site, args: argparse.Namespace, out: TextIO, environ: Mapping[str, str] | None = None) -> int:
    """Check ``site`` and print the checklist; 0 every check passed, 1 a check failed (2 is raised as bad input)."""
    from ums_ha.nitro import ha_pair_readers, reader_for
    from ums_ha.verify.checks import verify_site

    settings = settings_from(args, site)
    environment = os.environ if environ is None else environ
    reader = None
    if "appliance" not in settings.skip:
        try:
            reader = reader_for(site, environment, timeout_seconds=settings.timeout_seconds)
        except ValidationError as error:
            raise ValidationError(
                [Problem(problem.key, f"{problem.message} (or pass --skip appliance)") for problem in error.problems]
            ) from None
    ha_pair = (
        ha_pair_readers(site, environment, timeout_seconds=settings.timeout_seconds)
        if reader is not None and site.netscaler.nodes
        else None
    )
    try:
        results = verify_site(site, settings, reader, ha_pair)
    finally:
        if reader is not None:
            reader.close()  # the partition's session, when there is one
    render = render_json if args.format == "json" else render_text
    out.write(render(site.name, results))
    return exit_status(results)
