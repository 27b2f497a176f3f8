"""A site's Terraform state backend: the types offered, their keys, and each value checked.

The keys and value types of a backend come from its CDKTF class's own signature
(``cdk.S3Backend`` and so on), so the site file accepts what CDKTF accepts and a
wrong value is reported with its key path instead of failing inside synthesis.
"""

from __future__ import annotations

import inspect
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from ums_ha.domain.rules import check_one_of
from ums_ha.errors import Problem
from ums_ha.site.schema import Key, TableSchema
from ums_ha.site.toml_table import Table, describe_value, suggest
from ums_ha.toolchain.runtimes import is_runtime_module

if TYPE_CHECKING:
    from constructs import Construct

#: Terraform state backends a site may use; their other keys pass through to Terraform.
BACKEND_TYPES: Final = ("local", "s3", "azurerm", "pg", "http", "remote")

#: Per backend type, the keys that hold credentials, with the environment variables Terraform reads
#: instead. The site file refuses these keys, and every text ums-ha passes on hides these variables'
#: values (:mod:`ums_ha.credentials.environment`): a backend added here cannot forget either.
BACKEND_CREDENTIALS: Final[Mapping[str, Mapping[str, tuple[str, ...]]]] = {
    "local": {},
    "s3": {
        "access_key": ("AWS_ACCESS_KEY_ID",),
        "secret_key": ("AWS_SECRET_ACCESS_KEY",),
        "token": ("AWS_SESSION_TOKEN",),
        "sse_customer_key": ("AWS_SSE_CUSTOMER_KEY",),
    },
    "azurerm": {
        "access_key": ("ARM_ACCESS_KEY",),
        "sas_token": ("ARM_SAS_TOKEN",),
        "client_secret": ("ARM_CLIENT_SECRET",),
        "client_certificate": ("ARM_CLIENT_CERTIFICATE",),
        "client_certificate_password": ("ARM_CLIENT_CERTIFICATE_PASSWORD",),
        "oidc_token": ("ARM_OIDC_TOKEN",),
        "oidc_request_token": ("ARM_OIDC_REQUEST_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_TOKEN"),
    },
    "pg": {"conn_str": ("PG_CONN_STR",)},
    "http": {"password": ("TF_HTTP_PASSWORD",), "client_private_key_pem": ("TF_HTTP_CLIENT_PRIVATE_KEY_PEM",)},
    "remote": {"token": ("TF_TOKEN_<host>",)},
}
#: Variables named by a prefix: the remote backend's host tokens (``TF_TOKEN_app_terraform_io``).
CREDENTIAL_VARIABLE_PREFIXES: Final = ("TF_TOKEN_",)


def credential_variables() -> tuple[str, ...]:
    """Every backend credential variable of :data:`BACKEND_CREDENTIALS`, by name (prefixes apart)."""
    names = (name for keys in BACKEND_CREDENTIALS.values() for names in keys.values() for name in names)
    return tuple(dict.fromkeys(name for name in names if not name.endswith("<host>")))


@dataclass(frozen=True)
class TerraformOnlySetting:
    """A backend setting Terraform takes that CDKTF 0.21's backend class predates."""

    kind: str
    """The TOML value kind, a key of :data:`_KINDS`."""
    since: str
    """The oldest Terraform version known to take it; the stack then requires it."""


#: Settings of the Terraform versions the stacks run on, missing from CDKTF's classes: checked against
#: Terraform 1.11's own backend schemas (``terraform init`` refuses an unknown one with "No argument
#: or block type is named"). ``since`` is the release that added the setting where Terraform's changelog
#: says so, else 1.11, the oldest release checked.
TERRAFORM_ONLY_SETTINGS: Final[Mapping[str, Mapping[str, TerraformOnlySetting]]] = {
    "s3": {
        "use_lockfile": TerraformOnlySetting("true or false", "1.10"),
        "use_fips_endpoint": TerraformOnlySetting("true or false", "1.6"),
        "use_dualstack_endpoint": TerraformOnlySetting("true or false", "1.6"),
    },
    "azurerm": {
        "use_cli": TerraformOnlySetting("true or false", "1.11"),
        "use_aks_workload_identity": TerraformOnlySetting("true or false", "1.11"),
        "ado_pipeline_service_connection_id": TerraformOnlySetting("a string", "1.11"),
        "client_id_file_path": TerraformOnlySetting("a string", "1.11"),
        "client_secret_file_path": TerraformOnlySetting("a string", "1.11"),
        "lookup_blob_endpoint": TerraformOnlySetting("true or false", "1.11"),
    },
}

