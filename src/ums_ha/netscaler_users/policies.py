"""The command policies and users of one site, worked out from its synthesized stack.

The deploy user's policies come from the stack's own resources (:mod:`.provider_commands` says what each
type sends), narrowed to the names and the SNIP the stack sets: the object types it manages, the names it
gives them, the config save as the stack asks for it, and the partition switch only with ``partition``.
The monitoring user gets the appliance's built-in ``read-only`` policy, which allows every ``show`` and
``stat`` that ``verify``, ``drift`` and ``adopt`` send (DOMAIN.md, "A production NetScaler").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from ums_ha.netscaler_users.provider_commands import (
    BINDING_VERBS,
    BINDINGS,
    CONFIG_SAVE,
    OBJECTS,
    PARTITION_SWITCH,
)

#: The appliance's built-in policy for users who only read.
READ_ONLY_POLICY: Final = "read-only"
#: The order verbs are listed in, whatever order the resources name them in.
_VERB_ORDER: Final = ("add", "show", "set", "unset", "rm", "enable", "disable", "bind", "unbind")
_REFERENCE = re.compile(r"\$\{(citrixadc_\w+)\.(\w+)\.(\w+)\}")
_FIRST_PRIORITY: Final = 100
_PRIORITY_STEP: Final = 10


class UnknownResourceError(ValueError):
    """The stack holds a citrixadc resource whose commands :mod:`.provider_commands` does not know."""


@dataclass(frozen=True)
class CommandPolicy:
    """``add system cmdPolicy <name> ALLOW "<regex>"``."""

    name: str
    regex: str
    purpose: str
    action: str = "ALLOW"


@dataclass(frozen=True)
class NetscalerUser:
    """A system user and the policies bound to it, by priority (the lowest number is matched first)."""

    name: str
    purpose: str
    policies: tuple[tuple[str, int], ...]
    """(policy name, priority): the site's own policies or the built-in ``read-only``."""
    partition: str | None = None


@dataclass(frozen=True)
class SiteAccess:
    """What the appliance's admin creates for one site."""

    site: str
    policies: tuple[CommandPolicy, ...]
    deploy_user: NetscalerUser
    monitor_user: NetscalerUser


def _pattern(text: str) -> str:
    """``text`` as a regex matching itself: only the characters NetScaler names may hold that are special."""
    return re.sub(r"([\\.^$*+?()\[\]{}|])", r"\\\1", text)


def _name_pattern(name: str) -> str:
    # The CLI form quotes a name with a space in it.
    return f"[\"']{_pattern(name)}[\"']" if " " in name else _pattern(name)


def _words(cli_object: str) -> str:
    return r"\s+".join(cli_object.split())


def _command_regex(verbs: Iterable[str], cli_object: str, grant: _Grant) -> str:
    ordered = sorted(set(verbs), key=_VERB_ORDER.index)
    alternatives = "|".join(_name_pattern(name) for name in sorted(grant.names))
    words = _words(cli_object)
    if grant.binding_types:
        words = f"({'|'.join([words, *sorted(grant.binding_types)])})"
    option = rf"(-{grant.name_option}\s+)?" if grant.name_option else ""
    return rf"^({'|'.join(ordered)})\s+{words}\s+{option}({alternatives})(\s|$)"


def _resolve(value: Any, resources: Mapping[str, Mapping[str, Mapping[str, Any]]], where: str) -> str:
    """A name attribute's value: its literal, or the literal of the attribute it refers to."""
    if isinstance(value, str):
        match = _REFERENCE.fullmatch(value)
        if match is None and "${" not in value:
            return value
        if match is not None:
            kind, name, attribute = match.groups()
            target = resources.get(kind, {}).get(name, {})
            return _resolve(target.get(attribute), resources, f"{kind}.{name}.{attribute}")
    raise UnknownResourceError(f"{where} is {value!r}, not a name the stack sets: no policy can name it")


@dataclass
class _Grant:
    verbs: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    binding_types: set[str] = field(default_factory=set)
    """The NITRO types of the object's bindings in the stack, read by its name: a binding read's CLI form may
    name that type instead of the object."""
    name_option: str | None = None


