"""ums-ha init: the files it writes, what it refuses, and this repository's own cdktf app being the same."""

from __future__ import annotations

import errno
import hashlib
import json
import re
import shlex
import subprocess
import tomllib
from pathlib import Path

import pytest
from conftest import ROOT
from markdown_it import MarkdownIt

from ums_ha import files as files_module
from ums_ha.cli import main
from ums_ha.init import command as command_module
from ums_ha.init.scaffold import SCAFFOLD_FILES, render_scaffold, ums_ha_version
from ums_ha.site.reader import load_site_file
from ums_ha.toolchain.runtimes import RuntimeChoice, choose_runtime


def digests(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (by relative path) and its SHA-256."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def init(*argv: str) -> int:
    return main(["init", *argv])


def test_init_writes_every_file_with_the_site_and_the_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "ums-site"
    assert init(str(target), "--site", "berlin") == 0
    assert sorted(digests(target)) == sorted(name for name, _ in SCAFFOLD_FILES)
    written = [
        line.removeprefix("wrote ") for line in capsys.readouterr().out.splitlines() if line.startswith("wrote ")
    ]
    assert sorted(written) == sorted(str(target / name) for name, _ in SCAFFOLD_FILES)

    site_file = load_site_file(target / "ums-ha.toml")
    assert [site.name for site in site_file.sites] == ["berlin"]
    assert site_file.warnings() == []
    requirements = [
        line
        for line in (target / "requirements.txt").read_text(encoding="utf-8").splitlines()
        if line and line[0] != "#"
    ]
    assert requirements == [f"ums-ha=={ums_ha_version()}"]
    assert "@site@" not in "".join(path.read_text(encoding="utf-8") for path in target.rglob("*") if path.is_file())


def test_the_example_values_are_documentation_addresses_and_names(tmp_path: Path) -> None:
    assert init(str(tmp_path), "--site", "prod") == 0
    [site] = load_site_file(tmp_path / "ums-ha.toml").sites
    addresses = [site.netscaler.vip, site.netscaler.snip or "", *(server.address for server in site.ums_servers)]
    assert all(address.startswith("192.0.2.") for address in addresses), addresses  # RFC 5737 TEST-NET-1
    assert site.dns_name.endswith(".example")  # RFC 6761
    assert site.netscaler.endpoint == "https://192.0.2.2"


def test_a_second_init_is_refused_naming_each_file_and_changes_no_byte(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert init(str(tmp_path)) == 0
    (tmp_path / "ums-ha.toml").write_text("# mine\n", encoding="utf-8")
    before = digests(tmp_path)
    capsys.readouterr()
    assert init(str(tmp_path)) == 2
    assert digests(tmp_path) == before
    errors = capsys.readouterr().err
    named = [line.split(": ", 1)[0].removeprefix("  - ") for line in errors.splitlines() if line.startswith("  - ")]
    assert sorted(named) == sorted(str(tmp_path / name) for name, _ in SCAFFOLD_FILES)


def test_one_existing_file_is_named_and_nothing_else_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "README.md").write_text("# our repository\n", encoding="utf-8")
    assert init(str(tmp_path)) == 2
    assert digests(tmp_path) == {"README.md": hashlib.sha256(b"# our repository\n").hexdigest()}
    problems = [line for line in capsys.readouterr().err.splitlines() if line.startswith("  - ")]
    assert problems == [
        f"  - {tmp_path / 'README.md'}: exists already; ums-ha init never overwrites: "
        "move it away, or init another folder"
    ]


@pytest.mark.parametrize("site", ["Prod", "a" * 21, "", "prod site"])
def test_a_bad_site_name_is_refused_and_no_folder_is_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], site: str
) -> None:
    assert init(str(tmp_path / "new"), "--site", site) == 2
    assert not (tmp_path / "new").exists()
    assert f"--site: site names must be 1 to 20 of a-z, 0-9 and '-', but {site!r} was given" in capsys.readouterr().err


def test_a_file_as_dir_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert init(str(tmp_path / "file")) == 2
    assert "DIR: " in capsys.readouterr().err
    assert (tmp_path / "file").read_text(encoding="utf-8") == "x"


def test_a_file_where_init_makes_a_folder_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "deployment"
    target.mkdir()
    (target / ".github").write_text("a file where init makes a folder\n", encoding="utf-8")
    assert init(str(target)) == 2
    assert list(digests(target)) == [".github"]
    problems = [line for line in capsys.readouterr().err.splitlines() if line.startswith("  - ")]
    assert problems == [
        f"  - {target / '.github'}: is a file where init writes a folder; ums-ha init never "
        "overwrites: move it away, or init another folder"
    ]


