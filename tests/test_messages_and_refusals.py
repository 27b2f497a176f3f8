"""Messages a person understands, the site file never a surprise, more refusals, and backends as Terraform has them."""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path

import pytest
from conftest import EXAMPLE, LAB_SITE, ROOT, Synth, site_text
from main_py import run_main_py
from terraform_cli import terraform

from ums_ha.cli import _parser, _subparsers, main
from ums_ha.errors import Problem, ValidationError
from ums_ha.handover.notes import render_handover
from ums_ha.site.backends import BACKEND_TYPES, REMOVED_SETTINGS, TERRAFORM_ONLY_SETTINGS
from ums_ha.site.reader import parse_site_file
from ums_ha.toolchain.node import QUIET_ENVIRONMENT
from ums_ha.toolchain.runtimes import chosen_runtime

GIT = shutil.which("git") or "git"


PLANS = ROOT / "tests" / "fixtures" / "terraform-plans"


def problems_of(text: str) -> list[Problem]:
    with pytest.raises(ValidationError) as raised:
        parse_site_file(text, Path("s.toml"))
    return list(raised.value.problems)


# Messages -------------------------------------------------------------------------------------------


def test_a_type_error_names_the_type_that_was_given() -> None:
    [problem] = problems_of(site_text(netscaler_extra='persistence_timeout_minutes = "5"'))
    assert problem == Problem(
        "sites.prod.netscaler.persistence_timeout_minutes", 'must be an integer, but the string "5" was given'
    )


def test_a_single_ums_servers_table_gets_one_message_asking_for_double_brackets() -> None:
    text = site_text(servers=()) + '[sites.prod.ums_servers]\nname = "ums01"\naddress = "10.20.30.11"\n'
    [problem] = problems_of(text)
    assert problem.key == "sites.prod.ums_servers"
    assert "write [[sites.prod.ums_servers]], with double brackets" in problem.message


def test_a_toml_syntax_error_shows_toml_keys_not_python_tuples() -> None:
    [problem] = problems_of(site_text() + "[sites.prod]\n")
    assert problem.key == "(file)"
    assert problem.message.startswith("is not valid TOML: Cannot declare [sites.prod] twice (at line ")
    assert "(" not in problem.message.split("(at line")[0]


@pytest.mark.parametrize(
    ("text", "key", "closest"),
    [
        (site_text(netscaler_extra='endpont = "https://192.0.2.2"'), "sites.prod.netscaler.endpont", "endpoint"),
        (
            site_text(extra='[sites.prod.dns]\nserver = "dc01"\nzone = "corp.example."\ntll = 5\n'),
            "sites.prod.dns.tll",
            "ttl",
        ),
        (
            site_text(extra='[sites.prod.backend]\ntype = "s3"\nbucket = "b"\nkey = "k"\nuse_lockfil = true\n'),
            "sites.prod.backend.use_lockfil",
            "use_lockfile",
        ),
    ],
)
def test_an_unknown_key_suggests_the_closest_allowed_one(text: str, key: str, closest: str) -> None:
    [problem] = [problem for problem in problems_of(text) if problem.key == key]
    assert f"did you mean {closest!r}?" in problem.message


def test_the_handover_sentences_read_right() -> None:
    markdown = render_handover(parse_site_file(site_text(netscaler_extra="", extra=""), Path("s.toml")).sites[0])
    assert "Use Client IP is on for devices (30001) and firmware (9080), so the servers" in markdown
    no_snip = parse_site_file(site_text().replace('snip = "10.20.30.5/24"\n', ""), Path("s.toml")).sites[0]
    text = render_handover(no_snip)
    assert "ums01 (10.20.30.11) and ums02 (10.20.30.12) to the NetScaler's SNIP" in " ".join(text.split())


def test_ums_ha_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    runtime = chosen_runtime()
    described = re.escape(f"{runtime.name} {version(runtime.name)} ({runtime.chosen_by})")
    expected = rf"ums-ha \d+\.\d+\.\d+\S* on {described}\n"
    assert re.fullmatch(expected, capsys.readouterr().out)


def _documented(action: argparse.Action) -> bool:
    return isinstance(action, argparse._HelpAction | argparse._VersionAction) or action.required


