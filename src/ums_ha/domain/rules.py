"""Every validation rule, in one place.

The site-file loader and the constructs both call these functions; each
returns the problems it finds (never raises), so one report can list them all.
``keys`` says where a setting lives for the messages: construct prop names by
default, site-file key paths when the loader calls.
"""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Final, TypeVar
from urllib.parse import urlsplit

from ums_ha.credentials.urls import has_user_info, mask_url_credentials
from ums_ha.database.postgresql import POSTGRESQL_PERMISSIONS, SSL_MODES, split_host_port
from ums_ha.database.sqlserver import PERMISSION_SETS
from ums_ha.domain import naming
from ums_ha.domain.dns import MAX_TTL, zone_contains
from ums_ha.domain.model import IGEL_OS_GENERATIONS, MAX_DRAIN_SECONDS, MAX_SERVERS, PROTOCOLS, UmsServer, UmsService
from ums_ha.errors import Problem

SITE_NAME_PATTERN: Final = re.compile(r"[a-z0-9-]{1,20}")

# The inclusive ranges the rules hold integers to (the site file's declarations show the same ones).
PORTS: Final = (1, 65535)
PERSISTENCE_TIMEOUT_MINUTES: Final = (1, 1440)
IDLE_TIMEOUT_SECONDS: Final = (0, 31536000)
PASSWORD_VERSIONS: Final = (1, 2**31 - 1)
TTL_SECONDS: Final = (0, MAX_TTL)
_DNS_LABEL: Final = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)")
_TOKEN_MARK: Final = "${"  # noqa: S105  (the start of a CDKTF token, not a password)


def is_unresolved(value: object) -> bool:
    """True for a CDKTF token (a value only Terraform knows): rules skip those."""
    if not isinstance(value, str) or _TOKEN_MARK not in value:
        return False
    from ums_ha.toolchain.cdk import Token  # jsii start-up is paid only when a token may be present

    return bool(Token.is_unresolved(value))


def _list(values: Sequence[str]) -> str:
    return ", ".join(values)


@dataclass(frozen=True)
class ClusterKeys:
    """Where each cluster setting lives, for messages. Default: construct prop names."""

    servers: str = "servers"
    out_of_service: str = "servers"
    """Where servers are taken out of service (the construct: each server's ``in_service``)."""
    services: str = "services"
    vip: str = "vip"
    snip: str = "snip"
    persistence_timeout_minutes: str = "persistence_timeout_minutes"
    persistence_mask: str = "persistence_mask"
    persistence_group: str = "persistence_group"
    monitor_receive: str = "monitor_receive"
    monitor_port: str = "monitor_port"
    object_name_prefix: str = "object_name_prefix"
    igel_os: str = "igel_os"
    names: str = "names"


def is_ip_address(text: str) -> bool:
    """Whether ``text`` is an IPv4 or IPv6 address (not a host name)."""
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def check_ip_address(
    value: object, key: str
) -> tuple[list[Problem], ipaddress.IPv4Address | ipaddress.IPv6Address | None]:
    if is_unresolved(value):
        return [], None
    if not isinstance(value, str):
        return [Problem(key, f"must be an IP address, but {value!r} was given")], None
    try:
        return [], ipaddress.ip_address(value)
    except ValueError:
        return [Problem(key, f"must be an IPv4 or IPv6 address, but {value!r} was given")], None


def check_snip(value: object, key: str) -> tuple[list[Problem], ipaddress.IPv4Interface | None]:
    """A SNIP is written ``address/prefix`` (``10.20.30.5/24``), IPv4 only."""
    if value is None or is_unresolved(value):
        return [], None
    allowed = "an IPv4 address with its prefix length, such as '10.20.30.5/24'"
    if not isinstance(value, str) or "/" not in value:
        return [Problem(key, f"must be {allowed}, but {value!r} was given")], None
    try:
        snip = ipaddress.IPv4Interface(value)
    except ValueError:
        return [Problem(key, f"must be {allowed}, but {value!r} was given")], None
    if not 1 <= snip.network.prefixlen <= 30:
        return [Problem(key, f"prefix length must be between 1 and 30, but {value!r} was given")], None
    if snip.ip in (snip.network.network_address, snip.network.broadcast_address):
        return [
            Problem(
                key,
                f"must be a host address, not the network or broadcast address of {snip.network}, "
                f"but {value!r} was given",
            )
        ], None
    return [], snip


