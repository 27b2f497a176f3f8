"""No message shows a password: URL passwords masked wherever a value is echoed, credential values redacted."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import ROOT, site_text
from doc_files import all_docs_text
from test_drift import calls, install, stack_dir, stand_in_env  # noqa: F401  (fixtures)

from ums_ha.cli import main
from ums_ha.credentials.environment import SECRET_VARIABLES, redact
from ums_ha.credentials.urls import mask_url_credentials
from ums_ha.errors import Problem, ValidationError
from ums_ha.site.backends import BACKEND_CREDENTIALS, credential_variables
from ums_ha.site.reader import parse_site_file

CANARY = "Canary-Url-Pass-5e7d"


def problems_of(text: str) -> list[Problem]:
    with pytest.raises(ValidationError) as raised:
        parse_site_file(text, Path("s.toml"))
    return list(raised.value.problems)


def test_an_endpoint_with_user_info_is_refused_for_that_before_the_https_rule() -> None:
    text = site_text().replace('"https://192.0.2.2"', f'"http://nsroot:{CANARY}@192.0.2.2"')
    [problem] = problems_of(text)
    assert problem.key == "sites.prod.netscaler.endpoint"
    assert problem.message.startswith("must not hold a user name or password ('http://nsroot:***@192.0.2.2' was given)")
    assert CANARY not in str(problem)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            site_text(extra=f'[sites.prod.backend]\ntype = "http"\naddress = ["https://u:{CANARY}@h"]\n'),
            "sites.prod.backend.address",
        ),
        (
            site_text(
                extra=f'[sites.prod.backend]\ntype = "s3"\nbucket = "b"\nkey = "k"\nendpoint = ["https://u:{CANARY}@s3"]\n'
            ),
            "sites.prod.backend.endpoint",
        ),
        (site_text(extra=f'[sites.prod.database]\nserver = "sa:{CANARY}@sqlhost"\n'), "sites.prod.database.server"),
        (
            site_text(extra=f'[sites.prod.dns]\nserver = "ddns:{CANARY}@dc01"\nzone = "corp.example."\n'),
            "sites.prod.dns.server",
        ),
        (
            site_text().replace('dns_name = "igelrmserver.corp.example"', f'dns_name = "https://u:{CANARY}@x"'),
            "sites.prod.dns_name",
        ),
        (
            site_text(extra=f'[sites.prod.firmware_hosts]\ndatabase_host = "u:{CANARY}@db"\n'),
            "sites.prod.firmware_hosts.database_host",
        ),
        (
            site_text(extra=f'[sites.prod.database]\nengine = "postgresql"\nserver = "postgres:{CANARY}@pg01"\n'),
            "sites.prod.database.server",
        ),
        (
            site_text(
                extra=f'[sites.prod.database]\nengine = "postgresql"\nserver = "pg01"\n'
                f'standby_servers = ["u:{CANARY}@pg02", "u:{CANARY}@pg03:5432"]\n'
            ),
            "sites.prod.database.standby_servers[1]",
        ),
    ],
    ids=[
        "backend-setting",
        "backend-array",
        "database-server",
        "dns-server",
        "dns-name",
        "firmware-database-host",
        "postgresql-server",
        "postgresql-standby",
    ],
)
def test_a_refused_value_is_shown_with_its_password_masked(
    text: str, key: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    problems = problems_of(text)
    assert key in {problem.key for problem in problems}
    assert all(CANARY not in str(problem) for problem in problems)
    config = tmp_path / "s.toml"
    config.write_text(text, encoding="utf-8")
    assert main(["synth", "--project-dir", str(ROOT), "--config", str(config), "--output", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert key in err
    assert ":***@" in err
    assert CANARY not in err


@pytest.mark.parametrize(
    "flags",
    [
        ["--database-host", f"sa:{CANARY}@db"],
        ["--server", f"ums01=admin:{CANARY}@10.0.0.1"],
        ["--dns-name", f"https://u:{CANARY}@name"],
    ],
    ids=["database-host", "server", "dns-name"],
)
def test_firmware_hosts_flags_are_echoed_masked(flags: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["firmware-hosts", "--site", "prod", *flags]) == 2
    err = capsys.readouterr().err
    assert "error:" in err
    assert CANARY not in err


def test_terraform_output_values_are_echoed_masked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    outputs = tmp_path / "outputs.json"
    outputs.write_text(
        json.dumps(
            {
                "dns_name": {"value": "igelrmserver.corp.example"},
                "ums_servers": {"value": f"https://admin:{CANARY}@ums01"},
            }
        ),
        encoding="utf-8",
    )
    assert main(["firmware-hosts", "--outputs", str(outputs)]) == 2
    err = capsys.readouterr().err
    assert "output 'ums_servers' must map names to addresses" in err
    assert CANARY not in err


def test_masking_keeps_the_rest_of_the_url_and_takes_the_last_at() -> None:
    assert mask_url_credentials("see https://nsroot:p@ss@192.0.2.2/nitro and pg://a:b@h") == (
        "see https://nsroot:***@192.0.2.2/nitro and pg://a:***@h"
    )
    assert mask_url_credentials("https://TOKEN@github.example/x") == "https://***@github.example/x"
    assert mask_url_credentials("sa:pw@sqlhost") == "sa:***@sqlhost"
    assert (
        mask_url_credentials("https://192.0.2.2 and admin@corp.example") == "https://192.0.2.2 and admin@corp.example"
    )


def test_every_backend_credential_variable_is_redacted() -> None:
    variables = credential_variables()
    assert set(variables) <= set(SECRET_VARIABLES)
    named = {name for keys in BACKEND_CREDENTIALS.values() for names in keys.values() for name in names}
    assert named - set(variables) == {"TF_TOKEN_<host>"}
    issue_list = {
        "AWS_SECRET_ACCESS_KEY",
        "AWS_SESSION_TOKEN",
        "ARM_CLIENT_SECRET",
        "ARM_ACCESS_KEY",
        "ARM_SAS_TOKEN",
        "PG_CONN_STR",
        "TF_HTTP_PASSWORD",
    }
    assert issue_list <= set(SECRET_VARIABLES)


def test_every_credential_variable_the_docs_name_is_redacted() -> None:
    readme = all_docs_text()
    names = set(
        re.findall(r"`([A-Z][A-Z0-9_]*(?:PASSWORD|SECRET|TOKEN|KEY|CONN_STR|LOGIN|USERNAME|KEYTAB)[A-Z_]*)`", readme)
    )
    names |= set(re.findall(r"\b(TF_VAR_ums_database_password)\b", readme))
    assert names, "the README names the credential variables"
    # The TSIG algorithm's name (hmac-sha256) is no secret; hiding it would blank out ordinary words.
    names.discard("DNS_UPDATE_KEYALGORITHM")
    secret = {name for name in names if not name.startswith("TF_TOKEN_")}
    assert secret - set(SECRET_VARIABLES) == set()
    environ = {name: f"value-of-{name}" for name in names}
    environ["TF_TOKEN_app_terraform_io"] = "value-of-the-remote-token"  # noqa: S105  (a canary)
    text = " ".join(environ.values())
    assert redact(text, environ) == " ".join(["(redacted)"] * len(environ))


def test_drift_redacts_every_credential_variable_terraform_prints(
    stand_in_env: Path,  # noqa: F811
    stack_dir: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    install(stand_in_env, "terraform")
    names = (*SECRET_VARIABLES, "TF_TOKEN_app_terraform_io")
    values = {name: f"C-{index:02d}-secret" for index, name in enumerate(names)}
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("STAND_IN_FAIL", "init")
    monkeypatch.setenv("STAND_IN_PRINT_ENV", ",".join(names))
    monkeypatch.setenv("STAND_IN_STDERR", f"Error: backend https://user:{CANARY}@state.example refused")
    assert main(["drift", "--stack", str(stack_dir)]) == 1
    err = capsys.readouterr().err
    assert "terraform init failed with exit status 1" in err
    assert "https://user:***@state.example" in err
    assert [name for name, value in values.items() if value in err] == []
    assert [name for name in names if f"{name}=(redacted)" not in err] == []  # every line reached the message
    assert CANARY not in err
    assert {call["checkpoint_disable"] for call in calls(stand_in_env)} == {"1"}