def test_every_option_of_every_command_says_its_default() -> None:
    parser = _parser()
    undocumented = [
        f"{name} {action.option_strings[0]}"
        for name, command in _subparsers(parser).items()
        for action in command._actions
        if action.option_strings and not _documented(action) and "default" not in (action.help or "").lower()
    ]
    assert undocumented == []


@pytest.mark.parametrize("command", ["synth", "handover", "diagram", "review", "firmware-hosts"])
def test_a_bad_flag_prints_the_usage_of_its_command(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    positional = ["plan.json"] if command == "review" else []
    assert main([command, *positional, "--no-such-flag"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"usage: ums-ha {command} ")
    assert err.rstrip().endswith("error: unrecognized arguments: --no-such-flag")


def test_a_bad_flag_of_drift_still_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["drift", "--plan", "x.json", "--bogus"]) == 1
    assert capsys.readouterr().err.startswith("usage: ums-ha drift ")


# The site file is never a surprise -------------------------------------------------------------------


def test_ums_ha_toml_is_not_git_ignored() -> None:
    result = subprocess.run([GIT, "check-ignore", "-q", "ums-ha.toml"], cwd=ROOT, check=False)
    assert result.returncode == 1  # 1: not ignored (0 would be ignored)


@pytest.mark.runtime
@pytest.mark.parametrize(
    "argv",
    [["handover"], ["diagram"], ["synth", "--project-dir", str(ROOT), "--output", "OUT"]],
    ids=["handover", "diagram", "synth"],
)
def test_every_command_names_the_site_file_it_read(
    argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("UMS_HA_CONFIG", raising=False)
    argv = [str(tmp_path / "out") if word == "OUT" else word for word in argv]
    assert main(argv) == 0
    assert capsys.readouterr().err.splitlines()[0] == (
        f"no ums-ha.toml in {tmp_path}: using the bundled example {EXAMPLE}"
    )
    (tmp_path / "ums-ha.toml").write_text(site_text(), encoding="utf-8")
    assert main(argv) == 0
    assert capsys.readouterr().err.splitlines()[0] == "site file: ./ums-ha.toml"
    monkeypatch.setenv("UMS_HA_CONFIG", str(EXAMPLE))
    assert main(argv) == 0
    assert capsys.readouterr().err.splitlines()[0] == f"site file: {EXAMPLE} (from $UMS_HA_CONFIG)"
    assert main([*argv, "--config", "ums-ha.toml"]) == 0
    assert capsys.readouterr().err.splitlines()[0] == "site file: ums-ha.toml"


def test_firmware_hosts_names_the_site_file_it_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "s.toml"
    config.write_text(site_text(), encoding="utf-8")
    assert main(["firmware-hosts", "--config", str(config)]) == 2  # no database in the file
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"site file: {config}"
    assert err[1].startswith("error: ")


@pytest.mark.runtime
def test_synth_reads_the_site_file_of_the_current_directory_not_of_the_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("UMS_HA_CONFIG", raising=False)
    (tmp_path / "ums-ha.toml").write_text(site_text(name="lab"), encoding="utf-8")
    assert main(["synth", "--project-dir", str(ROOT), "--output", str(tmp_path / "out")]) == 0
    assert "ums-ha-lab:" in capsys.readouterr().out


# No alarming noise ---------------------------------------------------------------------------------


def quiet_free_environment() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key not in QUIET_ENVIRONMENT and key != "CDKTF_OUTDIR"}


@pytest.mark.runtime
@pytest.mark.slow
def test_ums_ha_synth_started_without_the_makefile_prints_no_jsii_banner(tmp_path: Path) -> None:
    command = "from ums_ha.cli import entry_point; entry_point()"
    result = subprocess.run(
        [sys.executable, "-c", command, "synth", "--project-dir", str(ROOT), "--output", str(tmp_path / "out")],
        cwd=tmp_path,
        env=quiet_free_environment(),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "end-of-life" not in result.stderr
    assert "!!" not in result.stderr
    assert all(line.startswith(("no ums-ha.toml", "runtime: ", "wrote ")) for line in result.stderr.splitlines())


@pytest.mark.runtime
@pytest.mark.slow
def test_main_py_under_the_cdktf_cli_writes_its_lines_to_stdout_and_nothing_to_stderr(tmp_path: Path) -> None:
    environment = quiet_free_environment()
    outdir = tmp_path / "cdktf.out"
    result = subprocess.run(
        [sys.executable, "main.py"],
        cwd=ROOT,
        env={**environment, "CDKTF_OUTDIR": str(outdir)},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.splitlines()[-1] == f"wrote ums-ha-prod into {outdir}"


@pytest.mark.runtime
@pytest.mark.slow
def test_main_py_on_its_own_prints_no_jsii_banner(tmp_path: Path) -> None:
    environment = quiet_free_environment()
    result = run_main_py(tmp_path, {})
    assert result.returncode == 0
    del environment
    assert "end-of-life" not in result.stderr
    assert "!!" not in result.stderr


# More refusals -------------------------------------------------------------------------------------


def test_two_sites_on_one_netscaler_may_not_share_vip_and_port() -> None:
    lab = site_text(name="lab", servers=(("labums", "10.20.30.21"),)).replace(
        '"https://192.0.2.2"', '"https://192.0.2.2:443"'
    )
    [problem] = problems_of(site_text() + lab)
    assert problem.key == "sites.lab.netscaler.vip"
    assert problem.message.startswith(
        "10.20.30.10 with ports 30001 (devices), 8443 (console), 9080 (firmware) is also used by sites.prod on the "
        "same NetScaler (192.0.2.2)"
    )


def test_one_clashing_port_is_named_alone() -> None:
    lab = LAB_SITE.replace('vip = "10.20.30.20"', 'vip = "10.20.30.10"') + (
        '[[sites.lab.services]]\nname = "console"\nport = 8443\nuse_client_ip = false\n'
    )
    [problem] = problems_of(site_text() + lab)
    assert "10.20.30.10 with port 8443 (console) is also used by sites.prod" in problem.message


def test_the_same_vip_on_two_netscalers_is_fine() -> None:
    lab = site_text(name="lab", servers=(("labums", "10.20.30.21"),)).replace(
        '"https://192.0.2.2"', '"https://192.0.2.3"'
    )
    assert [site.name for site in parse_site_file(site_text() + lab, Path("s.toml")).sites] == ["prod", "lab"]


@pytest.mark.parametrize(
    "endpoint", ["https://192.0.2.2/nitro/v1", "https://192.0.2.2/", "https://192.0.2.2?a=1", "https://192.0.2.2#x"]
)
def test_an_endpoint_with_a_path_query_or_fragment_is_refused(endpoint: str) -> None:
    [problem] = problems_of(site_text().replace('"https://192.0.2.2"', json.dumps(endpoint)))
    assert problem.key == "sites.prod.netscaler.endpoint"
    assert "without a path, query or fragment" in problem.message
    assert "'https://192.0.2.2'" in problem.message


# Backends as Terraform has them ---------------------------------------------------------------------

S3 = '[sites.prod.backend]\ntype = "s3"\nbucket = "corp-terraform-state"\nkey = "ums-ha/prod.tfstate"\n'


@pytest.mark.runtime
def test_s3_native_locking_is_accepted_and_raises_the_required_terraform(synth: Synth) -> None:
    stack = synth(site_text(extra=S3 + "use_lockfile = true\nencrypt = true\n"))["ums-ha-prod"]
    assert stack["terraform"]["backend"]["s3"] == {
        "bucket": "corp-terraform-state",
        "key": "ums-ha/prod.tfstate",
        "encrypt": True,
        "use_lockfile": True,
    }
    assert stack["terraform"]["required_version"] == ">= 1.10"


@pytest.mark.runtime
def test_without_newer_settings_the_stacks_keep_terraform_1_7(synth: Synth) -> None:
    stack = synth(site_text(extra=S3 + 'use_fips_endpoint = true\ndynamodb_table = "terraform-locks"\n'))["ums-ha-prod"]
    assert stack["terraform"]["backend"]["s3"]["use_fips_endpoint"] is True
    assert stack["terraform"]["required_version"] == ">= 1.7"


@pytest.mark.parametrize(
    ("extra", "key", "fragment"),
    [
        (S3 + 'use_lockfile = "yes"\n', "use_lockfile", 'must be true or false, but the string "yes" was given'),
        (
            S3 + 'use_lockfile = true\nrole_arn = "arn:aws:iam::1:role/x"\n',
            "role_arn",
            'use assume_role = { role_arn = "..." }',
        ),
        (
            '[sites.prod.backend]\ntype = "azurerm"\ncontainer_name = "c"\nkey = "k"\nstorage_account_name = "s"\n'
            "use_microsoft_graph = true\n",
            "use_microsoft_graph",
            "Terraform 1.10 and later refuse it",
        ),
        (
            S3 + 'use_lockfile = true\nsse_customer_key = "x"\n',
            "sse_customer_key",
            "set AWS_SSE_CUSTOMER_KEY in the environment",
        ),
    ],
)
def test_backend_settings_terraform_refuses_or_that_hold_secrets_are_refused(
    extra: str, key: str, fragment: str
) -> None:
    [problem] = problems_of(site_text(extra=extra))
    assert problem.key == f"sites.prod.backend.{key}"
    assert fragment in problem.message


@pytest.mark.parametrize(
    ("backend", "fragment"),
    [
        (S3, "the s3 backend locks the state only with use_lockfile or dynamodb_table set; without a lock"),
        (S3 + "use_lockfile = false\n", "but use_lockfile is the boolean false;"),
        (
            '[sites.prod.backend]\ntype = "http"\naddress = "https://state.corp.example/ums-prod"\n',
            "the http backend locks the state only with lock_address set; without a lock two deploys of one site at "
            'once would interleave their writes: set lock_address = "<the state server\'s lock URL>"',
        ),
    ],
)
def test_a_backend_that_would_not_lock_the_state_is_refused(backend: str, fragment: str) -> None:
    [problem] = problems_of(site_text(extra=backend))
    assert problem.key == "sites.prod.backend"
    assert fragment in problem.message


@pytest.mark.parametrize(
    "backend",
    [
        S3 + "use_lockfile = true\n",
        S3 + 'dynamodb_table = "terraform-locks"\n',
        '[sites.prod.backend]\ntype = "http"\naddress = "https://s.example/u"\nlock_address = "https://s.example/u"\n',
        '[sites.prod.backend]\ntype = "pg"\nschema_name = "ums_prod"\n',
        '[sites.prod.backend]\ntype = "azurerm"\ncontainer_name = "c"\nkey = "k"\nstorage_account_name = "s"\n',
        '[sites.prod.backend]\ntype = "remote"\norganization = "corp"\nworkspaces = { name = "ums-prod" }\n',
        "",
    ],
)
def test_backends_that_lock_the_state_are_accepted(backend: str) -> None:
    assert parse_site_file(site_text(extra=backend), Path("s.toml")).sites[0].backend.type in BACKEND_TYPES


@pytest.mark.slow
@pytest.mark.parametrize("backend", sorted({*TERRAFORM_ONLY_SETTINGS, *REMOVED_SETTINGS}))
def test_terraform_itself_takes_the_added_settings_and_refuses_the_removed_ones(backend: str) -> None:
    added = set(TERRAFORM_ONLY_SETTINGS.get(backend, {}))
    removed = set(REMOVED_SETTINGS.get(backend, {}))
    with tempfile.TemporaryDirectory() as directory:
        configuration = {"terraform": {"backend": {backend: dict.fromkeys(sorted(added | removed))}}}
        (Path(directory) / "main.tf.json").write_text(json.dumps(configuration), encoding="utf-8")
        result = terraform("init", "-input=false", cwd=Path(directory))
    refused = set(re.findall(r'No argument or block type is named "([^"]+)"', result.stdout + result.stderr))
    assert refused == removed


@pytest.mark.parametrize("command", ["diagram", "review"])
def test_a_command_writing_to_output_says_what_it_wrote(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.txt"
    source = ["--config", str(EXAMPLE)] if command == "diagram" else [str(PLANS / "01-create.json")]
    assert main([command, *source, "--output", str(target)]) == 0
    assert capsys.readouterr().err.splitlines()[-1] == f"wrote {target}"
    assert target.read_text(encoding="utf-8")
