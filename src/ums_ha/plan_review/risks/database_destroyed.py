"""The UMS database or its schema is destroyed or replaced."""

from __future__ import annotations

from collections.abc import Iterator

from ums_ha.plan_review.groups import object_name
from ums_ha.plan_review.model import Action, Plan
from ums_ha.plan_review.risks.rule import Hit, Level, Rule

#: The UMS database and its schema, on SQL Server and on PostgreSQL.
_WHAT = {
    "mssql_database": "database",
    "mssql_database_schema": "schema",
    "postgresql_database": "database",
    "postgresql_schema": "schema",
}


def _check(plan: Plan) -> Iterator[Hit]:
    for change in plan.of_type(*_WHAT):
        what = _WHAT[change.type]
        if change.action is Action.DELETE:
            yield Hit(change.address, f"{what} {object_name(change)} is dropped")
        elif change.action is Action.REPLACE:
            yield Hit(change.address, f"{what} {object_name(change)} is dropped and created empty{change.forced_by}")


RULE = Rule(
    id="database-destroyed",
    level=Level.CRITICAL,
    title="UMS database destroyed or replaced",
    why="UMS keeps every device, profile, policy and firmware record in this database. Dropping it "
    "loses them all unless you restore a backup, and every UMS server stops until then.",
    check=_check,
)
