"""Where the DNS name, the UMS servers and the database come from: the site file, stack outputs, or flags."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy.engine import URL

from ums_ha.database.postgresql import DEFAULT_POSTGRESQL_PORT, UmsPostgresqlDatabaseSpec, split_host_port
from ums_ha.database.sqlserver import ENGINES
from ums_ha.domain.model import CONSOLE_SERVICE, FIRMWARE_SERVICE
from ums_ha.errors import Problem, ValidationError
from ums_ha.firmware_hosts.http_settings import HttpSettings
from ums_ha.site.firmware_hosts import (
    DEFAULT_FIRMWARE_PORT,
    DEFAULT_PORTS,
    DEFAULT_STATUS_PORT,
    DRIVERS,
    ENGINE_DRIVERS,
    PASSWORD_ENV,
    STATUS_SCHEMES,
    USERNAME_ENV,
    FirmwareTable,
)
from ums_ha.site.reader import Site


@dataclass(frozen=True)
class Inputs:
    dns_name: str = ""
    servers: tuple[tuple[str, str], ...] = ()
    """(name, address) of each UMS server to ask: those in service."""
    out_of_service: tuple[str, ...] = ()
    """The servers the site file takes out of service: not asked, as they may be stopped for maintenance."""
    firmware_port: int = DEFAULT_FIRMWARE_PORT
    status_port: int = DEFAULT_STATUS_PORT
    driver: str = "mssql"
    database_host: str = ""
    database_port: int | None = None
    standby_hosts: tuple[tuple[str, int], ...] = ()
    """(host, port) of each PostgreSQL standby: the connection goes to whichever is the primary."""
    sslmode: str | None = None
    """PostgreSQL's ``sslmode``; None: libpq's default (``PGSSLMODE``, else ``prefer``)."""
    database_name: str = ""
    database_login: str = ""
    schema: str | None = None
    firmware_table: FirmwareTable = field(default_factory=FirmwareTable)
    """The table and column names (the schema is ``schema``)."""
    status_scheme: str = STATUS_SCHEMES[0]
    http: HttpSettings = field(default_factory=HttpSettings)
    """Timeout, retries, concurrency and the CA bundle of the HTTP checks."""


def from_site(site: Site) -> Inputs:
    """The site's values; its ``[firmware_hosts]`` settings before the services' ports and ``[database]``.

    The driver follows ``[database] engine``. A ``database_host`` of its own replaces the database's
    server and its standbys: the firmware table is then reached some other way.
    """
    settings = site.firmware_hosts
    defaults = HttpSettings()
    status_scheme, status_port = site.status_endpoint()
    inputs = Inputs(
        dns_name=site.dns_name,
        servers=tuple((server.name, server.address) for server in site.ums_servers if server.in_service),
        out_of_service=tuple(server.name for server in site.ums_servers if not server.in_service),
        firmware_port=site.firmware_port(),
        status_port=status_port,
        firmware_table=FirmwareTable(**site.firmware_hosts.table_names()),
        status_scheme=status_scheme,
        driver=settings.database_driver
        or (ENGINE_DRIVERS[site.database.spec.engine] if site.database is not None else Inputs.driver),
        http=HttpSettings(
            timeout_seconds=defaults.timeout_seconds if settings.timeout is None else settings.timeout,
            retries=defaults.retries if settings.retries is None else settings.retries,
            concurrency=settings.concurrency or defaults.concurrency,
            ca_bundle=settings.ca_bundle,
        ),
    )
    if site.database is not None:
        spec = site.database.spec
        inputs = replace(
            inputs,
            database_host=spec.server,
            database_port=spec.port,
            database_name=spec.name,
            database_login=spec.login,
            schema=spec.schema_name,
        )
        if isinstance(spec, UmsPostgresqlDatabaseSpec):
            inputs = replace(inputs, standby_hosts=spec.standby_hosts, sslmode=spec.sslmode)
    if settings.database_host is not None:
        inputs = replace(inputs, database_host=settings.database_host, standby_hosts=())
    if settings.database_port is not None:
        inputs = replace(inputs, database_port=settings.database_port)
    return inputs


def from_outputs(path: Path) -> Inputs:
    """``terraform output -json`` of a site's stack."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ValidationError([Problem("--outputs", f"cannot read {str(path)!r} as JSON: {error}")]) from None
    if not isinstance(document, Mapping):
        raise ValidationError([Problem("--outputs", f"{str(path)!r} is not the output of terraform output -json")])
    values = {name: output.get("value") for name, output in document.items() if isinstance(output, Mapping)}

    def port_of(service: str, default: int) -> int:
        endpoint = (values.get("service_endpoints") or {}).get(service)
        return int(endpoint.rsplit(":", 1)[1]) if isinstance(endpoint, str) and ":" in endpoint else default

    problems = [
        Problem("--outputs", f"{str(path)!r} has no output {name!r}: is it a ums-ha stack's output?")
        for name in ("dns_name", "ums_servers")
        if name not in values
    ]
    if problems:
        raise ValidationError(problems)
    servers, port = values["ums_servers"], values.get("database_port")
    engine, standbys = values.get("database_engine", ENGINES[0]), values.get("database_standby_servers") or []
    if engine not in ENGINE_DRIVERS:
        raise ValidationError([Problem("--outputs", f"output 'database_engine' must be one of {list(ENGINES)}")])
    if not isinstance(standbys, list) or not all(isinstance(item, str) for item in standbys):
        raise ValidationError([Problem("--outputs", "output 'database_standby_servers' must list host:port")])
    if not isinstance(servers, Mapping) or not servers:
        raise ValidationError([Problem("--outputs", f"output 'ums_servers' must map names to addresses: {servers!r}")])
    if port is not None and (isinstance(port, bool) or not isinstance(port, int)):
        raise ValidationError([Problem("--outputs", f"output 'database_port' must be a number: {port!r}")])
    return Inputs(
        dns_name=str(values["dns_name"]),
        servers=tuple((str(name), str(address)) for name, address in servers.items()),
        firmware_port=port_of(FIRMWARE_SERVICE, DEFAULT_FIRMWARE_PORT),
        status_port=port_of(CONSOLE_SERVICE, DEFAULT_STATUS_PORT),
        database_host=str(values.get("database_server") or ""),
        database_port=port,
        driver=ENGINE_DRIVERS[str(engine)],
        standby_hosts=tuple(split_host_port(item, port or DEFAULT_POSTGRESQL_PORT) for item in standbys),
        sslmode=str(values["database_sslmode"]) if values.get("database_sslmode") else None,
        database_name=str(values.get("database_name") or ""),
        database_login=str(values.get("database_login") or ""),
        schema=str(values["database_schema"]) if values.get("database_schema") else None,
    )


