"""The pinned Node toolchain: what a Node program ums-ha starts finds on PATH.

Each command runs with nothing but the prepared PATH, so an npm of the machine or the
virtualenv's console scripts cannot stand in for the pinned one.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from ums_ha.toolchain.node import JSII_NODE_ENV, NODE_SHIMS, pinned_node_bin, prepare_toolchain


def prepared(tmp_path: Path) -> dict[str, str]:
    environ = prepare_toolchain({"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "npm_config_cache": str(tmp_path)})
    return dict(environ)


def test_the_pinned_node_comes_first_and_jsii_uses_it(tmp_path: Path) -> None:
    environ = prepared(tmp_path)
    folder = pinned_node_bin()
    assert folder is not None
    assert environ["PATH"].split(":")[:2] == [str(NODE_SHIMS), str(folder)]
    assert environ[JSII_NODE_ENV] == str(folder / "node")
    # "node" as PATH finds it, on purpose: that is what the CLI's #!/usr/bin/env node gets.
    version = subprocess.run(["node", "--version"], env=environ, capture_output=True, text=True, check=True)  # noqa: S607
    assert version.stdout.strip() == "v24.19.0"


@pytest.mark.parametrize("tool", ["npm", "npx"])
def test_npm_and_npx_are_the_pinned_nodes_own(tmp_path: Path, tool: str) -> None:
    """``cdktf get`` runs ``npm pack``: the wheel's own bin/npm cannot find npm's code and fails."""
    environ = prepared(tmp_path)
    done = subprocess.run([tool, "--version"], env=environ, capture_output=True, text=True, check=False, timeout=60)
    assert done.returncode == 0, done.stderr
    bundled = json.loads(
        (Path(str(pinned_node_bin())) / ".." / "lib" / "node_modules" / "npm" / "package.json").read_text()
    )
    assert done.stdout.strip() == bundled["version"]


def test_preparing_twice_changes_nothing(tmp_path: Path) -> None:
    once = prepared(tmp_path)
    assert dict(prepare_toolchain(dict(once))) == once