def check_short_name(value: object, key: str) -> list[Problem]:
    if is_unresolved(value):
        return []
    if not isinstance(value, str) or not naming.SHORT_NAME_PATTERN.fullmatch(value):
        return [Problem(key, f"must be {naming.SHORT_NAME_RULE}, but {value!r} was given")]
    return []


def check_int_range(value: object, key: str, low: int, high: int, unit: str = "") -> list[Problem]:
    if is_unresolved(value):
        return []
    suffix = f" {unit}" if unit else ""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        return [Problem(key, f"must be between {low} and {high}{suffix}, but {value!r} was given")]
    return []


_H = TypeVar("_H", bound=Hashable)


def _duplicates(values: Sequence[_H]) -> list[_H]:
    return [value for value, count in Counter(values).items() if count > 1]


def check_servers(
    servers: Sequence[UmsServer], key: str, out_of_service_key: str = ""
) -> tuple[list[Problem], dict[int, ipaddress.IPv4Address | ipaddress.IPv6Address]]:
    problems: list[Problem] = []
    addresses: dict[int, ipaddress.IPv4Address | ipaddress.IPv6Address] = {}
    if not 1 <= len(servers) <= MAX_SERVERS:
        problems.append(
            Problem(key, f"must list between 1 and {MAX_SERVERS} UMS servers, but {len(servers)} were given")
        )
    for index, server in enumerate(servers):
        problems += check_short_name(server.name, f"{key}[{index}].name")
        found, address = check_ip_address(server.address, f"{key}[{index}].address")
        problems += found
        if address is not None:
            addresses[index] = address
        problems += check_bool(server.in_service, f"{key}[{index}].in_service")
        problems += check_int_range(
            server.drain_seconds, f"{key}[{index}].drain_seconds", 0, MAX_DRAIN_SECONDS, "seconds"
        )
        problems += check_bool(server.wait_for_connections, f"{key}[{index}].wait_for_connections")
    if servers and not any(server.in_service is not False for server in servers):
        names = ", ".join(server.name for server in servers)
        problems.append(
            Problem(
                out_of_service_key or key,
                f"would take every UMS server out of service ({names}): the site would serve no device; "
                "keep at least one in service",
            )
        )
    for name in _duplicates([server.name for server in servers]):
        problems.append(Problem(key, f"server names must be unique, but {name!r} appears more than once"))
    for address in _duplicates(list(addresses.values())):
        problems.append(Problem(key, f"server addresses must be unique, but {str(address)!r} appears more than once"))
    return problems, addresses


def _at(where: str, field: str) -> str:
    return f"{where}.{field}" if where else field


def check_one_of(value: object, key: str, allowed: Sequence[str]) -> list[Problem]:
    if is_unresolved(value) or value in allowed:
        return []
    return [Problem(key, f"must be one of {_list(allowed)}, but {value!r} was given")]


def check_protocol(value: object, key: str) -> list[Problem]:
    return check_one_of(value, key, PROTOCOLS)


def check_bool(value: object, key: str) -> list[Problem]:
    if isinstance(value, bool):
        return []
    return [Problem(key, f"must be true or false, but {value!r} was given")]


def check_service(service: UmsService, where: str = "") -> list[Problem]:
    """One service; ``where`` prefixes the field names (``services[0]``)."""
    return [
        *check_short_name(service.name, _at(where, "name")),
        *check_int_range(service.port, _at(where, "port"), *PORTS),
        *check_protocol(service.protocol, _at(where, "protocol")),
        *check_bool(service.use_client_ip, _at(where, "use_client_ip")),
        *(
            check_int_range(
                service.idle_timeout_seconds, _at(where, "idle_timeout_seconds"), *IDLE_TIMEOUT_SECONDS, "seconds"
            )
            if service.idle_timeout_seconds is not None
            else []
        ),
    ]


