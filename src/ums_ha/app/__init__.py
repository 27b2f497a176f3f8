"""This app's stacks: one ``ums-ha-<site>`` stack per site of the site file, and a deployment's own.

A deployment's ``main.py`` runs :func:`ums_ha.app.cdktf_app.run`. Everything else
here loads cdktf (and starts jsii), so it loads on first use: ``run`` has to take
the cdktf CLI's HCL request first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ums_ha.app.cdktf_app import OwnStacks, run

if TYPE_CHECKING:
    from ums_ha.app.app import build_app, main, synthesize_site_file
    from ums_ha.app.site_stack import UmsHaSiteStack

__all__ = ["OwnStacks", "UmsHaSiteStack", "build_app", "main", "run", "synthesize_site_file"]


def __getattr__(name: str) -> object:
    if name in ("build_app", "main", "synthesize_site_file"):
        from ums_ha.app import app

        return getattr(app, name)
    if name == "UmsHaSiteStack":
        from ums_ha.app.site_stack import UmsHaSiteStack

        return UmsHaSiteStack
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