def test_a_write_that_fails_halfway_leaves_nothing_behind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A full disk or a lost mount halfway: every file and folder init made is gone again."""
    target = tmp_path / "deployment"
    target.mkdir()
    (target / "notes.txt").write_text("ours\n", encoding="utf-8")
    real = files_module.write_atomically
    calls = []

    def fail_on_the_fifth(path: Path, text: str) -> None:
        calls.append(path)
        if len(calls) == 5:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        real(path, text)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(command_module, "write_atomically", fail_on_the_fifth)
        assert init(str(target)) == 2
    assert list(digests(target)) == ["notes.txt"]
    assert sorted(path.name for path in target.iterdir()) == ["notes.txt"]
    assert "No space left on device; nothing was left written there" in capsys.readouterr().err


def test_this_repository_runs_the_cdktf_app_that_init_writes() -> None:
    """The root main.py and cdktf.json are a deployment of the bundled example: the same files, byte for byte."""
    files = render_scaffold("prod", ums_ha_version())
    assert (ROOT / "main.py").read_text(encoding="utf-8") == files["main.py"]
    assert (ROOT / "cdktf.json").read_text(encoding="utf-8") == files["cdktf.json"]


def test_the_gitignore_keeps_the_site_file_and_ignores_what_is_built(tmp_path: Path) -> None:
    assert init(str(tmp_path), "--site", "prod") == 0
    subprocess.run(["git", "init", "--quiet", str(tmp_path)], check=True)  # noqa: S607

    def ignored(path: str) -> bool:
        result = subprocess.run(["git", "-C", str(tmp_path), "check-ignore", "--quiet", path], check=False)  # noqa: S607
        assert result.returncode in (0, 1)
        return result.returncode == 0

    assert not ignored("ums-ha.toml")
    assert [name for name, _ in SCAFFOLD_FILES if ignored(name)] == []
    built = [
        "cdktf.out/stacks/ums-ha-prod/cdk.tf.json",
        "cdktf.out/stacks/ums-ha-prod/.terraform/providers/x",
        "terraform.ums-ha-prod.tfstate",
        "terraform.ums-ha-prod.tfstate.backup",
        "plans/ums-ha-prod.json",
        "review/review.md",
        ".venv/bin/python",
        "node_modules/cdktf-cli/package.json",
        "ums-ha.toml.20261203T120000Z.bak",
    ]
    assert [path for path in built if not ignored(path)] == []
    assert not ignored("firmware-journals/prod-20261206T030000Z.json")  # the undo of a switch: kept


def test_the_cdktf_cli_pin_is_the_one_this_repository_tests_with() -> None:
    files = render_scaffold("prod", ums_ha_version())
    scaffold_package = json.loads(files["package.json"])
    root_package = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    assert scaffold_package["devDependencies"]["cdktf-cli"] == root_package["devDependencies"]["cdktf-cli"]
    assert scaffold_package["overrides"] == {
        "@cdktf/node-pty-prebuilt-multiarch": "$@cdktf/node-pty-prebuilt-multiarch"
    }
    assert scaffold_package["devDependencies"]["@cdktf/node-pty-prebuilt-multiarch"] == "file:tools/node-pty-pipes"
    # The lock pins each package exactly as this repository's lock does (scripts/update_scaffold_lock.py).
    scaffold_lock = json.loads(files["package-lock.json"])["packages"]
    assert scaffold_lock["node_modules/cdktf-cli"]["version"] == root_package["devDependencies"]["cdktf-cli"]
    assert _lock_differences(scaffold_lock, {"", "tools/node-pty-pipes"}) == []
    pty = ROOT / "src/ums_ha/init/scaffold/tools/node-pty-pipes"
    assert files["tools/node-pty-pipes/index.js"] == (pty / "index.js").read_text(encoding="utf-8")


def _lock_differences(scaffold_lock: dict[str, dict[str, str]], own: set[str]) -> list[str]:
    """The scaffold lock's packages that this repository's lock pins otherwise (scripts/update_scaffold_lock.py)."""
    root_lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    return [
        name
        for name, entry in scaffold_lock.items()
        if name not in own
        and (root_lock.get(name, {}).get("version"), root_lock.get(name, {}).get("integrity"))
        != (entry.get("version"), entry.get("integrity"))
    ]


def test_a_cdk_terrain_deployment_records_its_runtime_and_pins_the_cdktn_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert init(str(tmp_path), "--runtime", "cdktn") == 0
    assert "runtime: cdktn (recorded in cdktf.json's context)" in capsys.readouterr().out.splitlines()
    written = sorted(str(path.relative_to(tmp_path)) for path in tmp_path.rglob("*") if path.is_file())
    assert written == sorted(name for name, _ in SCAFFOLD_FILES if not name.startswith("tools/"))
    config = json.loads((tmp_path / "cdktf.json").read_text(encoding="utf-8"))
    assert config["context"] == {"ums-ha:runtime": "cdktn"}
    assert choose_runtime({}, tmp_path) == RuntimeChoice("cdktn", "cdktf.json")
    assert (tmp_path / "requirements.txt").read_text(encoding="utf-8").splitlines()[-1] == (
        f"ums-ha[cdktn]=={ums_ha_version()}"
    )
    package = json.loads((tmp_path / "package.json").read_text(encoding="utf-8"))
    root_package = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    assert package["devDependencies"] == {"cdktn-cli": root_package["devDependencies"]["cdktn-cli"]}
    assert "overrides" not in package
    lock = json.loads((tmp_path / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    assert lock["node_modules/cdktn-cli"]["version"] == root_package["devDependencies"]["cdktn-cli"]
    assert not any(name.startswith("node_modules/cdktf-cli") for name in lock)
    assert _lock_differences(lock, {""}) == []
    for name in ("README.md", "Makefile"):
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert "cdktf CLI" not in text
        assert "@" + "cli@" not in text
    assert (tmp_path / "main.py").read_text(encoding="utf-8") == (ROOT / "main.py").read_text(encoding="utf-8")


def test_a_cdktf_deployment_names_no_runtime_in_cdktf_json(tmp_path: Path) -> None:
    assert init(str(tmp_path), "--runtime", "cdktf") == 0
    assert json.loads((tmp_path / "cdktf.json").read_text(encoding="utf-8"))["context"] == {}
    assert choose_runtime({}, tmp_path) == RuntimeChoice("cdktf", "the default")
    assert (tmp_path / "requirements.txt").read_text(encoding="utf-8").splitlines()[-1] == (
        f"ums-ha=={ums_ha_version()}"
    )


def test_an_unknown_runtime_is_refused_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert init(str(tmp_path / "new"), "--runtime", "terraform-cdk") == 2
    error = capsys.readouterr().err
    assert "--runtime" in error
    assert "'terraform-cdk'" in error
    assert "'cdktf', 'cdktn'" in error
    assert not (tmp_path / "new").exists()


def test_the_site_file_comments_hold_tables_that_parse(tmp_path: Path) -> None:
    """Each commented example table, uncommented alone, is a valid site file."""
    text = render_scaffold("prod", ums_ha_version())["ums-ha.toml"]
    blocks = [block[block.index("# [sites.prod.") :] for block in text.split("\n\n") if "\n# [sites.prod." in block]
    assert [block.splitlines()[0] for block in blocks] == [
        "# [sites.prod.backend]",
        "# [sites.prod.dns]",
        "# [sites.prod.database]",
    ]
    for block in blocks:
        uncommented = "\n".join(line.removeprefix("# ") for line in block.splitlines())
        tomllib.loads(uncommented)
        path = tmp_path / f"{block.splitlines()[0][9:-1]}.toml"
        path.write_text(text.replace(block, uncommented), encoding="utf-8")
        load_site_file(path)  # raises ValidationError on any problem


def readme_section_code(title: str) -> list[str]:
    """The shell code blocks of one section of this repository's README."""
    tokens = MarkdownIt().parse((ROOT / "README.md").read_text(encoding="utf-8"))
    blocks, inside = [], False
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == "h2":
            inside = tokens[index + 1].content == title
        elif inside and token.type == "fence" and token.info == "sh":
            blocks.append(token.content)
    return blocks


def test_the_readmes_init_line_runs_as_written_and_its_make_targets_exist(tmp_path: Path) -> None:
    install, first_deploy = readme_section_code("Your own deployment repository")
    [line] = [line for line in install.splitlines() if "ums-ha init " in line]
    words = shlex.split(line.split("#", 1)[0])
    assert words[0] == "~/ums-ha/bin/ums-ha"
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "ums-ha"), *words[1:]], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    deployment = tmp_path / words[2]
    assert [site.name for site in load_site_file(deployment / "ums-ha.toml").sites] == [words[-1]]
    makefile = (deployment / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z]+):", makefile, flags=re.MULTILINE))
    used = [
        word
        for line in first_deploy.splitlines()
        if line.startswith("make ")
        for word in line.split("#")[0].split()[1:]
    ]
    assert used == ["setup", "synth", "plan", "review", "deploy"]
    assert set(used) <= targets
