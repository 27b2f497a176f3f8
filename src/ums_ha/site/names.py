"""``[sites.<site>.names]`` and ``[sites.<site>.adopt]``: objects made by hand, and importing them."""

from __future__ import annotations

from ums_ha.domain.naming import ObjectNames
from ums_ha.domain.rules import check_existing_names
from ums_ha.errors import Problem
from ums_ha.site.schema import Key, TableSchema
from ums_ha.site.toml_table import Table, describe_value

_OURS = "ums-ha's names"
_RULES = (check_existing_names,)
NAMED_SERVERS = Key(
    "servers", dict, "UMS server name -> its server object's name on the appliance", shown_default=_OURS, rules=_RULES
)
NAMED_SERVICE_GROUPS = Key(
    "service_groups",
    dict,
    "service name -> its service group's name on the appliance",
    shown_default=_OURS,
    rules=_RULES,
)
NAMED_VSERVERS = Key(
    "vservers", dict, "service name -> its vserver's name on the appliance", shown_default=_OURS, rules=_RULES
)
NAMED_MONITOR = Key("monitor", str, "the health monitor's name on the appliance", shown_default=_OURS, rules=_RULES)
NAMED_PERSISTENCE_GROUP = Key(
    "persistence_group", str, "the persistence group's name on the appliance", shown_default=_OURS, rules=_RULES
)
NAMES_TABLE = TableSchema(
    "sites.<site>.names",
    "Objects that exist on the appliance already (made by hand), by ums-ha's role; `ums-ha adopt` writes it.",
    (NAMED_SERVERS, NAMED_SERVICE_GROUPS, NAMED_VSERVERS, NAMED_MONITOR, NAMED_PERSISTENCE_GROUP),
    links=(("Adopting a hand-built setup", "guide/adoption.md"),),
)
_MAPPINGS = {"servers": NAMED_SERVERS, "service_groups": NAMED_SERVICE_GROUPS, "vservers": NAMED_VSERVERS}

IMPORT = Key(
    "import",
    bool,
    "`true`: `import` blocks for every named object, the SNIP and the bindings between named objects",
    default=False,
)
ADOPT_TABLE = TableSchema(
    "sites.<site>.adopt",
    "Importing the objects `[names]` names instead of creating them.",
    (IMPORT,),
    links=(("Adopting a hand-built setup", "guide/adoption.md"),),
)


def read_names(site: Table) -> ObjectNames:
    raw = site.get_optional(NAMES_TABLE.name, dict)
    if raw is None:
        return ObjectNames()
    table = Table(raw, site.key(NAMES_TABLE.name), site.problems)
    mappings: dict[str, dict[str, str]] = {}
    for kind, key in _MAPPINGS.items():
        value = table.read_optional(key)
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
        monitor=table.read_optional(NAMED_MONITOR),
        persistence_group=table.read_optional(NAMED_PERSISTENCE_GROUP),
    )
    table.finish()
    return names


def read_adopt(site: Table) -> bool:
    raw = site.get_optional(ADOPT_TABLE.name, dict)
    if raw is None:
        return False
    table = Table(raw, site.key(ADOPT_TABLE.name), site.problems)
    adopt_import = table.read(IMPORT)
    table.finish()
    return adopt_import
