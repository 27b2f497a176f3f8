"""A UMS-like firmware table in a fresh database on the tests' PostgreSQL server."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
import sqlalchemy
from postgres_server import PostgresServer
from sqlalchemy.engine import Engine

from ums_ha.site.firmware_hosts import FirmwareTable

_databases = itertools.count(1)
ROWS = [
    (1, "11.01.100", "ums01.corp.example", "ums_filetransfer/IGEL_OS_11-11.01.100"),
    (2, "12.5.0", "ums02.corp.example", "ums_filetransfer/IGEL_OS_12-12.5.0"),
    (3, "12.6.1", "ums01.corp.example", "ums_filetransfer/IGEL_OS_12-12.6.1"),
]
SETTINGS = FirmwareTable(schema="igelums")


@pytest.fixture
def engine(postgres: PostgresServer) -> Iterator[Engine]:
    """A fresh database with the UMS-like table ``igelums."FWU_FIRMWARES"``."""
    name = f"rmdb_{next(_databases)}"
    admin = sqlalchemy.create_engine(postgres.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sqlalchemy.text(f"CREATE DATABASE {name}"))
    admin.dispose()
    engine = sqlalchemy.create_engine(postgres.url(name))
    with engine.begin() as connection:
        connection.execute(sqlalchemy.text("CREATE SCHEMA igelums"))
        connection.execute(
            sqlalchemy.text(
                'CREATE TABLE igelums."FWU_FIRMWARES" ("ID" integer PRIMARY KEY, "VERSION" text NOT NULL, '
                '"HOST" text, "PATH" text, "PRODUCT" text)'
            )
        )
        for row in ROWS:
            connection.execute(
                sqlalchemy.text('INSERT INTO igelums."FWU_FIRMWARES" VALUES (:i, :v, :h, :p, NULL)'),
                {"i": row[0], "v": row[1], "h": row[2], "p": row[3]},
            )
    yield engine
    engine.dispose()


def hosts(engine: Engine) -> dict[int, str]:
    with engine.connect() as connection:
        rows = connection.execute(sqlalchemy.text('SELECT "ID", "HOST" FROM igelums."FWU_FIRMWARES"'))
        return {row[0]: row[1] for row in rows}