def check_services(services: Sequence[UmsService], key: str) -> list[Problem]:
    problems: list[Problem] = []
    if not services:
        problems.append(Problem(key, "must list at least one service, but none were given"))
    for index, service in enumerate(services):
        problems += check_service(service, f"{key}[{index}]")
    for name in _duplicates([service.name for service in services]):
        problems.append(Problem(key, f"service names must be unique, but {name!r} appears more than once"))
    for port in _duplicates([service.port for service in services]):
        problems.append(
            Problem(key, f"service ports must be unique on the one VIP, but {port!r} appears more than once")
        )
    return problems


def check_persistence_mask(value: object, key: str) -> list[Problem]:
    if is_unresolved(value):
        return []
    allowed = "an IPv4 netmask such as '255.255.255.255'"
    if not isinstance(value, str):
        return [Problem(key, f"must be {allowed}, but {value!r} was given")]
    try:
        ipaddress.IPv4Network(f"0.0.0.0/{value}")
        ipaddress.IPv4Address(value)
    except ValueError:
        return [Problem(key, f"must be {allowed}, but {value!r} was given")]
    return []


def check_monitor_receive(value: object, key: str) -> list[Problem]:
    if is_unresolved(value):
        return []
    if not isinstance(value, str) or not value or any(char in value for char in "\r\n"):
        return [
            Problem(
                key, f"must be a non-empty one-line string to find in the health check's body, but {value!r} was given"
            )
        ]
    return []


def check_object_names(
    prefix: str, servers: Sequence[UmsServer], services: Sequence[UmsService], key: str
) -> list[Problem]:
    """The prefix must make valid, unique NetScaler names and Terraform ids."""
    if is_unresolved(prefix):
        return [Problem(key, "must be known at synthesis time (a plain string), but a token was given")]
    if not isinstance(prefix, str) or not naming.NETSCALER_NAME_PATTERN.fullmatch(prefix):
        return [
            Problem(
                key,
                "must start with a letter, digit or '_' and hold only letters, digits, '_', '-', '.', ':', "
                f"but {prefix!r} was given",
            )
        ]
    names = [naming.monitor_name(prefix), naming.persistence_group_name(prefix)]
    names += [naming.server_name(prefix, server.name) for server in servers]
    for service in services:
        names += [naming.service_group_name(prefix, service.name), naming.vserver_name(prefix, service.name)]
    too_long = [name for name in names if len(name) > naming.NETSCALER_NAME_MAX]
    problems = [
        Problem(
            key,
            f"makes the NetScaler name {name!r} longer than {naming.NETSCALER_NAME_MAX} characters; "
            "shorten the prefix or the names",
        )
        for name in too_long
    ]
    # Distinct name pairs only: a repeated name is reported by its own rule.
    pairs = {(service.name, server.name) for service in services for server in servers}
    member_ids = [naming.LogicalIds.member(service, server) for service, server in sorted(pairs)]
    for logical_id in _duplicates(member_ids):
        problems.append(
            Problem(
                key,
                f"the service and server names together make the Terraform id {logical_id!r} twice; rename one of them",
            )
        )
    return problems


def check_existing_names(
    names: naming.ObjectNames, servers: Sequence[UmsServer], services: Sequence[UmsService], key: str
) -> list[Problem]:
    """The names of existing objects: each for a server or service the cluster has, valid on the appliance,
    and no name twice within one kind of object (the appliance keeps one namespace per kind)."""
    problems: list[Problem] = []
    server_names = [server.name for server in servers]
    service_names = [service.name for service in services]
    for kind, mapping, known, what in (
        ("servers", names.servers, server_names, "UMS server"),
        ("service_groups", names.service_groups, service_names, "service"),
        ("vservers", names.vservers, service_names, "service"),
    ):
        for role, name in mapping.items():
            where = f"{key}.{kind}.{role}"
            if role not in known:
                problems.append(Problem(where, f"names no {what} of this site; its {what}s are: {_list(known)}"))
            problems += _check_appliance_name(name, where)
        for name in _duplicates([name for name in mapping.values() if isinstance(name, str)]):
            problems.append(Problem(f"{key}.{kind}", f"names {name!r} for more than one object"))
    for attribute in ("monitor", "persistence_group"):
        value = getattr(names, attribute)
        if value is not None:
            problems += _check_appliance_name(value, f"{key}.{attribute}")
    return problems


