"""A DNS server of the tests' own: UDP on 127.0.0.1, answering A queries from a table (dnspython messages).

Unknown names get NXDOMAIN; every query is recorded, so tests can see who asked what.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import dns.message
import dns.rcode
import dns.rdatatype
import dns.rrset
import pytest


@dataclass
class DnsStandIn:
    port: int
    records: dict[str, list[str]] = field(default_factory=dict)
    """Name (without the trailing dot, lowercase) -> its A records."""
    queries: list[str] = field(default_factory=list)


def _serve(sock: socket.socket, server: DnsStandIn, stop: threading.Event) -> None:
    sock.settimeout(0.02)  # how soon the server sees stop: at every test's end
    while not stop.is_set():
        try:
            data, client = sock.recvfrom(4096)
        except TimeoutError:
            continue
        except OSError:
            return
        query = dns.message.from_wire(data)
        question = query.question[0]
        name = question.name.to_text().rstrip(".").lower()
        server.queries.append(name)
        response = dns.message.make_response(query)
        if name not in server.records:
            response.set_rcode(dns.rcode.NXDOMAIN)
        elif question.rdtype == dns.rdatatype.A and server.records[name]:
            response.answer.append(dns.rrset.from_text_list(question.name, 300, "IN", "A", server.records[name]))
        sock.sendto(response.to_wire(), client)


@pytest.fixture
def dns_server() -> Iterator[DnsStandIn]:
    """A DNS server on 127.0.0.1 (a free UDP port); tests fill ``records``."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    server = DnsStandIn(port=sock.getsockname()[1])
    stop = threading.Event()
    thread = threading.Thread(target=_serve, args=(sock, server, stop), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        stop.set()
        thread.join(timeout=2)
        sock.close()
