"""``ums-ha firmware-hosts`` (and ``scripts/patch_firmware_hosts.py``): the command line.

Exit status: 0 done or nothing to do; 1 error, nothing changed (a server not
healthy, the database unreachable, an entry changed meanwhile); 2 usage or
input error; 3 some entries withheld (their files are missing on a server);
4 with ``--check``: firmware drift, entries that do not name the DNS name.
"""

from __future__ import annotations

import argparse
import os
import ssl
import sys
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

import sqlalchemy

from ums_ha.credentials.environment import redact
from ums_ha.domain.rules import check_fqdn, check_host, check_int_range
from ums_ha.errors import Problem, ValidationError
from ums_ha.firmware_hosts.arguments import add_arguments
from ums_ha.firmware_hosts.http_checks import Answer, HttpClient
from ums_ha.firmware_hosts.inputs import Inputs, database_url, from_outputs, from_site
from ums_ha.firmware_hosts.journal import PENDING, JournalError, journal_status, new_journal_path
from ums_ha.firmware_hosts.plan import (
    ChangedMeanwhileError,
    Decision,
    PreflightError,
    UmsEndpoint,
    Verdict,
    apply,
    decide,
    pending_entries,
    preflight,
    rollback,
)
from ums_ha.firmware_hosts.table import TableError, TablesNotCreatedError, describe, read_entries, reflect
from ums_ha.site.firmware_hosts import FIRMWARE_TABLE_KEYS, FirmwareTable
from ums_ha.site.reader import load_site_file, locate_site_file

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_WITHHELD = 3
EXIT_DRIFT = 4  # --check: entries that do not name the DNS name


class NothingToCheckError(Exception):
    """``--check`` of a site whose firmware hosts do not concern it (OS 12 only, no firmware service): no drift."""


def _inputs(args: argparse.Namespace, notices: TextIO) -> Inputs:
    if args.outputs is not None:
        notices.write(f"stack outputs: {args.outputs}\n")
        inputs = from_outputs(args.outputs)
    else:
        location = locate_site_file(args.config)
        notices.write(location.notice + "\n")
        site = load_site_file(location.path).select(args.site)
        refusal = site.firmware_hosts_refusal()
        if refusal is not None and args.check:
            raise NothingToCheckError(refusal)
        if refusal is not None:
            raise ValidationError([Problem("--site", f"{refusal}; nothing to do for ums-ha firmware-hosts")])
        inputs = from_site(site)
        if inputs.out_of_service and not args.server:
            notices.write(
                f"not asked: {', '.join(inputs.out_of_service)}, out of service by [sites.{site.name}.maintenance]; "
                "it must hold every firmware's files before it returns: copy them, then run this again\n"
            )
    servers = inputs.servers
    if args.server:
        pairs = [item.partition("=") for item in args.server]
        bad = [name + sep + address for name, sep, address in pairs if not (name and sep and address)]
        if bad:
            raise ValidationError([Problem("--server", f"must be NAME=ADDRESS, but {bad[0]!r} was given")])
        servers = tuple((name, address) for name, _sep, address in pairs)
    overrides = {
        "dns_name": args.dns_name,
        "firmware_port": args.firmware_port,
        "status_port": args.status_port,
        "database_host": args.database_host,
        "database_port": args.database_port,
        "database_name": args.database_name,
        "schema": args.schema,
        "driver": args.database_driver,
        "status_scheme": args.status_scheme,
    }
    http_overrides = {
        "timeout_seconds": args.timeout,
        "retries": args.retries,
        "concurrency": args.concurrency,
        "ca_bundle": args.ca_bundle,
    }
    inputs = replace(
        inputs,
        servers=servers,
        http=replace(inputs.http, **{key: value for key, value in http_overrides.items() if value is not None}),
        **{key: value for key, value in overrides.items() if value is not None},
    )
    if args.database_host is not None:  # one host named on the command line: the site's standbys do not apply
        inputs = replace(inputs, standby_hosts=())
    problems = _input_problems(inputs)
    if problems:
        raise ValidationError(problems)
    return inputs


