"""This app's stacks: one ``ums-ha-<site>`` stack per site of the site file."""

from .app import build_app, main, synthesize_site_file
from .site_stack import UmsHaSiteStack

__all__ = ["UmsHaSiteStack", "build_app", "main", "synthesize_site_file"]
