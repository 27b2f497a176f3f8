"""A site's Terraform state backend: the types offered, their keys, and each value checked.

The keys and value types of a backend come from its CDKTF class's own signature
(``cdktf.S3Backend`` and so on), so the site file accepts what CDKTF accepts and a
wrong value is reported with its key path instead of failing inside synthesis.
"""

from __future__ import annotations

import inspect
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from .errors import Problem
from .rules import check_one_of
from .toml_table import Table

if TYPE_CHECKING:
    from constructs import Construct

#: Terraform state backends a site may use; their other keys pass through to Terraform.
BACKEND_TYPES: Final = ("local", "s3", "azurerm", "pg", "http", "remote")

#: Backend keys that hold credentials, with the environment variable Terraform reads instead.
_CREDENTIALS: Final[Mapping[str, str]] = {
    "access_key": "AWS_ACCESS_KEY_ID (s3) or ARM_ACCESS_KEY (azurerm)",
    "secret_key": "AWS_SECRET_ACCESS_KEY",
    "token": "AWS_SESSION_TOKEN (s3) or the CLI configuration's credentials block (remote)",
    "sas_token": "ARM_SAS_TOKEN",
    "client_secret": "ARM_CLIENT_SECRET",
    "client_certificate_password": "ARM_CLIENT_CERTIFICATE_PASSWORD",
    "conn_str": "PG_CONN_STR",
    "password": "TF_HTTP_PASSWORD",
    "lock_password": "TF_HTTP_LOCK_PASSWORD",
    "unlock_password": "TF_HTTP_UNLOCK_PASSWORD",
}

#: ``[backend.workspaces]`` of the remote backend: exactly one of these, a string.
_REMOTE_WORKSPACE_KEYS: Final = ("name", "prefix")


@dataclass(frozen=True)
class BackendSettings:
    """``[sites.<name>.backend]``: where Terraform keeps this site's state."""

    type: str = "local"
    options: Mapping[str, Any] = field(default_factory=dict)


def backend_class(backend_type: str) -> Any:
    """The CDKTF class of a backend type (one of :data:`BACKEND_TYPES`)."""
    import cdktf

    classes: dict[str, Any] = {
        "local": cdktf.LocalBackend,
        "s3": cdktf.S3Backend,
        "azurerm": cdktf.AzurermBackend,
        "pg": cdktf.PgBackend,
        "http": cdktf.HttpBackend,
        "remote": cdktf.RemoteBackend,
    }
    return classes[backend_type]


def add_backend(scope: Construct, settings: BackendSettings) -> Any:
    """Add the CDKTF backend of checked ``settings`` to the stack ``scope``."""
    import cdktf

    cls = backend_class(settings.type)
    options = dict(settings.options)
    if settings.type == "remote" and "workspaces" in options:
        workspaces: Mapping[str, str] = options["workspaces"]
        options["workspaces"] = (
            cdktf.NamedRemoteWorkspace(name=workspaces["name"])
            if "name" in workspaces
            else cdktf.PrefixedRemoteWorkspaces(prefix=workspaces["prefix"])
        )
    # CDKTF requires pg's conn_str, a credential Terraform can take from PG_CONN_STR: pass a
    # placeholder and delete it, so no credential is ever written into the configuration.
    placeholders = [
        name
        for name, (required, _hint) in _keyword_parameters(cls).items()
        if required and name in _CREDENTIALS and name not in options
    ]
    backend = cls(scope, **options, **dict.fromkeys(placeholders, "set-in-the-environment"))
    for name in placeholders:
        backend.add_override(name, None)
    return backend


def read_backend(site: Table) -> BackendSettings:
    """Read and check ``backend`` under ``site``; problems go to ``site.problems``."""
    raw = site.get_optional("backend", dict)
    if raw is None:
        return BackendSettings()
    table = Table(raw, site.key("backend"), site.problems)
    backend_type = table.get("type", str, "local")
    options = {key: value for key, value in table.data.items() if key != "type"}
    type_problems = check_one_of(backend_type, table.key("type"), BACKEND_TYPES)
    if type_problems:
        table.problems.extend(type_problems)
        return BackendSettings()
    for key in options:
        if key in _CREDENTIALS:
            table.problems.append(
                Problem(
                    table.key(key),
                    "is a credential and would be written into cdktf.out in plain text; "
                    f"leave it out and set {_CREDENTIALS[key]} in the environment instead",
                )
            )
    options = {key: value for key, value in options.items() if key not in _CREDENTIALS}
    table.problems.extend(
        _check_keywords(options, _site_file_parameters(backend_type), table.path, f"{backend_type} backend")
    )
    return BackendSettings(type=backend_type, options=options)


