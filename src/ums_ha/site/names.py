"""``[sites.<site>.names]`` and ``[sites.<site>.adopt]``: objects made by hand, and importing them."""

from __future__ import annotations

from ums_ha.domain.naming import ObjectNames
from ums_ha.errors import Problem
from ums_ha.site.toml_table import Table, describe_value


def read_names(site: Table) -> ObjectNames:
    raw = site.get_optional("names", dict)
    if raw is None:
        return ObjectNames()
    table = Table(raw, site.key("names"), site.problems)
    mappings: dict[str, dict[str, str]] = {}
    for kind in ("servers", "service_groups", "vservers"):
        value = table.get_optional(kind, dict)
        mappings[kind] = {}
        for role, name in (value or {}).items():
            if isinstance(name, str):
                mappings[kind][role] = name
            else:
                table.problems.append(
                    Problem(f"{table.key(kind)}.{role}", f"must be a string, but {describe_value(name)} was given")
                )
    names = ObjectNames(
        servers=mappings["servers"],
        service_groups=mappings["service_groups"],
        vservers=mappings["vservers"],
        monitor=table.get_optional("monitor", str),
        persistence_group=table.get_optional("persistence_group", str),
    )
    table.finish()
    return names


def read_adopt(site: Table) -> bool:
    raw = site.get_optional("adopt", dict)
    if raw is None:
        return False
    table = Table(raw, site.key("adopt"), site.problems)
    adopt_import = table.get("import", bool, False)
    table.finish()
    return adopt_import
