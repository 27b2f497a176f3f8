"""Where the firmware entries live in the UMS database, and reading and writing them (SQLAlchemy Core)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import sqlalchemy
from sqlalchemy.engine import Connection

from ums_ha.site.firmware_hosts import FirmwareTable


class TableError(Exception):
    """The table or a column is not where the settings say; the message lists what does exist."""


class TablesNotCreatedError(TableError):
    """The schema holds no tables at all: the UMS has not connected to this database yet."""


@dataclass(frozen=True)
class FirmwareEntry:
    id: int | str
    """The row's key as the database holds it (kept as is, so it matches again on rollback)."""
    version: str
    host: str
    path: str


def _match(wanted: str, existing: Sequence[str], what: str, where: str) -> str:
    for name in existing:
        if name.lower() == wanted.lower():
            return name
    listed = ", ".join(sorted(existing)) or "(none)"
    raise TableError(f"{what} {wanted!r} not found in {where}; it has: {listed}")


def _real_table_name(connection: Connection, settings: FirmwareTable) -> str:
    where = f"schema {settings.schema!r}" if settings.schema else "the default schema"
    names = sqlalchemy.inspect(connection).get_table_names(schema=settings.schema)
    if not names:
        raise TablesNotCreatedError(
            f"table {settings.table!r} not found in {where}, which holds no tables yet: the UMS creates its tables "
            "when a UMS server first connects to this database (the datasource step of ums-ha handover); after that, "
            "run this again (with patch_after_apply, the next deploy runs it again)"
        )
    return _match(settings.table, names, "table", where)


def reflect(connection: Connection, settings: FirmwareTable) -> sqlalchemy.Table:
    """The real table, with each configured column checked to exist."""
    name = _real_table_name(connection, settings)
    table = sqlalchemy.Table(name, sqlalchemy.MetaData(), schema=settings.schema, autoload_with=connection)
    columns = [column.name for column in table.columns]
    for wanted in _configured_columns(settings).values():
        _match(wanted, columns, "column", f"table {name!r}")
    return table


def _configured_columns(settings: FirmwareTable) -> Mapping[str, str]:
    return {
        "id": settings.id_column,
        "version": settings.version_column,
        "host": settings.host_column,
        "path": settings.path_column,
    }


def _column(table: sqlalchemy.Table, wanted: str) -> sqlalchemy.Column[object]:
    return next(column for column in table.columns if column.name.lower() == wanted.lower())


def describe(connection: Connection, settings: FirmwareTable) -> list[tuple[str, str]]:
    """``--inspect``: every column of the table with its type, whatever the column settings say."""
    name = _real_table_name(connection, settings)
    columns = sqlalchemy.inspect(connection).get_columns(name, schema=settings.schema)
    return [(column["name"], str(column["type"])) for column in columns]


def read_entries(connection: Connection, table: sqlalchemy.Table, settings: FirmwareTable) -> list[FirmwareEntry]:
    columns = {key: _column(table, name) for key, name in _configured_columns(settings).items()}
    query = sqlalchemy.select(*(column.label(key) for key, column in columns.items())).order_by(columns["id"])
    return [
        FirmwareEntry(
            id=row.id if isinstance(row.id, int) else str(row.id),
            version=str(row.version),
            host=str(row.host or ""),
            path=str(row.path or ""),
        )
        for row in connection.execute(query)
    ]


def set_host(
    connection: Connection, table: sqlalchemy.Table, settings: FirmwareTable, entry_id: int | str, *, old: str, new: str
) -> bool:
    """Set one entry's host to ``new`` only while it still holds ``old``; True when a row changed.

    An entry without a host was read as ``""``: ``old == ""`` matches NULL as well.
    """
    id_column, host_column = _column(table, settings.id_column), _column(table, settings.host_column)
    holds_old = host_column == old if old else sqlalchemy.or_(host_column.is_(None), host_column == "")
    statement = sqlalchemy.update(table).where(id_column == entry_id, holds_old).values({host_column.name: new})
    return connection.execute(statement).rowcount == 1