def check_shared_state(backends: Iterable[tuple[str, BackendSettings]]) -> list[Problem]:
    """Sites (name, backend) whose backends would put two stacks into one state."""
    problems = []
    seen: dict[str, str] = {}
    for site_name, backend in backends:
        if backend.type == "local" and not backend.options:
            continue  # each stack gets its own state file
        fingerprint = repr((backend.type, sorted(backend.options.items())))
        if fingerprint in seen:
            problems.append(
                Problem(
                    f"sites.{site_name}.backend",
                    f"is the same as sites.{seen[fingerprint]}.backend: both sites would share one Terraform state; "
                    "give each its own key, path or workspace",
                )
            )
        else:
            seen[fingerprint] = site_name
    return problems


def _site_file_parameters(backend_type: str) -> dict[str, tuple[bool, Any]]:
    parameters = _keyword_parameters(backend_class(backend_type))
    return {name: parameter for name, parameter in parameters.items() if name not in _CREDENTIALS}


def _keyword_parameters(cls: Any) -> dict[str, tuple[bool, Any]]:
    """A CDKTF class's keyword-only parameters: name -> (required, type hint)."""
    hints = typing.get_type_hints(cls.__init__)
    return {
        name: (parameter.default is inspect.Parameter.empty, hints.get(name, Any))
        for name, parameter in inspect.signature(cls.__init__).parameters.items()
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY
    }


def _check_keywords(
    values: Mapping[str, object], parameters: Mapping[str, tuple[bool, Any]], path: str, what: str
) -> list[Problem]:
    problems = []
    for key, value in values.items():
        if key not in parameters:
            allowed = ", ".join(sorted(parameters))
            problems.append(Problem(f"{path}.{key}", f"is not a setting of the {what}; it takes: {allowed}"))
        else:
            problems.extend(_check_value(f"{path}.{key}", value, parameters[key][1]))
    problems.extend(
        Problem(f"{path}.{key}", f"is required by the {what}")
        for key, (required, _hint) in parameters.items()
        if required and key not in values
    )
    return problems


def _check_value(key: str, value: object, hint: Any) -> list[Problem]:
    """Check a TOML value against a CDKTF parameter's type hint."""
    import cdktf

    alternatives = [arg for arg in _union_members(hint) if arg is not type(None)]
    structs = [arg for arg in alternatives if inspect.isclass(arg) and arg.__module__.startswith("cdktf")]
    if hint is cdktf.IRemoteWorkspace:
        return _check_remote_workspaces(key, value)
    if structs:  # a nested configuration block, given as a table
        if not isinstance(value, dict):
            return [Problem(key, f"must be a table, but {value!r} was given")]
        return _check_keywords(value, _keyword_parameters(structs[0]), key, f"{key.rsplit('.', 1)[-1]} block")
    kinds = list(dict.fromkeys(_kind(expected) for expected in alternatives))
    if any(kind in _KINDS and _KINDS[kind](value) for kind in kinds):
        return []
    return [Problem(key, f"must be {' or '.join(kinds)}, but {value!r} was given")]


def _union_members(hint: Any) -> tuple[Any, ...]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return typing.get_args(hint)
    return (hint,)


_SCALAR_KINDS: Final[Mapping[Any, str]] = {
    Any: "anything",
    bool: "true or false",
    int: "a number",
    float: "a number",
    str: "a string",
}


def _kind(expected: Any) -> str:
    """The TOML value kind a type hint asks for (a key of :data:`_KINDS`)."""
    origin = typing.get_origin(expected)
    if origin in (Sequence, list):
        return "an array of strings"
    if origin in (Mapping, dict):
        return "a table of strings"
    return _SCALAR_KINDS.get(expected, str(expected))


_KINDS: Final[Mapping[str, Callable[[object], bool]]] = {
    "anything": lambda _value: True,
    "true or false": lambda value: isinstance(value, bool),
    "a number": lambda value: isinstance(value, int | float) and not isinstance(value, bool),
    "a string": lambda value: isinstance(value, str),
    "an array of strings": lambda value: isinstance(value, list) and all(isinstance(item, str) for item in value),
    "a table of strings": lambda value: isinstance(value, dict) and all(isinstance(v, str) for v in value.values()),
}


def _check_remote_workspaces(key: str, value: object) -> list[Problem]:
    allowed = " or ".join(_REMOTE_WORKSPACE_KEYS)
    if not isinstance(value, dict):
        return [Problem(key, f"must be a table with {allowed}, but {value!r} was given")]
    problems = [
        Problem(f"{key}.{name}", f"unknown key; the keys allowed here are: {', '.join(_REMOTE_WORKSPACE_KEYS)}")
        for name in value
        if name not in _REMOTE_WORKSPACE_KEYS
    ]
    given = [name for name in _REMOTE_WORKSPACE_KEYS if name in value]
    if len(given) != 1:
        problems.append(Problem(key, f"must set exactly one of {allowed}, but {len(given)} were given"))
    problems.extend(
        Problem(f"{key}.{name}", f"must be a non-empty string, but {value[name]!r} was given")
        for name in given
        if not isinstance(value[name], str) or not value[name]
    )
    return problems
