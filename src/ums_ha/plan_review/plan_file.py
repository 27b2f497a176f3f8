"""Reading ``terraform show -json`` output into a :class:`~ums_ha.plan_review.model.Plan`.

The format is Terraform's JSON plan representation
(https://developer.hashicorp.com/terraform/internals/json-format). Minor
versions only add keys, so unknown keys are ignored; another major version is
refused. Anything malformed is reported with where it is in the file.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from ums_ha.domain.model import DEFAULT_IGEL_OS
from ums_ha.errors import Problem, ValidationError
from ums_ha.plan_review.model import TERRAFORM_ACTIONS, Action, AttributeChange, Plan, ResourceChange
from ums_ha.plan_review.values import UNKNOWN, has_true, is_empty, reveal

SUPPORTED_MAJOR = "1"
#: Keys only a plan has; a state file (``terraform show -json`` without a plan) has ``values``.
_PLAN_KEYS = ("planned_values", "resource_changes", "resource_drift", "output_changes", "prior_state")
#: The stack output naming the ums-ha site (stacks/outputs.py).
SITE_OUTPUT = "site"
#: The stack output naming the IGEL OS generations a site serves; absent when they are the default (11 and 12).
IGEL_OS_OUTPUT = "igel_os"
NODES_OUTPUT = "netscaler_nodes"


class _MalformedError(Exception):
    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path


def load_plan(path: Path) -> Plan:
    """Read and check one plan file; a :class:`ValidationError` names the file and what is wrong."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ValidationError([Problem(str(path), f"cannot read it: {error.strerror}")]) from None
    except UnicodeDecodeError:
        raise ValidationError([Problem(str(path), "is not UTF-8 text; expected terraform show -json output")]) from None
    return parse_plan(text, str(path))


def parse_plan(text: str, source: str) -> Plan:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValidationError(
            [Problem(source, f"is not JSON (line {error.lineno}, column {error.colno}: {error.msg})")]
        ) from None
    try:
        return _plan(document, source)
    except _MalformedError as error:
        key = f"{source} {error.path}" if error.path else source
        raise ValidationError([Problem(key, str(error))]) from None


def _plan(document: object, source: str) -> Plan:
    if isinstance(document, dict) and isinstance(document.get("report"), str) and "format_version" not in document:
        raise _MalformedError(
            "",
            f"is not a Terraform plan but a report written by {document['report']}; give the plans alone "
            "(terraform show -json PLANFILE), and write reports outside their folder",
        )
    if not isinstance(document, dict) or "format_version" not in document:
        raise _MalformedError(
            "", "is not a Terraform plan: no format_version; expected the output of terraform show -json PLANFILE"
        )
    version = document["format_version"]
    if not isinstance(version, str) or version.split(".")[0] != SUPPORTED_MAJOR:
        raise _MalformedError(
            "format_version",
            f"{json.dumps(version)} is not supported; ums-ha reads Terraform's JSON plan format "
            f"{SUPPORTED_MAJOR}.x (format_version 1.0, 1.1, 1.2, ...)",
        )
    if not any(key in document for key in _PLAN_KEYS):
        what = "is a state" if "values" in document else "has no planned_values or resource_changes"
        raise _MalformedError(
            "",
            f"{what}, not a plan; run terraform plan -out=PLANFILE, then terraform show -json PLANFILE",
        )
    terraform_version = document.get("terraform_version")
    return Plan(
        source=source,
        format_version=version,
        terraform_version=terraform_version if isinstance(terraform_version, str) else None,
        site=(site := _site(document)),
        igel_os=_igel_os(document, site),
        changes=_changes(document, "resource_changes"),
        drift=tuple(sorted(_changes(document, "resource_drift"), key=lambda change: change.address)),
        errored=document.get("errored") is True,
        complete=document.get("complete") is not False,
        applyable=document.get("applyable") is not False,
        netscaler_endpoint=_provider_text(document, "endpoint"),
        netscaler_skips_tls_verify=_provider_constant(document, "insecure_skip_verify") is True,
        netscaler_partition=_provider_text(document, "partition"),
        netscaler_nodes=_nodes(document),
    )


def _provider_text(document: Mapping[str, object], attribute: str) -> str | None:
    """A text constant of the citrixadc provider's configuration, else None."""
    value = _provider_constant(document, attribute)
    return value if isinstance(value, str) else None


def _provider_constant(document: Mapping[str, object], attribute: str) -> object:
    """A constant attribute of the citrixadc provider block of the plan's configuration, else None."""
    return _dig(document, "configuration", "provider_config", "citrixadc", "expressions", attribute, "constant_value")


def _output_values(document: Mapping[str, object], name: str) -> list[object]:
    """The values of a stack output wherever this plan carries it, the planned ones first."""
    candidates: list[object] = []
    output_changes = document.get("output_changes")
    if isinstance(output_changes, dict) and isinstance(output_changes.get(name), dict):
        change = output_changes[name]
        candidates += [change.get("after"), change.get("before")]
    for outputs in (
        _dig(document, "planned_values", "outputs"),
        _dig(document, "prior_state", "values", "outputs"),
    ):
        if isinstance(outputs, dict) and isinstance(outputs.get(name), dict):
            candidates.append(outputs[name].get("value"))
    return candidates


def _nodes(document: Mapping[str, object]) -> tuple[str, ...]:
    """The HA pair's nodes, from the stack's ``netscaler_nodes`` output (none for a standalone appliance)."""
    for value in _output_values(document, NODES_OUTPUT):
        if isinstance(value, list) and value and all(isinstance(item, str) for item in value):
            return tuple(value)
    return ()


