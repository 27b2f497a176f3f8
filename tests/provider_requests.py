"""The NITRO calls the citrixadc provider 2.2.2 sends for a synthesized stack: each resource created, read,
updated, its state switched, unset and deleted, the config saved, and with a partition the login's switch.

Read from the provider's source at v2.2.2 (``citrixadc/resource_citrixadc_<type>.go``, ``provider.go``,
``utils.go`` and the vendored ``adc-nitro-go/service``): ``AddResource`` POSTs ``config/<type>``,
``UpdateResource`` PUTs ``config/<type>/<name>``, ``UpdateUnnamedResource`` PUTs ``config/<type>``,
``ActOnResource`` POSTs ``config/<type>?action=<action>``, ``DeleteResource[WithArgs[Map]]`` DELETEs
``config/<type>/<name>[?args=k:v,...]``, ``FindResource`` GETs ``config/<type>/<name>``,
``FindAllBoundResources`` GETs ``config/<type>_<bound>_binding/<name>``, ``FindResourceArrayWithParams`` GETs
``config/<type>[/<name>]?args|filter=...``. Written apart from ums-ha's own table of them, so that the policies
ums-ha prints are tested against what the provider does, not against themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from nitro_cli import NAME_KEYS

_REFERENCE = re.compile(r"\$\{(\w+)\.(\w+)\.(\w+)\}")
_CONFIG = "/nitro/v1/config/"


@dataclass(frozen=True)
class Call:
    resource: str
    phase: str
    """create, read, update, enable, disable, unset, delete, save, login."""
    method: str
    url: str
    body: Mapping[str, Any] | None = None


def _value(value: Any, resources: Mapping[str, Any]) -> Any:
    match = _REFERENCE.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        return value
    kind, name, attribute = match.groups()
    return _value(resources[kind][name][attribute], resources)


def _name(value: str) -> str:
    return quote(quote(value, safe=""), safe="")  # adc-nitro-go escapes a name twice


def _object_calls(kind: str, address: str, block: Mapping[str, Any], resources: Mapping[str, Any]) -> Iterator[Call]:
    nitro = kind.removeprefix("citrixadc_")
    key = NAME_KEYS.get(nitro, "name")
    name = _value(block[key], resources)
    where = f"{kind}.{address}"
    attributes = {k: _value(v, resources) for k, v in block.items() if isinstance(v, (str, int, bool))}
    attributes[key] = name
    yield Call(where, "create", "POST", _CONFIG + nitro, {nitro: attributes})
    if nitro == "nsip":
        yield Call(where, "read", "GET", f"{_CONFIG}nsip?args=ipaddress:{name}")
    else:
        yield Call(where, "read", "GET", f"{_CONFIG}{nitro}/{_name(name)}")
    if nitro == "servicegroup":
        for bound in ("servicegroupmember", "lbmonitor"):
            yield Call(where, "read", "GET", f"{_CONFIG}servicegroup_{bound}_binding/{_name(name)}")
        yield Call(where, "read", "GET", f"{_CONFIG}servicegroupbindings/{_name(name)}")
    if nitro == "lbvserver":
        yield Call(where, "read", "GET", f"{_CONFIG}sslvserver/{_name(name)}")
        yield Call(where, "read", "GET", f"{_CONFIG}clusterinstance")
    yield Call(where, "update", "PUT", f"{_CONFIG}{nitro}/{_name(name)}", {nitro: {key: name, "comment": "x"}})
    if nitro in ("server", "servicegroup", "lbvserver", "nsip"):
        for action in ("enable", "disable"):
            yield Call(where, action, "POST", f"{_CONFIG}{nitro}?action={action}", {nitro: {key: name}})
    if nitro == "lbvserver":
        yield Call(where, "unset", "POST", f"{_CONFIG}lbvserver?action=unset", {nitro: {key: name, "apiprofile": True}})
    if nitro == "lbmonitor":
        yield Call(where, "delete", "DELETE", f"{_CONFIG}lbmonitor/{_name(name)}?args=type:{block.get('type', 'HTTP')}")
    elif nitro == "nsip":
        yield Call(where, "delete", "DELETE", f"{_CONFIG}nsip/{_name(name)}?args=td:0")
    else:
        yield Call(where, "delete", "DELETE", f"{_CONFIG}{nitro}/{_name(name)}")


#: Binding type -> (its parent's attribute, the bound object's attribute, how it is added).
_BINDINGS = {
    "servicegroup_servicegroupmember_binding": ("servicegroupname", "servername", "PUT"),
    "servicegroup_lbmonitor_binding": ("servicegroupname", "monitorname", "PUT"),
    "lbvserver_servicegroup_binding": ("name", "servicegroupname", "POST"),
    "lbgroup_lbvserver_binding": ("name", "vservername", "POST"),
}


def _binding_calls(kind: str, address: str, block: Mapping[str, Any], resources: Mapping[str, Any]) -> Iterator[Call]:
    nitro = kind.removeprefix("citrixadc_")
    parent_key, bound_key, add = _BINDINGS[nitro]
    parent, bound = _value(block[parent_key], resources), _value(block.get(bound_key), resources)
    where = f"{kind}.{address}"
    body = {nitro: {parent_key: parent, bound_key: bound}}
    yield Call(where, "create", add, _CONFIG + nitro, body)
    yield Call(where, "read", "GET", f"{_CONFIG}{nitro}/{_name(parent)}?filter={bound_key}:{bound}")
    yield Call(where, "delete", "DELETE", f"{_CONFIG}{nitro}/{_name(parent)}?args={bound_key}:{bound}")


def provider_calls(stack: Mapping[str, Any], *, partition: str | None = None) -> list[Call]:
    """Every call the provider may send for ``stack``'s citrixadc resources over their lifetime."""
    resources: Mapping[str, Any] = stack.get("resource", {})
    calls: list[Call] = []
    if partition is not None:
        calls.append(Call("provider", "login", "POST", _CONFIG + "login", {"login": {"username": "u"}}))
        switch = {"nspartition": {"partitionname": partition}}
        calls.append(Call("provider", "switch", "POST", _CONFIG + "nspartition?action=Switch", switch))
    for kind, blocks in resources.items():
        for address, block in blocks.items():
            nitro = kind.removeprefix("citrixadc_")
            if not kind.startswith("citrixadc_"):
                continue
            if nitro in _BINDINGS:
                calls += _binding_calls(kind, address, block, resources)
            elif nitro == "nsconfig_save":
                body = {"nsconfig": {"all": True}} if block.get("all") is True else {"nsconfig": {}}
                calls.append(Call(f"{kind}.{address}", "save", "POST", _CONFIG + "nsconfig?action=save", body))
            else:
                calls += _object_calls(kind, address, block, resources)
    return calls