def _check_appliance_name(value: object, key: str) -> list[Problem]:
    if not isinstance(value, str) or not naming.APPLIANCE_NAME_PATTERN.fullmatch(value) or value != value.rstrip():
        return [
            Problem(key, f"must be a name the appliance takes, {naming.APPLIANCE_NAME_RULE}, but {value!r} was given")
        ]
    return []


def check_cluster(
    *,
    servers: Sequence[UmsServer],
    services: Sequence[UmsService],
    vip: str,
    snip: str | None,
    persistence_timeout_minutes: int,
    persistence_mask: str,
    persistence_group: bool,
    monitor_receive: str,
    monitor_port: int,
    object_name_prefix: str,
    keys: ClusterKeys = ClusterKeys(),
) -> list[Problem]:
    """All rules of one load-balanced UMS cluster."""
    problems, server_addresses = check_servers(servers, keys.servers, keys.out_of_service)
    problems += check_services(services, keys.services)
    found, vip_address = check_ip_address(vip, keys.vip)
    problems += found
    found, snip_interface = check_snip(snip, keys.snip)
    problems += found
    problems += check_int_range(
        persistence_timeout_minutes, keys.persistence_timeout_minutes, *PERSISTENCE_TIMEOUT_MINUTES, "minutes"
    )
    problems += check_persistence_mask(persistence_mask, keys.persistence_mask)
    problems += check_bool(persistence_group, keys.persistence_group)
    problems += check_monitor_receive(monitor_receive, keys.monitor_receive)
    problems += check_int_range(monitor_port, keys.monitor_port, *PORTS)
    problems += check_object_names(object_name_prefix, servers, services, keys.object_name_prefix)

    if vip_address is not None:
        for index, address in server_addresses.items():
            if address == vip_address:
                problems.append(
                    Problem(
                        keys.vip,
                        f"must differ from every UMS server address, "
                        f"but {vip!r} is also {keys.servers}[{index}].address",
                    )
                )
        if snip_interface is not None and snip_interface.ip == vip_address:
            problems.append(Problem(keys.vip, f"must differ from the SNIP, but {vip!r} is also {keys.snip}"))
    if snip_interface is not None:
        for index, address in server_addresses.items():
            if address == snip_interface.ip:
                problems.append(
                    Problem(
                        keys.snip,
                        f"must differ from every UMS server address, "
                        f"but {snip!r} is also {keys.servers}[{index}].address",
                    )
                )
        usip_services = [service.name for service in services if service.use_client_ip is True]
        if usip_services:
            outside = [
                f"{keys.servers}[{index}].address {str(address)!r}"
                for index, address in server_addresses.items()
                if address not in snip_interface.network
            ]
            if outside:
                problems.append(
                    Problem(
                        keys.snip,
                        f"services {_list(usip_services)} use Use Client IP, "
                        "so every UMS server must sit in the SNIP's "
                        f"subnet {snip_interface.network} (the SNIP is their gateway back to the clients), but "
                        f"{_list(outside)} {'is' if len(outside) == 1 else 'are'} outside it",
                    )
                )
    return problems


_UMS_VERSION: Final = re.compile(r"(\d{1,2})\.(\d{2})(?:\.(\d{3}))?")


def parse_ums_version(value: str) -> tuple[int, int, int] | None:
    """``"12.07.100"`` -> ``(12, 7, 100)``; ``"6.10"`` -> ``(6, 10, 0)``; None when not a UMS version."""
    match = _UMS_VERSION.fullmatch(value)
    if match is None:
        return None
    return int(match[1]), int(match[2]), int(match[3] or 0)


def check_ums_version(value: object, key: str) -> list[Problem]:
    if isinstance(value, str) and parse_ums_version(value) is not None:
        return []
    return [Problem(key, f"must be a UMS version such as '12.07.100' or '6.10', but {value!r} was given")]


