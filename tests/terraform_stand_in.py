"""A stand-in for the terraform binary: answers init, plan, show and apply like Terraform does.

Copied by tests/test_drift.py and tests/test_init_ci.py into a temporary bin/ as ``terraform`` or ``tofu``
(with a shebang naming this Python). Controlled by the environment:

- ``STAND_IN_LOG``: a file each call appends its arguments and directory to, as JSON;
- ``STAND_IN_SHOW``: the plan JSON ``show -json`` prints;
- ``STAND_IN_PLAN_EXIT``: the exit status of ``plan`` (Terraform's -detailed-exitcode: 0, 1 or 2);
- ``STAND_IN_FAIL``: a subcommand that fails with exit status 1, printing first the variables named in
  ``STAND_IN_PRINT_ENV`` (comma-separated) as ``NAME=value``, as a provider's debug output might, then
  ``STAND_IN_STDERR``.

Each logged call also records ``CHECKPOINT_DISABLE`` as the stand-in saw it.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    if argv and argv[0].startswith("-chdir="):  # as make plan and make deploy call it
        os.chdir(argv[0].removeprefix("-chdir="))
        argv = argv[1:]
    command = argv[0] if argv else ""
    with Path(os.environ["STAND_IN_LOG"]).open("a", encoding="utf-8") as log:
        call = {
            "argv": argv,
            "cwd": os.getcwd(),
            "binary": Path(sys.argv[0]).name,
            "checkpoint_disable": os.environ.get("CHECKPOINT_DISABLE"),
        }
        log.write(json.dumps(call) + "\n")
    if command == os.environ.get("STAND_IN_FAIL"):
        for name in filter(None, os.environ.get("STAND_IN_PRINT_ENV", "").split(",")):
            print(f"{name}={os.environ.get(name, '')}", file=sys.stderr)
        print(os.environ.get("STAND_IN_STDERR", "Error: failed"), file=sys.stderr)
        return 1
    answer = _ANSWERS.get(command)
    if answer is not None:
        return answer(argv)
    print(f"stand-in: unexpected arguments {argv}", file=sys.stderr)
    return 1


def _init(_argv: list[str]) -> int:
    print("Terraform has been successfully initialized!")
    return 0


def _plan(argv: list[str]) -> int:
    [out] = [arg.removeprefix("-out=") for arg in argv if arg.startswith("-out=")]
    Path(out).write_text("stand-in plan file", encoding="utf-8")
    return int(os.environ.get("STAND_IN_PLAN_EXIT", "2"))


def _show(argv: list[str]) -> int:
    if argv[1] != "-json" or Path(argv[2]).read_text(encoding="utf-8") != "stand-in plan file":
        return 1
    sys.stdout.write(Path(os.environ["STAND_IN_SHOW"]).read_text(encoding="utf-8"))
    return 0


def _apply(argv: list[str]) -> int:
    """A saved plan only, as make deploy applies it."""
    if Path(argv[-1]).read_text(encoding="utf-8") != "stand-in plan file":
        return 1
    print("Apply complete!")
    return 0


_ANSWERS = {"init": _init, "plan": _plan, "show": _show, "apply": _apply}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
