"""Where firmware-hosts finds the site: the site file or the stack's ``terraform output -json``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import sqlalchemy
from conftest import Synth, site_text

from ums_ha.errors import ValidationError
from ums_ha.firmware_hosts.cli import Progress
from ums_ha.firmware_hosts.http_checks import Answer
from ums_ha.firmware_hosts.inputs import Inputs, database_url, from_outputs, from_site
from ums_ha.site.reader import parse_site_file

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


@pytest.mark.runtime
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


def test_the_sql_server_driver_is_installed_and_builds_an_engine() -> None:
    engine = sqlalchemy.create_engine(database_url(EXPECTED, {"UMS_DB_PASSWORD": "x"}))
    assert (engine.dialect.name, engine.dialect.driver) == ("mssql", "pymssql")
    engine.dispose()


class _Stream(io.StringIO):
    def __init__(self, *, terminal: bool) -> None:
        super().__init__()
        self.terminal = terminal

    def isatty(self) -> bool:
        return self.terminal


@pytest.mark.parametrize("terminal", [True, False])
def test_progress_is_a_counter_on_a_terminal_and_plain_lines_in_ci(terminal: bool) -> None:
    stream = _Stream(terminal=terminal)
    progress = Progress(20, stream)
    for _ in range(20):
        progress(Answer("u", 200))
    if terminal:
        assert stream.getvalue().split("\r")[1:] == [f"checking firmware files: {n}/20" for n in range(1, 20)] + [
            "checking firmware files: 20/20\n"
        ]
    else:
        assert stream.getvalue().splitlines() == [f"checked {n} of 20 firmware files" for n in range(2, 21, 2)]
