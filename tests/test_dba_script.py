"""The DBA's T-SQL script: golden, parsed by a real T-SQL parser, every change guarded.

sqlglot (``tsql`` dialect) parses each batch and raises on a syntax slip. It models
the ``IF`` guards, ``CREATE DATABASE``, ``USE`` and ``sp_executesql`` itself; the
statements it keeps as raw commands (``CREATE LOGIN``/``USER``, ``GRANT``,
``ALTER ROLE``) are checked against their exact T-SQL form here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sqlglot
from golden_inputs import GOLDEN_DATABASE_FILE, GOLDEN_DATABASE_SITE, GOLDEN_DATABASE_SPEC
from sqlglot import exp

from ums_ha.database.dba_script import render_dba_script
from ums_ha.database.sqlserver import PASSWORD_SQLCMD_VARIABLE, UmsDatabaseSpec

GOLDEN = Path(__file__).parent / "golden" / GOLDEN_DATABASE_FILE
PASSWORD_STAND_IN = "Stand-In-Password-1"  # noqa: S105

#: The raw commands the script may contain, in full.
COMMAND_FORMS = (
    re.compile(r"CREATE LOGIN \[\w+\] WITH PASSWORD = N'" + PASSWORD_STAND_IN + r"', DEFAULT_DATABASE = \[\w+\]"),
    re.compile(r"CREATE USER \[\w+\] FOR LOGIN \[\w+\] WITH DEFAULT_SCHEMA = \[\w+\]"),
    re.compile(r"GRANT [A-Z ]+ TO \[\w+\]"),
    re.compile(r"ALTER ROLE \[\w+\] ADD MEMBER \[\w+\]"),
    re.compile(r"CREATE SCHEMA \[\w+\] AUTHORIZATION \[\w+\]"),
    re.compile(r"PRINT N'([^']|'')*'"),
)
SPECS = [
    GOLDEN_DATABASE_SPEC,
    UmsDatabaseSpec(server="sql01", permissions="least-privilege", schema="ums", name="umsdb", login="umsapp"),
]


def batches(script: str) -> list[str]:
    """The T-SQL batches sqlcmd would send: its own ``:`` commands and ``GO`` removed, variables set."""
    lines = [line for line in script.splitlines() if not line.startswith(":")]
    text = "\n".join(lines).replace(f"$({PASSWORD_SQLCMD_VARIABLE})", PASSWORD_STAND_IN)
    return [batch for batch in re.split(r"^GO$", text, flags=re.MULTILINE) if batch.strip()]


def statements(script: str) -> list[exp.Expr]:
    parsed = [sqlglot.parse(batch, read="tsql", error_level=sqlglot.ErrorLevel.RAISE) for batch in batches(script)]
    return [statement for batch in parsed for statement in batch if statement is not None]


def changes(statement: exp.Expr) -> list[str]:
    """The SQL of every statement in ``statement`` that creates, grants or adds something."""
    found = []
    for node in statement.walk():
        is_command = isinstance(node, exp.Command) and node.name.upper() in ("CREATE", "GRANT", "ALTER")
        if isinstance(node, exp.Create) or is_command:
            found.append(node.sql("tsql", comments=False))
        elif isinstance(node, exp.ExecuteSql):
            found += [dynamic.this for dynamic in node.expressions]
    return found


def test_the_script_matches_the_golden_file() -> None:
    script = render_dba_script(GOLDEN_DATABASE_SPEC, site=GOLDEN_DATABASE_SITE)
    assert script == GOLDEN.read_text(encoding="utf-8"), "run python scripts/update_golden.py and review the diff"


@pytest.mark.parametrize("spec", SPECS, ids=["control-always-on", "least-privilege"])
def test_every_batch_parses_as_tsql(spec: UmsDatabaseSpec) -> None:
    parsed = statements(render_dba_script(spec, site="prod"))
    assert any(isinstance(statement, exp.IfBlock) for statement in parsed)
    for statement in parsed:
        for node in statement.walk():
            if isinstance(node, exp.Command):
                text = node.sql("tsql", comments=False)
                assert any(form.fullmatch(text) for form in COMMAND_FORMS), text


@pytest.mark.parametrize("spec", SPECS, ids=["control-always-on", "least-privilege"])
def test_every_change_is_guarded_by_a_check_on_its_own_object(spec: UmsDatabaseSpec) -> None:
    """What makes a second run a no-op: nothing is created or granted unconditionally."""
    guarded: dict[str, str] = {}
    for statement in statements(render_dba_script(spec, site="prod")):
        if isinstance(statement, exp.IfBlock):
            condition = statement.this.sql("tsql", comments=False)
            for change in changes(statement.args["true"]):
                guarded[change] = condition
        else:
            assert changes(statement) == [], f"unguarded: {statement.sql('tsql', comments=False)}"
    expected_guards = {
        f"CREATE DATABASE [{spec.name}]": f"DB_ID(N'{spec.name}') IS NULL",
        f"CREATE LOGIN [{spec.login}]": f"name = N'{spec.login}'",
        f"CREATE USER [{spec.login}]": f"DATABASE_PRINCIPAL_ID(N'{spec.login}') IS NULL",
        f"CREATE SCHEMA [{spec.schema_name}] AUTHORIZATION [{spec.login}]": f"SCHEMA_ID(N'{spec.schema_name}') IS NULL",
    }
    expected_guards |= {
        f"GRANT {permission} TO [{spec.login}]": f"permission_name = N'{permission}'"
        for permission in spec.database_permissions
    }
    expected_guards |= {
        f"ALTER ROLE [{role}] ADD MEMBER [{spec.login}]": f"IS_ROLEMEMBER(N'{role}', N'{spec.login}') = 0"
        for role in spec.database_roles
    }
    assert len(guarded) == len(expected_guards)
    for change_start, guard in expected_guards.items():
        matches = [condition for change, condition in guarded.items() if change.startswith(change_start)]
        assert len(matches) == 1, (change_start, guarded)
        assert guard in matches[0]


def test_the_same_model_feeds_the_script_and_the_stack() -> None:
    spec = SPECS[1]
    parsed = statements(render_dba_script(spec, site="lab"))
    created = [change for statement in parsed for change in changes(statement)]
    assert "CREATE USER [umsapp] FOR LOGIN [umsapp] WITH DEFAULT_SCHEMA = [ums]" in created
    assert sorted(change for change in created if change.startswith("ALTER ROLE")) == [
        f"ALTER ROLE [{role}] ADD MEMBER [umsapp]" for role in sorted(spec.database_roles)
    ]
    assert not any(change.startswith("GRANT") for change in created)


def test_the_password_is_a_sqlcmd_variable_never_inlined() -> None:
    script = render_dba_script(GOLDEN_DATABASE_SPEC, site="prod")
    logins = [line for line in script.splitlines() if line.strip().startswith("CREATE LOGIN")]
    assert logins == ["    CREATE LOGIN [igelums] WITH PASSWORD = N'$(UMS_DB_PASSWORD)', DEFAULT_DATABASE = [rmdb];"]
    assert script.splitlines()[0].startswith("-- ")
    assert ":on error exit" in script.splitlines()


def test_always_on_steps_are_printed_only_for_an_availability_group() -> None:
    with_group = render_dba_script(GOLDEN_DATABASE_SPEC, site="prod")
    prints = [
        statement.sql("tsql", comments=False)
        for statement in statements(with_group)
        if isinstance(statement, exp.Command) and statement.name.upper() == "PRINT"
    ]
    assert len(prints) == len(GOLDEN_DATABASE_SPEC.always_on_steps())
    assert "full backup" in prints[0]
    assert "same password" in prints[2]
    without = render_dba_script(UmsDatabaseSpec(server="sql01"), site="prod")
    assert "Always On" not in without


def test_a_syntax_slip_would_fail_the_parse() -> None:
    broken = render_dba_script(GOLDEN_DATABASE_SPEC, site="prod").replace("IS NULL\nBEGIN", "IS NULL\nBEGIN (", 1)
    with pytest.raises(sqlglot.errors.ParseError):
        statements(broken)
