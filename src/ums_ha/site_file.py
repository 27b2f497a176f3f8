"""The site file, ``ums-ha.toml``: read, checked in full, turned into typed settings.

The reader checks shape (tables, types, required and unknown keys); the rules in
:mod:`ums_ha.rules` check meaning. Every problem in the file is collected before
anything is reported, each with its key path.
"""

from __future__ import annotations

import inspect
import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Final, TypedDict, TypeVar

from .errors import Problem, ValidationError
from .model import (
    DEFAULT_MONITOR_PORT,
    DEFAULT_MONITOR_RECEIVE,
    DEFAULT_PERSISTENCE_MASK,
    DEFAULT_PERSISTENCE_TIMEOUT_MINUTES,
    DEFAULT_SERVICES,
    UmsServer,
    UmsService,
)
from .rules import (
    ClusterKeys,
    check_cluster,
    check_endpoint,
    check_fqdn,
    check_site_name,
)

CONFIG_ENV: Final = "UMS_HA_CONFIG"
DEFAULT_SITE_FILE: Final = "ums-ha.toml"
EXAMPLE_SITE_FILE: Final = "ums-ha.example.toml"

#: Terraform state backends a site may use; their other keys pass through to Terraform.
BACKEND_TYPES: Final = ("local", "s3", "azurerm", "pg", "http", "remote")

