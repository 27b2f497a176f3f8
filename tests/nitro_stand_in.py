"""A NITRO stand-in: a real HTTP server on 127.0.0.1 answering GET /nitro/v1/config/<type>[/<name>] and
GET /nitro/v1/stat/<type>/<name> from data.

It answers as NITRO documents: ``{"errorcode": 0, "message": "Done", "<type>": [...]}``, an
object or binding list filtered by the parent's name, a singleton (``nsconfig``) as one object,
``errorcode`` 258 for no such resource,
401 without the ``X-NITRO-USER``/``X-NITRO-PASS`` login. Every request is recorded (method,
path), so tests can assert that only GETs arrived.

Faults, as a busy or failing-over appliance gives them: the ``fail_at``-th request is answered with
HTTP 503 (``fault = "503"``) or its connection is closed without an answer (``fault = "drop"``).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

#: The key naming an object's parent in each binding type NITRO lists by parent.
PARENT_KEYS = {
    "lbvserver_servicegroup_binding": "name",
    "lbvserver_service_binding": "name",
    "servicegroup_servicegroupmember_binding": "servicegroupname",
    "servicegroup_lbmonitor_binding": "servicegroupname",
    "lbgroup_lbvserver_binding": "name",
}
NAME_KEYS = {"servicegroup": "servicegroupname", "lbmonitor": "monitorname", "nsip": "ipaddress"}


@dataclass
class Appliance:
    login: str = "nsroot"
    password: str = "Canary-Nitro-Pass-71d2"  # noqa: S105  (the stand-in's own password)
    config: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    stats: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """Statistics by type (``lbvserver``, ``servicegroup``), each with its ``name`` or ``servicegroupname``."""
    singletons: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Objects NITRO returns as one object, not a list (``nsconfig``)."""
    requests: list[tuple[str, str]] = field(default_factory=list)
    fail_at: int | None = None
    """The request (1 = the first) that meets :attr:`fault`; None: every request is answered."""
    fault: str = "503"
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, object_type: str, **attributes: Any) -> None:
        self.config.setdefault(object_type, []).append(attributes)


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, code: int, document: dict[str, Any]) -> None:
        body = json.dumps(document).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _refuse(self) -> None:
        with self.server.appliance.lock:
            self.server.appliance.requests.append((self.command, self.path))
        self._send(405, {"errorcode": 1, "message": "the stand-in takes GET only"})

    do_POST = do_PUT = do_DELETE = do_PATCH = _refuse  # noqa: N815

    def _faulted(self) -> bool:
        """Record the request; answer it with the appliance's fault, if this is the one to fail."""
        appliance = self.server.appliance
        with appliance.lock:
            appliance.requests.append(("GET", self.path))
            faulty = len(appliance.requests) == appliance.fail_at
        if faulty and appliance.fault == "drop":
            self.close_connection = True  # no status line, no body: the client sees the connection close
        elif faulty:
            self._send(503, {"errorcode": 1, "message": "Service Unavailable", "severity": "ERROR"})
        return faulty

    def do_GET(self) -> None:
        appliance = self.server.appliance
        if self._faulted():
            return
        if (self.headers.get("X-NITRO-USER"), self.headers.get("X-NITRO-PASS")) != (
            appliance.login,
            appliance.password,
        ):
            self._send(401, {"errorcode": 354, "message": "Invalid username or password"})
            return
        parts = [unquote(part) for part in urlsplit(self.path).path.split("/") if part]
        if parts[:3] == ["nitro", "v1", "stat"] and len(parts) == 5:
            found = [
                item
                for item in appliance.stats.get(parts[3], [])
                if parts[4] in (item.get("name"), item.get("servicegroupname"))
            ]
            if not found:
                self._send(404, {"errorcode": 258, "message": "No such resource"})
            else:
                self._send(200, {"errorcode": 0, "message": "Done", "severity": "NONE", parts[3]: found})
            return
        if parts[:3] != ["nitro", "v1", "config"] or len(parts) not in (4, 5):
            self._send(404, {"errorcode": 1, "message": "not a config URL"})
            return
        object_type = parts[3]
        if object_type in appliance.singletons and len(parts) == 4:
            self._send(200, {"errorcode": 0, "message": "Done", object_type: appliance.singletons[object_type]})
            return
        items = appliance.config.get(object_type, [])
        if len(parts) == 5:
            key = PARENT_KEYS.get(object_type) or NAME_KEYS.get(object_type, "name")
            items = [item for item in items if item.get(key) == parts[4]]
            if not items and object_type not in PARENT_KEYS:
                self._send(404, {"errorcode": 258, "message": "No such resource"})
                return
        document: dict[str, Any] = {"errorcode": 0, "message": "Done", "severity": "NONE"}
        if items:
            document[object_type] = items
        self._send(200, document)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, appliance: Appliance) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.appliance = appliance


@dataclass
class RunningAppliance:
    appliance: Appliance
    endpoint: str


@pytest.fixture
def nitro() -> Iterator[RunningAppliance]:
    """An empty appliance on 127.0.0.1; tests fill ``appliance.config``."""
    appliance = Appliance()
    server = _Server(appliance)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield RunningAppliance(appliance, f"http://127.0.0.1:{server.server_address[1]}")
    finally:
        server.shutdown()
        server.server_close()