def database_url(inputs: Inputs, environ: Mapping[str, str]) -> URL:
    """The SQLAlchemy URL; the password only from ``UMS_DB_PASSWORD`` (``str(url)`` masks it)."""
    problems = []
    if not inputs.database_host:
        problems.append(Problem("--database-host", "is required: no database in the site file or stack outputs"))
    if not inputs.database_name:
        problems.append(Problem("--database-name", "is required: no database in the site file or stack outputs"))
    username = environ.get(USERNAME_ENV) or inputs.database_login
    if not username:
        problems.append(Problem(USERNAME_ENV, "is required: the site file names no database login"))
    if not environ.get(PASSWORD_ENV):
        problems.append(Problem(PASSWORD_ENV, "is required: the password of the database login, from the environment"))
    if problems:
        raise ValidationError(problems)
    port = inputs.database_port or DEFAULT_PORTS[inputs.driver]
    query: dict[str, str | tuple[str, ...]] = {}
    if inputs.driver == "postgresql" and inputs.sslmode is not None:
        query["sslmode"] = inputs.sslmode
    if inputs.driver == "postgresql" and inputs.standby_hosts:
        # libpq tries each host in turn and keeps the one that is the primary (SQLAlchemy's multi-host form).
        hosts = ((inputs.database_host, port), *inputs.standby_hosts)
        query["host"] = tuple(f"{host}:{host_port}" for host, host_port in hosts)
        query["target_session_attrs"] = "primary"
        return URL.create(
            DRIVERS[inputs.driver],
            username=username,
            password=environ[PASSWORD_ENV],
            database=inputs.database_name,
            query=query,
        )
    return URL.create(
        DRIVERS[inputs.driver],
        username=username,
        password=environ[PASSWORD_ENV],
        host=inputs.database_host,
        port=port,
        database=inputs.database_name,
        query=query,
    )
