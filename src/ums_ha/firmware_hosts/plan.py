"""Deciding, per firmware entry, whether its host may become the DNS name; applying and undoing that.

An entry is changed only when its files answer on EVERY UMS server (``force``
overrides that, loudly) and only after every server's check-status is ``ok``.
The apply writes the journal first, then changes all entries in one
transaction, each only while it still holds the host that was read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import sqlalchemy

from ums_ha.firmware_hosts.http_checks import Answer, HttpClient, file_url, server_status, status_url
from ums_ha.firmware_hosts.journal import COMMITTED, PENDING, HostChange, JournalError, read_journal, write_journal
from ums_ha.firmware_hosts.table import FirmwareEntry, reflect, set_host
from ums_ha.site.firmware_hosts import FirmwareTable


@dataclass(frozen=True)
class UmsEndpoint:
    """One UMS server as the checks reach it."""

    name: str
    address: str
    firmware_base: str
    """``http://<address>:9080``: where devices download firmware from."""
    status_base: str
    """``https://<address>:8443``: where ``/ums/check-status`` answers."""


class Verdict(Enum):
    CHANGE = "change"
    ALREADY_SET = "already set"
    WITHHELD = "withheld"
    FORCED = "forced"


@dataclass(frozen=True)
class Decision:
    entry: FirmwareEntry
    verdict: Verdict
    new_host: str
    missing_on: tuple[str, ...] = ()
    """Servers the entry's files did not answer on, each with what they said."""

    @property
    def changes(self) -> bool:
        return self.verdict in (Verdict.CHANGE, Verdict.FORCED)


class PreflightError(Exception):
    """A UMS server is not healthy; nothing was checked further and nothing changed."""


class ChangedMeanwhileError(Exception):
    """An entry no longer held the host that was read; the transaction was rolled back."""


def preflight(client: HttpClient, servers: Sequence[UmsEndpoint]) -> None:
    answers = client.fetch_all(status_url(server.status_base) for server in servers)
    unhealthy = [
        f"{server.name} ({server.address}): {verdict}"
        for server in servers
        if (verdict := server_status(answers[status_url(server.status_base)])) != "ok"
    ]
    if unhealthy:
        raise PreflightError("check-status is not 'ok' on " + "; ".join(unhealthy))


def pending_entries(entries: Sequence[FirmwareEntry], dns_name: str) -> list[FirmwareEntry]:
    """The entries whose host is not ``dns_name`` yet: the only ones checked over HTTP."""
    return [entry for entry in entries if entry.host.lower() != dns_name.lower()]


def decide(
    entries: Sequence[FirmwareEntry],
    servers: Sequence[UmsEndpoint],
    client: HttpClient,
    dns_name: str,
    *,
    force: bool = False,
    progress: Callable[[Answer], None] | None = None,
) -> list[Decision]:
    """The verdict of every entry; only entries not yet on ``dns_name`` are checked over HTTP."""
    pending = pending_entries(entries, dns_name)
    answers = client.fetch_all(
        (file_url(server.firmware_base, entry.path) for entry in pending for server in servers),
        method="HEAD",
        progress=progress,
    )
    decisions = []
    checked = set(pending)
    for entry in entries:
        if entry not in checked:
            decisions.append(Decision(entry, Verdict.ALREADY_SET, dns_name))
            continue
        missing = tuple(
            f"{server.name} ({answer.describe()})"
            for server in servers
            if not (answer := answers[file_url(server.firmware_base, entry.path)]).ok
        )
        verdict = Verdict.CHANGE if not missing else Verdict.FORCED if force else Verdict.WITHHELD
        decisions.append(Decision(entry, verdict, dns_name, missing))
    return decisions


def apply(
    engine: sqlalchemy.Engine, settings: FirmwareTable, decisions: Sequence[Decision], journal: Path
) -> list[HostChange]:
    """Journal, then one transaction; any entry changed meanwhile rolls everything back."""
    changes = [
        HostChange(id=d.entry.id, version=d.entry.version, old_host=d.entry.host, new_host=d.new_host)
        for d in decisions
        if d.changes
    ]
    if not changes:
        return []
    write_journal(journal, changes, table=_table_name(settings), status=PENDING)
    with engine.begin() as connection:
        table = reflect(connection, settings)
        for change in changes:
            if not set_host(connection, table, settings, change.id, old=change.old_host, new=change.new_host):
                raise ChangedMeanwhileError(
                    f"entry {change.id!r} no longer holds host {change.old_host!r}: someone changed it while "
                    "ums-ha was checking; nothing was changed, run again"
                )
    try:
        write_journal(journal, changes, table=_table_name(settings), status=COMMITTED)
    except JournalError as error:
        raise JournalError(
            f"the {len(changes)} entries were changed, but the journal could not be marked committed ({error}); "
            f"--rollback {journal} still undoes them"
        ) from None
    return changes


def rollback(
    engine: sqlalchemy.Engine, settings: FirmwareTable, journal: Path
) -> tuple[list[HostChange], list[HostChange]]:
    """Restore the journal's old hosts where the entry still holds the host we wrote: (restored, left alone)."""
    _table, changes = read_journal(journal)
    restored, left = [], []
    with engine.begin() as connection:
        table = reflect(connection, settings)
        for change in changes:
            if set_host(connection, table, settings, change.id, old=change.new_host, new=change.old_host):
                restored.append(change)
            else:
                left.append(change)
    return restored, left


def _table_name(settings: FirmwareTable) -> str:
    return f"{settings.schema}.{settings.table}" if settings.schema else settings.table
