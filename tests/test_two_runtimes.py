"""CDKTF and CDK Terrain make the same Terraform of every site file, and a user's stack of either holds ums-ha.

Each runtime runs in a process of its own (``UMS_HA_RUNTIME``), as a user's would: the runtime, its jsii
kernel and the bindings are chosen once per process.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLE, read_stacks, without_runtime_version
from test_hcl_stacks import EVERYTHING
from test_interrupted_deploy import SITE_FILES as DEPLOY_SITE_FILES
from test_state_lock import SITE_FILES as STATE_LOCK_SITE_FILES

from ums_ha.toolchain.runtimes import RUNTIME_ENV, RUNTIME_PACKAGES

pytestmark = pytest.mark.each_runtime

SITE_FILES = {"example": EXAMPLE.read_text(encoding="utf-8"), "multi-site": EVERYTHING}


def run_on(runtime: str | None, argv: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """``argv`` in a process of its own on ``runtime`` (None: as chosen by what ``cwd`` holds)."""
    environ = {key: value for key, value in os.environ.items() if key != RUNTIME_ENV}
    if runtime is not None:
        environ[RUNTIME_ENV] = runtime
    return subprocess.run(
        argv, cwd=cwd, env={**environ, **env}, check=False, capture_output=True, text=True, timeout=300
    )


def ums_ha_synth(runtime: str, site: Path, outdir: Path, *extra: str) -> None:
    argv = [sys.executable, "-m", "ums_ha", "synth", "--config", str(site), "--output", str(outdir), *extra]
    result = run_on(runtime, argv, site.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"runtime: {runtime} {version(runtime)} ({RUNTIME_ENV})" in result.stderr.splitlines()


@pytest.fixture(scope="module", params=list(SITE_FILES))
def outputs(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The site file synthesized by each runtime, as JSON (``<runtime>``) and as HCL (``<runtime>-hcl``)."""
    project = tmp_path_factory.mktemp(request.param)
    site = project / "ums-ha.toml"
    site.write_text(SITE_FILES[request.param], encoding="utf-8")
    made = {}
    for runtime in RUNTIME_PACKAGES:
        ums_ha_synth(runtime, site, project / runtime / "cdktf.out")
        ums_ha_synth(runtime, site, project / f"{runtime}-hcl" / "cdktf.out", "--hcl")
        made[runtime] = project / runtime / "cdktf.out"
        made[f"{runtime}-hcl"] = project / f"{runtime}-hcl" / "cdktf.out"
    return made


#: The modules marked runtime_json, whose SITE_FILES are compared below: they run on CDKTF alone.
RUNTIME_JSON_SITE_FILES = {"test_interrupted_deploy": DEPLOY_SITE_FILES, "test_state_lock": STATE_LOCK_SITE_FILES}

#: One process per runtime synthesizes every file given on its command line (one jsii start-up, not one a file).
_SYNTHESIZE_EACH = """
import json, sys
from pathlib import Path
from ums_ha.app import synthesize_site_file
from ums_ha.site.reader import load_site_file
for site in sys.argv[1:]:
    path = Path(site)
    synthesize_site_file(load_site_file(path), project_dir=path.parent, outdir=path.parent / "cdktf.out")
"""


@pytest.fixture(scope="module")
def runtime_json_outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    """Each runtime_json site file synthesized by each runtime: runtime -> "<module>/<name>" -> its output."""
    made: dict[str, dict[str, Path]] = {}
    for runtime in RUNTIME_PACKAGES:
        root = tmp_path_factory.mktemp(f"runtime-json-{runtime}")
        sites = {}
        for module, files in RUNTIME_JSON_SITE_FILES.items():
            for name, text in files.items():
                site = root / module / name / "ums-ha.toml"
                site.parent.mkdir(parents=True)
                site.write_text(text, encoding="utf-8")
                sites[f"{module}/{name}"] = site
        result = run_on(runtime, [sys.executable, "-c", _SYNTHESIZE_EACH, *map(str, sites.values())], root)
        assert result.returncode == 0, result.stderr
        made[runtime] = {key: site.parent / "cdktf.out" for key, site in sites.items()}
    return made


def test_the_site_files_of_the_runtime_json_tests_are_the_same_json_on_both_runtimes(
    runtime_json_outputs: dict[str, dict[str, Path]],
) -> None:
    cdktf_outputs, cdktn_outputs = runtime_json_outputs["cdktf"], runtime_json_outputs["cdktn"]
    assert sorted(cdktf_outputs) == sorted(cdktn_outputs)
    assert len(cdktf_outputs) == sum(len(files) for files in RUNTIME_JSON_SITE_FILES.values())
    for key, outdir in cdktf_outputs.items():
        cdktf_stacks, cdktn_stacks = read_stacks(outdir), read_stacks(cdktn_outputs[key])
        assert cdktf_stacks, key
        assert sorted(cdktf_stacks) == sorted(cdktn_stacks), key
        for name, stack in cdktf_stacks.items():
            assert without_runtime_version(stack) == without_runtime_version(cdktn_stacks[name]), f"{key} {name}"


