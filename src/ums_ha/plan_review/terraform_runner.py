"""Running ``terraform plan -refresh-only`` in a synthesized stack directory, for ``ums-ha drift --stack``.

The binary is ``$TERRAFORM_BINARY_NAME`` (a name on PATH or a path, as the
cdktf CLI reads it), else ``terraform``, else ``tofu``. The plan file goes to a
private temporary directory and is deleted afterwards: it may hold sensitive
values.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Final

from ums_ha.credentials.environment import redact
from ums_ha.errors import Problem, ValidationError
from ums_ha.plan_review.model import Plan
from ums_ha.plan_review.plan_file import parse_plan
from ums_ha.toolchain.node import prepare_toolchain

BINARY_VARIABLE: Final = "TERRAFORM_BINARY_NAME"
DEFAULT_BINARIES: Final = ("terraform", "tofu")
#: How much of Terraform's error output an error message quotes.
_ERROR_TAIL: Final = 2_000


class TerraformError(RuntimeError):
    """Terraform failed or could not be run; the message holds its (redacted) error output."""


def find_binary(environ: Mapping[str, str] | None = None) -> str:
    """The Terraform (or OpenTofu) executable to run, as a path."""
    environment = os.environ if environ is None else environ
    search_path = environment.get("PATH", os.defpath)
    named = environment.get(BINARY_VARIABLE, "").strip()
    if named:
        found = shutil.which(named, path=search_path)
        if found is None:
            raise TerraformError(f"{BINARY_VARIABLE}={named!r}: no such executable (looked on PATH too)")
        return found
    for name in DEFAULT_BINARIES:
        found = shutil.which(name, path=search_path)
        if found is not None:
            return found
    raise TerraformError(f"neither terraform nor tofu is on PATH; install one, or name the binary in {BINARY_VARIABLE}")


def _run(command: Sequence[str], stack_dir: Path, ok: tuple[int, ...]) -> subprocess.CompletedProcess[str]:
    try:
        result = subprocess.run(  # noqa: S603 - the binary is the user's terraform, the arguments are ours
            list(command),
            cwd=stack_dir,
            capture_output=True,
            text=True,
            check=False,
            env=prepare_toolchain(dict(os.environ)),
        )
    except OSError as error:
        raise TerraformError(f"cannot run {command[0]}: {error.strerror}") from None
    if result.returncode not in ok:
        # Redacted before it is cut: a cut through a secret would leave a part of it that no longer matches.
        output = redact(result.stderr.strip() or result.stdout.strip())[-_ERROR_TAIL:]
        raise TerraformError(
            f"{Path(command[0]).name} {command[1]} failed with exit status {result.returncode}:\n{output}"
        )
    return result


def check_stack_dir(stack_dir: Path) -> None:
    if not stack_dir.is_dir():
        raise ValidationError([Problem("--stack", f"{str(stack_dir)!r} is not a directory")])
    if not any(stack_dir.glob("*.tf.json")) and not any(stack_dir.glob("*.tf")):
        raise ValidationError(
            [
                Problem(
                    "--stack",
                    f"{str(stack_dir)!r} holds no Terraform configuration (*.tf.json or *.tf); "
                    "pass a synthesized stack, such as cdktf.out/stacks/ums-ha-prod",
                )
            ]
        )


def refresh_only_plan(stack_dir: Path, environ: Mapping[str, str] | None = None) -> Plan:
    """``init``, ``plan -refresh-only -detailed-exitcode`` and ``show -json`` in ``stack_dir``."""
    check_stack_dir(stack_dir)
    binary = find_binary(environ)
    _run([binary, "init", "-input=false", "-no-color"], stack_dir, ok=(0,))
    with tempfile.TemporaryDirectory(prefix="ums-ha-drift-") as private:
        plan_file = Path(private) / "refresh-only.tfplan"
        # -detailed-exitcode: 0 nothing to do, 2 drift found, 1 error.
        _run(
            [binary, "plan", "-refresh-only", "-input=false", "-no-color", "-detailed-exitcode", f"-out={plan_file}"],
            stack_dir,
            ok=(0, 2),
        )
        shown = _run([binary, "show", "-json", str(plan_file)], stack_dir, ok=(0,))
    return parse_plan(shown.stdout, f"{Path(binary).name} show -json (in {stack_dir})")
