"""ums-ha drift: from a refresh-only plan, or by running a stand-in terraform in a stack directory."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from markdown_read import read_markdown
from nitro_stand_in import Appliance, RunningAppliance, serving
from plan_documents import FIXTURES, change, plan, write

from ums_ha.cli import main

STAND_IN = Path(__file__).parent / "terraform_stand_in.py"
CANARY = "Canary-NS-Password-9c1e"
DRIFTED = {
    "citrixadc_lbvserver.vs30001": ("changed", [("timeout", 5, 20)]),
    "citrixadc_servicegroup.sg8443": ("changed", [("usip", "NO", "YES")]),
    "citrixadc_servicegroup_servicegroupmember_binding.m9080_ums02": ("deleted", []),
}


def drift_json(text: str) -> dict[str, Any]:
    report: dict[str, Any] = json.loads(text)
    return report


def summary(report: dict[str, Any]) -> dict[str, tuple[str, list[tuple[str, object, object]]]]:
    return {
        item["address"]: (item["drift"], [(a["name"], a["before"], a["after"]) for a in item["attributes"]])
        for item in report["drift"]
    }


def test_refresh_only_plan_reports_each_drifted_object_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["drift", "--plan", str(FIXTURES / "07-drift-refresh-only.json"), "--format", "json"]) == 2
    report = drift_json(capsys.readouterr().out)
    assert report["drifted"] == 3
    assert summary(report) == DRIFTED
    assert [item["group"] for item in report["drift"]] == ["vip", "service-groups", "members"]


@pytest.mark.parametrize("name", ["02-noop", "01-create"])
def test_a_plan_without_drift_exits_0(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["drift", "--plan", str(FIXTURES / f"{name}.json")]) == 0
    assert capsys.readouterr().out == "No drift: every object matches the Terraform state.\n"


def test_the_markdown_drift_report_is_one_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["drift", "--plan", str(FIXTURES / "07-drift-refresh-only.json"), "--format", "markdown"]) == 2
    document = read_markdown(capsys.readouterr().out)
    [table] = document.tables
    assert [(r["Drift"], r["Address"], r["Attribute: in state -> found"]) for r in table.records()] == [
        ("changed", "citrixadc_lbvserver.vs30001", "timeout: 5 -> 20"),
        ("changed", "citrixadc_servicegroup.sg8443", "usip: NO -> YES"),
        ("deleted", "citrixadc_servicegroup_servicegroupmember_binding.m9080_ums02", "deleted outside Terraform"),
    ]


def test_the_text_drift_report_names_object_attribute_and_kind(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["drift", "--plan", str(FIXTURES / "07-drift-refresh-only.json")]) == 2
    blocks = capsys.readouterr().out.strip().split("\n\n")
    assert blocks[0] == "Drift: 3 objects changed outside Terraform."
    parsed = {block.splitlines()[0]: [line.strip() for line in block.splitlines()[1:]] for block in blocks[1:]}
    assert parsed == {
        "changed: citrixadc_lbvserver.vs30001 (vs_ums_30001, VIP and vservers)": ["timeout: 5 -> 20"],
        "changed: citrixadc_servicegroup.sg8443 (sg_ums_8443, Service groups)": ["usip: NO -> YES"],
        "deleted: citrixadc_servicegroup_servicegroupmember_binding.m9080_ums02 "
        "(sg_ums_9080 ← ums02:9080, UMS servers and pool members)": [
            "deleted outside Terraform; the next apply creates it again"
        ],
    }


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["drift"], "one of the arguments --plan --stack is required"),
        (["drift", "--plan", "x.json", "--stack", "d"], "not allowed with argument"),
        (["drift", "--plan", "x.json", "--format", "yaml"], "invalid choice: 'yaml'"),
        (["drift", "--plan", str(FIXTURES / "02-state.json")], "is a state, not a plan"),
        (["drift", "--plan", "/nonexistent/plan.json"], "cannot read it"),
    ],
)
def test_every_drift_error_exits_1_never_2(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert message in captured.err
    assert captured.out == ""


@pytest.fixture
def stack_dir(tmp_path: Path) -> Path:
    stack = tmp_path / "cdktf.out" / "stacks" / "ums-ha-prod"
    stack.mkdir(parents=True)
    (stack / "cdk.tf.json").write_text("{}", encoding="utf-8")
    return stack


@pytest.fixture
def stand_in_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty PATH directory for stand-ins, the log file, and the refresh-only fixture to show."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "calls.jsonl"
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.delenv("TERRAFORM_BINARY_NAME", raising=False)
    monkeypatch.setenv("STAND_IN_LOG", str(log))
    monkeypatch.setenv("STAND_IN_SHOW", str(FIXTURES / "07-drift-refresh-only.json"))
    return bin_dir


def install(directory: Path, name: str) -> Path:
    executable = directory / name
    executable.write_text(f"#!{sys.executable}\n" + STAND_IN.read_text(encoding="utf-8"), encoding="utf-8")
    executable.chmod(executable.stat().st_mode | stat.S_IXUSR)
    return executable


def calls(bin_dir: Path) -> list[dict[str, Any]]:
    log = Path(os.environ["STAND_IN_LOG"])
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()] if log.exists() else []


def test_stack_runs_init_refresh_only_plan_and_show_in_the_stack(
    stand_in_env: Path, stack_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    install(stand_in_env, "terraform")
    assert main(["drift", "--stack", str(stack_dir), "--format", "json"]) == 2
    assert summary(drift_json(capsys.readouterr().out)) == DRIFTED
    made = calls(stand_in_env)
    assert [call["argv"][0] for call in made] == ["init", "plan", "show"]
    assert {call["cwd"] for call in made} == {str(stack_dir)}
    assert made[0]["argv"] == ["init", "-input=false", "-no-color"]
    plan_args = made[1]["argv"]
    assert plan_args[:-1] == ["plan", "-refresh-only", "-input=false", "-no-color", "-detailed-exitcode"]
    plan_file = Path(plan_args[-1].removeprefix("-out="))
    assert made[2]["argv"] == ["show", "-json", str(plan_file)]
    assert not plan_file.exists(), "the plan file may hold secrets: it must be deleted"
    assert not plan_file.parent.exists()
    assert sorted(p.name for p in stack_dir.iterdir()) == ["cdk.tf.json"]


def test_stack_without_drift_exits_0(
    stand_in_env: Path, stack_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    install(stand_in_env, "terraform")
    monkeypatch.setenv("STAND_IN_SHOW", str(FIXTURES / "02-noop.json"))
    monkeypatch.setenv("STAND_IN_PLAN_EXIT", "0")
    assert main(["drift", "--stack", str(stack_dir)]) == 0
    assert "No drift" in capsys.readouterr().out


def test_tofu_is_used_when_there_is_no_terraform(stand_in_env: Path, stack_dir: Path) -> None:
    install(stand_in_env, "tofu")
    assert main(["drift", "--stack", str(stack_dir)]) == 2
    assert {call["binary"] for call in calls(stand_in_env)} == {"tofu"}


def test_terraform_binary_name_wins(
    stand_in_env: Path, stack_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install(stand_in_env, "terraform")
    elsewhere = tmp_path / "opt"
    elsewhere.mkdir()
    chosen = install(elsewhere, "tofu-1.10")
    monkeypatch.setenv("TERRAFORM_BINARY_NAME", str(chosen))
    assert main(["drift", "--stack", str(stack_dir)]) == 2
    assert {call["binary"] for call in calls(stand_in_env)} == {"tofu-1.10"}


def test_a_missing_binary_is_an_error(
    stand_in_env: Path, stack_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["drift", "--stack", str(stack_dir)]) == 1
    assert "neither terraform nor tofu is on PATH" in capsys.readouterr().err
    monkeypatch.setenv("TERRAFORM_BINARY_NAME", "terraform-9")
    assert main(["drift", "--stack", str(stack_dir)]) == 1
    assert "TERRAFORM_BINARY_NAME='terraform-9': no such executable" in capsys.readouterr().err


@pytest.mark.parametrize("failing", ["init", "plan", "show"])
def test_a_failing_terraform_exits_1_with_its_error_and_no_secret(
    failing: str,
    stand_in_env: Path,
    stack_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    install(stand_in_env, "terraform")
    monkeypatch.setenv("NS_PASSWORD", CANARY)
    monkeypatch.setenv("STAND_IN_FAIL", failing)
    monkeypatch.setenv("STAND_IN_STDERR", f"Error: login to https://192.0.2.2 failed for nsroot/{CANARY}")
    assert main(["drift", "--stack", str(stack_dir)]) == 1
    captured = capsys.readouterr()
    assert f"terraform {failing} failed with exit status 1" in captured.err
    assert "login to https://192.0.2.2 failed for nsroot/(redacted)" in captured.err
    assert CANARY not in captured.err + captured.out


def test_the_real_command_runs_the_stand_in_as_a_process(stand_in_env: Path, stack_dir: Path) -> None:
    install(stand_in_env, "terraform")
    result = subprocess.run(
        [str(Path(sys.executable).parent / "ums-ha"), "drift", "--stack", str(stack_dir), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 2, result.stderr
    assert summary(drift_json(result.stdout)) == DRIFTED


@pytest.mark.parametrize("content", [None, "README.md"])
def test_a_directory_without_terraform_is_refused(
    tmp_path: Path, stand_in_env: Path, content: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    directory = tmp_path / "not-a-stack"
    if content is not None:
        directory.mkdir()
        (directory / content).write_text("x", encoding="utf-8")
    assert main(["drift", "--stack", str(directory)]) == 1
    assert "--stack: " in capsys.readouterr().err
    assert calls(stand_in_env) == []


# Whether the appliance's running configuration is saved (one NITRO GET of the plan's endpoint) ---------


def plan_on(nitro: RunningAppliance, tmp_path: Path, name: str = "02-noop") -> Path:
    """A recorded plan whose citrixadc provider names the NITRO stand-in."""
    document = json.loads((FIXTURES / f"{name}.json").read_text())
    document["configuration"]["provider_config"]["citrixadc"]["expressions"]["endpoint"] = {
        "constant_value": nitro.endpoint
    }
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(document))
    return path


@pytest.fixture
def saved_appliance(nitro: RunningAppliance, monkeypatch: pytest.MonkeyPatch) -> RunningAppliance:
    monkeypatch.setenv("NS_LOGIN", nitro.appliance.login)
    monkeypatch.setenv("NS_PASSWORD", nitro.appliance.password)
    nitro.appliance.singletons["nsconfig"] = {
        "lastconfigchangedtime": "Tue Dec  1 10:00:00 2026",
        "lastconfigsavetime": "Tue Dec  1 10:00:05 2026",
    }
    return nitro


def test_a_saved_appliance_is_no_drift_and_is_asked_once(
    saved_appliance: RunningAppliance, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = plan_on(saved_appliance, tmp_path)
    assert main(["drift", "--plan", str(plan), "--format", "json"]) == 0
    report = drift_json(capsys.readouterr().out)
    assert report["config_saved"] == {
        "checked": True,
        "saved": True,
        "detail": f"{saved_appliance.endpoint}: saved since the last change",
        "remedy": "",
    }
    assert saved_appliance.appliance.requests == [("GET", "/nitro/v1/config/nsconfig")]
    assert main(["drift", "--plan", str(plan)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == f"Configuration saved: yes ({saved_appliance.endpoint}: saved since the last change)"


def test_an_unsaved_appliance_is_drift_and_says_what_saves(
    saved_appliance: RunningAppliance, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved_appliance.appliance.singletons["nsconfig"]["configchanged"] = True
    plan = plan_on(saved_appliance, tmp_path)
    assert main(["drift", "--plan", str(plan), "--format", "json"]) == 2
    report = drift_json(capsys.readouterr().out)
    assert (report["drifted"], report["config_saved"]["saved"]) == (0, False)
    remedy = report["config_saved"]["remedy"]
    assert "If a deploy was cut, run it again" in remedy
    assert "terraform apply -replace=citrixadc_nsconfig_save.config_save" in remedy
    assert "save ns config" in remedy
    assert main(["drift", "--plan", str(plan), "--format", "markdown"]) == 2
    markdown = capsys.readouterr().out
    assert markdown.splitlines()[-1].startswith("**Configuration saved:** **no** (")
    for output in (remedy, markdown):
        assert saved_appliance.appliance.password not in output


@pytest.mark.parametrize("fault", ["503", "drop"])
def test_an_appliance_that_cannot_be_read_exits_1_after_the_report(
    fault: str, saved_appliance: RunningAppliance, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved_appliance.appliance.fail_at, saved_appliance.appliance.fault = 1, fault
    plan = plan_on(saved_appliance, tmp_path, "07-drift-refresh-only")
    assert main(["drift", "--plan", str(plan), "--confirm-deletions", "off"]) == 1  # the saved check alone
    captured = capsys.readouterr()
    assert captured.out.startswith("Drift: 3 objects changed outside Terraform.")
    [saved_line] = [line for line in captured.out.splitlines() if line.startswith("Configuration saved: ")]
    assert saved_line.startswith("Configuration saved: unknown (cannot read NITRO: GET "), saved_line
    assert "/nitro/v1/config/nsconfig" in saved_line
    assert "run ums-ha drift again once the appliance answers" in captured.out
    assert captured.err.startswith("error: the drift report is complete, but whether the configuration is saved")
    assert "Traceback" not in captured.err
    assert saved_appliance.appliance.password not in captured.out + captured.err


def test_saved_check_on_needs_the_login_and_off_asks_nothing(
    nitro: RunningAppliance, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NS_LOGIN", raising=False)
    monkeypatch.delenv("NS_PASSWORD", raising=False)
    plan = plan_on(nitro, tmp_path)
    assert main(["drift", "--plan", str(plan), "--saved-check", "on"]) == 1
    assert (
        capsys.readouterr().err.splitlines()[-1] == "  - --saved-check: is on, but NS_LOGIN and NS_PASSWORD are not set"
    )
    monkeypatch.setenv("NS_LOGIN", nitro.appliance.login)
    monkeypatch.setenv("NS_PASSWORD", nitro.appliance.password)
    assert main(["drift", "--plan", str(plan), "--saved-check", "off", "--format", "json"]) == 0
    assert drift_json(capsys.readouterr().out)["config_saved"]["checked"] is False
    assert nitro.appliance.requests == []


def test_a_server_disabled_by_hand_shows_as_drift(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    server = {"name": "ums-prod-srv-ums02", "ipaddress": "10.20.30.12", "state": "ENABLED"}
    disabled = {**server, "state": "DISABLED"}
    document = plan(drift=[change("citrixadc_server.server_ums02", ["update"], server, disabled)])
    path = write(tmp_path / "refresh.json", document)
    assert main(["drift", "--plan", str(path), "--format", "json"]) == 2
    assert summary(drift_json(capsys.readouterr().out)) == {
        "citrixadc_server.server_ums02": ("changed", [("state", "ENABLED", "DISABLED")])
    }


READ_AS_MISSING = "citrixadc_servicegroup_servicegroupmember_binding.m9080_ums02"


@pytest.mark.parametrize("still_there", [True, False], ids=["read-error", "really-deleted"])
def test_drift_asks_the_appliance_whether_a_deleted_object_is_gone(
    saved_appliance: RunningAppliance, tmp_path: Path, capsys: pytest.CaptureFixture[str], still_there: bool
) -> None:
    """The recorded drift deleted ums02 from sg_ums_9080: a read error when the appliance still has the member."""
    members = [{"servicegroupname": "sg_ums_9080", "servername": "ums01", "port": 9080}]
    if still_there:
        members.append({"servicegroupname": "sg_ums_9080", "servername": "ums02", "port": "9080"})
    saved_appliance.appliance.config["servicegroup_servicegroupmember_binding"] = members
    plan = plan_on(saved_appliance, tmp_path, "07-drift-refresh-only")
    assert main(["drift", "--plan", str(plan), "--format", "json"]) == 2
    captured = capsys.readouterr()
    report = drift_json(captured.out)
    assert report["deletions_confirmed"] is True
    expected = [READ_AS_MISSING] if still_there else []
    assert [error["address"] for error in report["read_errors"]] == expected
    asked = [path for method, path in saved_appliance.appliance.requests if "servicegroupmember" in path]
    assert asked == ["/nitro/v1/config/servicegroup_servicegroupmember_binding/sg_ums_9080"]
    assert {method for method, _ in saved_appliance.appliance.requests} == {"GET"}
    assert saved_appliance.appliance.password not in captured.out + captured.err
    assert main(["drift", "--plan", str(plan)]) == 2
    text = capsys.readouterr().out
    assert ("READ AS MISSING: the appliance still has it" in text) is still_there


def test_review_fails_on_a_read_error_with_the_appliance_and_on_its_signs_without(
    saved_appliance: RunningAppliance,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    saved_appliance.appliance.config["servicegroup_servicegroupmember_binding"] = [
        {"servicegroupname": "sg_ums_9080", "servername": "ums02", "port": 9080}
    ]
    plan = plan_on(saved_appliance, tmp_path, "08-plan-after-drift")
    output = tmp_path / "review.json"
    argv = ["review", str(plan), "--format", "json", "--output", str(output), "--fail-on", "outage"]
    assert main(argv) == 3
    findings = json.loads(output.read_text(encoding="utf-8"))["findings"]
    [read_error] = [finding for finding in findings if finding["rule"] == "read-as-missing"]
    assert (read_error["level"], read_error["address"]) == ("critical", READ_AS_MISSING)
    assert "the provider treats a read error as not found" in read_error["message"]

    # Without the login: one member of one group vanished while the rest remains, so no sign of a read error.
    monkeypatch.delenv("NS_PASSWORD")
    assert main(argv) == 0
    rules = {finding["rule"] for finding in json.loads(output.read_text(encoding="utf-8"))["findings"]}
    assert not rules & {"read-as-missing", "read-error-suspected"}
    capsys.readouterr()
    assert main([*argv[:-2], "--confirm-deletions", "on"]) == 2
    assert "--confirm-deletions: is on, but NS_PASSWORD is not set" in capsys.readouterr().err


@pytest.mark.parametrize("drift_format", ["text", "markdown", "json"])
def test_a_site_that_vanished_whole_is_flagged_as_a_probable_read_error_without_the_login(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, drift_format: str
) -> None:
    """The wrong partition, an expired session or the secondary: every object reads as missing at once."""
    monkeypatch.delenv("NS_LOGIN", raising=False)
    monkeypatch.delenv("NS_PASSWORD", raising=False)
    document = json.loads((FIXTURES / "02-noop.json").read_text(encoding="utf-8"))
    drift = []
    for entry in document["resource_changes"]:
        if entry["type"].startswith("citrixadc_") and entry["type"] != "citrixadc_nsconfig_save":
            before = entry["change"]["before"]
            drift.append({**entry, "change": {**entry["change"], "actions": ["delete"], "after": None}})
            entry["change"].update(actions=["create"], before=None, after=before)
    document["resource_drift"] = drift
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(document), encoding="utf-8")
    assert main(["drift", "--plan", str(plan), "--format", drift_format]) == 2
    out = capsys.readouterr().out
    expected = f"every NetScaler object of the site ({len(drift)}) was found deleted at once"
    if drift_format == "json":
        [error] = json.loads(out)["read_errors"]
        assert error["address"] is None
        assert error["message"].startswith(expected)
    else:
        assert expected in out


def test_drift_of_a_partitions_stack_asks_that_partition_on_a_session(
    saved_appliance: RunningAppliance, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    appliance = saved_appliance.appliance
    appliance.partitions["team_ums"] = Appliance(singletons=dict(appliance.singletons))
    appliance.singletons["nsconfig"] = {  # the default partition is unsaved: not this stack's
        "lastconfigchangedtime": "Tue Dec  1 11:00:00 2026",
        "lastconfigsavetime": "Tue Dec  1 10:00:05 2026",
    }
    plan = plan_on(saved_appliance, tmp_path)
    document = json.loads(plan.read_text(encoding="utf-8"))
    document["configuration"]["provider_config"]["citrixadc"]["expressions"]["partition"] = {
        "constant_value": "team_ums"
    }
    plan.write_text(json.dumps(document), encoding="utf-8")
    assert main(["drift", "--plan", str(plan), "--format", "json"]) == 0
    assert drift_json(capsys.readouterr().out)["config_saved"]["saved"] is True
    assert [method for method, _ in appliance.requests] == ["POST", "POST", "GET", "POST"]
    assert appliance.sessions == {}


def test_drift_asks_each_node_of_an_ha_pair_whether_it_is_saved(
    saved_appliance: RunningAppliance, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    port = int(saved_appliance.endpoint.rsplit(":", 1)[1])
    login, password = saved_appliance.appliance.login, saved_appliance.appliance.password
    primary, secondary = Appliance(login=login, password=password), Appliance(login=login, password=password)
    primary.singletons["nsconfig"] = dict(saved_appliance.appliance.singletons["nsconfig"])
    secondary.singletons["nsconfig"] = {
        "lastconfigchangedtime": "Tue Dec  1 11:00:00 2026",
        "lastconfigsavetime": "Tue Dec  1 10:00:05 2026",
    }
    plan = plan_on(saved_appliance, tmp_path)
    document = json.loads(plan.read_text(encoding="utf-8"))
    document["planned_values"].setdefault("outputs", {})["netscaler_nodes"] = {
        "sensitive": False,
        "value": ["127.0.0.2", "127.0.0.3"],
    }
    plan.write_text(json.dumps(document), encoding="utf-8")
    with serving(primary, "127.0.0.2", port), serving(secondary, "127.0.0.3", port):
        assert main(["drift", "--plan", str(plan), "--format", "json"]) == 2
    saved = drift_json(capsys.readouterr().out)["config_saved"]
    assert (saved["saved"], saved["detail"]) == (False, "node 127.0.0.3: changed since the last save")
    for appliance in (saved_appliance.appliance, primary, secondary):
        assert [path for _, path in appliance.requests] == ["/nitro/v1/config/nsconfig"]


def test_a_saved_check_the_command_policy_denies_exits_1_naming_the_command(
    saved_appliance: RunningAppliance, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved_appliance.appliance.denied["/nitro/v1/config/nsconfig"] = "show ns config"
    assert main(["drift", "--plan", str(plan_on(saved_appliance, tmp_path))]) == 1
    err = capsys.readouterr().err
    assert "the appliance denied the command 'show ns config' to the user of NS_LOGIN" in err
