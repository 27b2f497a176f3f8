"""Deciding and applying host changes: a real PostgreSQL table and real UMS stand-ins on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy
from firmware_db import ROWS, SETTINGS, hosts
from sqlalchemy.engine import Engine
from ums_stand_in import Behaviour, StandIn, start

from ums_ha.firmware_hosts.http_checks import HttpClient
from ums_ha.firmware_hosts.http_settings import HttpSettings
from ums_ha.firmware_hosts.plan import (
    ChangedMeanwhileError,
    PreflightError,
    UmsEndpoint,
    Verdict,
    apply,
    decide,
    preflight,
    rollback,
)
from ums_ha.firmware_hosts.table import FirmwareEntry, read_entries, reflect

DNS_NAME = "igelrmserver.corp.example"
CLIENT = HttpClient(HttpSettings(timeout_seconds=2.0, retries=1, backoff_seconds=0.01))
ALL_PATHS = {row[3] for row in ROWS}


def endpoints(stand_ins: list[StandIn], *behaviours: Behaviour) -> list[UmsEndpoint]:
    servers = []
    for number, behaviour in enumerate(behaviours, start=1):
        stand_in = start(behaviour)
        stand_ins.append(stand_in)
        servers.append(UmsEndpoint(f"ums0{number}", "127.0.0.1", stand_in.base_url, stand_in.base_url))
    return servers


def entries(engine: Engine) -> list[FirmwareEntry]:
    with engine.connect() as connection:
        return read_entries(connection, reflect(connection, SETTINGS), SETTINGS)


def test_preflight_passes_when_every_server_says_ok(stand_ins: list[StandIn]) -> None:
    preflight(CLIENT, endpoints(stand_ins, Behaviour(), Behaviour()))


def test_preflight_names_every_unhealthy_server(stand_ins: list[StandIn]) -> None:
    servers = endpoints(stand_ins, Behaviour(), Behaviour(status="warn"), Behaviour(always_fail=True))
    with pytest.raises(PreflightError) as caught:
        preflight(CLIENT, servers)
    assert str(caught.value) == (
        "check-status is not 'ok' on ums02 (127.0.0.1): warn; ums03 (127.0.0.1): HTTP 500 (after 2 tries)"
    )


def test_an_entry_missing_on_one_server_is_withheld_and_named(engine: Engine, stand_ins: list[StandIn]) -> None:
    missing = ROWS[2][3]
    servers = endpoints(
        stand_ins, Behaviour(files=ALL_PATHS), Behaviour(files=ALL_PATHS - {missing}), Behaviour(files=ALL_PATHS)
    )
    decisions = decide(entries(engine), servers, CLIENT, DNS_NAME)
    assert [(d.entry.id, d.verdict, d.missing_on) for d in decisions] == [
        (1, Verdict.CHANGE, ()),
        (2, Verdict.CHANGE, ()),
        (3, Verdict.WITHHELD, ("ums02 (HTTP 404)",)),
    ]
    forced = decide(entries(engine), servers, CLIENT, DNS_NAME, force=True)
    assert [d.verdict for d in forced] == [Verdict.CHANGE, Verdict.CHANGE, Verdict.FORCED]


def test_a_dry_run_changes_no_row_and_apply_changes_exactly_the_verified_ones(
    engine: Engine, stand_ins: list[StandIn], tmp_path: Path
) -> None:
    missing = ROWS[2][3]
    servers = endpoints(stand_ins, Behaviour(files=ALL_PATHS), Behaviour(files=ALL_PATHS - {missing}))
    before = hosts(engine)
    decisions = decide(entries(engine), servers, CLIENT, DNS_NAME)
    assert hosts(engine) == before  # deciding is the dry run

    journal = tmp_path / "journal.json"
    changes = apply(engine, SETTINGS, decisions, journal)
    assert [change.id for change in changes] == [1, 2]
    assert hosts(engine) == {1: DNS_NAME, 2: DNS_NAME, 3: "ums01.corp.example"}
    recorded = json.loads(journal.read_text())["changes"]
    assert [(item["id"], item["old"]["host"], item["new"]["host"]) for item in recorded] == [
        (1, "ums01.corp.example", DNS_NAME),
        (2, "ums02.corp.example", DNS_NAME),
    ]

    restored, left = rollback(engine, SETTINGS, journal)
    assert ([c.id for c in restored], left) == ([1, 2], [])
    assert hosts(engine) == before


def test_a_second_run_changes_nothing_and_checks_nothing_already_set(
    engine: Engine, stand_ins: list[StandIn], tmp_path: Path
) -> None:
    servers = endpoints(stand_ins, Behaviour(files=ALL_PATHS), Behaviour(files=ALL_PATHS))
    apply(engine, SETTINGS, decide(entries(engine), servers, CLIENT, DNS_NAME), tmp_path / "first.json")
    for server in stand_ins:
        server.behaviour.requests.clear()
    second = decide(entries(engine), servers, CLIENT, DNS_NAME)
    assert {d.verdict for d in second} == {Verdict.ALREADY_SET}
    assert all(server.behaviour.requests == [] for server in stand_ins)
    assert apply(engine, SETTINGS, second, tmp_path / "second.json") == []
    assert not (tmp_path / "second.json").exists()


def test_an_entry_changed_meanwhile_rolls_back_the_whole_transaction(
    engine: Engine, stand_ins: list[StandIn], tmp_path: Path
) -> None:
    servers = endpoints(stand_ins, Behaviour(files=ALL_PATHS))
    decisions = decide(entries(engine), servers, CLIENT, DNS_NAME)
    with engine.begin() as connection:
        connection.execute(sqlalchemy.text('UPDATE igelums."FWU_FIRMWARES" SET "HOST" = \'ums03\' WHERE "ID" = 3'))
    before = hosts(engine)
    with pytest.raises(ChangedMeanwhileError) as caught:
        apply(engine, SETTINGS, decisions, tmp_path / "journal.json")
    assert "entry 3 no longer holds host 'ums01.corp.example'" in str(caught.value)
    assert hosts(engine) == before


def test_a_database_error_in_the_middle_changes_no_row(
    engine: Engine, stand_ins: list[StandIn], tmp_path: Path
) -> None:
    with engine.begin() as connection:
        connection.execute(
            sqlalchemy.text(
                "CREATE FUNCTION igelums.refuse() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$"
            )
        )
        connection.execute(
            sqlalchemy.text(
                'CREATE TRIGGER refuse_third BEFORE UPDATE ON igelums."FWU_FIRMWARES" '
                'FOR EACH ROW WHEN (OLD."ID" = 3) EXECUTE FUNCTION igelums.refuse()'
            )
        )
    servers = endpoints(stand_ins, Behaviour(files=ALL_PATHS))
    before = hosts(engine)
    with pytest.raises(sqlalchemy.exc.DBAPIError) as caught:
        apply(engine, SETTINGS, decide(entries(engine), servers, CLIENT, DNS_NAME), tmp_path / "journal.json")
    assert "refused by the test" in str(caught.value)
    assert hosts(engine) == before


def test_rollback_leaves_an_entry_someone_changed_after_the_apply(
    engine: Engine, stand_ins: list[StandIn], tmp_path: Path
) -> None:
    servers = endpoints(stand_ins, Behaviour(files=ALL_PATHS))
    journal = tmp_path / "journal.json"
    apply(engine, SETTINGS, decide(entries(engine), servers, CLIENT, DNS_NAME), journal)
    with engine.begin() as connection:
        connection.execute(sqlalchemy.text('UPDATE igelums."FWU_FIRMWARES" SET "HOST" = \'elsewhere\' WHERE "ID" = 2'))
    restored, left = rollback(engine, SETTINGS, journal)
    assert ([c.id for c in restored], [c.id for c in left]) == ([1, 3], [2])
    assert hosts(engine) == {1: "ums01.corp.example", 2: "elsewhere", 3: "ums01.corp.example"}
