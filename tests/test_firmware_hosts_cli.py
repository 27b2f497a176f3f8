"""``ums-ha firmware-hosts`` end to end: real PostgreSQL, real UMS stand-ins on 127.0.0.1 and 127.0.0.2."""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy
from firmware_db import ROWS, hosts
from sqlalchemy.engine import Engine
from ums_stand_in import Behaviour, StandIn, start

from ums_ha.cli import main

DNS_NAME = "igelrmserver.corp.example"
ALL_PATHS = {row[3] for row in ROWS}
CANARY_PASSWORD = "Canary-Ums-Db-Pass-93b1!"  # noqa: S105


@pytest.fixture
def ums_role(engine: Engine) -> Iterator[str]:
    """The UMS login as its own role, with the canary password."""
    with engine.begin() as connection:
        connection.execute(sqlalchemy.text(f"CREATE ROLE igelums LOGIN PASSWORD '{CANARY_PASSWORD}'"))
        connection.execute(sqlalchemy.text("GRANT USAGE ON SCHEMA igelums TO igelums"))
        connection.execute(sqlalchemy.text('GRANT SELECT, UPDATE ON igelums."FWU_FIRMWARES" TO igelums'))
    yield "igelums"
    with engine.begin() as connection:
        connection.execute(sqlalchemy.text('REVOKE ALL ON igelums."FWU_FIRMWARES" FROM igelums'))
        connection.execute(sqlalchemy.text("REVOKE ALL ON SCHEMA igelums FROM igelums"))
        connection.execute(sqlalchemy.text("DROP ROLE igelums"))


def two_servers(stand_ins: list[StandIn], first: Behaviour, second: Behaviour) -> int:
    """ums01 on 127.0.0.1, ums02 on 127.0.0.2, one port for both, as real servers share theirs."""
    one = start(first, host="127.0.0.1")
    stand_ins.append(one)
    port = one.server.server_address[1]
    stand_ins.append(start(second, host="127.0.0.2", port=port))
    return port


def argv(engine: Engine, port: int, *extra: str) -> list[str]:
    return [
        "firmware-hosts",
        "--dns-name", DNS_NAME,
        "--server", "ums01=127.0.0.1",
        "--server", "ums02=127.0.0.2",
        "--firmware-port", str(port),
        "--status-port", str(port),
        "--status-scheme", "http",
        "--database-driver", "postgresql",
        "--database-host", "127.0.0.1",
        "--database-port", str(engine.url.port),
        "--database-name", str(engine.url.database),
        "--schema", "igelums",
        "--retries", "1",
        *extra,
    ]  # fmt: skip


def verdicts(stdout: str) -> dict[str, str]:
    """Entry id -> verdict, from the printed table."""
    rows = [re.split(r"\s{2,}", line.strip()) for line in stdout.splitlines()]
    header = rows.index(["entry", "version", "host", "verdict"])
    return {row[0]: row[3] for row in rows[header + 1 :] if len(row) == 4}


@pytest.fixture
def credentials(monkeypatch: pytest.MonkeyPatch, ums_role: str) -> None:
    monkeypatch.setenv("UMS_DB_USERNAME", ums_role)
    monkeypatch.setenv("UMS_DB_PASSWORD", CANARY_PASSWORD)


