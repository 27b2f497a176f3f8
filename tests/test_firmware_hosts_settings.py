"""``[sites.<site>.firmware_hosts]`` carries what a deploy needs: the command, the deploy step and handover use it."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from conftest import Synth, site_text
from firmware_db import ROWS
from sqlalchemy.engine import Engine
from test_firmware_hosts_cli import (
    CANARY_PASSWORD,
    DNS_NAME,
    two_servers,
    ums_role,  # noqa: F401  (the fixture: the UMS login as a role)
    verdicts,
)
from ums_stand_in import Behaviour, StandIn

from ums_ha import ValidationError
from ums_ha.cli import main
from ums_ha.firmware_hosts.http_settings import HttpSettings
from ums_ha.firmware_hosts.inputs import database_url, from_site
from ums_ha.handover.notes import render_handover
from ums_ha.site.reader import parse_site_file

SETTINGS = """[sites.prod.firmware_hosts]
patch_after_apply = true
status_scheme = "http"
status_port = 9080
firmware_port = 9081
ca_bundle = "certs/ums-web.pem"
database_driver = "postgresql"
database_host = "pg.corp.example"
database_port = 5433
timeout = 2.5
retries = 1
concurrency = 4
"""
FLAGS = [
    "--status-scheme", "http",
    "--status-port", "9080",
    "--firmware-port", "9081",
    "--ca-bundle", "certs/ums-web.pem",
    "--database-driver", "postgresql",
    "--database-host", "pg.corp.example",
    "--database-port", "5433",
    "--timeout", "2.5",
    "--retries", "1",
    "--concurrency", "4",
]  # fmt: skip


def test_the_settings_reach_the_command_with_the_ca_bundle_read_from_the_site_files_folder(tmp_path: Path) -> None:
    site = parse_site_file(site_text(extra=SETTINGS), tmp_path / "deploy" / "ums-ha.toml").sites[0]
    inputs = from_site(site)
    assert (inputs.status_scheme, inputs.status_port, inputs.firmware_port) == ("http", 9080, 9081)
    assert (inputs.driver, inputs.database_host, inputs.database_port) == ("postgresql", "pg.corp.example", 5433)
    assert inputs.http == HttpSettings(
        timeout_seconds=2.5, retries=1, concurrency=4, ca_bundle=tmp_path / "deploy" / "certs" / "ums-web.pem"
    )


def test_without_settings_the_command_keeps_its_defaults() -> None:
    inputs = from_site(parse_site_file(site_text(), Path("ums-ha.toml")).sites[0])
    assert (inputs.status_scheme, inputs.status_port, inputs.firmware_port, inputs.driver) == (
        "https",
        8443,
        9080,
        "mssql",
    )
    assert inputs.http == HttpSettings()


@pytest.mark.runtime
def test_the_deploy_step_passes_every_setting_as_its_flag(synth: Synth) -> None:
    stack = synth(site_text(extra=SETTINGS))["ums-ha-prod"]
    local = stack["resource"]["terraform_data"]["firmware_hosts"]["provisioner"][0]["local-exec"]
    assert shlex.split(local["command"]) == [
        "ums-ha", "firmware-hosts", "--config", "ums-ha.toml", "--site", "prod", *FLAGS, "--apply",
    ]  # fmt: skip


def test_every_flag_the_step_passes_parses_with_the_real_command_line() -> None:
    from ums_ha.cli import _parser

    args = _parser().parse_args(["firmware-hosts", "--site", "prod", *FLAGS, "--apply"])
    assert (args.status_scheme, args.status_port, args.timeout, args.ca_bundle) == (
        "http",
        9080,
        2.5,
        Path("certs/ums-web.pem"),
    )


def test_handover_prints_the_command_with_the_site_file_and_every_flag() -> None:
    site = parse_site_file(site_text(extra=SETTINGS), Path("deploy/ums-ha.toml")).sites[0]
    markdown = render_handover(site, config="deploy/ums-ha.toml")
    [command] = [span for span in markdown.split("`") if span.startswith("ums-ha firmware-hosts")]
    assert shlex.split(command) == [
        "ums-ha", "firmware-hosts", "--config", "deploy/ums-ha.toml", "--site", "prod",
        *[flag if flag != "certs/ums-web.pem" else "deploy/certs/ums-web.pem" for flag in FLAGS],
    ]  # fmt: skip


def test_the_handover_command_names_the_site_file_it_was_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "elsewhere.toml").write_text(site_text(), encoding="utf-8")
    assert main(["handover", "--config", "elsewhere.toml"]) == 0
    assert "`ums-ha firmware-hosts --config elsewhere.toml --site prod`" in capsys.readouterr().out
    (tmp_path / "ums-ha.toml").write_text(site_text(), encoding="utf-8")
    assert main(["handover"]) == 0
    assert "`ums-ha firmware-hosts --site prod`" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("line", "key", "fragment"),
    [
        ('status_scheme = "ftp"', "status_scheme", "must be one of https, http, but 'ftp' was given"),
        ("status_port = 0", "status_port", "must be between 1 and 65535, but 0 was given"),
        ('firmware_port = "9080"', "firmware_port", 'must be an integer, but the string "9080" was given'),
        ('ca_bundle = ""', "ca_bundle", "must be the path of a PEM file"),
        ('database_driver = "oracle"', "database_driver", "must be one of mssql, postgresql, but 'oracle'"),
        ('database_host = "db host"', "database_host", "'db host'"),
        ("database_port = 70000", "database_port", "between 1 and 65535"),
        ("timeout = 0", "timeout", "must be between 0 and 3600 seconds, but 0.0 was given"),
        ('timeout = "10"', "timeout", 'must be a number, but the string "10" was given'),
        ("retries = -1", "retries", "between 0 and 100"),
        ("concurrency = 0", "concurrency", "between 1 and 256"),
    ],
)
def test_bad_settings_are_named(line: str, key: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as raised:
        parse_site_file(site_text(extra=f"[sites.prod.firmware_hosts]\n{line}\n"), Path("s.toml"))
    [problem] = raised.value.problems
    assert problem.key == f"sites.prod.firmware_hosts.{key}"
    assert fragment in problem.message


def site_on_loopback(engine: Engine, port: int) -> str:
    """A site whose servers are the stand-ins, whose [firmware_hosts] says how to reach them, and whose
    [database] is the tests' PostgreSQL: its engine picks the driver, nothing else names it."""
    return f"""
[sites.prod]
dns_name = "{DNS_NAME}"

[sites.prod.netscaler]
endpoint = "https://192.0.2.2"
vip = "10.20.30.10"

[[sites.prod.ums_servers]]
name = "ums01"
address = "127.0.0.1"

[[sites.prod.ums_servers]]
name = "ums02"
address = "127.0.0.2"

[sites.prod.database]
engine = "postgresql"
server = "127.0.0.1"
port = {engine.url.port}
name = "{engine.url.database}"
managed_by = "dba"

[sites.prod.firmware_hosts]
status_scheme = "http"
status_port = {port}
firmware_port = {port}
retries = 1
"""


