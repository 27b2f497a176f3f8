"""``[sites.<site>.maintenance]``: UMS servers taken out of service, and how they drain."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from ums_ha.domain.model import DEFAULT_DRAIN_SECONDS, MAX_DRAIN_SECONDS
from ums_ha.domain.rules import check_int_range
from ums_ha.errors import Problem
from ums_ha.site.schema import Key, TableSchema
from ums_ha.site.toml_table import Table, describe_value


def check_out_of_service(settings: MaintenanceSettings, server_names: Sequence[str], key: str) -> list[Problem]:
    """Every name in ``out_of_service`` must be a server of the site, once."""
    problems = []
    known = ", ".join(server_names) or "none"
    seen: set[str] = set()
    for name in settings.out_of_service:
        if name in seen:
            problems.append(Problem(key, f"names {name!r} more than once"))
        seen.add(name)
        if name not in server_names:
            problems.append(
                Problem(
                    key,
                    f"names {name!r}, which is no server of the site's [[ums_servers]] ({known}): a server removed "
                    "from the site cannot also be taken out of service; drop it from this list",
                )
            )
    return problems


DRAIN_RANGE: Final = (0, MAX_DRAIN_SECONDS)

OUT_OF_SERVICE = Key(
    "out_of_service",
    list,
    "names of `[[ums_servers]]` to take out of service (drained, nothing deleted); never all of them",
    default=[],
    shown_default="none",
    rules=(check_out_of_service,),
)
DRAIN_SECONDS = Key(
    "drain_seconds",
    int,
    "how long devices with a persistent session stay on a server taken out of service (NITRO `delay`); a "
    "server's own `drain_seconds` overrides it",
    default=DEFAULT_DRAIN_SECONDS,
    bounds=DRAIN_RANGE,
)
WAIT_FOR_CONNECTIONS = Key(
    "wait_for_connections",
    bool,
    "`true`: also wait for every open connection to close (NITRO `graceful`); a server's own overrides it",
    default=False,
)
MAINTENANCE_TABLE = TableSchema(
    "sites.<site>.maintenance",
    "UMS servers taken out of service, and how they drain.",
    (OUT_OF_SERVICE, DRAIN_SECONDS, WAIT_FOR_CONNECTIONS),
    links=(("Maintenance", "guide/maintenance.md"),),
)


@dataclass(frozen=True)
class MaintenanceSettings:
    """Which servers are out of service, and the site's drain settings (a server's table may override them)."""

    out_of_service: tuple[str, ...] = ()
    """The ``name`` of each UMS server taken out of service. Default: none."""
    drain_seconds: int = DEFAULT_DRAIN_SECONDS
    """See :attr:`ums_ha.domain.model.UmsServer.drain_seconds`. Default: 300."""
    wait_for_connections: bool = False
    """See :attr:`ums_ha.domain.model.UmsServer.wait_for_connections`. Default: false."""


def read_maintenance(site: Table, rule_problems: list[Problem]) -> MaintenanceSettings:
    raw = site.get_optional(MAINTENANCE_TABLE.name, dict)
    if raw is None:
        return MaintenanceSettings()
    table = Table(raw, site.key(MAINTENANCE_TABLE.name), site.problems)
    names = table.read(OUT_OF_SERVICE)
    out_of_service = []
    for index, name in enumerate(names):
        if isinstance(name, str):
            out_of_service.append(name)
        else:
            site.problems.append(
                Problem(
                    f"{table.key('out_of_service')}[{index}]",
                    f"must be a server name, but {describe_value(name)} was given",
                )
            )
    drain_seconds = table.read(DRAIN_SECONDS)
    found = check_int_range(drain_seconds, table.key(DRAIN_SECONDS.name), *DRAIN_RANGE, "seconds")
    rule_problems += found
    settings = MaintenanceSettings(
        out_of_service=tuple(out_of_service),
        # a bad value is reported here, once, and not carried into every server it would apply to
        drain_seconds=DEFAULT_DRAIN_SECONDS if found else drain_seconds,
        wait_for_connections=table.read(WAIT_FOR_CONNECTIONS),
    )
    table.finish()
    return settings
