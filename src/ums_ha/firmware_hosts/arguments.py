"""The arguments of ``ums-ha firmware-hosts``, apart from the code that runs it.

``ums-ha`` builds its parser on every start; importing this module loads no
database driver, so the other commands do not pay for SQLAlchemy. Flags left
out are None here: their values then come from the site file's
``[firmware_hosts]`` table, else the defaults the help names.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ums_ha.firmware_hosts.http_settings import HttpSettings
from ums_ha.site.firmware_hosts import (
    DEFAULT_FIRMWARE_PORT,
    DEFAULT_STATUS_PORT,
    DRIVERS,
    PASSWORD_ENV,
    STATUS_SCHEMES,
    USERNAME_ENV,
    FirmwareTable,
)

_FROM_SITE = "[firmware_hosts] of the site"

DESCRIPTION = (
    "Dry run by default: reads the firmware entries from the UMS database, checks each server's check-status and "
    "each entry's files on every server, and prints the verdicts. --apply changes the verified entries in one "
    "transaction after writing a journal; --rollback JOURNAL undoes it; --check reports every entry that does "
    "not name the DNS name yet (firmware drift: downloaded after the last switch), with the server it points at "
    "and whether its files are on every server, and changes nothing. Exit status: 0 done (--check: no drift), "
    "1 error (nothing changed), 2 bad input, 3 some entries withheld, 4 (--check) entries not load-balanced."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    source = parser.add_argument_group("where the site comes from (default: the site file)")
    source.add_argument(
        "--config", type=Path, help="site file (default: $UMS_HA_CONFIG, else ./ums-ha.toml, else the bundled example)"
    )
    source.add_argument("--site", help="the site (default: the only site of the file)")
    source.add_argument(
        "--outputs", type=Path, help="terraform output -json of the site's stack, instead of the file (default: none)"
    )
    source.add_argument("--dns-name", help="the load-balanced name to set as host (default: the site's dns_name)")
    source.add_argument(
        "--server", action="append", metavar="NAME=ADDRESS", help="a UMS server; repeat (default: the site's)"
    )
    source.add_argument(
        "--firmware-port",
        type=int,
        help=f"the servers' firmware HTTP port (default: {_FROM_SITE}, else the firmware service's, "
        f"else {DEFAULT_FIRMWARE_PORT})",
    )
    source.add_argument(
        "--status-port",
        type=int,
        help=f"where /ums/check-status answers (default: {_FROM_SITE}, else the console service's, "
        f"else {DEFAULT_STATUS_PORT})",
    )
    source.add_argument(
        "--status-scheme", choices=STATUS_SCHEMES, help=f"default: {_FROM_SITE}, else {STATUS_SCHEMES[0]}"
    )

    database = parser.add_argument_group(
        f"the UMS database (credentials only from {USERNAME_ENV}, default the site's login, and {PASSWORD_ENV})"
    )
    database.add_argument(
        "--database-driver",
        choices=sorted(DRIVERS),
        help=f"the database engine (default: {_FROM_SITE}, else the [database] engine's, else mssql)",
    )
    database.add_argument(
        "--database-host",
        help=f"one host instead of the site's servers (default: {_FROM_SITE}, else the site's database server "
        "and its standbys)",
    )
    database.add_argument(
        "--database-port", type=int, help=f"default: {_FROM_SITE}, else the site's, else 1433 / 5432 by engine"
    )
    database.add_argument("--database-name", help="default: the site's database name")
    table = FirmwareTable()
    database.add_argument("--schema", help="default: the site's database schema, else the login's default")
    for key, name, note in (
        ("table", "--table", ""),
        ("id_column", "--id-column", ""),
        ("version_column", "--version-column", ""),
        ("host_column", "--host-column", ", undocumented by IGEL: confirm with --inspect"),
        ("path_column", "--path-column", ", undocumented by IGEL: confirm with --inspect"),
    ):
        database.add_argument(
            name, dest=key, help=f"default: firmware_hosts.{key} of the site, else {getattr(table, key)}{note}"
        )

    action = parser.add_argument_group("what to do (default: a dry run)")
    modes = action.add_mutually_exclusive_group()
    modes.add_argument(
        "--apply", action="store_true", help="change the verified entries, in one transaction (default: a dry run)"
    )
    modes.add_argument(
        "--check",
        action="store_true",
        help="report the entries whose host is not the DNS name, with the server each points at and whether its "
        "files are on every server; change nothing; exit 4 when there is one (default: off; for a nightly job)",
    )
    modes.add_argument(
        "--inspect", action="store_true", help="print the firmware table's real columns and stop (default: off)"
    )
    modes.add_argument(
        "--rollback", type=Path, metavar="JOURNAL", help="restore the old hosts of a journal (default: none)"
    )
    action.add_argument(
        "--force", action="store_true", help="also change entries missing on a server (dangerous; default: off)"
    )
    action.add_argument("--journal", type=Path, help="journal file for --apply (default: ./firmware-hosts-<time>.json)")

    network = parser.add_argument_group("HTTP checks")
    defaults = HttpSettings()
    network.add_argument(
        "--timeout", type=float, help=f"seconds per request (default: {_FROM_SITE}, else {defaults.timeout_seconds:g})"
    )
    network.add_argument(
        "--retries", type=int, help=f"on connection errors and 5xx (default: {_FROM_SITE}, else {defaults.retries})"
    )
    network.add_argument(
        "--concurrency", type=int, help=f"requests at once (default: {_FROM_SITE}, else {defaults.concurrency})"
    )
    network.add_argument(
        "--ca-bundle",
        type=Path,
        help=f"PEM file of CAs to trust besides the system's (default: {_FROM_SITE}, else none)",
    )