@pytest.mark.usefixtures("ums_role")
def test_a_dry_run_needs_nothing_but_the_site_file(
    engine: Engine,
    stand_ins: list[StandIn],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    all_paths = {row[3] for row in ROWS}
    port = two_servers(stand_ins, Behaviour(files=all_paths), Behaviour(files=all_paths))
    config = tmp_path / "ums-ha.toml"
    config.write_text(site_on_loopback(engine, port), encoding="utf-8")
    monkeypatch.delenv("UMS_DB_USERNAME", raising=False)  # the login is the site's: igelums, the role ums_role makes
    monkeypatch.setenv("UMS_DB_PASSWORD", CANARY_PASSWORD)
    assert main(["firmware-hosts", "--config", str(config)]) == 0
    captured = capsys.readouterr()
    assert verdicts(captured.out) == {"1": "change", "2": "change", "3": "change"}
    assert captured.err.splitlines()[0] == f"site file: {config}"
    assert CANARY_PASSWORD not in captured.out + captured.err


@pytest.mark.usefixtures("ums_role")
def test_a_server_out_of_service_is_not_asked_and_is_named_as_needing_the_files(
    engine: Engine,
    stand_ins: list[StandIn],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """ums02 is stopped for maintenance (its stand-in holds no file): the entries are verified on ums01 alone."""
    all_paths = {row[3] for row in ROWS}
    port = two_servers(stand_ins, Behaviour(files=all_paths), Behaviour(files=set()))
    config = tmp_path / "ums-ha.toml"
    text = site_on_loopback(engine, port)
    monkeypatch.delenv("UMS_DB_USERNAME", raising=False)
    monkeypatch.setenv("UMS_DB_PASSWORD", CANARY_PASSWORD)
    config.write_text(text, encoding="utf-8")
    assert main(["firmware-hosts", "--config", str(config)]) == 3  # in service, ums02 lacks every file
    capsys.readouterr()
    config.write_text(text + '\n[sites.prod.maintenance]\nout_of_service = ["ums02"]\n', encoding="utf-8")
    assert main(["firmware-hosts", "--config", str(config)]) == 0
    captured = capsys.readouterr()
    assert verdicts(captured.out) == {"1": "change", "2": "change", "3": "change"}
    assert (
        "not asked: ums02, out of service by [sites.prod.maintenance]; it must hold every firmware's files before it "
        "returns: copy them, then run this again"
    ) in captured.err.splitlines()


@pytest.mark.usefixtures("ums_role")
def test_a_primary_standby_pair_reaches_whichever_server_is_the_primary(
    engine: Engine,
    stand_ins: list[StandIn],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``server`` answers nothing (a closed port on 127.0.0.3); the standby entry is the real server, so the
    multi-host connection of firmware-hosts must move on to it and find it is the primary."""
    all_paths = {row[3] for row in ROWS}
    port = two_servers(stand_ins, Behaviour(files=all_paths), Behaviour(files=all_paths))
    text = site_on_loopback(engine, port).replace(
        'server = "127.0.0.1"', f'server = "127.0.0.3"\nstandby_servers = ["127.0.0.1:{engine.url.port}"]'
    )
    config = tmp_path / "ums-ha.toml"
    config.write_text(text, encoding="utf-8")
    monkeypatch.setenv("UMS_DB_PASSWORD", CANARY_PASSWORD)
    assert main(["firmware-hosts", "--config", str(config)]) == 0
    assert verdicts(capsys.readouterr().out) == {"1": "change", "2": "change", "3": "change"}


def test_a_driver_other_than_the_database_engines_is_refused() -> None:
    text = site_text(
        extra='[sites.prod.database]\nserver = "sql01"\n\n[sites.prod.firmware_hosts]\ndatabase_driver = "postgresql"\n'
    )
    with pytest.raises(ValidationError) as raised:
        parse_site_file(text, Path("s.toml"))
    [problem] = raised.value.problems
    assert problem.key == "sites.prod.firmware_hosts.database_driver"
    assert problem.message == (
        "must be 'mssql' or left out: the site's [database] engine is 'sqlserver', but 'postgresql' was given"
    )


def test_the_engine_picks_the_driver_port_and_standbys() -> None:
    text = site_text(
        extra='[sites.prod.database]\nengine = "postgresql"\nserver = "pg01"\nstandby_servers = ["pg02", "pg03:5433"]\n'
        'sslmode = "require"\n'
    )
    inputs = from_site(parse_site_file(text, Path("s.toml")).sites[0])
    assert (inputs.driver, inputs.database_host, inputs.database_port) == ("postgresql", "pg01", 5432)
    assert inputs.standby_hosts == (("pg02", 5432), ("pg03", 5433))
    url = database_url(inputs, {"UMS_DB_PASSWORD": CANARY_PASSWORD})
    assert (url.drivername, url.host, url.database) == ("postgresql+psycopg", None, "rmdb")
    assert dict(url.query) == {
        "host": ("pg01:5432", "pg02:5432", "pg03:5433"),
        "target_session_attrs": "primary",
        "sslmode": "require",
    }
