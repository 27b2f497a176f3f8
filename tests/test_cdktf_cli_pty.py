"""The cdktf CLI's pty module, replaced by tools/node-pty-pipes: spawn, answer a prompt, output, exit code, stop."""

from __future__ import annotations

import json
import os
import subprocess
from typing import Any

import pytest
from conftest import ROOT

from ums_ha.toolchain.node import node_executable

PROBE = ROOT / "tests" / "pty_pipes_probe.cjs"


def drive(*command: str, answer: str | None = None) -> dict[str, Any]:
    env = {key: value for key, value in os.environ.items() if key != "ANSWER"}
    if answer is not None:
        env["ANSWER"] = answer
    result = subprocess.run(
        [node_executable(), str(PROBE), *command],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def test_the_cli_loads_the_pipes_module_in_place_of_the_native_one() -> None:
    package = ROOT / "node_modules" / "@cdktf" / "node-pty-prebuilt-multiarch"
    assert package.resolve() == (ROOT / "src/ums_ha/init/scaffold/tools/node-pty-pipes").resolve()


def test_a_prompt_is_answered_and_the_output_and_exit_code_come_back() -> None:
    script = (
        'printf "Do you want to perform these actions?\\n  Enter a value: "; '
        'read answer; echo "got:$answer" >&2; exit 3'
    )
    report = drive("sh", "-c", script, answer="yes\n")
    assert report == {
        "output": "Do you want to perform these actions?\n  Enter a value: got:yes\n",
        "exitCode": 3,
        "signal": None,
        "pid": "number",
    }


def test_ctrl_c_stops_the_program_as_an_interrupt() -> None:
    report = drive("sh", "-c", 'echo ready; sleep 30; echo "not reached"', answer="\u0003")
    assert report["output"] == "ready\n"
    assert report["signal"] == "SIGINT"


@pytest.mark.parametrize("missing", ["/no/such/program"])
def test_a_program_that_cannot_start_exits_127_with_a_message(missing: str) -> None:
    report = drive(missing)
    assert report["exitCode"] == 127
    assert missing in report["output"]