#: Backend keys that hold credentials, with the environment variable Terraform reads instead.
_BACKEND_CREDENTIALS: Final[Mapping[str, str]] = {
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


@dataclass(frozen=True)
class NetscalerSettings:
    """``[sites.<name>.netscaler]``: how to reach the appliance and what to put on it."""

    endpoint: str
    vip: str
    snip: str | None = None
    persistence_timeout_minutes: int = DEFAULT_PERSISTENCE_TIMEOUT_MINUTES
    persistence_mask: str = DEFAULT_PERSISTENCE_MASK
    persistence_group: bool = True
    insecure_skip_verify: bool = False
    monitor_receive: str = DEFAULT_MONITOR_RECEIVE
    allow_plain_http: bool = False


@dataclass(frozen=True)
class BackendSettings:
    """``[sites.<name>.backend]``: where Terraform keeps this site's state."""

    type: str = "local"
    options: Mapping[str, Any] = field(default_factory=dict)


class ClusterSettings(TypedDict):
    servers: tuple[UmsServer, ...]
    services: tuple[UmsService, ...]
    vip: str
    snip: str | None
    persistence_timeout_minutes: int
    persistence_mask: str
    persistence_group: bool
    monitor_receive: str
    monitor_port: int
    object_name_prefix: str


@dataclass(frozen=True)
class Site:
    """One ``[sites.<name>]`` table: one stack, one Terraform state."""

    name: str
    dns_name: str
    netscaler: NetscalerSettings
    ums_servers: tuple[UmsServer, ...]
    services: tuple[UmsService, ...] = DEFAULT_SERVICES
    backend: BackendSettings = field(default_factory=BackendSettings)

    @property
    def stack_name(self) -> str:
        return f"ums-ha-{self.name}"

    def cluster_settings(self) -> ClusterSettings:
        """The settings of this site's :class:`~ums_ha.UmsHaCluster` (and of its rules)."""
        netscaler = self.netscaler
        return ClusterSettings(
            servers=self.ums_servers,
            services=self.services,
            vip=netscaler.vip,
            snip=netscaler.snip,
            persistence_timeout_minutes=netscaler.persistence_timeout_minutes,
            persistence_mask=netscaler.persistence_mask,
            persistence_group=netscaler.persistence_group,
            monitor_receive=netscaler.monitor_receive,
            monitor_port=DEFAULT_MONITOR_PORT,
            object_name_prefix=self.object_name_prefix,
        )

    @property
    def object_name_prefix(self) -> str:
        """Prefix of this site's NetScaler object names, unique per site on one appliance."""
        return f"ums-{self.name}"


@dataclass(frozen=True)
class SiteFile:
    path: Path
    sites: tuple[Site, ...]

    def site(self, name: str) -> Site:
        for site in self.sites:
            if site.name == name:
                return site
        known = ", ".join(site.name for site in self.sites)
        raise ValidationError([Problem("--site", f"no site {name!r} in {self.path}; the sites are: {known}")])


def site_file_path(cwd: Path | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """``$UMS_HA_CONFIG``, else ``./ums-ha.toml``, else the bundled example."""
    environ = os.environ if environ is None else environ
    cwd = Path.cwd() if cwd is None else cwd
    if environ.get(CONFIG_ENV):
        return Path(environ[CONFIG_ENV])
    local = cwd / DEFAULT_SITE_FILE
    if local.exists():
        return local
    return Path(str(resources.files("ums_ha").joinpath(EXAMPLE_SITE_FILE)))


_T = TypeVar("_T")

_TYPE_WORDS: Final[Mapping[type, str]] = {
    str: "a string",
    int: "an integer",
    bool: "true or false",
    dict: "a table",
    list: "an array",
}


class _Table:
    """One TOML table being read: typed getters that record problems, then unknown keys."""

    def __init__(self, data: object, path: str, problems: list[Problem]) -> None:
        if not isinstance(data, dict):
            problems.append(Problem(path, f"must be a table, but {data!r} was given"))
            data = {}
        self.data: dict[str, Any] = data
        self.path = path
        self.problems = problems
        self.seen: set[str] = set()

    def key(self, name: str) -> str:
        return f"{self.path}.{name}"

    def get_optional(self, name: str, kind: type[_T]) -> _T | None:
        """The value, or None when absent or of the wrong type (then a problem is recorded)."""
        self.seen.add(name)
        if name not in self.data:
            return None
        value = self.data[name]
        # bool is an int in Python; TOML keeps them apart, so must we.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.problems.append(Problem(self.key(name), f"must be {_TYPE_WORDS[kind]}, but {value!r} was given"))
            return None
        return value

    def get(self, name: str, kind: type[_T], default: _T, *, required: bool = False) -> _T:
        """The value, or ``default`` when absent or of the wrong type (a problem is recorded)."""
        if required and name not in self.data:
            self.seen.add(name)
            self.problems.append(Problem(self.key(name), f"is required: {_TYPE_WORDS[kind]}"))
            return default
        value = self.get_optional(name, kind)
        return default if value is None else value

    def tables(self, name: str) -> list[_Table] | None:
        """An array of tables (``[[...]]``), or None when the key is absent."""
        raw = self.get_optional(name, list)
        if raw is None:
            return None
        return [_Table(item, f"{self.key(name)}[{index}]", self.problems) for index, item in enumerate(raw)]

    def finish(self, allowed_extra: Callable[[str], bool] = lambda _key: False) -> None:
        unknown = [key for key in self.data if key not in self.seen and not allowed_extra(key)]
        allowed = ", ".join(sorted(self.seen))
        for key in unknown:
            self.problems.append(Problem(self.key(key), f"unknown key; the keys allowed here are: {allowed}"))


def _read_netscaler(table: _Table) -> NetscalerSettings:
    defaults = NetscalerSettings(endpoint="", vip="")
    settings = NetscalerSettings(
        endpoint=table.get("endpoint", str, "", required=True),
        vip=table.get("vip", str, "", required=True),
        snip=table.get_optional("snip", str),
        persistence_timeout_minutes=table.get("persistence_timeout_minutes", int, defaults.persistence_timeout_minutes),
        persistence_mask=table.get("persistence_mask", str, defaults.persistence_mask),
        persistence_group=table.get("persistence_group", bool, defaults.persistence_group),
        insecure_skip_verify=table.get("insecure_skip_verify", bool, defaults.insecure_skip_verify),
        monitor_receive=table.get("monitor_receive", str, defaults.monitor_receive),
        allow_plain_http=table.get("allow_plain_http", bool, defaults.allow_plain_http),
    )
    table.finish()
    return settings


def _read_servers(site: _Table) -> tuple[UmsServer, ...]:
    tables = site.tables("ums_servers")
    if tables is None:
        site.problems.append(
            Problem(site.key("ums_servers"), "is required: at least one [[...ums_servers]] table with name and address")
        )
        return ()
    servers = []
    for table in tables:
        servers.append(
            UmsServer(
                name=table.get("name", str, "", required=True),
                address=table.get("address", str, "", required=True),
            )
        )
        table.finish()
    return tuple(servers)


def _read_services(site: _Table) -> tuple[UmsService, ...]:
    tables = site.tables("services")
    if tables is None:
        return DEFAULT_SERVICES
    services = []
    for table in tables:
        services.append(
            UmsService(
                name=table.get("name", str, "", required=True),
                port=table.get("port", int, 0, required=True),
                protocol=table.get("protocol", str, "TCP"),
                use_client_ip=table.get("use_client_ip", bool, True),
            )
        )
        table.finish()
    return tuple(services)


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


def backend_parameters(backend_type: str) -> dict[str, bool]:
    """The keys a backend takes (from its CDKTF class), each with whether it is required."""
    parameters = inspect.signature(backend_class(backend_type).__init__).parameters
    return {
        name: parameter.default is inspect.Parameter.empty
        for name, parameter in parameters.items()
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY
    }


def _read_backend(site: _Table) -> BackendSettings:
    raw = site.get_optional("backend", dict)
    if raw is None:
        return BackendSettings()
    table = _Table(raw, site.key("backend"), site.problems)
    backend_type = table.get("type", str, "local")
    options = {key: value for key, value in table.data.items() if key != "type"}
    if backend_type not in BACKEND_TYPES:
        table.problems.append(
            Problem(table.key("type"), f"must be one of {', '.join(BACKEND_TYPES)}, but {backend_type!r} was given")
        )
        return BackendSettings()
    for key in options:
        if key in _BACKEND_CREDENTIALS:
            table.problems.append(
                Problem(
                    table.key(key),
                    "is a credential and would be written into cdktf.out in plain text; "
                    f"leave it out and set {_BACKEND_CREDENTIALS[key]} in the environment instead",
                )
            )
    parameters = backend_parameters(backend_type)
    for key in options:
        if key not in parameters and key not in _BACKEND_CREDENTIALS:
            table.problems.append(
                Problem(
                    table.key(key),
                    f"is not a setting of the {backend_type} backend; it takes: {', '.join(sorted(parameters))}",
                )
            )
    for key, required in parameters.items():
        if required and key not in options:
            table.problems.append(Problem(table.key(key), f"is required by the {backend_type} backend"))
    return BackendSettings(type=backend_type, options=options)


def cluster_keys(site_name: str) -> ClusterKeys:
    """Where the cluster settings of a site live in the site file."""
    site_path = f"sites.{site_name}"
    netscaler = f"{site_path}.netscaler"
    return ClusterKeys(
        servers=f"{site_path}.ums_servers",
        services=f"{site_path}.services",
        vip=f"{netscaler}.vip",
        snip=f"{netscaler}.snip",
        persistence_timeout_minutes=f"{netscaler}.persistence_timeout_minutes",
        persistence_mask=f"{netscaler}.persistence_mask",
        persistence_group=f"{netscaler}.persistence_group",
        monitor_receive=f"{netscaler}.monitor_receive",
        monitor_port=f"{netscaler}.monitor_port",
        object_name_prefix=f"{site_path} (its name)",
    )


def _read_site(name: str, data: object, problems: list[Problem], rule_problems: list[Problem]) -> Site:
    """Read one site: shape problems go to ``problems``, rule problems to ``rule_problems``."""
    table = _Table(data, f"sites.{name}", problems)
    rule_problems += check_site_name(name, table.path)
    dns_name = table.get("dns_name", str, "", required=True)
    if dns_name:
        rule_problems += check_fqdn(dns_name, table.key("dns_name"))
    netscaler_raw = table.get_optional("netscaler", dict)
    if netscaler_raw is None and "netscaler" not in table.data:
        problems.append(Problem(table.key("netscaler"), "is required: a table with at least endpoint and vip"))
    netscaler_table = _Table(netscaler_raw or {}, table.key("netscaler"), problems)
    netscaler = _read_netscaler(netscaler_table)
    if netscaler.endpoint:
        rule_problems += check_endpoint(
            netscaler.endpoint,
            netscaler_table.key("endpoint"),
            allow_plain_http=netscaler.allow_plain_http,
            allow_key=netscaler_table.key("allow_plain_http"),
        )
    site = Site(
        name=name,
        dns_name=dns_name,
        netscaler=netscaler,
        ums_servers=_read_servers(table),
        services=_read_services(table),
        backend=_read_backend(table),
    )
    table.finish()
    rule_problems += check_cluster(**site.cluster_settings(), keys=cluster_keys(name))
    return site


def _check_shared_state(sites: list[Site]) -> list[Problem]:
    problems = []
    seen: dict[str, str] = {}
    for site in sites:
        if site.backend.type == "local" and not site.backend.options:
            continue  # each stack gets its own state file
        fingerprint = repr((site.backend.type, sorted(site.backend.options.items())))
        if fingerprint in seen:
            problems.append(
                Problem(
                    f"sites.{site.name}.backend",
                    f"is the same as sites.{seen[fingerprint]}.backend: both sites would share one Terraform state; "
                    "give each its own key, path or workspace",
                )
            )
        else:
            seen[fingerprint] = site.name
    return problems


def parse_site_file(text: str, path: Path) -> SiteFile:
    """Read a site file's text; raises :class:`ValidationError` with every problem."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ValidationError([Problem("(file)", f"is not valid TOML: {error}")], source=str(path)) from None
    problems: list[Problem] = []
    root = _Table(document, "", problems)
    sites_raw = root.get_optional("sites", dict)
    root.finish()
    problems[:] = [Problem(problem.key.lstrip("."), problem.message) for problem in problems]
    if not sites_raw:
        problems.append(Problem("sites", "is required: at least one [sites.<name>] table"))
    rule_problems: list[Problem] = []
    sites = [_read_site(name, data, problems, rule_problems) for name, data in (sites_raw or {}).items()]
    # A value of the wrong type, or a missing one, was reported already; its rules would only repeat it.
    reported = {problem.key for problem in problems}
    problems += [problem for problem in rule_problems if problem.key not in reported]
    problems += _check_shared_state(sites)
    if problems:
        raise ValidationError(problems, source=str(path))
    return SiteFile(path=path, sites=tuple(sites))


def load_site_file(path: Path) -> SiteFile:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ValidationError([Problem("(file)", f"cannot be read: {error.strerror}")], source=str(path)) from None
    return parse_site_file(text, path)