def check_igel_os(value: object, key: str) -> list[Problem]:
    """The IGEL OS generations a site serves: a non-empty list of 11 and 12, each once."""
    allowed = "a list of the IGEL OS generations the site serves, 11 and 12, such as [11, 12] or [12]"
    if (
        not isinstance(value, list | tuple)
        or not value
        or any(isinstance(item, bool) or item not in IGEL_OS_GENERATIONS for item in value)
        or len(set(value)) != len(value)
    ):
        return [Problem(key, f"must be {allowed}, but {value!r} was given")]
    return []


def check_site_name(value: object, key: str) -> list[Problem]:
    if not isinstance(value, str) or not SITE_NAME_PATTERN.fullmatch(value):
        return [Problem(key, f"site names must be 1 to 20 of a-z, 0-9 and '-', but {value!r} was given")]
    return []


def check_fqdn(value: object, key: str) -> list[Problem]:
    allowed = "a fully qualified DNS name such as 'igelrmserver.corp.example'"
    if not isinstance(value, str):
        return [Problem(key, f"must be {allowed}, but {value!r} was given")]
    labels = value.removesuffix(".").split(".")
    valid = _is_dns_name(value) and len(labels) >= 2 and not labels[-1].isdigit()
    return [] if valid else [Problem(key, f"must be {allowed}, but {value!r} was given")]


def _is_dns_name(value: str) -> bool:
    """At most 253 characters of dot-separated labels (letters, digits, inner '-'); a trailing dot is fine."""
    name = value.removesuffix(".")
    return len(name) <= 253 and all(_DNS_LABEL.fullmatch(label) for label in name.split("."))


def check_partition(value: object, key: str) -> list[Problem]:
    """An admin partition's name: a NetScaler name (DOMAIN.md, "A production NetScaler")."""
    if isinstance(value, str) and naming.NETSCALER_NAME_PATTERN.fullmatch(value):
        return []
    return [
        Problem(
            key,
            f"must be a NetScaler partition name (an ASCII letter, digit or '_', then those, '.', ':' or '-', at "
            f"most {naming.NETSCALER_NAME_MAX}), but {value!r} was given",
        )
    ]


def check_ha_nodes(value: object, key: str) -> list[Problem]:
    """An HA pair's nodes: the NSIPs of its two nodes, two different IP addresses."""
    allowed = "two different IP addresses, the NSIPs of the HA pair's nodes"
    if not isinstance(value, list) or len(value) != 2:
        shown = f"{len(value)} values" if isinstance(value, list) else repr(value)
        return [Problem(key, f"must be {allowed}, but {shown} {'were' if isinstance(value, list) else 'was'} given")]
    problems = []
    for index, node in enumerate(value):
        try:
            ipaddress.ip_address(node if isinstance(node, str) else "")
        except ValueError:
            problems.append(
                Problem(f"{key}[{index}]", f"must be an IP address (a node's NSIP), but {node!r} was given")
            )
    if not problems and ipaddress.ip_address(value[0]) == ipaddress.ip_address(value[1]):
        problems.append(Problem(key, f"must be {allowed}, but {value[0]!r} was given twice"))
    return problems


def check_endpoint(  # noqa: PLR0911  (one return per rule, in the order they must be checked)
    value: object, key: str, *, allow_plain_http: bool, allow_key: str
) -> list[Problem]:
    """The NITRO endpoint: ``https://host[:port]`` and nothing more. User info is refused first, so no
    other message ever shows a password (and :class:`~ums_ha.errors.Problem` masks it anyway)."""
    allowed = "an https:// URL of the NetScaler's NITRO API, such as 'https://192.0.2.2'"
    if not isinstance(value, str):
        return [Problem(key, f"must be {allowed}, but {value!r} was given")]
    if has_user_info(value):
        return [
            Problem(
                key,
                f"must not hold a user name or password ({mask_url_credentials(value)!r} was given): "
                "the provider reads NS_LOGIN and NS_PASSWORD from the environment",
            )
        ]
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018  (raises ValueError for a port that is not a number in range)
    except ValueError:
        return [Problem(key, f"must be {allowed}, but {value!r} was given")]
    if parts.scheme == "http" and not allow_plain_http:
        return [
            Problem(
                key,
                f"must use https: the NITRO login travels in request headers; {value!r} was given "
                f"(set {allow_key} = true to accept plain http anyway)",
            )
        ]
    if parts.scheme not in ("https", "http") or not parts.hostname:
        return [Problem(key, f"must be {allowed}, but {value!r} was given")]
    if parts.path or parts.query or parts.fragment or value.endswith(("?", "#")):
        base = f"{parts.scheme}://{parts.netloc}"
        return [
            Problem(
                key,
                f"must be the appliance's address without a path, query or fragment (the provider adds "
                f"/nitro/v1/ itself): {base!r}, but {value!r} was given",
            )
        ]
    return []