def test_every_module_marked_runtime_json_has_its_site_files_compared() -> None:
    """A runtime_json test runs on CDKTF alone: only the comparison above makes that safe."""
    applied = re.compile(r"^(pytestmark = .*|@)pytest\.mark\.runtime_json\b", re.MULTILINE)
    modules = Path(__file__).parent.glob("test_*.py")
    marked = sorted(path.stem for path in modules if applied.search(path.read_text(encoding="utf-8")))
    assert marked == sorted(RUNTIME_JSON_SITE_FILES)


def test_every_stack_is_the_same_json_but_for_the_runtime_version(outputs: dict[str, Path]) -> None:
    cdktf_stacks, cdktn_stacks = read_stacks(outputs["cdktf"]), read_stacks(outputs["cdktn"])
    assert cdktf_stacks
    assert sorted(cdktf_stacks) == sorted(cdktn_stacks)
    for name, stack in cdktf_stacks.items():
        assert stack["//"]["metadata"]["version"] == version("cdktf")
        assert cdktn_stacks[name]["//"]["metadata"]["version"] == version("cdktn")
        assert without_runtime_version(stack) == without_runtime_version(cdktn_stacks[name]), name


def _manifest(outdir: Path) -> dict[str, Any]:
    manifest: dict[str, Any] = json.loads((outdir / "manifest.json").read_text(encoding="utf-8"))
    del manifest["version"]
    return manifest


def test_the_manifests_differ_only_in_the_runtime_version(outputs: dict[str, Path]) -> None:
    assert _manifest(outputs["cdktf"]) == _manifest(outputs["cdktn"])


def test_the_hcl_and_every_side_file_are_the_same(outputs: dict[str, Path]) -> None:
    """The HCL and the DBA scripts as text; metadata.json (for the CLI) as data, without the runtime version."""

    def files(outdir: Path) -> dict[str, object]:
        stacks = outdir / "stacks"
        return {
            str(path.relative_to(stacks)): without_runtime_version(json.loads(path.read_text()))
            if path.name == "metadata.json"
            else path.read_text()
            for path in stacks.rglob("*")
            if path.is_file()
        }

    cdktf_files = files(outputs["cdktf-hcl"])
    assert any(name.endswith("/cdk.tf") for name in cdktf_files)
    assert any(name.endswith("/metadata.json") for name in cdktf_files)
    assert cdktf_files == files(outputs["cdktn-hcl"])


#: A user's own program: their stack, their App, ums-ha's constructs and the provider from ``ums_ha.providers``.
USER_PROGRAM = textwrap.dedent(
    """
    import json, sys
    from {runtime} import App, TerraformStack
    from ums_ha import WRITE_ONLY_APP_CONTEXT, UmsHaCluster, UmsPostgresqlDatabase, UmsServer
    from ums_ha.providers import CitrixadcProvider, PostgresqlProvider

    app = App(outdir=sys.argv[1], context=WRITE_ONLY_APP_CONTEXT)
    stack = TerraformStack(app, "own")
    CitrixadcProvider(stack, "citrixadc", endpoint="https://192.0.2.2")
    UmsHaCluster(stack, "Ums", vip="192.0.2.20", servers=[UmsServer(name="u1", address="192.0.2.21")])
    database = UmsPostgresqlDatabase(stack, "Database", server="pg01.corp.example")
    PostgresqlProvider(stack, "postgresql", **database.provider_settings())
    app.synth()
    print(json.dumps(sorted(name for name in sys.modules if name.split(".")[0] in ("cdktf", "cdktn"))))
    """
)


