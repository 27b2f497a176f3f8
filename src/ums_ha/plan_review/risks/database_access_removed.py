"""The login, user or grants UMS connects with are removed or re-created."""

from __future__ import annotations

from collections.abc import Iterator

from ums_ha.plan_review.groups import object_name
from ums_ha.plan_review.model import Plan
from ums_ha.plan_review.risks.rule import Hit, Level, Rule

_WHAT = {
    "mssql_login": "login",
    "mssql_user": "database user",
    "mssql_database_permissions": "permissions of",
    "postgresql_role": "login role",
    "postgresql_grant": "grant to",
}


def _check(plan: Plan) -> Iterator[Hit]:
    for change in plan.of_type(*_WHAT):
        if change.removes:
            verb = "removed" if change.action.value == "delete" else "re-created"
            yield Hit(change.address, f"{_WHAT[change.type]} {object_name(change)} is {verb}")


RULE = Rule(
    id="database-access-removed",
    level=Level.OUTAGE,
    title="UMS database login, user or grants removed",
    why="Every UMS server connects to the database with this login. While it is missing or being "
    "re-created, the servers lose the database; a re-created login also gets a new password and SID.",
    check=_check,
)
