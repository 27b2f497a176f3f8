"""ums-ha review and drift on plans of a PostgreSQL UMS database (cyrilgdn/postgresql resources).

The plans are built in Terraform's JSON shape (plan_documents); the addresses are the ones
a PostgreSQL site's stack synthesizes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from plan_documents import change, plan, write

from ums_ha.cli import main

ROLE = {"name": "igelums", "login": True, "search_path": ["igelums"], "password_wo_version": "1"}
DATABASE = {"name": "rmdb", "owner": "igelums", "id": "rmdb"}
SCHEMA = {"name": "igelums", "database": "rmdb", "owner": "igelums", "id": "rmdb.igelums"}
GRANT = {"role": "igelums", "database": "rmdb", "object_type": "database", "privileges": ["CONNECT"]}


def postgresql(address: str, actions: list[str], before: Any, after: Any, **extra: Any) -> dict[str, Any]:
    entry = change(address, actions, before, after, **extra)
    entry["provider_name"] = "registry.terraform.io/cyrilgdn/postgresql"
    return entry


def review(tmp_path: Path, capsys: pytest.CaptureFixture[str], *changes: dict[str, Any]) -> dict[str, Any]:
    path = write(tmp_path / "plan.json", plan(*changes, site="linux"))
    main(["review", str(path), "--format", "json"])
    report: dict[str, Any] = json.loads(capsys.readouterr().out)
    return report


def findings(report: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(item["rule"], item["address"], item["message"]) for item in report["findings"]]


def test_a_dropped_or_emptied_database_or_schema_is_critical(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = review(
        tmp_path,
        capsys,
        postgresql("postgresql_database.database", ["delete"], DATABASE, None),
        postgresql(
            "postgresql_schema.database_schema",
            ["delete", "create"],
            SCHEMA,
            {**SCHEMA, "database": "umsdb"},
            replace_paths=[["database"]],
        ),
    )
    found = findings(report)
    assert [(rule, address) for rule, address, _ in found] == [
        ("database-destroyed", "postgresql_database.database"),
        ("database-destroyed", "postgresql_schema.database_schema"),
    ]
    assert found[0][2].startswith("database rmdb is dropped")
    assert found[1][2].startswith("schema igelums is dropped and created empty")
    assert {item["level"] for item in report["findings"]} == {"critical"}


def test_a_removed_role_or_grant_is_an_outage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = review(
        tmp_path,
        capsys,
        postgresql("postgresql_role.database_login", ["delete", "create"], ROLE, {**ROLE, "name": "umsapp"}),
        postgresql("postgresql_grant.database_permissions", ["delete"], GRANT, None),
    )
    assert [(rule, address, message) for rule, address, message in findings(report)] == [
        ("database-access-removed", "postgresql_role.database_login", "login role umsapp is re-created"),
        ("database-access-removed", "postgresql_grant.database_permissions", "grant to igelums on rmdb is removed"),
    ]


def test_a_new_password_version_is_a_quiet_update_in_the_database_group(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = review(
        tmp_path,
        capsys,
        postgresql("postgresql_role.database_login", ["update"], ROLE, {**ROLE, "password_wo_version": "2"}),
    )
    assert report["findings"] == []
    [site] = report["sites"]
    assert [(group["group"], [item["address"] for item in group["changes"]]) for group in site["groups"]] == [
        ("database", ["postgresql_role.database_login"])
    ]


def test_drift_of_the_database_owner_is_reported_in_the_database_group(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    drift = [postgresql("postgresql_database.database", ["update"], DATABASE, {**DATABASE, "owner": "postgres"})]
    path = write(tmp_path / "drift.json", plan(drift=drift, site="linux"))
    assert main(["drift", "--plan", str(path), "--format", "json"]) == 2
    report = json.loads(capsys.readouterr().out)
    [item] = report["drift"]
    assert (item["address"], item["group"]) == ("postgresql_database.database", "database")
    assert [(a["name"], a["before"], a["after"]) for a in item["attributes"]] == [("owner", "igelums", "postgres")]