#: Settings CDKTF 0.21's classes still offer that Terraform 1.11 refuses, with what replaced them.
REMOVED_SETTINGS: Final[Mapping[str, Mapping[str, str]]] = {
    "s3": {
        "role_arn": 'assume_role = { role_arn = "..." }',
        "session_name": 'assume_role = { session_name = "..." }',
        "external_id": 'assume_role = { external_id = "..." }',
        "assume_role_policy": 'assume_role = { policy = "..." }',
        "assume_role_policy_arns": "assume_role = { policy_arns = [...] }",
        "assume_role_tags": "assume_role = { tags = {...} }",
        "assume_role_transitive_tag_keys": "assume_role = { transitive_tag_keys = [...] }",
        "use_legacy_workflow": "nothing: the legacy credential workflow is gone",
    },
    "azurerm": {"use_microsoft_graph": "nothing: Microsoft Graph is always used"},
}

#: Backends that lock their state only when told how, with the settings any one of which does it and what the
#: refusal suggests. The others lock always: local (a lock on the state file), azurerm (a blob lease), pg
#: (advisory locks), remote (the workspace's lock). Without a lock two deploys of one site at once interleave.
LOCKING_SETTINGS: Final[Mapping[str, tuple[tuple[str, ...], str]]] = {
    "s3": (("use_lockfile", "dynamodb_table"), "use_lockfile = true (S3-native locking, Terraform 1.10+)"),
    "http": (("lock_address",), 'lock_address = "<the state server\'s lock URL>"'),
}

#: ``[backend.workspaces]`` of the remote backend: exactly one of these, a string.
_REMOTE_WORKSPACE_KEYS: Final = ("name", "prefix")


@dataclass(frozen=True)
class BackendSettings:
    """``[sites.<name>.backend]``: where Terraform keeps this site's state."""

    type: str = "local"
    options: Mapping[str, Any] = field(default_factory=dict)

    @property
    def terraform_only(self) -> dict[str, Any]:
        """The options CDKTF's backend class lacks (:data:`TERRAFORM_ONLY_SETTINGS`), written as overrides."""
        known = TERRAFORM_ONLY_SETTINGS.get(self.type, {})
        return {key: value for key, value in self.options.items() if key in known}

    @property
    def required_terraform(self) -> str | None:
        """The newest ``since`` of the Terraform-only options used, or None when there is none."""
        known = TERRAFORM_ONLY_SETTINGS.get(self.type, {})
        versions = [known[key].since for key in self.terraform_only]
        return max(versions, key=version_key) if versions else None


def version_key(version: str) -> tuple[int, ...]:
    """A Terraform version (``1.10``) as a key that orders versions: 1.10 after 1.7."""
    return tuple(int(part) for part in version.split("."))


def backend_class(backend_type: str) -> Any:
    """The CDKTF class of a backend type (one of :data:`BACKEND_TYPES`)."""
    from ums_ha.toolchain import cdk

    classes: dict[str, Any] = {
        "local": cdk.LocalBackend,
        "s3": cdk.S3Backend,
        "azurerm": cdk.AzurermBackend,
        "pg": cdk.PgBackend,
        "http": cdk.HttpBackend,
        "remote": cdk.RemoteBackend,
    }
    return classes[backend_type]