def _site(document: Mapping[str, object]) -> str | None:
    """The value of the stack's ``site`` output."""
    return next((value for value in _output_values(document, SITE_OUTPUT) if isinstance(value, str) and value), None)


def _igel_os(document: Mapping[str, object], site: str | None) -> tuple[int, ...] | None:
    """The generations the planned configuration serves: its ``igel_os`` output after the apply, else for a
    ums-ha stack (one with a ``site`` output) the default, 11 and 12; None for plans of other configurations."""
    output_changes = document.get("output_changes")
    planned: object = None
    if isinstance(output_changes, dict) and isinstance(output_changes.get(IGEL_OS_OUTPUT), dict):
        planned = output_changes[IGEL_OS_OUTPUT].get("after")
    else:
        outputs = _dig(document, "planned_values", "outputs")
        if isinstance(outputs, dict) and isinstance(outputs.get(IGEL_OS_OUTPUT), dict):
            planned = outputs[IGEL_OS_OUTPUT].get("value")
    if isinstance(planned, list) and planned and all(isinstance(item, int) for item in planned):
        return tuple(planned)
    return DEFAULT_IGEL_OS if site is not None else None


def _dig(document: Mapping[str, object], *keys: str) -> object:
    value: object = document
    for key in keys:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def _changes(document: Mapping[str, object], key: str) -> tuple[ResourceChange, ...]:
    entries = document.get(key, [])
    if entries is None:
        return ()
    if not isinstance(entries, list):
        raise _MalformedError(key, f"is {type(entries).__name__}; expected a list of resource changes")
    return tuple(_change(entry, f"{key}[{index}]") for index, entry in enumerate(entries))


def _text(entry: Mapping[str, object], key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value:
        raise _MalformedError(f"{where}.{key}", f"is {json.dumps(value)}; expected a non-empty string")
    return value


def _object(change: Mapping[str, object], key: str, where: str) -> dict[str, object] | None:
    value = change.get(key)
    if value is not None and not isinstance(value, dict):
        raise _MalformedError(f"{where}.change.{key}", f"is {type(value).__name__}; expected an object or null")
    return value


def _change(entry: object, where: str) -> ResourceChange:
    if not isinstance(entry, dict):
        raise _MalformedError(where, f"is {type(entry).__name__}; expected an object")
    address = _text(entry, "address", where)
    change = entry.get("change")
    if not isinstance(change, dict):
        raise _MalformedError(f"{where}.change", "is missing or not an object")
    actions = change.get("actions")
    key = tuple(actions) if isinstance(actions, list) and all(isinstance(a, str) for a in actions) else ()
    if key not in TERRAFORM_ACTIONS:
        allowed = ", ".join(json.dumps(list(known)) for known in TERRAFORM_ACTIONS)
        raise _MalformedError(
            f"{where}.change.actions", f"{json.dumps(actions)} is not a Terraform action list: {allowed}"
        )
    action, replace_order = TERRAFORM_ACTIONS[key]
    raw_before = _object(change, "before", where)
    raw_after = _object(change, "after", where)
    before = reveal(raw_before, change.get("before_sensitive", False))
    after = reveal(raw_after, change.get("after_sensitive", False), change.get("after_unknown", False))
    deposed = entry.get("deposed")
    reason = entry.get("action_reason")
    importing = change.get("importing")
    return ResourceChange(
        address=f"{address} (deposed {deposed})" if isinstance(deposed, str) else address,
        type=_text(entry, "type", where),
        name=_text(entry, "name", where),
        action=action,
        replace_order=replace_order,
        action_reason=reason if isinstance(reason, str) else None,
        replace_paths=_replace_paths(change.get("replace_paths")),
        before=before if isinstance(before, dict) else None,
        after=after if isinstance(after, dict) else None,
        attributes=_attributes(
            action,
            raw_before=raw_before,
            raw_after=raw_after,
            before=before,
            after=after,
            after_unknown=change.get("after_unknown"),
        ),
        importing=str(importing.get("id") or "(known after apply)") if isinstance(importing, dict) else None,
    )


def _replace_paths(paths: object) -> tuple[str, ...]:
    if not isinstance(paths, list):
        return ()
    rendered = []
    for path in paths:
        if isinstance(path, list):
            text = "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in path).lstrip(".")
            rendered.append(text)
    return tuple(rendered)


def _attributes(
    action: Action,
    *,
    raw_before: Mapping[str, object] | None,
    raw_after: Mapping[str, object] | None,
    before: object,
    after: object,
    after_unknown: object,
) -> tuple[AttributeChange, ...]:
    """Which attributes change, decided on the raw values, reported with the masked ones."""
    if not isinstance(after, dict) or action in (Action.DELETE, Action.FORGET, Action.NO_OP):
        return ()
    unknown = after_unknown if isinstance(after_unknown, dict) else {}
    if raw_before is None or not isinstance(before, dict):
        return tuple(
            AttributeChange(name, None, after[name])
            for name in sorted(after)
            if after[name] is not UNKNOWN and not is_empty((raw_after or {}).get(name))
        )
    changes = []
    for name in sorted(set(raw_before) | set(after)):
        old, new = raw_before.get(name), (raw_after or {}).get(name)
        if old != new or has_true(unknown.get(name)):
            changes.append(AttributeChange(name, before.get(name), after.get(name)))
    return tuple(changes)
