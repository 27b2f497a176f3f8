"""The Terraform providers the constructs need, for stacks that use the library.

A stack holding ums-ha constructs needs the matching provider construct; these are
the generated, typed bindings (see ``src/ums_ha/_generated``), re-exported under a
public name.
"""

from ._generated.citrixadc.provider import CitrixadcProvider

__all__ = ["CitrixadcProvider"]
