"""``python -m ums_ha``: the ``ums-ha`` command, for the interpreter at hand."""

from ums_ha.cli import entry_point

entry_point()
