"""The CLI form of a NITRO call, as the appliance checks it against command policies (DOMAIN.md, "A production
NetScaler": create = ``add``, PUT = ``set``, ``?action=unset|enable|disable``, DELETE = ``rm``, a binding's
add/delete = ``bind``/``unbind``, GET = ``show``, ``/stat/`` = ``stat``, ``nsconfig?action=save`` = ``save ns
config``, the partition switch = ``switch ns partition``), and the appliance's evaluation of policies: regexes
matched case-insensitively against that form, the first match by priority decides, default deny.

Written from those rules, not from ums-ha's code: a policy ums-ha prints is tested against this. The order
of a command's arguments after the object's name is this model's (``-key value``, sorted); the policies
ums-ha prints only look at the words up to the name. A binding read by its parent's name is ``show`` of the
parent, and a binding listed whole the parent's ``show`` without a name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

#: NITRO type -> its words in the CLI.
CLI_OBJECTS: Mapping[str, str] = {
    "server": "server",
    "servicegroup": "serviceGroup",
    "servicegroupbindings": "serviceGroupbindings",
    "lbvserver": "lb vserver",
    "lbmonitor": "lb monitor",
    "lbgroup": "lb group",
    "nsip": "ns ip",
    "nsconfig": "ns config",
    "nsversion": "ns version",
    "nspartition": "ns partition",
    "hanode": "ha node",
    "sslvserver": "ssl vserver",
    "clusterinstance": "cluster instance",
    "systemuser": "system user",
    "systemcmdpolicy": "system cmdPolicy",
}
#: NITRO type -> the attribute that is its name (the first argument of its commands).
NAME_KEYS: Mapping[str, str] = {
    "servicegroup": "servicegroupname",
    "lbmonitor": "monitorname",
    "nsip": "ipaddress",
    "nspartition": "partitionname",
    "systemuser": "username",
    "systemcmdpolicy": "policyname",
}
#: Binding type -> the attribute naming its parent (NITRO lists a binding type by its parent).
BINDING_PARENT_KEYS: Mapping[str, str] = {
    "lbvserver_servicegroup_binding": "name",
    "lbvserver_service_binding": "name",
    "servicegroup_servicegroupmember_binding": "servicegroupname",
    "servicegroup_lbmonitor_binding": "servicegroupname",
    "lbgroup_lbvserver_binding": "name",
}
#: NITRO calls that are no command: a session's start and end.
_NOT_COMMANDS = ("login", "logout")

#: The built-in read-only policy (DOMAIN.md: a 13.x transcription).
READ_ONLY_REGEX = (
    r"(^man.*)|(^show\s+(?!system)(?!configstatus)(?!ns ns\.conf)(?!ns savedconfig)(?!ns runningConfig)"
    r"(?!gslb runningConfig)(?!audit messages)(?!techsupport).*)|(^stat.*)"
)
BUILT_IN_POLICIES: Mapping[str, tuple[str, str]] = {"read-only": ("ALLOW", READ_ONLY_REGEX)}


def _name(value: str) -> str:
    return f'"{value}"' if " " in value else value


def _arguments(attributes: Mapping[str, Any], skip: Sequence[str]) -> str:
    rest = []
    for key, value in sorted(attributes.items()):
        if key in skip or value is None or value is False:
            continue
        rest.append(f"-{key}" if value is True else f"-{key} {_name(str(value))}")
    return "".join(f" {part}" for part in rest)


def _binding_parent(object_type: str) -> str | None:
    if object_type in BINDING_PARENT_KEYS:
        return object_type.split("_", 1)[0]
    if object_type.endswith("_binding") and object_type.count("_") == 1:
        return object_type.removesuffix("_binding")
    return None


def _cli_object(object_type: str) -> str:
    return CLI_OBJECTS.get(object_type, object_type)


def _action_form(object_type: str, action: str, attributes: Mapping[str, Any]) -> str:
    """The two actions whose command is no verb before the object: the config save and the partition switch."""
    if (object_type, action) == ("nsconfig", "save"):
        return "save ns config" + (" -all" if attributes.get("all") is True else "")
    if (object_type, action) == ("nspartition", "Switch"):
        return f"switch ns partition {_name(attributes['partitionname'])}"
    raise ValueError(f"{object_type}?action={action}: not modelled")


def cli_form(method: str, url: str, body: Mapping[str, Any] | None = None) -> str | None:
    """The command a NITRO call is checked as; None for a login or logout, which no policy checks."""
    parts = urlsplit(url)
    path = [unquote(unquote(part)) for part in parts.path.split("/") if part]
    query = dict(parse_qsl(parts.query))
    if path[:2] != ["nitro", "v1"] or len(path) < 4:
        raise ValueError(f"not a NITRO URL: {url}")
    kind, object_type, name = path[2], path[3], path[4] if len(path) > 4 else None
    if object_type in _NOT_COMMANDS:
        return None
    attributes: dict[str, Any] = dict((body or {}).get(object_type, {}))
    args = dict(item.split(":", 1) for item in query.get("args", "").split(",") if ":" in item)
    parent = _binding_parent(object_type)
    if kind == "stat" or method == "GET":
        verb, shown = ("stat", object_type) if kind == "stat" else ("show", parent or object_type)
        name = name or args.get(NAME_KEYS.get(object_type, "name"))
        return f"{verb} {_cli_object(shown)}" + (f" {_name(name)}" if name else "")
    action = query.get("action")
    if action in ("save", "Switch"):
        return _action_form(object_type, action, attributes)
    if parent is not None:
        parent_key = BINDING_PARENT_KEYS.get(object_type, NAME_KEYS.get(parent, "name"))
        if method == "DELETE":
            return f"unbind {_cli_object(parent)} {_name(name or '')}" + _arguments(args, ())
        return f"bind {_cli_object(parent)} {_name(attributes[parent_key])}" + _arguments(attributes, (parent_key,))
    key = NAME_KEYS.get(object_type, "name")
    target = name or args.get(key) or str(attributes.get(key, ""))
    verb = action or {"POST": "add", "PUT": "set", "DELETE": "rm"}[method]
    verb = "set" if verb == "update" else verb
    return f"{verb} {_cli_object(object_type)} {_name(target)}".rstrip() + _arguments({**attributes, **args}, (key,))


def decide(command: str, policies: Sequence[tuple[str, str]]) -> bool:
    """Whether ``policies`` ((action, regex) by priority) allow ``command``: the first match decides; none: deny."""
    for action, regex in policies:
        if re.search(regex, command, re.IGNORECASE):
            return action.upper() == "ALLOW"
    return False
