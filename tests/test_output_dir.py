"""Synthesis never deletes or replaces what it did not write: refused folders, kept files, umask, failures."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import LAB_SITE, ROOT, read_stacks, site_text
from main_py import run_main_py

from ums_ha.cli import main

GIT = shutil.which("git") or "git"


def snapshot(root: Path) -> dict[str, bytes | None]:
    """Every file (its bytes) and folder (None) under ``root``, by relative path."""
    return {
        path.relative_to(root).as_posix(): (path.read_bytes() if path.is_file() else None)
        for path in sorted(root.rglob("*"))
    }


def synth(*args: str) -> int:
    return main(["synth", "--project-dir", str(ROOT), *args])


@pytest.fixture
def site_file(tmp_path: Path) -> Path:
    path = tmp_path / "deploy" / "ums-ha.toml"
    path.parent.mkdir()
    path.write_text(site_text(), encoding="utf-8")
    return path


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def test_a_folder_with_a_users_file_is_refused_and_left_as_it_was(
    tmp_path: Path, site_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keep = tmp_path / "keep"
    keep.mkdir()
    (keep / "notes.txt").write_text("mine", encoding="utf-8")
    before = snapshot(tmp_path)
    assert synth("--config", str(site_file), "--output", str(keep)) == 2
    error = capsys.readouterr().err
    assert f"--output: {str(keep)!r} holds files but no manifest.json of an earlier synthesis" in error
    assert snapshot(tmp_path) == before


@pytest.mark.usefixtures("chdir")
def test_the_current_directory_a_git_clone_is_refused(
    tmp_path: Path, site_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    subprocess.run([GIT, "init", "-q", str(tmp_path)], check=True)
    before = snapshot(tmp_path)
    assert synth("--config", str(site_file), "--output", ".") == 2
    assert "is the current directory" in capsys.readouterr().err
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("relative", ["deploy", "."], ids=["the-site-files-folder", "a-folder-above-it"])
def test_the_site_files_folder_or_one_above_it_is_refused(
    tmp_path: Path, site_file: Path, relative: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)  # so the current directory is not what refuses it
    before = snapshot(tmp_path)
    assert synth("--config", str(site_file), "--output", str(tmp_path / relative)) == 2
    assert f"the folder of the site file {site_file}" in capsys.readouterr().err
    assert snapshot(tmp_path) == before


def test_the_project_directory_is_refused(tmp_path: Path, site_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["synth", "--project-dir", str(ROOT), "--config", str(site_file), "--output", str(ROOT)]) == 2
    assert "is the project directory" in capsys.readouterr().err
    assert main(["synth", "--project-dir", str(ROOT), "--config", str(site_file), "--output", str(ROOT.parent)]) == 2
    assert "holds the project directory" in capsys.readouterr().err


def test_a_file_is_refused_not_replaced_by_a_folder(
    tmp_path: Path, site_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "some-file"
    target.write_text("mine", encoding="utf-8")
    assert synth("--config", str(site_file), "--output", str(target)) == 2
    assert "is a file, not a folder" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "mine"


@pytest.mark.runtime
def test_an_empty_folder_is_used(tmp_path: Path, site_file: Path) -> None:
    out = tmp_path / "empty"
    out.mkdir()
    assert synth("--config", str(site_file), "--output", str(out)) == 0
    assert list(read_stacks(out)) == ["ums-ha-prod"]


@pytest.mark.runtime
def test_a_folder_of_empty_folders_is_used(tmp_path: Path, site_file: Path) -> None:
    """What a CDK App made without an outdir leaves behind (``cdktf.out/stacks/``) holds nothing to keep."""
    out = tmp_path / "cdktf.out"
    (out / "stacks" / "old").mkdir(parents=True)
    assert synth("--config", str(site_file), "--output", str(out)) == 0
    assert list(read_stacks(out)) == ["ums-ha-prod"]


@pytest.mark.parametrize("hidden", ["stacks/notes.txt", "stacks/old/.keep"])
def test_a_file_deep_in_a_folder_is_still_a_users_file(
    tmp_path: Path, site_file: Path, hidden: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cdktf.out"
    (out / hidden).parent.mkdir(parents=True)
    (out / hidden).write_text("mine", encoding="utf-8")
    before = snapshot(tmp_path)
    assert synth("--config", str(site_file), "--output", str(out)) == 2
    assert "holds files but no manifest.json" in capsys.readouterr().err
    assert snapshot(tmp_path) == before


@pytest.mark.runtime
@pytest.mark.usefixtures("umask_022")
def test_a_resynthesis_keeps_terraforms_and_the_users_files_and_replaces_its_own(
    tmp_path: Path, site_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert synth("--config", str(site_file), "--output", str(out)) == 0
    stack = out / "stacks" / "ums-ha-prod"
    theirs = {
        ".terraform/providers/registry.terraform.io/citrix/citrixadc/2.2.2/linux_amd64/terraform-provider": "bin",
        ".terraform/terraform.tfstate": '{"backend": {}}',
        ".terraform.lock.hcl": "# lock file",
        "plan.bin": "a plan",
        "notes.md": "mine",
    }
    for name, text in theirs.items():
        (stack / name).parent.mkdir(parents=True, exist_ok=True)
        (stack / name).write_text(text, encoding="utf-8")
    capsys.readouterr()

    site_file.write_text(site_text(servers=(("ums01", "10.20.30.11"),)), encoding="utf-8")
    assert synth("--config", str(site_file), "--output", str(out)) == 0
    assert {name: (stack / name).read_text(encoding="utf-8") for name in theirs} == theirs
    servers = read_stacks(out)["ums-ha-prod"]["resource"]["citrixadc_server"]
    assert list(servers) == ["server_ums01"]
    assert f"wrote {stack / 'cdk.tf.json'}" in capsys.readouterr().err.splitlines()

    assert synth("--config", str(site_file), "--output", str(out), "--hcl") == 0
    assert {name: (stack / name).read_text(encoding="utf-8") for name in theirs} == theirs
    assert sorted(path.name for path in stack.iterdir()) == sorted(
        [".terraform", ".terraform.lock.hcl", "cdk.tf", "metadata.json", "notes.md", "plan.bin"]
    )
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["stacks"]["ums-ha-prod"]["synthesizedStackPath"] == "stacks/ums-ha-prod/cdk.tf"


@pytest.mark.runtime
def test_a_removed_site_loses_only_ums_has_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "sites.toml"
    config.write_text(site_text() + LAB_SITE, encoding="utf-8")
    out = tmp_path / "out"
    assert synth("--config", str(config), "--output", str(out)) == 0
    (out / "stacks" / "ums-ha-lab" / ".terraform").mkdir()
    config.write_text(site_text(), encoding="utf-8")
    capsys.readouterr()
    assert synth("--config", str(config), "--output", str(out)) == 0
    err = capsys.readouterr().err
    assert sorted(path.name for path in (out / "stacks" / "ums-ha-lab").iterdir()) == [".terraform"]
    assert f"kept {out / 'stacks' / 'ums-ha-lab'}" in err
    assert list(json.loads((out / "manifest.json").read_text(encoding="utf-8"))["stacks"]) == ["ums-ha-prod"]

    # Without anything of Terraform's in it, the folder of a removed site goes.
    config.write_text(site_text() + LAB_SITE, encoding="utf-8")
    assert synth("--config", str(config), "--output", str(out)) == 0
    (out / "stacks" / "ums-ha-lab" / ".terraform").rmdir()
    config.write_text(site_text(), encoding="utf-8")
    assert synth("--config", str(config), "--output", str(out)) == 0
    assert sorted(path.name for path in (out / "stacks").iterdir()) == ["ums-ha-prod"]


@pytest.mark.runtime
def test_a_failed_synthesis_leaves_the_earlier_output_and_terraforms_files(tmp_path: Path, site_file: Path) -> None:
    out = tmp_path / "out"
    assert synth("--config", str(site_file), "--output", str(out)) == 0
    (out / "stacks" / "ums-ha-prod" / ".terraform.lock.hcl").write_text("# lock", encoding="utf-8")
    before = snapshot(tmp_path)
    site_file.write_text(site_text(servers=(("ums01", "10.20.30.999"),)), encoding="utf-8")
    assert synth("--config", str(site_file), "--output", str(out)) == 2
    after = snapshot(tmp_path)
    del before["deploy/ums-ha.toml"], after["deploy/ums-ha.toml"]
    assert after == before


@pytest.mark.runtime
@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o755), (0o027, 0o750)])
def test_created_folders_follow_the_umask(tmp_path: Path, site_file: Path, umask: int, mode: int) -> None:
    old = os.umask(umask)
    try:
        assert synth("--config", str(site_file), "--output", str(tmp_path / "new" / "out")) == 0
    finally:
        os.umask(old)
    out = tmp_path / "new" / "out"
    folders = [tmp_path / "new", out, out / "stacks", out / "stacks" / "ums-ha-prod"]
    assert {folder.name: oct(folder.stat().st_mode & 0o777) for folder in folders} == {
        folder.name: oct(mode) for folder in folders
    }


@pytest.mark.runtime
@pytest.mark.slow
def test_main_py_refuses_a_cdktf_out_that_is_not_an_earlier_output(tmp_path: Path) -> None:
    (tmp_path / "cdktf.out").mkdir()
    (tmp_path / "cdktf.out" / "mine.txt").write_text("mine", encoding="utf-8")
    result = run_main_py(tmp_path, {})
    assert result.returncode == 2, result.stderr
    assert "--output:" in result.stderr
    assert sorted(path.name for path in (tmp_path / "cdktf.out").iterdir()) == ["mine.txt"]


@pytest.mark.runtime
@pytest.mark.slow
def test_main_py_under_the_cdktf_cli_refuses_the_project_directory_as_its_output(tmp_path: Path) -> None:
    result = run_main_py(tmp_path, {"CDKTF_OUTDIR": str(tmp_path)})
    assert result.returncode == 2, result.stderr
    assert "CDKTF_OUTDIR (cdktf synth --output): " in result.stderr
    assert "is the current directory" in result.stderr or "is the project directory" in result.stderr
    assert not (tmp_path / "manifest.json").exists()
    assert not (tmp_path / "stacks" / "ums-ha-prod").exists()  # stacks/ itself is the app's package