@pytest.mark.parametrize("runtime", RUNTIME_PACKAGES)
@pytest.mark.parametrize("chosen_by", ["environment", "cdktf.json"])
def test_a_users_own_stack_on_either_runtime_holds_the_constructs(tmp_path: Path, runtime: str, chosen_by: str) -> None:
    program = tmp_path / "main.py"
    program.write_text(USER_PROGRAM.format(runtime=runtime), encoding="utf-8")
    if chosen_by == "cdktf.json":
        (tmp_path / "cdktf.json").write_text(
            json.dumps({"app": "python main.py", "context": {"ums-ha:runtime": runtime}})
        )
    result = run_on(runtime if chosen_by == "environment" else None, [sys.executable, str(program), "out"], tmp_path)
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout.splitlines()[-1])
    assert {name.split(".")[0] for name in loaded} == {runtime}, "the other runtime slipped in"
    stack = json.loads((tmp_path / "out" / "stacks" / "own" / "cdk.tf.json").read_text(encoding="utf-8"))
    assert stack["//"]["metadata"]["version"] == version(runtime)
    assert set(stack["resource"]) >= {"citrixadc_lbvserver", "citrixadc_servicegroup", "postgresql_role"}
    assert "password_wo" in stack["resource"]["postgresql_role"]["database_login"]


def test_a_cdk_terrain_program_that_did_not_choose_cdk_terrain_is_told_how(tmp_path: Path) -> None:
    program = tmp_path / "main.py"
    program.write_text(USER_PROGRAM.format(runtime="cdktn"), encoding="utf-8")
    result = run_on(None, [sys.executable, str(program), "out"], tmp_path)
    assert result.returncode != 0
    last = result.stderr.strip().splitlines()[-1]
    assert "this program imported cdktn, but ums-ha runs on cdktf (the default)" in last
    assert f"set {RUNTIME_ENV}=cdktn" in last
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("environment", "config", "key", "shown"),
    [
        ("cdk-terrain", None, RUNTIME_ENV, "'cdk-terrain'"),
        ("", None, RUNTIME_ENV, "''"),
        (None, {"context": {"ums-ha:runtime": "terraform"}}, "context.ums-ha:runtime", '"terraform"'),
        (None, {"context": {"ums-ha:runtime": ["cdktn"]}}, "context.ums-ha:runtime", '["cdktn"]'),
    ],
)
def test_a_bad_choice_is_refused_with_its_key_value_and_the_runtimes(
    tmp_path: Path, environment: str | None, config: dict[str, Any] | None, key: str, shown: str
) -> None:
    if config is not None:
        (tmp_path / "cdktf.json").write_text(json.dumps(config), encoding="utf-8")
    argv = [sys.executable, "-m", "ums_ha", "synth", "--config", str(EXAMPLE), "--output", str(tmp_path / "out")]
    result = run_on(None, argv, tmp_path, **({} if environment is None else {RUNTIME_ENV: environment}))
    assert result.returncode == 2, result.stdout + result.stderr
    problem = next(line for line in result.stderr.splitlines() if key in line)
    assert shown in problem
    assert "one of cdktf, cdktn" in problem
    assert not (tmp_path / "out").exists()


def test_the_environment_overrides_cdktf_json(tmp_path: Path) -> None:
    (tmp_path / "cdktf.json").write_text(json.dumps({"context": {"ums-ha:runtime": "cdktn"}}), encoding="utf-8")
    by_file = run_on(None, [sys.executable, "-m", "ums_ha", "--version"], tmp_path)
    by_environment = run_on("cdktf", [sys.executable, "-m", "ums_ha", "--version"], tmp_path)
    assert by_file.stdout.split(" on ")[1].strip() == f"cdktn {version('cdktn')} (cdktf.json)"
    assert by_environment.stdout.split(" on ")[1].strip() == f"cdktf {version('cdktf')} ({RUNTIME_ENV})"


#: Synthesizes the multi-site file (every provider's bindings) and prints what of the runtimes' packages loaded.
LOADED_PACKAGES = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from ums_ha.app import synthesize_site_file
    from ums_ha.site.reader import parse_site_file

    project = Path(sys.argv[1])
    site_file = parse_site_file(sys.stdin.read(), project / "ums-ha.toml")
    synthesize_site_file(site_file, project_dir=project, outdir=project / "cdktf.out")
    runtimes = ("cdktf", "cdktn", "cdktf_cdktf_provider_dns", "cdktn_provider_dns")
    print(json.dumps(sorted({name.split(".")[0] for name in sys.modules} & set(runtimes))))
    """
)


@pytest.mark.parametrize(
    ("runtime", "expected"),
    [("cdktf", ["cdktf", "cdktf_cdktf_provider_dns"]), ("cdktn", ["cdktn", "cdktn_provider_dns"])],
)
def test_a_synthesis_loads_its_runtime_alone(tmp_path: Path, runtime: str, expected: list[str]) -> None:
    """Every binding (citrixadc, mssql, postgresql, dns) is the chosen runtime's: none pulls the other one in."""
    result = subprocess.run(
        [sys.executable, "-c", LOADED_PACKAGES, str(tmp_path)],
        input=EVERYTHING,
        env={**os.environ, RUNTIME_ENV: runtime},
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == expected
