"""The network side of ``ums-ha verify``: DNS answers, TCP connections, TLS verdicts and HTTP answers.

Each probe is bounded by a timeout, retried on faults only (never on an answer), and
sends no credential. Each returns what it found or the fault as text, never raises.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Final, TypeVar

import dns.exception
import dns.message
import dns.query
import dns.rcode
import dns.rdatatype

from ums_ha.domain.rules import is_ip_address
from ums_ha.verify.settings import BACKOFF_SECONDS

#: OpenSSL's verify results for a self-signed certificate (alone, or at the top of the chain).
_SELF_SIGNED: Final = frozenset({18, 19})
_HOSTNAME_MISMATCH: Final = 62

_T = TypeVar("_T")


def with_retries(attempt: Callable[[], _T | None], retries: int) -> _T | None:
    """``attempt()`` until it gives something (not None), at most ``retries`` more times, with backoff."""
    for number in range(retries + 1):
        if number:
            time.sleep(BACKOFF_SECONDS * 2 ** (number - 1))
        found = attempt()
        if found is not None:
            return found
    return None


@dataclass(frozen=True)
class Addresses:
    """The IPv4 addresses a name resolved to, or why it did not."""

    found: tuple[str, ...] = ()
    fault: str = ""


def resolve_system(name: str, timeout_seconds: float) -> Addresses:
    """``name``'s IPv4 addresses from the system's resolver (``/etc/hosts``, the configured servers)."""
    outcome: list[Addresses] = []

    def lookup() -> None:
        try:
            infos = socket.getaddrinfo(name, None, socket.AF_INET, socket.SOCK_STREAM)
        except OSError as error:
            outcome.append(Addresses(fault=f"does not resolve ({error.strerror or error})"))
            return
        outcome.append(Addresses(tuple(sorted({str(info[4][0]) for info in infos}))))

    # getaddrinfo has no timeout of its own.
    worker = threading.Thread(target=lookup, daemon=True)
    worker.start()
    worker.join(timeout_seconds)
    return outcome[0] if outcome else Addresses(fault=f"no answer from the system's resolver in {timeout_seconds:g} s")


def resolve_at(name: str, server: str, port: int, *, timeout_seconds: float, retries: int) -> Addresses:
    """``name``'s A records as ``server`` itself answers (asked directly, over UDP, no recursion wanted)."""
    try:
        address = server if is_ip_address(server) else socket.getaddrinfo(server, port, socket.AF_INET)[0][4][0]
    except OSError as error:
        return Addresses(fault=f"the DNS server {server} does not resolve ({error.strerror or error})")
    query = dns.message.make_query(name, dns.rdatatype.A)

    def ask() -> Addresses | None:
        try:
            answer = dns.query.udp(query, str(address), timeout=timeout_seconds, port=port)
        except (dns.exception.Timeout, OSError):
            return None
        except dns.exception.DNSException as error:
            return Addresses(fault=f"a bad answer from {server}: {error}")
        if answer.rcode() == dns.rcode.NXDOMAIN:
            return Addresses(fault=f"{server} says the name does not exist (NXDOMAIN)")
        if answer.rcode() != dns.rcode.NOERROR:
            return Addresses(fault=f"{server} answers {dns.rcode.to_text(answer.rcode())}")
        found = {item.address for rrset in answer.answer if rrset.rdtype == dns.rdatatype.A for item in rrset}
        return Addresses(tuple(sorted(found)))

    found = with_retries(ask, retries)
    return found or Addresses(fault=f"no answer from {server}:{port} in {timeout_seconds:g} s")


def tcp_open(host: str, port: int, *, timeout_seconds: float, retries: int) -> str:
    """``""`` when ``host:port`` accepts a connection, else why not."""
    faults: list[str] = []

    def connect() -> str | None:
        try:
            with socket.create_connection((host, port), timeout=timeout_seconds):
                return ""
        except OSError as error:
            faults.append(_fault(error, timeout_seconds))
            return None

    opened = with_retries(connect, retries)
    return "" if opened is not None else faults[-1]