def endpoint_host(value: str) -> str:
    """The appliance an endpoint names: its host, case-folded (an IP address in its normal form)."""
    host = (urlsplit(value).hostname or "").lower()
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        return host.removesuffix(".")


# SQL Server (the UMS database) ------------------------------------------------

#: A regular SQL Server identifier without the ``@``/``#``/``$`` forms (variables,
#: temporary objects), which also passes the mssql provider's own check.
_SQL_IDENTIFIER: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,127}")
_SQL_IDENTIFIER_RULE: Final = "1 to 128 characters: a letter or '_', then letters, digits or '_'"
_SYSTEM_DATABASES: Final = frozenset({"master", "model", "msdb", "tempdb"})
#: ``dbo`` is refused by its own rule, with IGEL's reason.
_SYSTEM_SCHEMAS: Final = frozenset({"sys", "guest", "information_schema"})
_SYSTEM_LOGINS: Final = frozenset({"sa", "dbo", "guest", "public", "sys", "information_schema"})
_COLLATION: Final = re.compile(r"[A-Za-z0-9_]{1,128}")


@dataclass(frozen=True)
class DatabaseKeys:
    """Where each database setting lives, for messages. Default: construct prop names."""

    server: str = "server"
    port: str = "port"
    name: str = "name"
    login: str = "login"
    schema: str = "schema"
    permissions: str = "permissions"
    always_on: str = "always_on"
    collation: str = "collation"
    engine: str = "engine"
    standby_servers: str = "standby_servers"
    sslmode: str = "sslmode"
    admin_superuser: str = "admin_superuser"
    password_version: str = "password_version"  # noqa: S105  (a key's name)


def check_sql_identifier(value: object, key: str, *, reserved: frozenset[str] = frozenset()) -> list[Problem]:
    if is_unresolved(value):
        return []
    if not isinstance(value, str) or not _SQL_IDENTIFIER.fullmatch(value):
        return [Problem(key, f"must be {_SQL_IDENTIFIER_RULE}, but {value!r} was given")]
    if value.lower() in reserved:
        built_in = _list(sorted(reserved))
        return [Problem(key, f"must not be a built-in SQL Server name ({built_in}), but {value!r} was given")]
    return []


def check_host(value: object, key: str, allowed: str) -> list[Problem]:
    """A host name or an IP address; ``allowed`` says what, for the message."""
    if is_unresolved(value):
        return []
    if isinstance(value, str):
        try:
            ipaddress.ip_address(value)
        except ValueError:
            if _is_dns_name(value):
                return []
        else:
            return []
    return [Problem(key, f"must be {allowed}, but {value!r} was given")]


def check_sql_host(value: object, key: str) -> list[Problem]:
    return check_host(value, key, "a SQL Server host name, listener name or IP address, without instance or port")


