"""Checks that name the CDK runtime hold for CDKTF (cdktf) and for CDK Terrain (cdktn) alike."""

from __future__ import annotations

import sys
import types

import cdktf
import pytest

from ums_ha.app.hcl.cdktf_request import SYNTH_HCL_OUTPUT_ENV, take_hcl_request
from ums_ha.toolchain.runtimes import is_runtime_module, loaded_runtimes


@pytest.mark.parametrize(
    ("module", "expected"),
    [
        (cdktf.S3BackendAssumeRoleConfig.__module__, True),
        ("cdktn", True),
        ("cdktn._jsii", True),
        ("cdktf_cdktf_provider_dns.a_record_set", False),  # a provider's bindings are no runtime
        ("cdktn_provider_dns", False),
        ("ums_ha._generated.citrixadc.server", False),
    ],
)
def test_a_runtime_module_is_recognised_by_its_package(module: str, expected: bool) -> None:
    assert is_runtime_module(module) is expected


def test_the_hcl_request_is_refused_once_cdk_terrain_alone_is_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "cdktf")
    monkeypatch.setitem(sys.modules, "cdktn", types.ModuleType("cdktn"))
    assert loaded_runtimes() == ["cdktn"]
    monkeypatch.setenv(SYNTH_HCL_OUTPUT_ENV, "true")
    with pytest.raises(RuntimeError, match="before cdktn is imported"):
        take_hcl_request()


def test_no_runtime_loaded_is_none() -> None:
    assert loaded_runtimes({"json": object()}) == []