def add_backend(scope: Construct, settings: BackendSettings) -> Any:
    """Add the CDKTF backend of checked ``settings`` to the stack ``scope``."""
    from ums_ha.toolchain import cdk

    cls = backend_class(settings.type)
    terraform_only = settings.terraform_only
    options = {key: value for key, value in settings.options.items() if key not in terraform_only}
    if settings.type == "remote" and "workspaces" in options:
        workspaces: Mapping[str, str] = options["workspaces"]
        options["workspaces"] = (
            cdk.NamedRemoteWorkspace(name=workspaces["name"])
            if "name" in workspaces
            else cdk.PrefixedRemoteWorkspaces(prefix=workspaces["prefix"])
        )
    # CDKTF requires pg's conn_str, a credential Terraform can take from PG_CONN_STR: pass a
    # placeholder and delete it, so no credential is ever written into the configuration.
    credentials = BACKEND_CREDENTIALS[settings.type]
    placeholders = [
        name
        for name, (required, _hint) in _keyword_parameters(cls).items()
        if required and name in credentials and name not in options
    ]
    backend = cls(scope, **options, **dict.fromkeys(placeholders, "set-in-the-environment"))
    for name in placeholders:
        backend.add_override(name, None)
    for name, value in terraform_only.items():
        backend.add_override(name, value)
    return backend


BACKEND_TYPE = Key(
    "type",
    str,
    "the Terraform state backend; each takes its own settings as further keys",
    default="local",
    choices=BACKEND_TYPES,
)
BACKEND_TABLE = TableSchema(
    "sites.<site>.backend",
    "Where the site's Terraform state is kept. Without it: the local file `terraform.ums-ha-<site>.tfstate` "
    "beside the project.",
    (BACKEND_TYPE,),
    extra_keys="the backend's own Terraform settings, passed through: keys and value types are checked against "
    'the runtime\'s backend class (`S3Backend`, ...), nested blocks such as `assume_role = { role_arn = "..." }` '
    "included, and against Terraform's own newer settings where CDKTF 0.21 lags behind. Credentials (`secret_key`, "
    "`conn_str`, `password`, ...) are refused: set them in the environment. Two sites may not share one state. A "
    "backend that would not lock the state is refused: s3 needs `use_lockfile = true` or `dynamodb_table`, http "
    '`lock_address`. `remote` needs `workspaces`: `{ name = "..." }` or `{ prefix = "..." }`, exactly one',
    links=(("Remote state", "guide/remote-state.md"),),
)


def read_backend(site: Table) -> BackendSettings:
    """Read and check ``backend`` under ``site``; problems go to ``site.problems``."""
    raw = site.get_optional(BACKEND_TABLE.name, dict)
    if raw is None:
        return BackendSettings()
    table = Table(raw, site.key(BACKEND_TABLE.name), site.problems)
    backend_type = table.read(BACKEND_TYPE)
    options = {key: value for key, value in table.data.items() if key != BACKEND_TYPE.name}
    type_problems = check_one_of(backend_type, table.key(BACKEND_TYPE.name), BACKEND_TYPE.choices)
    if type_problems:
        table.problems.extend(type_problems)
        return BackendSettings()
    credentials = BACKEND_CREDENTIALS[backend_type]
    removed = REMOVED_SETTINGS.get(backend_type, {})
    terraform_only = TERRAFORM_ONLY_SETTINGS.get(backend_type, {})
    what = f"{backend_type} backend"
    for key, value in options.items():
        if key in credentials:
            table.problems.append(
                Problem(
                    table.key(key),
                    "is a credential and would be written into cdktf.out in plain text; "
                    f"leave it out and set {' or '.join(credentials[key])} in the environment instead",
                )
            )
        elif key in removed:
            table.problems.append(
                Problem(
                    table.key(key),
                    f"is no longer a setting of the {what} (Terraform 1.10 and later refuse it); use {removed[key]}",
                )
            )
        elif key in terraform_only:
            setting = terraform_only[key]
            if not _KINDS[setting.kind](value):
                table.problems.append(
                    Problem(table.key(key), f"must be {setting.kind}, but {describe_value(value)} was given")
                )
    checked = {key: value for key, value in options.items() if key not in {*credentials, *removed, *terraform_only}}
    parameters = _site_file_parameters(backend_type)
    table.problems.extend(_check_keywords(checked, parameters, table.path, what, also_allowed=sorted(terraform_only)))
    table.problems.extend(_check_locking(backend_type, options, table.path))
    kept = {key: value for key, value in options.items() if key not in credentials and key not in removed}
    return BackendSettings(type=backend_type, options=kept)


