"""The committed provider bindings are exactly what scripts/generate_bindings.py makes."""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

GENERATED = ROOT / "src" / "ums_ha" / "_generated"


def differences(left: Path, right: Path) -> list[str]:
    comparison = filecmp.dircmp(left, right, ignore=["__pycache__"])
    found = [f"only in one copy: {name}" for name in comparison.left_only + comparison.right_only]
    found += [f"differs: {name}" for name in comparison.diff_files]
    for name, sub in comparison.subdirs.items():
        found += [f"{name}/{item}" for item in differences(Path(sub.left), Path(sub.right))]
    return found


@pytest.mark.slow
@pytest.mark.skipif(not (ROOT / "node_modules" / ".bin" / "cdktf").exists(), reason="needs `npm ci` (CI runs it)")
def test_committed_bindings_are_current(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(ROOT / "scripts", project / "scripts")
    shutil.copytree(ROOT / "provider-schemas", project / "provider-schemas")
    (project / "node_modules").symlink_to(ROOT / "node_modules")
    subprocess.run(
        [sys.executable, "scripts/generate_bindings.py"], cwd=project, check=True, capture_output=True, timeout=300
    )
    for provider in ("citrixadc", "mssql"):
        assert differences(GENERATED / provider, project / "src" / "ums_ha" / "_generated" / provider) == []
