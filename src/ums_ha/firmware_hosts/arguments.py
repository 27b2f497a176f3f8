"""The arguments of ``ums-ha firmware-hosts``, apart from the code that runs it.

``ums-ha`` builds its parser on every start; importing this module loads no
database driver, so the other commands do not pay for SQLAlchemy.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .http_checks import HttpSettings
from .settings import DRIVERS, PASSWORD_ENV, USERNAME_ENV, FirmwareTable


def add_arguments(parser: argparse.ArgumentParser) -> None:
    source = parser.add_argument_group("where the site comes from (default: the site file)")
    source.add_argument("--config", type=Path, help="site file (default: $UMS_HA_CONFIG, ./ums-ha.toml, the example)")
    source.add_argument("--site", help="the site (default: the only site of the file)")
    source.add_argument("--outputs", type=Path, help="terraform output -json of the site's stack, instead of the file")
    source.add_argument("--dns-name", help="the load-balanced name to set as host (default: the site's dns_name)")
    source.add_argument(
        "--server", action="append", metavar="NAME=ADDRESS", help="a UMS server; repeat (default: the site's)"
    )
    source.add_argument("--firmware-port", type=int, help="the servers' firmware HTTP port (default: 9080)")
    source.add_argument("--status-port", type=int, help="where /ums/check-status answers (default: 8443)")
    source.add_argument("--status-scheme", choices=("https", "http"), default="https", help="default: https")

    database = parser.add_argument_group(
        f"the UMS database (credentials only from {USERNAME_ENV}, default the site's login, and {PASSWORD_ENV})"
    )
    database.add_argument("--database-driver", choices=sorted(DRIVERS), default="mssql", help="default: mssql")
    database.add_argument("--database-host", help="default: the site's database server")
    database.add_argument("--database-port", type=int, help="default: the site's, else 1433 / 5432")
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
    modes.add_argument("--apply", action="store_true", help="change the verified entries, in one transaction")
    modes.add_argument("--inspect", action="store_true", help="print the firmware table's real columns and stop")
    modes.add_argument("--rollback", type=Path, metavar="JOURNAL", help="restore the old hosts of a journal")
    action.add_argument("--force", action="store_true", help="also change entries missing on a server (dangerous)")
    action.add_argument("--journal", type=Path, help="journal file for --apply (default: ./firmware-hosts-<time>.json)")

    network = parser.add_argument_group("HTTP checks")
    defaults = HttpSettings()
    network.add_argument("--timeout", type=float, default=defaults.timeout_seconds, help="seconds per request")
    network.add_argument("--retries", type=int, default=defaults.retries, help="on connection errors and 5xx")
    network.add_argument("--concurrency", type=int, default=defaults.concurrency, help="requests at once")
    network.add_argument("--ca-bundle", type=Path, help="PEM file of CAs to trust besides the system's")
