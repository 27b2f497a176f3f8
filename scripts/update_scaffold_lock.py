"""Rewrite the package-lock.json files that ums-ha init writes, from this repository's own lock.

    python scripts/update_scaffold_lock.py

Run it after a change to the cdktf or cdktn CLI pin (package.json here and in the scaffold:
scaffold/package.json for CDKTF deployments, scaffold/cdktn/package.json for CDK Terrain ones).
Each scaffold lock keeps exactly the versions this repository tests with: npm starts from
this repository's lock, offline, and only drops what the deployment does not install.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCAFFOLD = ROOT / "src" / "ums_ha" / "init" / "scaffold"
PTY_PIPES = "tools/node-pty-pipes"
PTY_PIPES_HERE = str((SCAFFOLD / PTY_PIPES).relative_to(ROOT))


def write_lock(folder: Path, *, pty_pipes: bool) -> None:
    """``folder/package-lock.json`` for ``folder/package.json``; the pty override's package beside it if used."""
    npm = ROOT / ".venv" / "bin" / "npm"
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        if pty_pipes:
            shutil.copytree(SCAFFOLD / PTY_PIPES, work / PTY_PIPES)
        shutil.copy2(folder / "package.json", work / "package.json")
        lock = (ROOT / "package-lock.json").read_text(encoding="utf-8").replace(PTY_PIPES_HERE, PTY_PIPES)
        (work / "package-lock.json").write_text(lock, encoding="utf-8")
        subprocess.run(
            [str(npm), "install", "--package-lock-only", "--offline", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=work,
            check=True,
        )
        shutil.copy2(work / "package-lock.json", folder / "package-lock.json")
    print(f"wrote {folder / 'package-lock.json'}", file=sys.stderr)


def main() -> int:
    write_lock(SCAFFOLD, pty_pipes=True)
    write_lock(SCAFFOLD / "cdktn", pty_pipes=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
