"""Terraform JSON as formatted HCL: ``ums-ha synth --hcl`` and ``cdktf synth --hcl``.

CDKTF 0.21's own HCL output is not valid Terraform for ums-ha's stacks (quoted
``replace_triggered_by`` entries, overrides written as ``0 = "required_version"``,
no ``removed`` blocks) and is unformatted. This writer starts from the finished
JSON instead (see :mod:`ums_ha.app.hcl.document`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ums_ha.app.hcl.errors import HclRenderError

if TYPE_CHECKING:
    from ums_ha.app.hcl.block_types import BlockTypes
    from ums_ha.app.hcl.document import render_hcl

__all__ = ["BlockTypes", "HclRenderError", "render_hcl"]


def __getattr__(name: str) -> object:
    # The writer and its block tables load only for HCL output: a JSON synthesis never needs them.
    if name == "render_hcl":
        from ums_ha.app.hcl.document import render_hcl

        return render_hcl
    if name == "BlockTypes":
        from ums_ha.app.hcl.block_types import BlockTypes

        return BlockTypes
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
