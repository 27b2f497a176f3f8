"""The wheel is the whole product: built from src/ alone, installed outside this clone, it inits, synthesizes
(ums-ha synth, python main.py, the pinned cdktf or cdktn CLI) the same JSON as the clone, and a second init changes
nothing; on either runtime, as the deployment records it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from importlib.metadata import version
from pathlib import Path

import pytest
from conftest import ROOT
from test_init import digests

from ums_ha.toolchain.runtimes import RUNTIME_ENV, RUNTIME_PACKAGES

STACK_JSON = Path("cdktf.out/stacks/ums-ha-prod/cdk.tf.json")


def run(argv: list[str | Path], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(arg) for arg in argv], cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=600
    )
    assert result.returncode == 0, f"{argv}: exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result


def build_wheel(tmp_path: Path, env: dict[str, str]) -> Path:
    """The wheel of this clone's tracked pyproject.toml, README.md and src/, and nothing else of it."""
    source = tmp_path / "source"
    tracked = subprocess.run(
        ["git", "ls-files", "pyproject.toml", "README.md", "src"],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    for name in tracked:
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    wheels = tmp_path / "wheels"
    # No build isolation: the test environment's setuptools builds it, nothing is downloaded.
    run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", wheels, source],
        tmp_path,
        env,
    )
    [wheel] = wheels.glob("ums_ha-*.whl")
    return wheel


def install_in_new_venv(tmp_path: Path, wheel: Path, env: dict[str, str]) -> Path:
    """A virtualenv with the wheel installed; its dependencies are the test environment's, through a .pth file."""
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", venv], tmp_path, env)
    python = venv / "bin" / "python"
    purelib = run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], tmp_path, env).stdout
    Path(purelib.strip(), "test-environment-packages.pth").write_text(sysconfig.get_path("purelib") + "\n")
    run([python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", wheel], tmp_path, env)
    return venv


@pytest.mark.each_runtime
@pytest.mark.slow
@pytest.mark.parametrize("runtime", RUNTIME_PACKAGES)
def test_the_wheel_alone_inits_and_synthesizes_a_deployment(tmp_path: Path, runtime: str) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("UMS_HA_CONFIG", "CDKTF_OUTDIR", "PYTHONPATH", "VIRTUAL_ENV", "SYNTH_HCL_OUTPUT", RUNTIME_ENV)
    }
    wheel = build_wheel(tmp_path, env)
    venv = install_in_new_venv(tmp_path, wheel, env)
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env['PATH']}"
    env["CHECKPOINT_DISABLE"] = "1"

    where = run(["python", "-c", "import ums_ha; print(ums_ha.__file__)"], tmp_path, env).stdout.strip()
    assert Path(where).is_relative_to(venv), where  # the wheel's ums_ha, not this clone's

    run(["ums-ha", "init", "x", "--runtime", runtime], tmp_path, env)
    deployment = tmp_path / "x"
    synth = run(["ums-ha", "synth"], deployment, env)
    assert f"runtime: {runtime} {version(runtime)} ({'the default' if runtime == 'cdktf' else 'cdktf.json'})" in (
        synth.stderr.splitlines()
    )
    synthesized = json.loads((deployment / STACK_JSON).read_text(encoding="utf-8"))
    assert synthesized["//"]["metadata"]["version"] == version(runtime)

    # The clone synthesizes the same site file into the same JSON.
    clone_project = tmp_path / "clone-project"
    clone_project.mkdir()
    shutil.copy2(deployment / "ums-ha.toml", clone_project / "ums-ha.toml")
    shutil.copy2(deployment / "cdktf.json", clone_project / "cdktf.json")
    run([ROOT / ".venv" / "bin" / "ums-ha", "synth"], clone_project, {**env, "PATH": os.environ["PATH"]})
    assert json.loads((clone_project / STACK_JSON).read_text(encoding="utf-8")) == synthesized

    shutil.rmtree(deployment / "cdktf.out")
    run(["python", "main.py"], deployment, env)
    assert json.loads((deployment / STACK_JSON).read_text(encoding="utf-8")) == synthesized

    shutil.rmtree(deployment / "cdktf.out")
    run([ROOT / "node_modules" / ".bin" / runtime, "synth"], deployment, env)  # the CLI the deployment pins
    assert json.loads((deployment / STACK_JSON).read_text(encoding="utf-8")) == synthesized

    before = digests(deployment)
    second = subprocess.run(
        ["ums-ha", "init", "x"],  # noqa: S607
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert second.returncode == 2, second.stderr
    assert digests(deployment) == before


@pytest.mark.runtime
@pytest.mark.slow
def test_the_user_stack_example_uncommented_synthesizes_a_second_stack(tmp_path: Path) -> None:
    from ums_ha.cli import main

    assert main(["init", str(tmp_path)]) == 0
    main_py = tmp_path / "main.py"
    lines = main_py.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(index for index, line in enumerate(lines) if line.startswith("    # from ums_ha.toolchain.cdk import"))
    end = next(index for index in range(start, len(lines)) if lines[index].startswith("    # )"))
    for index in range(start, end + 1):
        lines[index] = "\n" if lines[index].strip() == "#" else lines[index].replace("    # ", "    ", 1)
    main_py.write_text("".join(lines), encoding="utf-8")

    env = {key: value for key, value in os.environ.items() if key not in ("UMS_HA_CONFIG", "CDKTF_OUTDIR")}
    result = run([sys.executable, "main.py"], tmp_path, env)
    manifest = json.loads((tmp_path / "cdktf.out" / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(manifest["stacks"]) == ["ums-ha-prod", "ums-lab"]
    lab = json.loads((tmp_path / "cdktf.out" / "stacks" / "ums-lab" / "cdk.tf.json").read_text(encoding="utf-8"))
    vservers = lab["resource"]["citrixadc_lbvserver"].values()
    assert sorted(vserver["name"] for vserver in vservers) == [
        "umslab-vs-console",
        "umslab-vs-devices",
        "umslab-vs-firmware",
    ]
    assert {vserver["ipv46"] for vserver in vservers} == {"192.0.2.20"}
    assert lab["terraform"]["backend"] == {"local": {"path": "../../../terraform.ums-lab.tfstate"}}
    assert lab["provider"]["citrixadc"][0]["endpoint"] == "https://192.0.2.2"
    assert f"wrote {tmp_path / 'cdktf.out' / 'stacks' / 'ums-lab' / 'cdk.tf.json'}" in result.stderr.splitlines()


def test_no_source_file_is_hidden_by_gitignore() -> None:
    """The wheel and a fresh clone hold tracked files only: a .gitignore pattern that hides a new module (``site/``
    for the docs' build output once hid ``src/ums_ha/site/`` files) would leave them out unseen."""
    hidden = subprocess.run(
        ["git", "ls-files", "--others", "--ignored", "--exclude-standard", "src", "tests", "scripts", "docs"],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert [path for path in hidden if "__pycache__" not in path and ".egg-info" not in path] == []
