"""Where firmware-hosts finds the site: the site file or the stack's ``terraform output -json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import Synth, site_text

from ums_ha.errors import ValidationError
from ums_ha.firmware_hosts.inputs import Inputs, database_url, from_outputs, from_site
from ums_ha.site_file import parse_site_file

DATABASE = '[sites.prod.database]\nserver = "sqlag-listener.corp.example"\nport = 14330\nschema = "ums"\n'
EXPECTED = Inputs(
    dns_name="igelrmserver.corp.example",
    servers=(("ums01", "10.20.30.11"), ("ums02", "10.20.30.12")),
    firmware_port=9080,
    status_port=8443,
    database_host="sqlag-listener.corp.example",
    database_port=14330,
    database_name="rmdb",
    database_login="igelums",
    schema="ums",
)


def terraform_output_json(stack: dict[str, object], path: Path) -> Path:
    """What ``terraform output -json`` prints after applying ``stack``: each output's value, type and sensitivity."""
    outputs = stack["output"]
    assert isinstance(outputs, dict)
    document = {
        name: {"sensitive": bool(output.get("sensitive")), "type": "string", "value": output["value"]}
        for name, output in outputs.items()
    }
    path.write_text(json.dumps(document))
    return path


def test_the_site_file_and_the_stack_outputs_give_the_same_inputs(synth: Synth, tmp_path: Path) -> None:
    text = site_text(extra=DATABASE)
    assert from_site(parse_site_file(text, Path("s.toml")).sites[0]) == EXPECTED
    stack = synth(text)["ums-ha-prod"]
    assert from_outputs(terraform_output_json(stack, tmp_path / "outputs.json")) == EXPECTED


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("not json", "cannot read"),
        ("[]", "is not the output of terraform output -json"),
        ('{"vip": {"value": "10.0.0.1"}}', "has no output 'dns_name'"),
        ('{"dns_name": {"value": "a.b"}, "ums_servers": {"value": []}}', "must map names to addresses"),
    ],
)
def test_bad_stack_outputs_are_named(tmp_path: Path, content: str, fragment: str) -> None:
    path = tmp_path / "outputs.json"
    path.write_text(content)
    with pytest.raises(ValidationError) as caught:
        from_outputs(path)
    assert caught.value.problems[0].key == "--outputs"
    assert fragment in caught.value.problems[0].message


def test_the_url_takes_the_password_from_the_environment_and_never_shows_it() -> None:
    canary = "Canary-Url-Pass-5e"
    url = database_url(EXPECTED, {"UMS_DB_PASSWORD": canary})
    assert (url.drivername, url.username, url.host, url.port, url.database) == (
        "mssql+pymssql",
        "igelums",
        "sqlag-listener.corp.example",
        14330,
        "rmdb",
    )
    assert url.password == canary
    assert canary not in str(url)
    assert database_url(EXPECTED, {"UMS_DB_PASSWORD": "x", "UMS_DB_USERNAME": "ums_admin"}).username == "ums_admin"


def test_missing_database_facts_and_password_are_each_named() -> None:
    with pytest.raises(ValidationError) as caught:
        database_url(Inputs(dns_name="a.b"), {})
    assert [problem.key for problem in caught.value.problems] == [
        "--database-host",
        "--database-name",
        "UMS_DB_USERNAME",
        "UMS_DB_PASSWORD",
    ]