def _input_problems(inputs: Inputs) -> list[Problem]:
    problems = []
    if not inputs.dns_name:
        problems.append(Problem("--dns-name", "is required: no DNS name in the site file or stack outputs"))
    else:
        problems += check_fqdn(inputs.dns_name, "--dns-name")
    if not inputs.servers:
        problems.append(Problem("--server", "is required: no UMS servers in the site file or stack outputs"))
    for name, address in inputs.servers:
        problems += check_host(address, f"--server {name}", "a UMS server's IP address or host name")
    for key, port in (
        ("--firmware-port", inputs.firmware_port),
        ("--status-port", inputs.status_port),
        ("--database-port", inputs.database_port or 1),
    ):
        problems += check_int_range(port, key, 1, 65535)
    http = inputs.http
    for key, value in (
        ("--timeout", http.timeout_seconds),
        ("--retries", http.retries),
        ("--concurrency", http.concurrency),
    ):
        if value < (1 if key == "--concurrency" else 0):
            problems.append(Problem(key, f"must not be {'below 1' if key == '--concurrency' else 'negative'}: {value}"))
    if http.ca_bundle is not None and not http.ca_bundle.is_file():
        problems.append(Problem("--ca-bundle", f"{str(http.ca_bundle)!r} is not a readable file"))
    return problems


