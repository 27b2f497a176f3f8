"""``ums-ha handover``: the manual steps, read back as Markdown sections, tables and lists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import EXAMPLE, LAB_SITE, site_text

from ums_ha.cli import main
from ums_ha.handover.notes import render_handover
from ums_ha.site.reader import parse_site_file

DATABASE = '[sites.prod.database]\nserver = "sqlag-listener.corp.example"\nalways_on = true\nport = 14330\n'
STEPS = [
    "1. DNS name",
    "2. Default gateway of each UMS server",
    "3. Datasource on each UMS server",
    "4. Cluster Address of the UMS",
    "5. UMS profile: the server name devices use",
    "6. Firmware folder on every UMS server",
    "7. Firmware download host",
    "8. Check the site from outside",
]


MAINTENANCE = "Maintenance: one UMS server at a time"


def numbered(steps: dict[str, str]) -> list[str]:
    return [title for title in steps if title[0].isdigit()]


def sections(markdown: str) -> dict[str, str]:
    """``## heading`` -> the text under it."""
    parts = re.split(r"^## (.+)$", markdown, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def table(text: str) -> list[dict[str, str]]:
    """The Markdown table in ``text`` as rows of header -> cell."""
    rows = [
        [cell.strip() for cell in line.strip().strip("|").split("|")]
        for line in text.splitlines()
        if line.startswith("|")
    ]
    if not rows:
        return []
    header, rule, *body = rows
    assert all(set(cell) == {"-"} for cell in rule)
    return [dict(zip(header, row, strict=True)) for row in body]


def code_spans(text: str) -> list[str]:
    return re.findall(r"`([^`]+)`", text)


def bullet_items(text: str) -> list[str]:
    return [line[2:] for line in text.splitlines() if line.startswith("- ")]


def handover_of(text: str) -> dict[str, str]:
    return sections(render_handover(parse_site_file(text, Path("ums-ha.toml")).sites[0]))


def test_the_example_gives_the_six_steps_with_its_values() -> None:
    markdown = render_handover(parse_site_file(EXAMPLE.read_text(encoding="utf-8"), EXAMPLE).site("prod"))
    assert markdown.splitlines()[0] == "# Handover: site prod (ums-ha-prod)"
    steps = sections(markdown)
    assert numbered(steps) == STEPS
    assert list(steps)[-1] == MAINTENANCE
    assert code_spans(steps[STEPS[0]])[:4] == [
        "igelrmserver.corp.example",
        "10.20.30.10",
        "corp.example.",
        "dc01.corp.example",
    ]
    assert table(steps[STEPS[1]]) == [
        {"UMS server": "ums01", "address": "10.20.30.11", "default gateway": "10.20.30.5"},
        {"UMS server": "ums02", "address": "10.20.30.12", "default gateway": "10.20.30.5"},
    ]
    assert table(steps[STEPS[2]]) == []  # the example manages no database
    assert code_spans(steps[STEPS[3]])[0] == "igelrmserver.corp.example:8443"
    assert code_spans(steps[STEPS[4]]) == ["igelrmserver.corp.example"]
    assert bullet_items(steps[STEPS[5]]) == [
        "Windows: `C:\\Program Files\\IGEL\\RemoteManager\\rmguiserver\\webapps\\ums_filetransfer`",
        "Windows, older UMS: `C:\\Program Files (x86)\\IGEL\\RemoteManager\\rmguiserver\\webapps\\ums_filetransfer`",
        "Linux: `/opt/IGEL/RemoteManager/rmguiserver/webapps/ums_filetransfer`",
    ]
    assert code_spans(steps[STEPS[6]]) == [
        "igelrmserver.corp.example",
        "ums-ha firmware-hosts --site prod",
        "--apply",
        "UMS_DB_PASSWORD",
    ]
    assert "port 9080" in steps[STEPS[6]]


def test_the_datasource_step_fills_in_the_database_settings() -> None:
    steps = handover_of(site_text(extra=DATABASE))
    assert table(steps[STEPS[2]]) == [
        {"setting": "type", "value": "SQL Server"},
        {"setting": "host", "value": "`sqlag-listener.corp.example`"},
        {"setting": "port", "value": "`14330`"},
        {"setting": "database", "value": "`rmdb`"},
        {"setting": "schema", "value": "`igelums`"},
        {"setting": "user", "value": "`igelums`"},
        {"setting": "password", "value": "the password deployed from TF_VAR_ums_database_password"},
        {"setting": "JDBC parameter", "value": "`multiSubnetFailover=true` (an availability group listener)"},
    ]
    assert code_spans(steps[STEPS[2]])[-1] == (
        "jdbc:sqlserver://sqlag-listener.corp.example:14330;databaseName=rmdb;multiSubnetFailover=true"
    )


def test_a_dba_managed_database_points_at_the_dba_password() -> None:
    steps = handover_of(site_text(extra=DATABASE.replace("always_on = true\n", 'managed_by = "dba"\n')))
    rows = {row["setting"]: row["value"] for row in table(steps[STEPS[2]])}
    where = "the password the DBA set with the sqlcmd variable UMS_DB_PASSWORD"
    assert rows["password"] == where
    assert "JDBC parameter" not in rows


POSTGRESQL = (
    '[sites.prod.database]\nengine = "postgresql"\nserver = "pg01.corp.example"\n'
    'standby_servers = ["pg02.corp.example"]\nsslmode = "verify-full"\n'
)


def test_a_postgresql_datasource_has_its_type_port_and_the_primary_standby_url() -> None:
    steps = handover_of(site_text(extra=POSTGRESQL))
    assert table(steps[STEPS[2]]) == [
        {"setting": "type", "value": "PostgreSQL"},
        {"setting": "host", "value": "`pg01.corp.example`"},
        {"setting": "port", "value": "`5432`"},
        {"setting": "database", "value": "`rmdb`"},
        {"setting": "schema", "value": "`igelums`"},
        {"setting": "user", "value": "`igelums`"},
        {"setting": "password", "value": "the password deployed from TF_VAR_ums_database_password"},
        {"setting": "JDBC parameter", "value": "`sslmode=verify-full`"},
    ]
    assert code_spans(steps[STEPS[2]])[-2:] == [
        "jdbc:postgresql://pg01.corp.example:5432,pg02.corp.example:5432/rmdb?targetServerType=primary&sslmode=verify-full",
        "targetServerType=primary",
    ]


def test_a_dba_managed_postgresql_database_points_at_the_psql_variable() -> None:
    steps = handover_of(
        site_text(extra='[sites.prod.database]\nengine = "postgresql"\nserver = "pg01"\nmanaged_by = "dba"\n')
    )
    rows = {row["setting"]: row["value"] for row in table(steps[STEPS[2]])}
    assert rows["password"] == "the password the DBA set with the psql variable UMS_DB_PASSWORD"  # noqa: S105
    assert "JDBC parameter" not in rows
    assert "targetServerType" not in steps[STEPS[2]]


def test_without_a_snip_the_gateway_step_asks_for_one() -> None:
    steps = handover_of(site_text().replace('snip = "10.20.30.5/24"\n', ""))
    assert table(steps[STEPS[1]]) == []
    assert "sites.prod.netscaler.snip" in code_spans(steps[STEPS[1]])


def test_without_use_client_ip_the_servers_keep_their_gateway() -> None:
    services = '[[sites.prod.services]]\nname = "console"\nport = 8443\nuse_client_ip = false\n'
    steps = handover_of(site_text(extra=services))
    assert table(steps[STEPS[1]]) == []
    assert steps[STEPS[1]].strip() == "No service uses Use Client IP: the UMS servers keep their default gateway."
    # No service named firmware or devices: no port is guessed, and no firmware-host steps.
    assert numbered(steps) == [*STEPS[:5], "6. Firmware downloads", "7. Check the site from outside"]
    assert "port" not in steps[STEPS[4]]
    assert "port" not in steps["6. Firmware downloads"]
    assert "firmware_path" not in steps["7. Check the site from outside"]
    assert "ums-ha firmware-hosts" not in steps["6. Firmware downloads"]


def test_without_dns_the_record_is_a_manual_step() -> None:
    steps = handover_of(site_text())
    assert "sites.prod.dns" in code_spans(steps[STEPS[0]])[0]
    assert code_spans(steps[STEPS[0]])[1:3] == ["igelrmserver.corp.example", "10.20.30.10"]


def test_the_last_step_is_the_verify_command_for_the_site() -> None:
    site = parse_site_file(site_text(), Path("ums-ha.toml")).sites[0]
    steps = sections(render_handover(site, config="deploy/ums-ha.toml"))
    last = numbered(steps)[-1]
    assert last == STEPS[-1]
    assert code_spans(steps[last])[0] == "ums-ha verify --config deploy/ums-ha.toml --site prod"
    assert "firmware_path" in code_spans(steps[last])


def test_the_cli_needs_site_only_when_the_file_has_several(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    single = tmp_path / "one.toml"
    single.write_text(site_text())
    assert main(["handover", "--config", str(single)]) == 0
    assert numbered(sections(capsys.readouterr().out)) == STEPS
    several = tmp_path / "two.toml"
    several.write_text(site_text() + LAB_SITE)
    assert main(["handover", "--config", str(several)]) == 2
    assert "--site: is required" in capsys.readouterr().err
    assert main(["handover", "--config", str(several), "--site", "lab"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "# Handover: site lab (ums-ha-lab)"
    assert main(["handover", "--config", str(several), "--site", "qa"]) == 2


def test_no_secret_from_the_environment_reaches_the_notes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    canaries = {
        "TF_VAR_ums_database_password": "Canary-Ums-Pass-2c4d!",
        "UMS_DB_PASSWORD": "Canary-Dba-Pass-2c4d!",
        "MSSQL_PASSWORD": "Canary-Sql-Pass-2c4d!",
        "NS_PASSWORD": "Canary-Ns-Pass-2c4d!",
        "DNS_UPDATE_PASSWORD": "Canary-Dns-Pass-2c4d!",
        "DNS_UPDATE_KEYSECRET": "Q2FuYXJ5LTJjNGQ=",
    }
    for name, value in canaries.items():
        monkeypatch.setenv(name, value)
    config = tmp_path / "site.toml"
    config.write_text(site_text(extra=DATABASE))
    assert main(["handover", "--config", str(config)]) == 0
    assert main(["diagram", "--config", str(config)]) == 0
    captured = capsys.readouterr()
    for name, value in canaries.items():
        assert value not in captured.out + captured.err, name


def test_the_handover_names_both_ways_to_deploy() -> None:
    """A deployment repository's operator deploys with make, a library user with the CDK CLI: the opening fits both."""
    text = render_handover(parse_site_file(site_text(), Path("ums-ha.toml")).sites[0])
    opening = " ".join(text.split("\n\n")[1].split())
    assert code_spans(opening) == ["make plan review deploy", "cdktf deploy ums-ha-prod"]


def test_the_last_step_says_what_to_run_when_a_deploy_is_cut_and_what_saves() -> None:
    steps = handover_of(site_text())
    paragraphs = [part.strip() for part in steps[STEPS[-1]].split("\n\n") if part.strip()]
    [recovery] = [part for part in paragraphs if part.startswith("**If a deploy is cut**")]
    spans = code_spans(recovery)
    assert spans[:3] == ["make plan review deploy", "cdktf deploy ums-ha-prod", "terraform apply"]
    assert "save ns config" in spans
    assert "terraform apply -replace=citrixadc_nsconfig_save.config_save" in spans
    assert "firmware step" not in recovery  # no patch_after_apply here
    with_step = handover_of(site_text(extra="[sites.prod.firmware_hosts]\npatch_after_apply = true\n"))
    assert "the firmware step runs again when it did not complete" in " ".join(with_step[STEPS[-1]].split())


def test_with_patch_after_apply_the_firmware_step_says_the_order_on_a_new_database() -> None:
    without = handover_of(site_text(extra=DATABASE))
    assert "patch_after_apply" not in without[STEPS[6]]
    steps = handover_of(site_text(extra=DATABASE + "[sites.prod.firmware_hosts]\npatch_after_apply = true\n"))
    assert numbered(steps) == STEPS
    assert list(steps)[-1] == MAINTENANCE
    paragraphs = [" ".join(part.split()) for part in steps[STEPS[6]].split("\n\n") if part.strip()]
    [order] = [part for part in paragraphs if part.startswith("`patch_after_apply` is on")]
    datasource = STEPS[2].split(".")[0]
    assert f"first connects to the database (step {datasource})" in order
    assert order.endswith(
        f"So on a new database the order is: deploy, step {datasource} on every server, then deploy again; "
        "that deploy runs the step again and changes the hosts."
    )


def test_the_maintenance_runbook_names_the_site_its_servers_and_the_verify_command() -> None:
    steps = handover_of(site_text())
    runbook = steps[MAINTENANCE]
    items = [line for line in runbook.splitlines() if line[:2] in ("1.", "2.", "3.", "4.", "5.")]
    assert [item[:2] for item in items] == ["1.", "2.", "3.", "4.", "5."]
    spans = code_spans(runbook)
    assert "[sites.prod.maintenance]" in spans
    assert 'out_of_service = ["ums02"]' in spans
    assert "ums-ha verify --site prod" in spans or any(span.startswith("ums-ha verify") for span in spans)
    assert "Out of service now" not in runbook
    drained = handover_of(site_text(extra='[sites.prod.maintenance]\nout_of_service = ["ums02"]\n'))[MAINTENANCE]
    first = next(line for line in drained.splitlines() if line.strip())
    assert first == "Out of service now, by `[sites.prod.maintenance] out_of_service`: `ums02`."


def test_the_handover_gives_the_update_policy_that_limits_the_key_to_the_sites_name_and_type() -> None:
    dns = '[sites.prod.dns]\nserver = "dc01.corp.example"\nzone = "corp.example."\n'
    [step] = [text for title, text in handover_of(site_text(extra=dns)).items() if title.endswith(". DNS name")]
    [policy] = [line for line in step.splitlines() if line.startswith("update-policy")]
    assert policy == "update-policy { grant <DNS_UPDATE_KEYNAME> name igelrmserver.corp.example. A; };"
    [without] = [text for title, text in handover_of(site_text()).items() if title.endswith(". DNS name")]
    assert "update-policy" not in without


ADMIN_STEP = "Before the first deploy: the database admin login"


@pytest.mark.parametrize(
    ("database", "engine", "rights", "login_variable"),
    [
        (DATABASE, "sqlserver", "CREATE ANY DATABASE and ALTER ANY LOGIN, no sysadmin", "`MSSQL_USERNAME`"),
        (DATABASE + 'managed_by = "dba"\n', "sqlserver", "CREATE ANY DATABASE and ALTER ANY LOGIN", "ums-database.sql"),
        (POSTGRESQL, "postgresql", "CREATEDB and CREATEROLE, no superuser", "`PGUSER`"),
    ],
)
def test_a_site_with_a_database_asks_for_the_least_privileged_admin_login_first(
    database: str, engine: str, rights: str, login_variable: str
) -> None:
    from markdown_it import MarkdownIt

    from ums_ha.database.admin_login import admin_login_script

    steps = handover_of(site_text(extra=database))
    assert next(iter(steps)) == ADMIN_STEP
    step = steps[ADMIN_STEP]
    text = " ".join(step.split())
    assert rights in text
    assert login_variable in text
    [fence] = [token for token in MarkdownIt("commonmark").parse(step) if token.type == "fence"]
    assert (fence.info, fence.content) == ("sql", admin_login_script(engine))
    assert numbered(steps) == STEPS[: len(numbered(steps))]


def test_a_site_without_a_database_has_no_admin_login_step() -> None:
    assert ADMIN_STEP not in handover_of(site_text())