def check_database(
    *,
    server: object,
    port: object,
    name: object,
    login: object,
    schema: object,
    permissions: object,
    always_on: object,
    collation: object,
    keys: DatabaseKeys = DatabaseKeys(),
) -> list[Problem]:
    """Every rule of the UMS database settings (see :class:`~ums_ha.database.sqlserver.UmsDatabaseSpec`)."""
    problems = check_sql_host(server, keys.server)
    problems += check_int_range(port, keys.port, *PORTS)
    problems += check_sql_identifier(name, keys.name, reserved=_SYSTEM_DATABASES)
    problems += check_sql_identifier(login, keys.login, reserved=_SYSTEM_LOGINS)
    if schema is not None:
        if isinstance(schema, str) and schema.lower() == "dbo":
            problems.append(
                Problem(keys.schema, "must not be 'dbo': IGEL requires a dedicated schema for the UMS tables")
            )
        else:
            problems += check_sql_identifier(schema, keys.schema, reserved=_SYSTEM_SCHEMAS)
    problems += check_one_of(permissions, keys.permissions, list(PERMISSION_SETS))
    problems += check_bool(always_on, keys.always_on)
    if collation is not None and (not isinstance(collation, str) or not _COLLATION.fullmatch(collation)):
        problems.append(
            Problem(
                keys.collation,
                f"must be a SQL Server collation name such as 'Latin1_General_CI_AS', but {collation!r} was given",
            )
        )
    return problems


def check_password_reference(value: str | None, key: str, variable: str) -> list[Problem]:
    """A password prop: None (a new sensitive variable ``variable``) or a reference, never a literal."""
    if value is None or is_unresolved(value):
        return []
    return [
        Problem(
            key,
            "must be a reference to a sensitive variable or secret, not a literal "
            "(a literal would be written into cdktf.out); leave it out to get the "
            f"sensitive variable {variable}",
        )
    ]


def check_firmware_path(value: object, key: str) -> list[Problem]:
    """A URL path: starting with ``/``, no query, fragment, whitespace or control character."""
    if isinstance(value, str) and value.startswith("/") and not re.search(r"[\s?#\x00-\x1f]", value):
        return []
    return [
        Problem(
            key,
            "must be a firmware file's path on the firmware port, starting with '/' (such as "
            f"'/ums_filetransfer/<firmware>/<file>'), without spaces, '?' or '#', but {value!r} was given",
        )
    ]


# PostgreSQL (the UMS database) -----------------------------------------------------

#: Names PostgreSQL takes without quotes, so the UMS's unquoted SQL finds them: it folds those to lowercase.
_POSTGRESQL_IDENTIFIER: Final = re.compile(r"[a-z_][a-z0-9_]{0,62}")
_POSTGRESQL_IDENTIFIER_RULE: Final = (
    "1 to 63 characters: a lowercase letter or '_', then lowercase letters, digits or '_' "
    "(PostgreSQL folds unquoted names to lowercase)"
)
_POSTGRESQL_SYSTEM_DATABASES: Final = frozenset({"postgres", "template0", "template1"})
_POSTGRESQL_SYSTEM_SCHEMAS: Final = frozenset({"public", "information_schema"})
_POSTGRESQL_SYSTEM_ROLES: Final = frozenset({"postgres", "public"})


def check_postgresql_identifier(value: object, key: str, *, reserved: frozenset[str]) -> list[Problem]:
    if is_unresolved(value):
        return []
    if not isinstance(value, str) or not _POSTGRESQL_IDENTIFIER.fullmatch(value):
        return [Problem(key, f"must be {_POSTGRESQL_IDENTIFIER_RULE}, but {value!r} was given")]
    if value in reserved or value.startswith("pg_"):
        built_in = _list(sorted(reserved))
        return [Problem(key, f"must not be a built-in PostgreSQL name ({built_in} or pg_*), but {value!r} was given")]
    return []


def check_postgresql_host(value: object, key: str) -> list[Problem]:
    return check_host(value, key, "a PostgreSQL host name or IP address, without port")


def check_standby_servers(value: object, key: str, *, server: object, port: object) -> list[Problem]:
    """Each ``host`` or ``host:port``; none the primary itself, none twice."""
    allowed = "a list of standby servers, each 'host' or 'host:port'"
    if not isinstance(value, (list, tuple)) or not all(isinstance(item, str) for item in value):
        return [Problem(key, f"must be {allowed}, but {value!r} was given")]
    problems: list[Problem] = []
    default_port = port if isinstance(port, int) and not isinstance(port, bool) else 5432
    seen = {(str(server).lower(), default_port)}
    for index, item in enumerate(value):
        where = f"{key}[{index}]"
        try:
            host, item_port = split_host_port(item, default_port)
        except ValueError:
            problems.append(
                Problem(where, f"must be 'host' or 'host:port' with a numeric port, but {item!r} was given")
            )
            continue
        found = check_postgresql_host(host, where) or check_int_range(item_port, where, *PORTS)
        if found:
            problems += found
        elif (host.lower(), item_port) in seen:
            problems.append(
                Problem(where, f"must name another server than the primary and the other standbys: {item!r}")
            )
        seen.add((host.lower(), item_port))
    return problems


