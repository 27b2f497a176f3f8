"""The Terraform providers the constructs need, for stacks that use the library.

A stack holding ums-ha constructs needs the matching provider construct: the
generated, typed bindings (see ``src/ums_ha/_generated``), under a public name.
``CitrixadcProvider`` for the NetScaler constructs, ``MssqlProvider`` for
``UmsDatabase`` (loaded on first use: its bindings take a moment to start).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._generated.citrixadc.provider import CitrixadcProvider

if TYPE_CHECKING:
    from ._generated.mssql.provider import MssqlProvider

__all__ = ["CitrixadcProvider", "MssqlProvider"]


def __getattr__(name: str) -> object:
    if name == "MssqlProvider":
        from ._generated.mssql.provider import MssqlProvider

        return MssqlProvider
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