def _check_locking(backend_type: str, options: Mapping[str, Any], key: str) -> list[Problem]:
    """A backend that would not lock the state (:data:`LOCKING_SETTINGS`): refused."""
    if backend_type not in LOCKING_SETTINGS:
        return []
    settings, suggestion = LOCKING_SETTINGS[backend_type]
    if any(options.get(setting) not in (None, False, "") for setting in settings):
        return []
    given = " and ".join(f"{name} is {describe_value(options[name])}" for name in settings if name in options)
    return [
        Problem(
            key,
            f"the {backend_type} backend locks the state only with {' or '.join(settings)} set"
            f"{f', but {given}' if given else ''}; without a lock two deploys of one site at once "
            f"would interleave their writes: set {suggestion}",
        )
    ]


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
    """The CDKTF class's settings a site file may give: no credential, none Terraform no longer takes."""
    parameters = _keyword_parameters(backend_class(backend_type))
    refused = {*BACKEND_CREDENTIALS[backend_type], *REMOVED_SETTINGS.get(backend_type, {})}
    return {name: parameter for name, parameter in parameters.items() if name not in refused}


def _keyword_parameters(cls: Any) -> dict[str, tuple[bool, Any]]:
    """A CDKTF class's keyword-only parameters: name -> (required, type hint)."""
    hints = typing.get_type_hints(cls.__init__)
    return {
        name: (parameter.default is inspect.Parameter.empty, hints.get(name, Any))
        for name, parameter in inspect.signature(cls.__init__).parameters.items()
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY
    }


def _check_keywords(
    values: Mapping[str, object],
    parameters: Mapping[str, tuple[bool, Any]],
    path: str,
    what: str,
    *,
    also_allowed: Sequence[str] = (),
) -> list[Problem]:
    problems = []
    for key, value in values.items():
        if key not in parameters:
            allowed = sorted({*parameters, *also_allowed})
            problems.append(Problem(f"{path}.{key}", f"is not a setting of the {what}; {suggest(key, allowed)}"))
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
    from ums_ha.toolchain import cdk

    alternatives = [arg for arg in _union_members(hint) if arg is not type(None)]
    structs = [arg for arg in alternatives if inspect.isclass(arg) and is_runtime_module(arg.__module__)]
    if hint is cdk.IRemoteWorkspace:
        return _check_remote_workspaces(key, value)
    if structs:  # a nested configuration block, given as a table
        if not isinstance(value, dict):
            return [Problem(key, f"must be a table, but {describe_value(value)} was given")]
        return _check_keywords(value, _keyword_parameters(structs[0]), key, f"{key.rsplit('.', 1)[-1]} block")
    kinds = list(dict.fromkeys(_kind(expected) for expected in alternatives))
    if any(kind in _KINDS and _KINDS[kind](value) for kind in kinds):
        return []
    return [Problem(key, f"must be {' or '.join(kinds)}, but {describe_value(value)} was given")]


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
        return [Problem(key, f"must be a table with {allowed}, but {describe_value(value)} was given")]
    problems = [
        Problem(f"{key}.{name}", f"unknown key; {suggest(name, _REMOTE_WORKSPACE_KEYS)}")
        for name in value
        if name not in _REMOTE_WORKSPACE_KEYS
    ]
    given = [name for name in _REMOTE_WORKSPACE_KEYS if name in value]
    if len(given) != 1:
        problems.append(Problem(key, f"must set exactly one of {allowed}, but {len(given)} were given"))
    problems.extend(
        Problem(f"{key}.{name}", f"must be a non-empty string, but {describe_value(value[name])} was given")
        for name in given
        if not isinstance(value[name], str) or not value[name]
    )
    return problems