def check_postgresql_database(
    *,
    server: object,
    port: object,
    name: object,
    login: object,
    schema: object,
    permissions: object,
    standby_servers: object,
    sslmode: object,
    admin_superuser: object,
    password_version: object,
    keys: DatabaseKeys = DatabaseKeys(),
) -> list[Problem]:
    """Every rule of the UMS database on PostgreSQL (see ``ums_ha.database.postgresql.UmsPostgresqlDatabaseSpec``)."""
    problems = check_postgresql_host(server, keys.server)
    problems += check_int_range(port, keys.port, *PORTS)
    problems += check_postgresql_identifier(name, keys.name, reserved=_POSTGRESQL_SYSTEM_DATABASES)
    problems += check_postgresql_identifier(login, keys.login, reserved=_POSTGRESQL_SYSTEM_ROLES)
    if schema is not None:
        problems += check_postgresql_identifier(schema, keys.schema, reserved=_POSTGRESQL_SYSTEM_SCHEMAS)
    problems += check_one_of(permissions, keys.permissions, POSTGRESQL_PERMISSIONS)
    problems += check_standby_servers(standby_servers, keys.standby_servers, server=server, port=port)
    if sslmode is not None:
        problems += check_one_of(sslmode, keys.sslmode, SSL_MODES)
    problems += check_bool(admin_superuser, keys.admin_superuser)
    problems += check_int_range(password_version, keys.password_version, *PASSWORD_VERSIONS)
    return problems


# DNS (the A record) -------------------------------------------------------------


@dataclass(frozen=True)
class DnsKeys:
    """Where each DNS setting lives, for messages. Default: construct prop names."""

    zone: str = "zone"
    dns_name: str = "dns_name"
    ttl: str = "ttl"
    address: str = "address"


def check_dns_server(value: object, key: str) -> list[Problem]:
    return check_host(
        value,
        key,
        "the host name or IP address of the DNS server that takes the updates, without port "
        "(for GSS-TSIG its host name, so the Kerberos SPN matches)",
    )


def check_dns_record(
    *, zone: object, dns_name: object, ttl: object, address: object, keys: DnsKeys = DnsKeys()
) -> list[Problem]:
    """Every rule of the A record (see :class:`~ums_ha.constructs.UmsDnsRecord`)."""
    problems = check_int_range(ttl, keys.ttl, *TTL_SECONDS, "seconds")
    problems += check_ip_address(address, keys.address)[0]
    if isinstance(address, str) and ":" in address and not is_unresolved(address):
        problems.append(Problem(keys.address, f"must be an IPv4 address for an A record, but {address!r} was given"))
    references = [(key, value) for key, value in ((keys.zone, zone), (keys.dns_name, dns_name)) if is_unresolved(value)]
    if references:
        return problems + [
            Problem(key, f"must be a literal name, not a reference ({value!r}): the record's name is derived from it")
            for key, value in references
        ]
    problems += check_fqdn(dns_name, keys.dns_name)
    allowed_zone = "a DNS zone written with its trailing dot, such as 'corp.example.'"
    if not isinstance(zone, str) or not zone.endswith(".") or zone == "." or not _is_dns_name(zone):
        problems.append(Problem(keys.zone, f"must be {allowed_zone}, but {zone!r} was given"))
    elif isinstance(dns_name, str) and _is_dns_name(dns_name) and not zone_contains(zone, dns_name):
        problems.append(
            Problem(
                keys.zone,
                f"must be the zone of {keys.dns_name} {dns_name!r} or a parent of it, "
                f"but {zone!r} was given: the record would land outside the zone the server updates",
            )
        )
    return problems
