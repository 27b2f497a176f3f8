"""A synthesized stack as Terraform core sees its ordering, with no provider: every resource becomes a
``terraform_data`` with the same ``depends_on``, ``replace_triggered_by`` and references, and the ForceNew
attributes as ``triggers_replace``. Each appliance write (create, delete, save) is a ``local-exec`` of
:mod:`appliance_model`, which keeps a model appliance (running and saved objects) and fails the n-th write
on demand, so an apply can be cut at any point and its order read back.

DOMAIN.md, "Terraform core ordering": a resource left out of the configuration loses its destroy-time
provisioners, so each removed address gets a ``removed`` block that carries them (Terraform 1.9+).
"""

from __future__ import annotations

import json
import re
import shlex
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from appliance_model import DELETE, SAVE
from conftest import Stack, all_addresses

MODEL_SCRIPT = Path(__file__).resolve().parent / "appliance_model.py"

#: ForceNew attributes per resource type (DOMAIN.md: every binding attribute; the types and names of the
#: objects; the save's timestamp). Others are updated in place.
_FORCE_NEW: Mapping[str, tuple[str, ...] | None] = {
    "citrixadc_server": ("name",),
    "citrixadc_servicegroup": ("servicegroupname", "servicetype"),
    "citrixadc_lbvserver": ("name", "servicetype"),
    "citrixadc_lbmonitor": ("monitorname", "type"),
    "citrixadc_lbgroup": ("name",),
    "citrixadc_nsip": ("ipaddress",),
    "citrixadc_nsconfig_save": ("timestamp", "all"),
}
#: Resource types whose every attribute is ForceNew (the bindings).
_ALL_FORCE_NEW = (
    "citrixadc_servicegroup_servicegroupmember_binding",
    "citrixadc_servicegroup_lbmonitor_binding",
    "citrixadc_lbvserver_servicegroup_binding",
    "citrixadc_lbgroup_lbvserver_binding",
)
_META = {"//", "lifecycle", "depends_on", "provisioner", "provider", "connection", "count", "for_each"}
_REFERENCE = re.compile(r"\b((?:citrixadc|dns|mssql|postgresql)_\w+|terraform_data)\.(\w+)((?:\.\w+)?)")


def model_address(address: str) -> str:
    """``citrixadc_server.server_ums01`` -> ``terraform_data.citrixadc_server__server_ums01``."""
    kind, name = address.split(".", 1)
    return f"terraform_data.{kind}__{name}"


Literals = Mapping[str, Mapping[str, Any]]
"""Each resource's attributes that its configuration sets to a literal, by address: Terraform knows them in a
plan even while the resource is updated, so a reference to one is known too. A ``terraform_data``'s ``output``
is unknown whenever its ``input`` changes, so such references are written as the literal, with the
dependency kept in ``depends_on``."""


def _literal(value: Any) -> bool:
    return not (isinstance(value, str) and "${" in value) and not isinstance(value, (dict, list))


def _rewrite(value: Any, literals: Literals, depends: set[str]) -> Any:
    if isinstance(value, str):

        def reference(match: re.Match[str]) -> str:
            kind, name, attribute = match.group(1), match.group(2), match.group(3)
            target = model_address(f"{kind}.{name}")
            known = literals.get(f"{kind}.{name}", {})
            if attribute.startswith(".") and attribute[1:] in known:
                depends.add(target)
                return str(known[attribute[1:]])
            if attribute in ("", ".id"):
                return target + attribute
            return f"{target}.output{attribute}"

        rewritten = _REFERENCE.sub(reference, value)
        # "${x.name}" whose reference became a literal is that literal, typed as the original attribute was
        whole = re.fullmatch(r"\$\{([^${}]*)\}", rewritten)
        return whole.group(1) if whole and not _REFERENCE.search(whole.group(1)) else rewritten
    if isinstance(value, list):
        return [_rewrite(item, literals, depends) for item in value]
    if isinstance(value, dict):
        return {key: _rewrite(item, literals, depends) for key, item in value.items()}
    return value


