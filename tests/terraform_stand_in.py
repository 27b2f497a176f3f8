"""A stand-in for the terraform binary: answers init, plan and show like Terraform does.

Copied by tests/test_drift.py into a temporary bin/ as ``terraform`` or ``tofu``
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
    if command == "init":
        print("Terraform has been successfully initialized!")
        return 0
    if command == "plan":
        [out] = [arg.removeprefix("-out=") for arg in argv if arg.startswith("-out=")]
        Path(out).write_text("stand-in plan file", encoding="utf-8")
        return int(os.environ.get("STAND_IN_PLAN_EXIT", "2"))
    if command == "show" and argv[1] == "-json":
        if Path(argv[2]).read_text(encoding="utf-8") != "stand-in plan file":
            return 1
        sys.stdout.write(Path(os.environ["STAND_IN_SHOW"]).read_text(encoding="utf-8"))
        return 0
    print(f"stand-in: unexpected arguments {argv}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
