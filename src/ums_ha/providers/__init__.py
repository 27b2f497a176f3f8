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

from ums_ha._generated.citrixadc.provider import CitrixadcProvider

if TYPE_CHECKING:
    from ums_ha._generated.mssql.provider import MssqlProvider
    from ums_ha._generated.postgresql.provider import PostgresqlProvider
    from ums_ha.providers.dns import DnsProvider

__all__ = ["CitrixadcProvider", "DnsProvider", "MssqlProvider", "PostgresqlProvider"]


def __getattr__(name: str) -> object:
    if name == "MssqlProvider":
        from ums_ha._generated.mssql.provider import MssqlProvider

        return MssqlProvider
    if name == "PostgresqlProvider":
        from ums_ha._generated.postgresql.provider import PostgresqlProvider

        return PostgresqlProvider
    if name == "DnsProvider":
        from ums_ha.providers.dns import DnsProvider

        return DnsProvider
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
