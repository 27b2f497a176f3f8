"""The committed generated code (bindings, block types) is exactly what its script makes."""

from __future__ import annotations

import filecmp
import importlib.util
import inspect
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLE, ROOT, Synth, site_text
from provider_schemas import resource_schemas

from ums_ha.toolchain.cdk import runtime as cdk

GENERATED = ROOT / "src" / "ums_ha" / "_generated"
PROVIDERS = ["citrixadc", "mssql", "postgresql"]


def differences(left: Path, right: Path) -> list[str]:
    comparison = filecmp.dircmp(left, right, ignore=["__pycache__"])
    found = [f"only in one copy: {name}" for name in comparison.left_only + comparison.right_only]
    found += [f"differs: {name}" for name in comparison.diff_files]
    for name, sub in comparison.subdirs.items():
        found += [f"{name}/{item}" for item in differences(Path(sub.left), Path(sub.right))]
    return found


@pytest.mark.each_runtime
@pytest.mark.slow
@pytest.mark.parametrize(("runtime", "copy"), [("cdktf", ""), ("cdktn", "cdktn")])
def test_committed_bindings_are_current(tmp_path: Path, runtime: str, copy: str) -> None:
    """Each runtime's copy made again by its own CLI (one test each, so that the two run side by side)."""
    project = tmp_path / "project"
    shutil.copytree(ROOT / "scripts", project / "scripts")
    shutil.copytree(ROOT / "provider-schemas", project / "provider-schemas")
    (project / "node_modules").symlink_to(ROOT / "node_modules")
    subprocess.run(
        [sys.executable, "scripts/generate_bindings.py", "--runtime", runtime],
        cwd=project,
        check=True,
        capture_output=True,
        timeout=300,
    )
    made = project / "src" / "ums_ha" / "_generated" / copy
    assert sorted(path.name for path in made.iterdir() if path.name != "cdktn") == PROVIDERS
    for provider in PROVIDERS:
        assert differences(GENERATED / copy / provider, made / provider) == [], f"{copy}/{provider}"


def test_the_committed_copies_are_the_two_runtimes_of_every_provider() -> None:
    folders = [path.name for path in GENERATED.iterdir() if path.is_dir() and path.name not in ("cdktn", "__pycache__")]
    assert sorted(folders) == PROVIDERS
    assert sorted(path.name for path in (GENERATED / "cdktn").iterdir() if path.name != "__pycache__") == PROVIDERS


@pytest.mark.each_runtime
@pytest.mark.parametrize(("copy", "runtime"), [("", "cdktf"), ("cdktn", "cdktn")])
def test_each_copy_of_the_bindings_imports_its_own_runtime(copy: str, runtime: str) -> None:
    """CDKTF's copy imports cdktf alone, CDK Terrain's cdktn alone: a copy made by the wrong CLI fails here."""
    imported = set()
    for provider in PROVIDERS:
        for path in (GENERATED / copy / provider).rglob("*.py"):
            imported |= set(re.findall(r"^import (cdkt[fn])\b", path.read_text(encoding="utf-8"), re.MULTILINE))
    assert imported == {runtime}


def test_committed_block_types_are_current() -> None:
    """src/ums_ha/_generated/block_types.py is what scripts/generate_block_types.py makes of provider-schemas/."""
    spec = importlib.util.spec_from_file_location("generate_block_types", ROOT / "scripts" / "generate_block_types.py")
    assert spec is not None
    assert spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.render(ROOT / "provider-schemas") == (GENERATED / "block_types.py").read_text(encoding="utf-8")


def _generator() -> object:
    spec = importlib.util.spec_from_file_location("generate_bindings", ROOT / "scripts" / "generate_bindings.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["generate_bindings"] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def declared() -> dict[str, tuple[str, ...]]:
    """Resource type -> the attributes scripts/generate_bindings.py gives its bindings."""
    providers = _generator().PROVIDERS  # type: ignore[attr-defined]
    return {name: used for provider in providers for name, used in provider.resources.items()}


def test_every_declared_attribute_is_in_the_real_schema() -> None:
    schemas = resource_schemas()
    for resource_type, used in declared().items():
        block = schemas[resource_type]["block"]
        known = set(block.get("attributes", {})) | set(block.get("block_types", {}))
        assert set(used) - known == set(), resource_type


#: Site files that between them set every option the constructs have.
OPTION_SITES = [
    site_text(
        netscaler_extra='persistence_group = false\ninsecure_skip_verify = true\nmonitor_receive = "status"',
        extra='[[sites.prod.services]]\nname = "web"\nport = 443\nprotocol = "SSL_BRIDGE"\nuse_client_ip = false\n'
        "idle_timeout_seconds = 300\n",
    ),
    site_text(
        extra='[sites.prod.database]\nserver = "sql01"\npermissions = "least-privilege"\n'
        'collation = "Latin1_General_CI_AS"\nalways_on = true\n'
    ),
    site_text(extra='[sites.prod.database]\nserver = "sql01"\n'),
    site_text(extra='[sites.prod.database]\nengine = "postgresql"\nserver = "pg01"\n'),
    site_text(extra='[sites.prod.database]\nengine = "postgresql"\nserver = "pg01"\npermissions = "least-privilege"\n'),
    EXAMPLE.read_text(encoding="utf-8"),
]


@pytest.mark.runtime
def test_the_trimmed_bindings_hold_every_attribute_the_constructs_set_or_read(synth: Synth) -> None:
    """The JSON of every option, read against the declared lists: what is set, and what is referenced."""
    wanted = declared()
    for text in OPTION_SITES:
        for stack in synth(text).values():
            for resource_type, bodies in stack["resource"].items():
                if resource_type not in wanted:  # terraform_data; dns_* come prebuilt from PyPI
                    continue
                for body in bodies.values():
                    meta = {"//", "lifecycle", "depends_on", "provider", "provisioner", "count", "for_each"}
                    assert set(body) - meta - set(wanted[resource_type]) == set(), resource_type
            text_of_stack = json.dumps(stack)
            for kind, attribute in re.findall(
                r"\b((?:citrixadc|mssql|postgresql)_[a-z_]+)\.[\w-]+\.([a-z_]+)\b", text_of_stack
            ):
                assert attribute in (*wanted[kind], "id"), f"{kind}.{attribute} is read but not in the bindings"


def test_the_bindings_hold_only_the_declared_attributes() -> None:
    """lbvserver's binding takes the seven arguments ums-ha sets and ``id``, not the provider's 110."""
    from ums_ha._generated.citrixadc.lbvserver import LbvserverConfig

    arguments = set(inspect.signature(LbvserverConfig).parameters) - set(
        inspect.signature(cdk.TerraformMetaArguments).parameters
    )
    assert arguments == {*declared()["citrixadc_lbvserver"], "id"}
