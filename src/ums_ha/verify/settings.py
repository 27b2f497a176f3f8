"""The settings of ``ums-ha verify`` and their defaults and bounds."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from ums_ha.domain.dns import DEFAULT_DNS_PORT

#: The groups of checks ``--skip`` can leave out, in the order the checklist shows them.
SECTIONS: Final = ("dns", "vip", "servers", "appliance", "firmware")

DEFAULT_TIMEOUT_SECONDS: Final = 5.0
MAX_TIMEOUT_SECONDS: Final = 60.0
DEFAULT_RETRIES: Final = 1
MAX_RETRIES: Final = 10
DEFAULT_CONCURRENCY: Final = 16
MAX_CONCURRENCY: Final = 64
#: Wait before the first retry, doubled for each next one.
BACKOFF_SECONDS: Final = 0.2


@dataclass(frozen=True)
class VerifySettings:
    timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS
    """Per DNS query, connection, handshake or request. Default: 5 s."""
    retries: int = DEFAULT_RETRIES
    """Further tries after a connection error, a timeout or a 5xx answer. Default: 1."""
    concurrency: int = DEFAULT_CONCURRENCY
    """Checks at once. Default: 16."""
    ca_bundle: Path | None = None
    """PEM file of CAs to trust besides the system's, for the certificate through the VIP. Default: none."""
    dns_server: str | None = None
    """Resolve ``dns_name`` by asking this server. Default: the system's resolver."""
    dns_port: int = DEFAULT_DNS_PORT
    """Port of the site's ``[dns]`` server (and of ``dns_server`` unless it names one). Default: 53."""
    dns_server_port: int = DEFAULT_DNS_PORT
    """Port of ``dns_server``. Default: ``dns_port``."""
    firmware_path: str | None = None
    """A firmware file's path on the firmware port. Default: the site's ``[firmware_hosts] firmware_path``."""
    skip: frozenset[str] = frozenset()
    """Sections of :data:`SECTIONS` not to check. Default: none."""
