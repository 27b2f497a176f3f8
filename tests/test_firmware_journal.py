"""The journal: written before the transaction, read back exactly, malformed ones refused clearly."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ums_ha.firmware_hosts.journal import (
    COMMITTED,
    PENDING,
    HostChange,
    JournalError,
    journal_status,
    new_journal_path,
    read_journal,
    write_journal,
)

CHANGES = [
    HostChange(id=1, version="12.5.0", old_host="ums01.corp.example", new_host="igelrmserver.corp.example"),
    HostChange(id="fw-7", version="11.01.100", old_host="", new_host="igelrmserver.corp.example"),
]


def test_a_journal_reads_back_exactly(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    write_journal(path, CHANGES, table='igelums."FWU_FIRMWARES"')
    assert read_journal(path) == ('igelums."FWU_FIRMWARES"', CHANGES)
    document = json.loads(path.read_text())
    assert document["changes"][0] == {
        "id": 1,
        "version": "12.5.0",
        "old": {"host": "ums01.corp.example"},
        "new": {"host": "igelrmserver.corp.example"},
    }
    assert document["written_at"].endswith("+00:00")
    assert sorted(item.name for item in tmp_path.iterdir()) == ["journal.json"]


def journal_text(**change: object) -> str:
    """A format-1 journal with one change, fields replaced by ``change``."""
    valid: dict[str, object] = {"id": 1, "version": "x", "old": {"host": "a"}, "new": {"host": "b"}}
    return json.dumps({"format": 1, "table": "t", "changes": [{**valid, **change}]})


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("{not json", "is not JSON"),
        ('{"format": 2, "table": "t", "changes": []}', "is not a ums-ha firmware journal"),
        ("[1, 2]", "is not a ums-ha firmware journal"),
        ('{"format": 1, "table": "t", "changes": {}}', "'changes' a list"),
        ('{"format": 1, "table": "t", "changes": [{"id": 1, "version": "x"}]}', "changes[0] needs id"),
        (journal_text(id=True), "changes[0] has a value of the wrong type"),
        (journal_text(old={"host": 5}), "changes[0] has a value of the wrong type"),
        (journal_text(version=12), "changes[0] has a value of the wrong type"),
    ],
)
def test_a_malformed_journal_is_a_clear_error(tmp_path: Path, content: str, fragment: str) -> None:
    path = tmp_path / "journal.json"
    path.write_text(content)
    with pytest.raises(JournalError) as caught:
        read_journal(path)
    assert fragment in str(caught.value)
    assert str(path) in str(caught.value)


def test_a_missing_journal_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(JournalError) as caught:
        read_journal(tmp_path / "nope.json")
    assert "cannot read" in str(caught.value)


def test_a_journal_is_pending_until_marked_committed_and_an_old_one_reads_as_committed(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    write_journal(path, CHANGES, table="t")
    assert json.loads(path.read_text())["status"] == PENDING
    assert journal_status(path) == PENDING
    write_journal(path, CHANGES, table="t", status=COMMITTED)
    assert journal_status(path) == COMMITTED
    legacy = tmp_path / "legacy.json"
    legacy.write_text(journal_text())  # written before journals had a status
    assert journal_status(legacy) == COMMITTED


def test_an_unknown_status_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    path.write_text(json.dumps({**json.loads(journal_text()), "status": "done"}))
    with pytest.raises(JournalError) as caught:
        read_journal(path)
    assert "'status' must be 'pending' or 'committed'" in str(caught.value)


def test_a_new_journal_never_takes_the_name_of_an_existing_one(tmp_path: Path) -> None:
    now = datetime(2026, 12, 3, 10, 15, 0, tzinfo=UTC)
    first = new_journal_path(tmp_path, now)
    assert first.name == "firmware-hosts-20261203T101500Z.json"
    first.write_text("mine")
    second = new_journal_path(tmp_path, now)
    assert second.name == "firmware-hosts-20261203T101500Z-2.json"
    second.write_text("also mine")
    assert new_journal_path(tmp_path, now).name == "firmware-hosts-20261203T101500Z-3.json"
    assert first.read_text() == "mine"
