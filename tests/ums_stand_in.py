"""Real HTTP servers on 127.0.0.1 standing in for UMS servers: check-status and firmware files.

Each answers ``/ums/check-status`` with a status JSON and HEAD/GET of firmware
paths with 200 or 404, and can be told to fail: 500s (the first N or always), a
delay, or TLS with a certificate of the tests' own CA.
"""

from __future__ import annotations

import json
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest


@dataclass
class Behaviour:
    status: str = "ok"
    files: set[str] = field(default_factory=set)
    fail_first: int = 0
    """Answer this many requests with 500 before behaving."""
    always_fail: bool = False
    delay_seconds: float = 0.0
    requests: list[tuple[str, str]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    """The headers of every request, in order (to show that no credential arrived)."""
    in_flight: int = 0
    max_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _answer(self, method: str) -> None:
        behaviour = self.server.behaviour
        with behaviour.lock:
            behaviour.requests.append((method, self.path))
            behaviour.headers.append(dict(self.headers.items()))
            behaviour.in_flight += 1
            behaviour.max_in_flight = max(behaviour.max_in_flight, behaviour.in_flight)
            failing = behaviour.always_fail or behaviour.fail_first > 0
            behaviour.fail_first = max(0, behaviour.fail_first - 1)
        try:
            time.sleep(behaviour.delay_seconds)
            if failing:
                code, body = 500, b"internal error"
            elif self.path == "/ums/check-status":
                code, body = 200, json.dumps({"status": behaviour.status}).encode()
            elif self.path.lstrip("/") in behaviour.files:
                code, body = 200, b"firmware"
            else:
                code, body = 404, b"not found"
        finally:
            # Before the answer goes out: once the client has it, it may send its next request at once,
            # and counting this one still would make more requests look in flight than the client sent.
            with behaviour.lock:
                behaviour.in_flight -= 1
        self.send_response(code)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if method == "GET":
            self.wfile.write(body)

    def do_GET(self) -> None:
        self._answer("GET")

    def do_HEAD(self) -> None:
        self._answer("HEAD")


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, behaviour: Behaviour, host: str, port: int) -> None:
        super().__init__((host, port), _Handler)
        self.behaviour = behaviour


@dataclass
class StandIn:
    behaviour: Behaviour
    base_url: str
    server: _Server


def start(
    behaviour: Behaviour | None = None, tls: ssl.SSLContext | None = None, *, host: str = "127.0.0.1", port: int = 0
) -> StandIn:
    """A stand-in on ``host:port`` (port 0: any free one); other 127.x addresses give UMS servers on one port."""
    behaviour = behaviour or Behaviour()
    server = _Server(behaviour, host, port)
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    # A short poll: shutdown() waits for the loop to look, 0.5 s by default, at every test's end.
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    scheme = "https" if tls is not None else "http"
    return StandIn(behaviour, f"{scheme}://{host}:{server.server_address[1]}", server)


@pytest.fixture
def stand_ins() -> Iterator[list[StandIn]]:
    """Start servers with ``stand_ins.append(start(...))``; all are stopped afterwards."""
    started: list[StandIn] = []
    yield started

    def stop(stand_in: StandIn) -> None:
        stand_in.server.shutdown()
        stand_in.server.server_close()

    # Each shutdown waits up to half a second for its server's loop: all at once, not one after another.
    with ThreadPoolExecutor(max_workers=max(1, len(started))) as pool:
        list(pool.map(stop, started))


@dataclass(frozen=True)
class LocalCa:
    ca_file: Path
    server_context: ssl.SSLContext


@pytest.fixture(scope="session")
def test_ca(tmp_path_factory: pytest.TempPathFactory) -> LocalCa:
    """A CA of the tests' own and a certificate for 127.0.0.1 it signed, made by openssl."""
    work = tmp_path_factory.mktemp("ca")

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=work, check=True, capture_output=True, timeout=60)  # noqa: S607

    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=ums-ha test CA",
            "-keyout", "ca.key", "-out", "ca.pem")  # fmt: skip
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout", "server.key",
            "-out", "server.csr")  # fmt: skip
    (work / "ext.cnf").write_text("subjectAltName=IP:127.0.0.1\n")
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
            "-days", "2", "-extfile", "ext.cnf", "-out", "server.pem")  # fmt: skip
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(work / "server.pem", work / "server.key")
    return LocalCa(work / "ca.pem", context)
