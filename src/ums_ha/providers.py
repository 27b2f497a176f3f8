"""The Terraform providers the constructs need, for stacks that use the library.

A stack holding ums-ha constructs needs the matching provider construct: the
generated, typed bindings (see ``src/ums_ha/_generated``), under a public name.
``CitrixadcProvider`` for the NetScaler constructs, ``MssqlProvider`` for
``UmsDatabase``, ``PostgresqlProvider`` for ``UmsPostgresqlDatabase``,
``DnsProvider`` for ``UmsDnsRecord`` (the last three loaded on first use: their
bindings take a moment to start).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._generated.citrixadc.provider import CitrixadcProvider

if TYPE_CHECKING:
    from ._generated.mssql.provider import MssqlProvider
    from ._generated.postgresql.provider import PostgresqlProvider
    from .dns_provider import DnsProvider

__all__ = ["CitrixadcProvider", "DnsProvider", "MssqlProvider", "PostgresqlProvider"]


def __getattr__(name: str) -> object:
    if name == "MssqlProvider":
        from ._generated.mssql.provider import MssqlProvider

        return MssqlProvider
    if name == "PostgresqlProvider":
        from ._generated.postgresql.provider import PostgresqlProvider

        return PostgresqlProvider
    if name == "DnsProvider":
        from .dns_provider import DnsProvider

        return DnsProvider
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
