"""Terraform JSON as formatted HCL: ``ums-ha synth --hcl`` and ``cdktf synth --hcl``.

CDKTF's own HCL output quotes references, leaves the text unformatted and writes
overrides without knowing blocks from arguments; this writer starts from the
finished JSON and gets all three right (see :mod:`ums_ha.hcl.document`).
"""

from .block_types import BlockTypes
from .document import render_hcl
from .errors import HclRenderError

__all__ = ["BlockTypes", "HclRenderError", "render_hcl"]