class Progress:
    """A counter on a terminal; on CI, a plain line at every tenth."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total, self.done, self.stream = total, 0, stream
        self.terminal = stream.isatty()

    def __call__(self, _answer: Answer) -> None:
        self.done += 1
        if self.terminal:
            end = "\n" if self.done == self.total else ""
            self.stream.write(f"\rchecking firmware files: {self.done}/{self.total}{end}")
        elif self.done == self.total or self.done % max(1, self.total // 10) == 0:
            self.stream.write(f"checked {self.done} of {self.total} firmware files\n")
        self.stream.flush()


def _report(decisions: Sequence[Decision], out: TextIO) -> None:
    rows = [("entry", "version", "host", "verdict")]
    for decision in decisions:
        entry = decision.entry
        host = (
            entry.host
            if decision.verdict is Verdict.ALREADY_SET
            else f"{entry.host or '(none)'} -> {decision.new_host}"
        )
        verdict = decision.verdict.value
        if decision.missing_on:
            verdict += ": missing on " + ", ".join(decision.missing_on)
        rows.append((str(entry.id), entry.version, host, verdict))
    _write_table(rows, out)


def _write_table(rows: Sequence[Sequence[str]], out: TextIO) -> None:
    """Rows as columns two spaces apart, each padded to its widest cell but the last (a free-length verdict)."""
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]) - 1)]
    for row in rows:
        out.write(
            "  ".join(cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=True)) + "  " + row[-1] + "\n"
        )


def run(args: argparse.Namespace, environ: Mapping[str, str] | None = None, out: TextIO | None = None) -> int:
    environ = os.environ if environ is None else environ
    out = out or sys.stdout
    try:
        inputs = _inputs(args, sys.stderr)
    except NothingToCheckError as error:
        out.write(f"no firmware drift possible: {error}\n")
        return EXIT_OK
    url = database_url(inputs, environ)
    flags = {key: getattr(args, key) for key in FIRMWARE_TABLE_KEYS if getattr(args, key) is not None}
    settings = replace(inputs.firmware_table, schema=inputs.schema, **flags)
    engine = sqlalchemy.create_engine(url)
    try:
        return _run(args, inputs, settings, engine, out)
    finally:
        engine.dispose()


def _run(
    args: argparse.Namespace, inputs: Inputs, settings: FirmwareTable, engine: sqlalchemy.Engine, out: TextIO
) -> int:
    if args.inspect:
        with engine.connect() as connection:
            for name, type_ in describe(connection, settings):
                out.write(f"{name}  {type_}\n")
        return EXIT_OK
    if args.rollback is not None:
        cut = journal_status(args.rollback) == PENDING
        restored, left = rollback(engine, settings, args.rollback)
        out.write(f"restored {len(restored)} entries from {args.rollback}\n")
        if cut:
            out.write("the journal is pending: the run that wrote it was cut, its changes may never have committed\n")
        why = "the cut run did not change it, or someone changed it since" if cut else "someone changed it since"
        for change in left:
            out.write(f"left {change.id!r}: it no longer holds {change.new_host!r}, {why}\n")
        return EXIT_OK

    client = HttpClient(inputs.http)
    servers = [
        UmsEndpoint(
            name,
            address,
            f"http://{_host(address)}:{inputs.firmware_port}",
            f"{inputs.status_scheme}://{_host(address)}:{inputs.status_port}",
        )
        for name, address in inputs.servers
    ]
    preflight(client, servers)
    with engine.connect() as connection:
        entries = read_entries(connection, reflect(connection, settings), settings)
    progress = Progress(len(pending_entries(entries, inputs.dns_name)) * len(servers), sys.stderr)
    decisions = decide(entries, servers, client, inputs.dns_name, force=args.force, progress=progress)
    if args.check:
        return _report_drift(decisions, inputs, out)
    _report(decisions, out)
    withheld = sum(1 for d in decisions if d.verdict is Verdict.WITHHELD)
    forced = [d for d in decisions if d.verdict is Verdict.FORCED]
    pending = sum(1 for d in decisions if d.changes)
    if forced:
        sys.stderr.write(
            f"WARNING: --force: {len(forced)} entries will name {inputs.dns_name} although their files are missing "
            "on a server; devices sent to that server will fail to update\n"
        )
    if not pending:
        out.write(f"nothing to do: {len(decisions) - withheld} entries already name {inputs.dns_name}")
        out.write(f", {withheld} withheld\n" if withheld else "\n")
        return EXIT_WITHHELD if withheld else EXIT_OK
    if not args.apply:
        out.write(f"dry run: {pending} entries would change, {withheld} withheld; nothing changed (use --apply)\n")
        return EXIT_WITHHELD if withheld else EXIT_OK
    journal = args.journal or new_journal_path(Path.cwd(), datetime.now(UTC))
    changes = apply(engine, settings, decisions, journal)
    out.write(f"changed {len(changes)} entries, {withheld} withheld; journal {journal} (undo: --rollback {journal})\n")
    return EXIT_WITHHELD if withheld else EXIT_OK


def _report_drift(decisions: Sequence[Decision], inputs: Inputs, out: TextIO) -> int:
    """``--check``: every entry that does not name the DNS name, the server it points at, where its files are."""
    drifted = [decision for decision in decisions if decision.verdict is not Verdict.ALREADY_SET]
    if not drifted:
        out.write(f"no firmware drift: all {len(decisions)} entries name {inputs.dns_name}\n")
        return EXIT_OK
    rows = [("entry", "version", "host", "points at", "files")]
    for decision in drifted:
        entry = decision.entry
        points_at = _server_named(entry.host, inputs.servers)
        files = "missing on " + ", ".join(decision.missing_on) if decision.missing_on else "on every server"
        rows.append((str(entry.id), entry.version, entry.host or "(none)", points_at, files))
    out.write(
        f"firmware drift: {len(drifted)} of {len(decisions)} entries do not name {inputs.dns_name}; devices "
        "download them from the host named, not through the load balancer\n"
    )
    _write_table(rows, out)
    ready = sum(1 for decision in drifted if not decision.missing_on)
    out.write(
        f"nothing changed; {ready} of them can be switched now (ums-ha firmware-hosts --apply); copy the missing "
        "files to every server first for the others\n"
    )
    return EXIT_DRIFT


def _server_named(host: str, servers: Sequence[tuple[str, str]]) -> str:
    """The UMS server a firmware entry's host names: by its address, its name, or a DNS name whose first label is
    its name (``ums01.corp.example``, as the UMS fills the host in)."""
    if not host:
        return "no host"
    wanted = host.lower().rstrip(".")
    for name, address in servers:
        if wanted in (address.lower(), name.lower()) or wanted.split(".")[0] == name.lower():
            return name
    return "no server of the site"


def _host(address: str) -> str:
    return f"[{address}]" if ":" in address else address


def _fail(message: str, status: int) -> int:
    """Print ``error: message`` with every credential value and URL password hidden; return ``status``."""
    sys.stderr.write(f"error: {redact(message)}\n")
    return status


def run_reporting(args: argparse.Namespace) -> int:
    """:func:`run` with every failure turned into a message and its exit status."""
    try:
        return run(args)
    except TablesNotCreatedError as error:  # not bad input: the database is too new, and will not stay so
        return _fail(f"{error}; nothing was changed", EXIT_ERROR)
    except (ValidationError, TableError, JournalError) as error:
        return _fail(str(error), EXIT_USAGE)
    except ssl.SSLError as error:
        return _fail(f"--ca-bundle (or ca_bundle of the site): not a PEM file of CA certificates: {error}", EXIT_USAGE)
    except (PreflightError, ChangedMeanwhileError) as error:
        return _fail(f"{error}; nothing was changed", EXIT_ERROR)
    except sqlalchemy.exc.DBAPIError as error:
        # The driver's own message (redacted all the same: a driver may echo what it was given).
        reason = str(error.orig).strip().splitlines()[0] if error.orig is not None else type(error).__name__
        return _fail(f"the database failed: {reason}; nothing was changed", EXIT_ERROR)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="patch_firmware_hosts.py",
        description="Point every UMS firmware's download host at the load-balanced DNS name, safely.",
    )
    add_arguments(parser)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return EXIT_OK if exit_.code in (0, None) else EXIT_USAGE
    return run_reporting(args)