def _fault(error: OSError, timeout_seconds: float) -> str:
    if isinstance(error, TimeoutError | socket.timeout):
        return f"no answer in {timeout_seconds:g} s"
    if isinstance(error, ConnectionRefusedError):
        return "connection refused"
    return str(error.strerror or error)


class TlsOutcome(Enum):
    VALID = "valid"
    SELF_SIGNED = "self-signed"
    NAME_MISMATCH = "name mismatch"
    UNTRUSTED = "untrusted"
    FAULT = "fault"


@dataclass(frozen=True)
class TlsVerdict:
    outcome: TlsOutcome
    detail: str


def tls_verdict(
    address: str, port: int, server_name: str, *, ca_bundle: Path | None, timeout_seconds: float, retries: int
) -> TlsVerdict:
    """The certificate ``address:port`` presents for ``server_name`` (SNI), checked for that name and its chain."""
    context = ssl.create_default_context()
    if ca_bundle is not None:
        context.load_verify_locations(cafile=str(ca_bundle))

    def handshake() -> TlsVerdict | None:
        try:
            with (
                socket.create_connection((address, port), timeout=timeout_seconds) as raw,
                context.wrap_socket(raw, server_hostname=server_name) as tls,
            ):
                return TlsVerdict(TlsOutcome.VALID, f"valid for {server_name} ({tls.version()})")
        except ssl.SSLCertVerificationError as error:
            code = error.verify_code
            if code == _HOSTNAME_MISMATCH:
                return TlsVerdict(TlsOutcome.NAME_MISMATCH, f"not valid for {server_name}: {error.verify_message}")
            if code in _SELF_SIGNED:
                return TlsVerdict(TlsOutcome.SELF_SIGNED, f"a self-signed certificate ({error.verify_message})")
            return TlsVerdict(TlsOutcome.UNTRUSTED, f"not trusted: {error.verify_message}")
        except ssl.SSLError as error:
            return TlsVerdict(TlsOutcome.FAULT, f"no TLS handshake: {error.reason or error}")
        except OSError:
            return None

    found = with_retries(handshake, retries)
    return found or TlsVerdict(
        TlsOutcome.FAULT, tcp_open(address, port, timeout_seconds=timeout_seconds, retries=0) or "no TLS handshake"
    )


@dataclass(frozen=True)
class HttpAnswer:
    status: int | None
    body: bytes = b""
    fault: str = ""

    def describe(self) -> str:
        return f"HTTP {self.status}" if self.status is not None else self.fault


def http_request(
    scheme: str,
    address: str,
    port: int,
    path: str,
    *,
    method: str = "GET",
    host: str | None = None,
    timeout_seconds: float,
    retries: int,
) -> HttpAnswer:
    """One request to ``address:port`` with ``host`` as the Host header and TLS server name (default: the address).

    TLS here is not verified: these requests read a status or test a file, carry no secret, and
    the certificate has a check of its own (:func:`tls_verdict`).
    """
    name = host or address
    faults: list[str] = []

    def request() -> HttpAnswer | None:
        connection = http.client.HTTPConnection(address, port, timeout=timeout_seconds)
        try:
            connection.sock = raw = socket.create_connection((address, port), timeout=timeout_seconds)
            if scheme == "https":
                context = ssl.create_default_context()
                context.check_hostname = False
                context.verify_mode = ssl.CERT_NONE
                connection.sock = context.wrap_socket(raw, server_hostname=name)
            connection.request(method, path, headers={"Host": f"{name}:{port}"})
            response = connection.getresponse()
            body = response.read() if method == "GET" else b""
        except (OSError, http.client.HTTPException) as error:
            faults.append(_fault(error, timeout_seconds) if isinstance(error, OSError) else str(error))
            return None
        finally:
            connection.close()  # the socket too, also when the handshake failed
        if response.status >= 500:
            faults.append(f"HTTP {response.status}")
            return None
        return HttpAnswer(response.status, body)

    found = with_retries(request, retries)
    return found or HttpAnswer(None, fault=faults[-1] if faults else "no answer")
