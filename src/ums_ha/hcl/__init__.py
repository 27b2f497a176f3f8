"""Terraform JSON as formatted HCL: ``ums-ha synth --hcl`` and ``cdktf synth --hcl``.

CDKTF 0.21's own HCL output is not valid Terraform for ums-ha's stacks (quoted
``replace_triggered_by`` entries, overrides written as ``0 = "required_version"``,
no ``removed`` blocks) and is unformatted. This writer starts from the finished
JSON instead (see :mod:`ums_ha.hcl.document`).
"""

from .block_types import BlockTypes
from .document import render_hcl
from .errors import HclRenderError

__all__ = ["BlockTypes", "HclRenderError", "render_hcl"]