def _grants(resources: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> tuple[dict[str, _Grant], set[str], bool]:
    """The commands per CLI object with the names they carry, the objects read whole, and whether the stack
    saves every partition."""
    grants: dict[str, _Grant] = {}
    unnamed: set[str] = set()
    save_all = False

    def grant(cli_object: str, verbs: Iterable[str], name: str) -> _Grant:
        entry = grants.setdefault(cli_object, _Grant())
        entry.verbs.update(verbs)
        entry.names.add(name)
        return entry

    for kind, blocks in resources.items():
        if not kind.startswith("citrixadc_"):
            continue
        for address, block in blocks.items():
            where = f"{kind}.{address}"
            if kind in OBJECTS:
                spec = OBJECTS[kind]
                name = _resolve(block.get(spec.name_attribute), resources, f"{where}.{spec.name_attribute}")
                grant(spec.cli_object, spec.verbs, name).name_option = spec.name_option
                for read in spec.reads:
                    grant(read, ("show",), name)
                unnamed.update(spec.unnamed_reads)
            elif kind in BINDINGS:
                binding = BINDINGS[kind]
                parent = _resolve(block.get(binding.parent_attribute), resources, f"{where}.{binding.parent_attribute}")
                grant(binding.parent_object, BINDING_VERBS, parent).binding_types.add(kind.removeprefix("citrixadc_"))
            elif kind == CONFIG_SAVE:
                save_all = save_all or block.get("all") is True
            else:
                raise UnknownResourceError(
                    f"{where}: which commands the citrixadc provider sends for {kind} is not known to ums-ha "
                    "netscaler-users (ums_ha/netscaler_users/provider_commands.py)"
                )
    return grants, unnamed, save_all


def _slug(cli_object: str) -> str:
    return "-".join(cli_object.lower().split())


def site_access(
    site: str,
    stack: Mapping[str, Any],
    *,
    partition: str | None,
    deploy_user: str,
    monitor_user: str,
) -> SiteAccess:
    """The policies and users for the site whose synthesized Terraform JSON is ``stack``."""
    resources: Mapping[str, Mapping[str, Mapping[str, Any]]] = stack.get("resource", {})
    grants, unnamed, save_all = _grants(resources)
    prefix = f"ums-ha-{site}"
    policies = [
        CommandPolicy(
            f"{prefix}-{_slug(cli_object)}",
            _command_regex(grant.verbs, cli_object, grant),
            f"{cli_object}: the stack's {', '.join(sorted(grant.names))}",
        )
        for cli_object, grant in sorted(grants.items())
    ]
    if unnamed:
        alternatives = "|".join(_words(cli_object) for cli_object in sorted(unnamed))
        policies.append(
            CommandPolicy(f"{prefix}-reads", rf"^show\s+({alternatives})$", "what the provider's reads also list")
        )
    if CONFIG_SAVE in resources:
        save = r"^save\s+ns\s+config(\s+-all)?$" if save_all else r"^save\s+ns\s+config$"
        what = "every partition's configuration" if save_all else "the partition's configuration, never -all"
        policies.append(CommandPolicy(f"{prefix}-save", save, f"the config save: {what}"))
    switch = None
    if partition is not None:
        switch = CommandPolicy(
            f"{prefix}-partition",
            rf"^{_words(PARTITION_SWITCH)}\s+{_name_pattern(partition)}$",
            f"the switch into the partition {partition} after each login",
        )
        policies.append(switch)
    deploy_policies = tuple(
        (policy.name, _FIRST_PRIORITY + index * _PRIORITY_STEP) for index, policy in enumerate(policies)
    )
    monitor_policies: tuple[tuple[str, int], ...] = ((READ_ONLY_POLICY, _FIRST_PRIORITY),)
    if switch is not None:
        monitor_policies = ((switch.name, _FIRST_PRIORITY - _PRIORITY_STEP), *monitor_policies)
    return SiteAccess(
        site,
        tuple(policies),
        NetscalerUser(deploy_user, "deploys the site: NS_LOGIN of make deploy", deploy_policies, partition),
        NetscalerUser(
            monitor_user,
            "reads only: NS_LOGIN of verify, drift, adopt and the nightly jobs",
            monitor_policies,
            partition,
        ),
    )
