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
from plan_documents import FIXTURES

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
