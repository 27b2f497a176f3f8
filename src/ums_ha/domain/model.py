"""Plain values that describe a UMS cluster: servers, services and their defaults."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

#: Service types the appliance accepts for a UMS service group and vserver.
PROTOCOLS: Final = ("TCP", "HTTP", "SSL_BRIDGE")

DEFAULT_PERSISTENCE_TIMEOUT_MINUTES: Final = 5
DEFAULT_PERSISTENCE_MASK: Final = "255.255.255.255"
DEFAULT_MONITOR_RECEIVE: Final = '"ok"'
#: The UMS answers its health check on its web port (DOMAIN.md, "IGEL UMS interfaces").
DEFAULT_MONITOR_PORT: Final = 8443
HEALTH_CHECK_PATH: Final = "/ums/check-status"
DEFAULT_OBJECT_NAME_PREFIX: Final = "ums"
MAX_SERVERS: Final = 32


#: The longest drain ums-ha accepts (a day); the appliance's own limit is not documented here.
MAX_DRAIN_SECONDS = 86400
DEFAULT_DRAIN_SECONDS = 300


@dataclass(frozen=True)
class UmsServer:
    """One UMS server behind the load balancer."""

    name: str
    """Short name, used in NetScaler object names and Terraform ids: a letter, then
    letters, digits, ``_`` or ``-`` (at most 63)."""

    address: str
    """The server's IP address, as the NetScaler reaches it."""

    in_service: bool = True
    """False takes the server out of service (maintenance) without deleting anything: its
    ``citrixadc_server`` is disabled, after ``drain_seconds``. Default: in service."""

    drain_seconds: int = DEFAULT_DRAIN_SECONDS
    """When taken out of service, how long devices with a persistent session may stay on it while new
    ones go to the other servers (NITRO ``delay``), 0..86400. Default: 300, the guide's persistence
    timeout of 5 minutes; how long a UMS needs is not documented, so set what your fleet needs."""

    wait_for_connections: bool = False
    """When taken out of service, whether the appliance also waits for every open connection to close
    (NITRO ``graceful``). Default: no, the drain time alone."""


@dataclass(frozen=True)
class UmsService:
    """One UMS port, load balanced by its own service group and vserver."""

    name: str
    """Short name (``devices``, ``console``, ``firmware``): a letter, then letters,
    digits, ``_`` or ``-`` (at most 63)."""

    port: int
    """TCP port on the VIP and on every UMS server (1..65535)."""

    protocol: str = "TCP"
    """Service type: ``TCP``, ``HTTP`` or ``SSL_BRIDGE``. Default: ``TCP``, as the
    UMS load-balancing guide uses for all three ports."""

    use_client_ip: bool = True
    """Use Client IP (USIP): the UMS sees the device's address. Default: on. Needs the
    UMS servers to route back through the NetScaler (a SNIP as their gateway)."""

    idle_timeout_seconds: int | None = None
    """Seconds an idle connection may stay open, on the client and the server side (the
    service group's ``clttimeout`` and ``svrtimeout``), 0..31536000. Default: not set, so
    the appliance's own default applies. What the long-lived WebSocket connections of
    IGEL OS 12 devices need is not documented by IGEL."""


#: The three UMS ports from the load-balancing guide (DOMAIN.md, "The setup being automated").
DEFAULT_SERVICES: Final[tuple[UmsService, ...]] = (
    UmsService(name="devices", port=30001, protocol="TCP", use_client_ip=True),
    UmsService(name="console", port=8443, protocol="TCP", use_client_ip=False),
    UmsService(name="firmware", port=9080, protocol="TCP", use_client_ip=True),
)

#: IGEL OS generations: 11 devices use 30001 and download firmware over HTTP (9080); 12 devices use only
#: 8443, the Unified Protocol (DOMAIN.md, "UMS 12 and IGEL OS 12").
IGEL_OS_GENERATIONS: Final = (11, 12)
DEFAULT_IGEL_OS: Final = (11, 12)
#: The guide's services by name: OS 11 devices register on the first and download firmware through the second;
#: the console service carries the Console, the Web App and IGEL OS 12 devices.
DEVICES_SERVICE: Final = "devices"
FIRMWARE_SERVICE: Final = "firmware"
CONSOLE_SERVICE: Final = "console"
#: The services OS 11 devices need besides the console service.
OS11_SERVICES: Final = (DEVICES_SERVICE, FIRMWARE_SERVICE)


def default_services(igel_os: tuple[int, ...] | list[int] = DEFAULT_IGEL_OS) -> tuple[UmsService, ...]:
    """The guide's services for the device generations a site serves: with OS 11 devices all three (devices
    30001, console 8443, firmware 9080); for OS 12 devices alone only the console service on 8443, which
    carries the Console, the Web App, the OS 12 devices' Unified Protocol and the UMS update proxy."""
    if 11 in igel_os:
        return DEFAULT_SERVICES
    return tuple(service for service in DEFAULT_SERVICES if service.name == CONSOLE_SERVICE)
