"""The firmware table on a real PostgreSQL server: reflection, reading, compare-and-set writes, one transaction."""

from __future__ import annotations

import pytest
import sqlalchemy
from firmware_db import ROWS, SETTINGS, hosts
from sqlalchemy.engine import Engine

from ums_ha.firmware_hosts.table import (
    FirmwareEntry,
    TableError,
    TablesNotCreatedError,
    describe,
    read_entries,
    reflect,
    set_host,
)
from ums_ha.site.firmware_hosts import FirmwareTable


def test_entries_are_read_through_the_configured_columns(engine: Engine) -> None:
    with engine.connect() as connection:
        table = reflect(connection, SETTINGS)
        assert read_entries(connection, table, SETTINGS) == [FirmwareEntry(*row) for row in ROWS]


def test_names_match_whatever_case_the_database_folded_them_to(engine: Engine) -> None:
    settings = FirmwareTable(schema="igelums", table="fwu_firmwares", host_column="host", id_column="Id")
    with engine.connect() as connection:
        table = reflect(connection, settings)
        assert [entry.host for entry in read_entries(connection, table, settings)] == [row[2] for row in ROWS]


def test_a_missing_column_lists_the_columns_that_exist(engine: Engine) -> None:
    with engine.connect() as connection, pytest.raises(TableError) as caught:
        reflect(connection, FirmwareTable(schema="igelums", host_column="DOWNLOADHOST"))
    assert str(caught.value) == (
        "column 'DOWNLOADHOST' not found in table 'FWU_FIRMWARES'; it has: HOST, ID, PATH, PRODUCT, VERSION"
    )


def test_a_missing_table_lists_the_tables_that_exist(engine: Engine) -> None:
    with engine.connect() as connection, pytest.raises(TableError) as caught:
        reflect(connection, FirmwareTable(schema="igelums", table="FIRMWARES"))
    assert str(caught.value) == "table 'FIRMWARES' not found in schema 'igelums'; it has: FWU_FIRMWARES"


def test_a_schema_without_any_table_says_the_ums_has_not_created_them_yet(engine: Engine) -> None:
    """The first deploy of a site with patch_after_apply on a new database: the UMS has not connected yet."""
    with engine.begin() as connection:
        connection.execute(sqlalchemy.text("CREATE SCHEMA fresh"))
    with engine.connect() as connection, pytest.raises(TablesNotCreatedError) as caught:
        reflect(connection, FirmwareTable(schema="fresh"))
    assert str(caught.value) == (
        "table 'FWU_FIRMWARES' not found in schema 'fresh', which holds no tables yet: the UMS creates its tables "
        "when a UMS server first connects to this database (the datasource step of ums-ha handover); after that, "
        "run this again (with patch_after_apply, the next deploy runs it again)"
    )


def test_inspect_describes_every_real_column(engine: Engine) -> None:
    with engine.connect() as connection:
        columns = describe(connection, FirmwareTable(schema="igelums", host_column="WRONG"))
    assert [name for name, _type in columns] == ["ID", "VERSION", "HOST", "PATH", "PRODUCT"]
    assert dict(columns)["ID"] == "INTEGER"


def test_set_host_changes_a_row_only_while_it_holds_the_old_value(engine: Engine) -> None:
    with engine.begin() as connection:
        table = reflect(connection, SETTINGS)
        assert set_host(connection, table, SETTINGS, 1, old="ums01.corp.example", new="igelrmserver.corp.example")
        assert not set_host(connection, table, SETTINGS, 2, old="ums01.corp.example", new="igelrmserver.corp.example")
    assert hosts(engine) == {1: "igelrmserver.corp.example", 2: "ums02.corp.example", 3: "ums01.corp.example"}


def change_then_fail(engine: Engine) -> None:
    """One host changed, then a statement the database refuses (NOT NULL), in one transaction."""
    with engine.begin() as connection:
        table = reflect(connection, SETTINGS)
        assert set_host(connection, table, SETTINGS, 1, old="ums01.corp.example", new="igelrmserver.corp.example")
        connection.execute(sqlalchemy.text('UPDATE igelums."FWU_FIRMWARES" SET "VERSION" = NULL WHERE "ID" = 2'))


def test_a_failure_inside_the_transaction_changes_no_row(engine: Engine) -> None:
    before = hosts(engine)
    with pytest.raises(sqlalchemy.exc.IntegrityError):
        change_then_fail(engine)
    assert hosts(engine) == before


def test_an_entry_without_a_host_reads_as_empty_and_can_be_set(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(sqlalchemy.text('UPDATE igelums."FWU_FIRMWARES" SET "HOST" = NULL WHERE "ID" = 2'))
    with engine.begin() as connection:
        table = reflect(connection, SETTINGS)
        assert read_entries(connection, table, SETTINGS)[1].host == ""
        assert set_host(connection, table, SETTINGS, 2, old="", new="igelrmserver.corp.example")
    assert hosts(engine)[2] == "igelrmserver.corp.example"