def _command(event: str, address: str, state: Path) -> str:
    return shlex.join([sys.executable, str(MODEL_SCRIPT), str(state), event, address])


def _is_appliance(address: str) -> bool:
    return address.startswith("citrixadc_")


def _body(address: str, body: Mapping[str, Any], state: Path, literals: Literals) -> dict[str, Any]:
    kind = address.split(".", 1)[0]
    attributes = {key: value for key, value in body.items() if key not in _META}
    model: dict[str, Any] = {}
    depends: set[str] = set()
    if kind == "terraform_data":  # a built-in resource: itself, with its own provisioners (the firmware step)
        model.update(_rewrite(attributes, literals, depends))
        if "provisioner" in body:
            model["provisioner"] = body["provisioner"]
    else:
        force_new = (
            attributes
            if kind in _ALL_FORCE_NEW
            else {key: value for key, value in attributes.items() if key in (_FORCE_NEW.get(kind) or ())}
        )
        model["input"] = _rewrite(attributes, literals, depends)
        if force_new:
            model["triggers_replace"] = _rewrite(force_new, literals, depends)
    lifecycle = body.get("lifecycle", {})
    if "replace_triggered_by" in lifecycle:
        model["lifecycle"] = {"replace_triggered_by": _rewrite(lifecycle["replace_triggered_by"], {}, depends)}
    explicit = _rewrite(body.get("depends_on", []), {}, depends)
    if explicit or depends:
        model["depends_on"] = [*explicit, *sorted(set(depends) - set(explicit))]
    if _is_appliance(address):
        created = SAVE if kind == "citrixadc_nsconfig_save" else "create"
        model["provisioner"] = [
            {"local-exec": {"command": _command(created, address, state)}},
            {"local-exec": {"when": "destroy", "command": _command(DELETE, address, state)}},
        ]
    return model


def appliance_addresses(stack: Stack) -> set[str]:
    """The addresses of the stack's NetScaler objects but the save: what the appliance must run."""
    return {
        address
        for address in all_addresses(stack)
        if _is_appliance(address) and not address.startswith("citrixadc_nsconfig_save.")
    }


def model_configuration(stack: Stack, state: Path, *, removed: set[str]) -> dict[str, Any]:
    """The ``terraform_data`` model of a synthesized stack; ``removed`` are addresses of an earlier one."""
    resources: dict[str, Any] = {}
    literals = {
        f"{kind}.{name}": {key: value for key, value in body.items() if key not in _META and _literal(value)}
        for kind, bodies in stack.get("resource", {}).items()
        for name, body in bodies.items()
    }
    for kind, bodies in stack.get("resource", {}).items():
        for name, body in bodies.items():
            address = f"{kind}.{name}"
            resources[model_address(address).split(".", 1)[1]] = _body(address, body, state, literals)
    document: dict[str, Any] = {"resource": {"terraform_data": resources}}
    gone = sorted(removed - all_addresses(stack))
    if gone:
        document["removed"] = [
            {
                "from": model_address(address),
                "lifecycle": {"destroy": True},
                **(
                    {"provisioner": [{"local-exec": {"when": "destroy", "command": _command(DELETE, address, state)}}]}
                    if _is_appliance(address)
                    else {}
                ),
            }
            for address in gone
        ]
    return document


def write_configuration(
    directory: Path, stack: Stack, state: Path, *, removed: set[str], backend: bool = False
) -> None:
    """Replace the model configuration in ``directory`` (``main.tf.json``), keeping its state; with ``backend``
    in the stack's own backend (its ``terraform.backend`` block), else in ``terraform.tfstate`` there."""
    document = model_configuration(stack, state, removed=removed)
    if backend:
        document["terraform"] = {"backend": stack["terraform"]["backend"]}
    text = json.dumps(document, indent=2)
    (directory / "main.tf.json").write_text(text, encoding="utf-8")
