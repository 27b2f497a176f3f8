"""The real terraform binary, for the tests that need Terraform's own verdict; they skip without it."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

TERRAFORM = shutil.which("terraform")

needs_terraform = pytest.mark.skipif(TERRAFORM is None, reason="needs the terraform binary on PATH")


def terraform(command: str, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``terraform COMMAND -no-color ARGS``, without a CLI configuration, checkpoint calls or prompts.

    Never raises on a failure: the caller asserts on the exit status it expects.
    """
    assert TERRAFORM is not None, "use @needs_terraform"
    env = dict(os.environ, TF_CLI_CONFIG_FILE=os.devnull, CHECKPOINT_DISABLE="1", TF_IN_AUTOMATION="1")
    return subprocess.run(
        [TERRAFORM, command, "-no-color", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
