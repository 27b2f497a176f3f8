"""The journal: what an apply changes, on disk before the transaction, so ``--rollback`` can undo it.

It is written ``"status": "pending"`` before the transaction and rewritten ``"committed"`` after the
commit. A journal left pending belongs to a run that was cut (killed, its connection dropped): its
transaction may or may not have committed, so ``--rollback`` restores only the entries that hold the new
host, as it always does. Journals written before the status existed read as committed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from ums_ha.files import write_atomically

JOURNAL_FORMAT: Final = 1
PENDING: Final = "pending"
COMMITTED: Final = "committed"


class JournalError(Exception):
    """The journal cannot be read or is not one ums-ha wrote; the message says what is wrong."""


@dataclass(frozen=True)
class HostChange:
    id: int | str
    version: str
    old_host: str
    new_host: str


def write_journal(path: Path, changes: list[HostChange], *, table: str, status: str = PENDING) -> None:
    """Write and fsync the journal (file and directory): ``pending`` before the database is touched,
    ``committed`` once the transaction has committed."""
    document = {
        "format": JOURNAL_FORMAT,
        "written_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "status": status,
        "table": table,
        "changes": [
            {
                "id": change.id,
                "version": change.version,
                "old": {"host": change.old_host},
                "new": {"host": change.new_host},
            }
            for change in changes
        ],
    }
    try:
        write_atomically(path, json.dumps(document, indent=2) + "\n")
    except OSError as error:
        raise JournalError(f"cannot write the journal {str(path)!r}: {error.strerror}") from None


def _read_document(path: Path) -> dict[str, Any]:
    """The journal's JSON document, with its format and status checked."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise JournalError(f"cannot read {str(path)!r}: {error.strerror}") from None
    except json.JSONDecodeError as error:
        raise JournalError(f"{str(path)!r} is not JSON: {error.msg} at line {error.lineno}") from None
    if not isinstance(document, dict) or document.get("format") != JOURNAL_FORMAT:
        raise JournalError(f"{str(path)!r} is not a ums-ha firmware journal (format {JOURNAL_FORMAT})")
    if document.get("status", COMMITTED) not in (PENDING, COMMITTED):
        raise JournalError(f"{str(path)!r}: 'status' must be {PENDING!r} or {COMMITTED!r}")
    return document


def read_journal(path: Path) -> tuple[str, list[HostChange]]:
    """The table and the changes of a journal; every field is checked."""
    document = _read_document(path)
    table, raw_changes = document.get("table"), document.get("changes")
    if not isinstance(table, str) or not isinstance(raw_changes, list):
        raise JournalError(f"{str(path)!r}: 'table' must be a string and 'changes' a list")
    changes = []
    for index, raw in enumerate(raw_changes):
        try:
            entry_id, version = raw["id"], raw["version"]
            old, new = raw["old"]["host"], raw["new"]["host"]
        except (KeyError, TypeError):
            raise JournalError(f"{str(path)!r}: changes[{index}] needs id, version, old.host and new.host") from None
        if (
            not isinstance(entry_id, int | str)
            or isinstance(entry_id, bool)
            or not all(isinstance(value, str) for value in (version, old, new))
        ):
            raise JournalError(f"{str(path)!r}: changes[{index}] has a value of the wrong type")
        changes.append(HostChange(id=entry_id, version=version, old_host=old, new_host=new))
    return table, changes


def journal_status(path: Path) -> str:
    """``pending`` or ``committed`` (see the module's text)."""
    status: str = _read_document(path).get("status", COMMITTED)
    return status


def new_journal_path(directory: Path, now: datetime) -> Path:
    """``firmware-hosts-<time>.json`` in ``directory``, with ``-2``, ``-3``... when that file exists already:
    a run never overwrites an earlier run's journal."""
    stem = f"firmware-hosts-{now:%Y%m%dT%H%M%SZ}"
    path, number = directory / f"{stem}.json", 1
    while path.exists():
        number += 1
        path = directory / f"{stem}-{number}.json"
    return path