@pytest.mark.usefixtures("credentials")
def test_dry_run_apply_rollback_and_a_second_apply(
    engine: Engine,
    stand_ins: list[StandIn],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    missing = ROWS[2][3]
    port = two_servers(stand_ins, Behaviour(files=ALL_PATHS), Behaviour(files=ALL_PATHS - {missing}))
    before = hosts(engine)

    assert main(argv(engine, port)) == 3
    dry = capsys.readouterr()
    assert verdicts(dry.out) == {"1": "change", "2": "change", "3": "withheld: missing on ums02 (HTTP 404)"}
    assert hosts(engine) == before

    journal = tmp_path / "journal.json"
    assert main(argv(engine, port, "--apply", "--journal", str(journal))) == 3
    applied = capsys.readouterr()
    assert hosts(engine) == {1: DNS_NAME, 2: DNS_NAME, 3: "ums01.corp.example"}
    assert [change["id"] for change in json.loads(journal.read_text())["changes"]] == [1, 2]

    assert main(argv(engine, port, "--rollback", str(journal))) == 0
    rolled_back = capsys.readouterr()
    assert hosts(engine) == before

    stand_ins[1].behaviour.files.add(missing)
    assert main(argv(engine, port, "--apply", "--journal", str(tmp_path / "all.json"))) == 0
    assert set(hosts(engine).values()) == {DNS_NAME}
    all_applied = capsys.readouterr()
    assert main(argv(engine, port, "--apply", "--journal", str(tmp_path / "again.json"))) == 0
    again = capsys.readouterr()
    assert set(verdicts(again.out).values()) == {"already set"}
    assert not (tmp_path / "again.json").exists()

    assert again.out.splitlines()[-1] == f"nothing to do: 3 entries already name {DNS_NAME}"
    for output in (dry, applied, rolled_back, all_applied, again):
        assert CANARY_PASSWORD not in output.out + output.err
    for path in tmp_path.iterdir():
        assert CANARY_PASSWORD not in path.read_text()


@pytest.mark.usefixtures("credentials")
@pytest.mark.parametrize(
    ("second", "fragment"),
    [
        (Behaviour(files=ALL_PATHS, status="warn"), "ums02 (127.0.0.2): warn"),
        (Behaviour(files=ALL_PATHS, always_fail=True), "ums02 (127.0.0.2): HTTP 500 (after 2 tries)"),
        (Behaviour(files=ALL_PATHS, delay_seconds=1.5), "ums02 (127.0.0.2): timed out"),
    ],
)
def test_an_unhealthy_server_stops_everything(
    engine: Engine, stand_ins: list[StandIn], capsys: pytest.CaptureFixture[str], second: Behaviour, fragment: str
) -> None:
    port = two_servers(stand_ins, Behaviour(files=ALL_PATHS), second)
    before = hosts(engine)
    assert main([*argv(engine, port, "--apply", "--timeout", "0.5")]) == 1
    err = capsys.readouterr().err
    assert fragment in err
    assert "nothing was changed" in err
    assert hosts(engine) == before


@pytest.mark.usefixtures("credentials")
def test_a_server_that_is_down_stops_everything(
    engine: Engine, stand_ins: list[StandIn], capsys: pytest.CaptureFixture[str]
) -> None:
    one = start(Behaviour(files=ALL_PATHS), host="127.0.0.1")
    stand_ins.append(one)  # nothing listens on 127.0.0.2 at that port
    before = hosts(engine)
    assert main(argv(engine, one.server.server_address[1], "--apply")) == 1
    assert "ums02 (127.0.0.2): cannot connect" in capsys.readouterr().err
    assert hosts(engine) == before


@pytest.mark.usefixtures("credentials")
def test_inspect_and_an_unknown_column(
    engine: Engine, stand_ins: list[StandIn], capsys: pytest.CaptureFixture[str]
) -> None:
    port = two_servers(stand_ins, Behaviour(files=ALL_PATHS), Behaviour(files=ALL_PATHS))
    assert main(argv(engine, port, "--inspect")) == 0
    assert [line.split()[0] for line in capsys.readouterr().out.splitlines()] == [
        "ID",
        "VERSION",
        "HOST",
        "PATH",
        "PRODUCT",
    ]
    assert main(argv(engine, port, "--host-column", "DOWNLOADHOST")) == 2
    assert "column 'DOWNLOADHOST' not found in table 'FWU_FIRMWARES'; it has: HOST, ID, PATH, PRODUCT, VERSION" in (
        capsys.readouterr().err
    )


@pytest.mark.usefixtures("credentials")
def test_a_database_the_ums_has_not_filled_yet_is_an_error_saying_so(
    engine: Engine, stand_ins: list[StandIn], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    port = two_servers(stand_ins, Behaviour(files=ALL_PATHS), Behaviour(files=ALL_PATHS))
    with engine.begin() as connection:
        connection.execute(sqlalchemy.text("CREATE SCHEMA fresh"))
    journal = tmp_path / "journal.json"
    assert main(argv(engine, port, "--apply", "--journal", str(journal), "--schema", "fresh")) == 1
    assert not journal.exists()
    [line] = [line for line in capsys.readouterr().err.splitlines() if line.startswith("error: ")]
    assert line.startswith("error: table 'FWU_FIRMWARES' not found in schema 'fresh', which holds no tables yet")
    assert line.endswith("(with patch_after_apply, the next deploy runs it again); nothing was changed")


@pytest.mark.usefixtures("credentials")
def test_an_unreachable_database_is_an_error_without_the_password(
    engine: Engine, stand_ins: list[StandIn], capsys: pytest.CaptureFixture[str]
) -> None:
    port = two_servers(stand_ins, Behaviour(files=ALL_PATHS), Behaviour(files=ALL_PATHS))
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        free = closed.getsockname()[1]
    arguments = argv(engine, port)
    arguments[arguments.index("--database-port") + 1] = str(free)
    assert main(arguments) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[-1].startswith("error: the database failed:")
    assert CANARY_PASSWORD not in err


def test_a_wrong_password_is_an_error_without_either_password(
    engine: Engine,
    ums_role: str,
    stand_ins: list[StandIn],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("UMS_DB_USERNAME", ums_role)
    monkeypatch.setenv("UMS_DB_PASSWORD", "Wrong-Canary-Pass-11")
    port = two_servers(stand_ins, Behaviour(files=ALL_PATHS), Behaviour(files=ALL_PATHS))
    assert main(argv(engine, port)) == 1
    err = capsys.readouterr().err
    assert "password authentication failed" in err
    assert "Wrong-Canary-Pass-11" not in err
    assert CANARY_PASSWORD not in err


def test_no_password_in_the_environment_is_a_usage_error(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("UMS_DB_PASSWORD", raising=False)
    assert main(argv(engine, 9080)) == 2
    assert "UMS_DB_PASSWORD: is required" in capsys.readouterr().err


@pytest.mark.usefixtures("credentials")
def test_a_malformed_journal_is_a_usage_error(
    engine: Engine, stand_ins: list[StandIn], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = tmp_path / "journal.json"
    journal.write_text("{broken")
    before = hosts(engine)
    assert main(argv(engine, 9080, "--rollback", str(journal))) == 2
    assert "is not JSON" in capsys.readouterr().err
    assert hosts(engine) == before


@pytest.mark.parametrize(
    ("extra", "key"),
    [
        (["--server", "ums01"], "--server"),
        (["--concurrency", "0"], "--concurrency"),
        (["--dns-name", "igelrmserver"], "--dns-name"),
        (["--server", "ums03=10.0.0.999:80"], "--server ums03"),
        (["--firmware-port", "70000"], "--firmware-port"),
        (["--ca-bundle", "/nonexistent/ca.pem"], "--ca-bundle"),
    ],
)
def test_bad_flags_are_named(engine: Engine, capsys: pytest.CaptureFixture[str], extra: list[str], key: str) -> None:
    assert main([*argv(engine, 9080), *extra]) == 2
    assert f"{key}:" in capsys.readouterr().err


@pytest.mark.usefixtures("credentials")
def test_an_unwritable_journal_stops_before_the_transaction(
    engine: Engine, stand_ins: list[StandIn], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    port = two_servers(stand_ins, Behaviour(files=ALL_PATHS), Behaviour(files=ALL_PATHS))
    before = hosts(engine)
    assert main(argv(engine, port, "--apply", "--journal", str(tmp_path / "missing" / "journal.json"))) == 2
    assert "cannot write the journal" in capsys.readouterr().err
    assert hosts(engine) == before


def test_a_ca_bundle_that_is_not_pem_is_a_usage_error(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("UMS_DB_USERNAME", "igelums")
    monkeypatch.setenv("UMS_DB_PASSWORD", "x")
    bundle = tmp_path / "ca.pem"
    bundle.write_text("not a certificate")
    assert main([*argv(engine, 9080), "--ca-bundle", str(bundle)]) == 2
    assert "--ca-bundle" in capsys.readouterr().err


def drift_rows(stdout: str) -> dict[str, tuple[str, str, str]]:
    """Entry id -> (host, points at, files), from the --check table."""
    rows = [re.split(r"\s{2,}", line.strip()) for line in stdout.splitlines()]
    header = rows.index(["entry", "version", "host", "points at", "files"])
    return {row[0]: (row[2], row[3], row[4]) for row in rows[header + 1 :] if len(row) == 5}


def table_rows(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(sqlalchemy.text('SELECT * FROM igelums."FWU_FIRMWARES"'))]


@pytest.mark.usefixtures("credentials")
def test_check_finds_a_firmware_added_after_the_switch_and_changes_nothing(
    engine: Engine,
    stand_ins: list[StandIn],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    new_path = "ums_filetransfer/IGEL_OS_11-11.10.100"
    port = two_servers(stand_ins, Behaviour(files=ALL_PATHS | {new_path}), Behaviour(files=ALL_PATHS))
    assert main(argv(engine, port, "--apply", "--journal", str(tmp_path / "switch.json"))) == 0
    capsys.readouterr()

    converged = table_rows(engine)
    assert main(argv(engine, port, "--check")) == 0
    quiet = capsys.readouterr()
    assert quiet.out.splitlines()[-1] == f"no firmware drift: all 3 entries name {DNS_NAME}"
    assert table_rows(engine) == converged

    # A firmware downloaded later: the UMS names the server it was downloaded on, and only that one has its files.
    with engine.begin() as connection:
        connection.execute(
            sqlalchemy.text('INSERT INTO igelums."FWU_FIRMWARES" VALUES (4, :v, :h, :p, NULL)'),
            {"v": "11.10.100", "h": "ums01.corp.example", "p": new_path},
        )
    drifted = table_rows(engine)
    assert main(argv(engine, port, "--check")) == 4
    found = capsys.readouterr()
    assert drift_rows(found.out) == {"4": ("ums01.corp.example", "ums01", "missing on ums02 (HTTP 404)")}
    assert table_rows(engine) == drifted

    stand_ins[1].behaviour.files.add(new_path)
    assert main(argv(engine, port, "--check")) == 4
    ready = capsys.readouterr()
    assert drift_rows(ready.out) == {"4": ("ums01.corp.example", "ums01", "on every server")}
    assert table_rows(engine) == drifted
    assert sorted(path.name for path in tmp_path.iterdir()) == ["switch.json"]  # no journal: nothing was written
    for output in (quiet, found, ready):
        assert CANARY_PASSWORD not in output.out + output.err
