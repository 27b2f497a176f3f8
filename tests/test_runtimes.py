"""Checks that name the CDK runtime hold for CDKTF (cdktf) and for CDK Terrain (cdktn) alike."""

from __future__ import annotations

import ast
import sys
import types
from pathlib import Path

import pytest

from ums_ha.app.hcl.cdktf_request import SYNTH_HCL_OUTPUT_ENV, take_hcl_request
from ums_ha.toolchain.cdk import runtime
from ums_ha.toolchain.runtimes import RUNTIME_PACKAGES, is_runtime_module, loaded_runtimes


@pytest.mark.parametrize(
    ("module", "expected"),
    [
        (runtime.S3BackendAssumeRoleConfig.__module__, True),  # the running runtime's own class
        ("cdktf", True),
        ("cdktf._jsii", True),
        ("cdktn", True),
        ("cdktn._jsii", True),
        ("cdktf_cdktf_provider_dns.a_record_set", False),  # a provider's bindings are no runtime
        ("cdktn_provider_dns", False),
        ("ums_ha._generated.citrixadc.server", False),
    ],
)
def test_a_runtime_module_is_recognised_by_its_package(module: str, expected: bool) -> None:
    assert is_runtime_module(module) is expected


@pytest.mark.parametrize("alone", RUNTIME_PACKAGES)
def test_the_hcl_request_is_refused_once_either_runtime_alone_is_loaded(
    monkeypatch: pytest.MonkeyPatch, alone: str
) -> None:
    for name in RUNTIME_PACKAGES:
        monkeypatch.delitem(sys.modules, name, raising=False)
    monkeypatch.setitem(sys.modules, alone, types.ModuleType(alone))
    assert loaded_runtimes() == [alone]
    monkeypatch.setenv(SYNTH_HCL_OUTPUT_ENV, "true")
    with pytest.raises(RuntimeError, match=f"before {alone} is imported"):
        take_hcl_request()


def test_no_runtime_loaded_is_none() -> None:
    assert loaded_runtimes({"json": object()}) == []


def test_the_runtime_is_imported_in_one_module() -> None:
    """Only ``ums_ha.toolchain.cdk`` imports the runtime; the bindings are the runtime's own."""
    package = Path(__file__).resolve().parent.parent / "src" / "ums_ha"
    skip = (package / "_generated", package / "init" / "scaffold")
    importing = []
    for path in sorted(package.rglob("*.py")):
        if any(path.is_relative_to(folder) for folder in skip):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            if any(is_runtime_module(name) for name in names):
                importing.append(str(path.relative_to(package)))
    assert sorted(set(importing)) == ["toolchain/cdk.py"]
