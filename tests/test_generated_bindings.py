"""The committed generated code (bindings, block types) is exactly what its script makes."""

from __future__ import annotations

import filecmp
import importlib.util
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
def test_committed_bindings_are_current(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(ROOT / "scripts", project / "scripts")
    shutil.copytree(ROOT / "provider-schemas", project / "provider-schemas")
    (project / "node_modules").symlink_to(ROOT / "node_modules")
    subprocess.run(
        [sys.executable, "scripts/generate_bindings.py"], cwd=project, check=True, capture_output=True, timeout=300
    )
    for provider in ("citrixadc", "mssql", "postgresql"):
        assert differences(GENERATED / provider, project / "src" / "ums_ha" / "_generated" / provider) == []


def test_committed_block_types_are_current() -> None:
    """src/ums_ha/_generated/block_types.py is what scripts/generate_block_types.py makes of provider-schemas/."""
    spec = importlib.util.spec_from_file_location("generate_block_types", ROOT / "scripts" / "generate_block_types.py")
    assert spec is not None
    assert spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.render(ROOT / "provider-schemas") == (GENERATED / "block_types.py").read_text(encoding="utf-8")
