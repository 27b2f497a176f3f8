"""A NITRO stand-in: a real HTTP server on 127.0.0.1 answering GET /nitro/v1/config/<type>[/<name>] and
GET /nitro/v1/stat/<type>/<name> from data.

It answers as NITRO documents: ``{"errorcode": 0, "message": "Done", "<type>": [...]}``, an
object or binding list filtered by the parent's name, a singleton (``nsconfig``) as one object,
the read options of DOMAIN.md (``?filter=prop:value[,prop:value]``, exact and AND; ``?attrs=p1,p2``;
every binding of one type with ``?bulkbindings=yes`` (a binding type without a parent and without
it is refused here, so that a reader listing every binding shows); all of one parent's bindings as
``<parent>_binding/<name>``),
``errorcode`` 258 for no such resource,
401 without the ``X-NITRO-USER``/``X-NITRO-PASS`` login. Every request is recorded (method,
path), so tests can assert that only GETs arrived.

Sessions and admin partitions, as the appliance has them (DOMAIN.md, "A production NetScaler"):
``POST config/login`` answers a ``NITRO_AUTH_TOKEN`` cookie; ``POST config/nspartition?action=Switch``
moves the session into a partition of :attr:`Appliance.partitions` (each an Appliance of its own
objects); a GET with the cookie reads the session's partition, a GET with the login headers the default
one; after :attr:`Appliance.session_lifetime` reads a session is expired (HTTP 401, errorcode 444);
``POST config/logout`` ends it. Every other POST is refused; on a node whose :attr:`Appliance.ha_role` is
``secondary`` a write is refused with NITRO error 1028 or, with ``secondary_writes = "lose"``, answered as
done and thrown away, as the next HA sync throws it away (which of the two NITRO does is not known).

Command policies (DOMAIN.md, "Least-privilege users"): with :attr:`Appliance.policies` set, every call but the
login and the logout is checked in its CLI form (:mod:`nitro_cli`), the first matching policy decides and none
denies: HTTP 403, NITRO error 2138, the command in brackets.

Faults, as a busy or failing-over appliance gives them: the ``fail_at``-th request is answered with
HTTP 503 (``fault = "503"``) or its connection is closed without an answer (``fault = "drop"``).
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
from nitro_cli import BINDING_PARENT_KEYS, NAME_KEYS, cli_form, decide

#: ``<parent>_binding/<name>``: the binding types it gathers, and the key naming the parent in its answer.
PARENT_BINDINGS = {
    "lbvserver_binding": ("name", ("lbvserver_servicegroup_binding", "lbvserver_service_binding")),
    "servicegroup_binding": (
        "servicegroupname",
        ("servicegroup_servicegroupmember_binding", "servicegroup_lbmonitor_binding"),
    ),
}


def _options(query: str) -> dict[str, str]:
    options = {}
    for part in query.split("&"):
        if "=" in part:
            key, value = part.split("=", 1)
            options[key] = unquote(value)
    return options


def _filtered(items: list[dict[str, Any]], options: dict[str, str]) -> list[dict[str, Any]]:
    for condition in options["filter"].split(",") if "filter" in options else []:
        key, value = condition.split(":", 1)
        items = [item for item in items if str(item.get(key, "")) == value]
    if "attrs" in options:
        wanted = options["attrs"].split(",")
        items = [{key: item[key] for key in wanted if key in item} for item in items]
    return items


@dataclass
class Appliance:
    login: str = "nsroot"
    password: str = "Canary-Nitro-Pass-71d2"  # noqa: S105  (the stand-in's own password)
    config: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    stats: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """Statistics by type (``lbvserver``, ``servicegroup``), each with its ``name`` or ``servicegroupname``."""
    singletons: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Objects NITRO returns as one object, not a list (``nsconfig``)."""
    stat_singletons: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Statistics of the whole appliance (``stat/hanode``: ``hacurmasterstate``, the HA error counters)."""
    requests: list[tuple[str, str]] = field(default_factory=list)
    fail_at: int | None = None
    """The request (1 = the first) that meets :attr:`fault`; None: every request is answered."""
    fault: str = "503"
    delay_seconds: float = 0.0
    """Added to every answer: the round trip to an appliance across the network."""
    lock: threading.Lock = field(default_factory=threading.Lock)
    partitions: dict[str, Appliance] = field(default_factory=dict)
    """The admin partitions besides the default one (this appliance's own objects), by name."""
    session_lifetime: int | None = None
    """Reads a session serves before it expires; None: it does not."""
    sessions: dict[str, list[Any]] = field(default_factory=dict)
    """Token -> [partition name or None for the default, reads left or None]."""
    logins: int = 0
    ha_role: str | None = None
    """``primary`` or ``secondary`` for a node of an HA pair; None: a standalone appliance."""
    secondary_writes: str = "refuse"
    """On a secondary: ``refuse`` (NITRO error 1028) or ``lose`` (done, then thrown away)."""
    lost_writes: list[tuple[str, str]] = field(default_factory=list)
    denied: dict[str, str] = field(default_factory=dict)
    """GET paths (their start) a command policy denies, with the CLI form of the command NITRO names: HTTP 403,
    NITRO error 2138 "Not authorized to execute this command [<command>]"."""
    policies: list[tuple[str, str]] | None = None
    """The command policies of the user logging in, (ALLOW or DENY, regex) by priority: every call but login and
    logout is checked in its CLI form (:mod:`nitro_cli`), the first match decides, none denies (HTTP 403, 2138).
    None: the user may do anything (nsroot)."""
    commands: list[str] = field(default_factory=list)
    """The CLI form of every call checked against :attr:`policies`, allowed or not."""

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
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
        if not self._denied(body):
            self._write()

    def _denied(self, body: dict[str, Any] | None) -> bool:
        """Answer 403 (NITRO error 2138, the command) when a command policy denies this call."""
        appliance = self.server.appliance
        command = next((command for start, command in appliance.denied.items() if self.path.startswith(start)), None)
        if command is None and appliance.policies is not None:
            form = cli_form(self.command, self.path, body)
            if form is not None:
                with appliance.lock:
                    appliance.commands.append(form)
                command = None if decide(form, appliance.policies) else form
        if command is None:
            return False
        message = f"Not authorized to execute this command [{command}]"
        self._send(403, {"errorcode": 2138, "message": message, "severity": "ERROR"})
        return True

    def _write(self) -> None:
        """A write: the stand-in keeps none; a secondary refuses it with 1028, or takes it and loses it."""
        appliance = self.server.appliance
        if appliance.ha_role == "secondary" and appliance.secondary_writes == "lose":
            appliance.lost_writes.append((self.command, self.path))
            self._send(201, {"errorcode": 0, "message": "Done", "severity": "NONE"})
        elif appliance.ha_role == "secondary":
            message = "You are connected to a secondary node; configuration changes made here are lost at the next sync"
            self._send(400, {"errorcode": 1028, "message": message, "severity": "ERROR"})
        else:
            self._send(405, {"errorcode": 1, "message": "the stand-in takes GET, login, switch and logout only"})

    do_PUT = do_DELETE = do_PATCH = _refuse  # noqa: N815

    def _token(self) -> str | None:
        for part in (self.headers.get("Cookie") or "").split(";"):
            name, _, value = part.strip().partition("=")
            if name == "NITRO_AUTH_TOKEN":
                return value
        return None

    def do_POST(self) -> None:
        appliance = self.server.appliance
        with appliance.lock:
            appliance.requests.append(("POST", self.path))
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
        path, query = urlsplit(self.path).path, urlsplit(self.path).query
        token = self._token()
        if self._denied(body):
            return
        if path == "/nitro/v1/config/login":
            login = body.get("login", {})
            if (login.get("username"), login.get("password")) != (appliance.login, appliance.password):
                self._send(401, {"errorcode": 354, "message": "Invalid username or password"})
                return
            with appliance.lock:
                appliance.logins += 1
                token = f"token-{appliance.logins}"
                appliance.sessions[token] = [None, appliance.session_lifetime]
            body_out = json.dumps({"errorcode": 0, "message": "Done", "sessionid": token}).encode()
            self.send_response(201)
            self.send_header("Set-Cookie", f"NITRO_AUTH_TOKEN={token}; path=/nitro/v1")
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body_out)))
            self.end_headers()
            self.wfile.write(body_out)
        elif path not in ("/nitro/v1/config/nspartition", "/nitro/v1/config/logout"):
            self._write()
        elif token not in appliance.sessions:
            self._send(401, {"errorcode": 444, "message": "Session expired or killed. Please login again"})
        elif path == "/nitro/v1/config/nspartition" and query == "action=Switch":
            name = body.get("nspartition", {}).get("partitionname")
            if name not in appliance.partitions:
                self._send(404, {"errorcode": 2757, "message": "Partition does not exist"})
                return
            appliance.sessions[token][0] = name
            self._send(200, {"errorcode": 0, "message": "Done"})
        elif path == "/nitro/v1/config/logout":
            del appliance.sessions[token]
            self._send(201, {"errorcode": 0, "message": "Done"})
        else:
            self._write()  # another nspartition action

    def _partition(self) -> Appliance | None:
        """The objects this GET reads: its session's partition, or with the login headers the default one;
        None (answered) when it may read nothing."""
        appliance = self.server.appliance
        token = self._token()
        if token is not None:
            with appliance.lock:
                session = appliance.sessions.get(token)
                if session is not None and session[1] is not None:
                    session[1] -= 1
                    if session[1] < 0:
                        del appliance.sessions[token]
                        session = None
            if session is None:
                self._send(401, {"errorcode": 444, "message": "Session expired or killed. Please login again"})
                return None
            return appliance if session[0] is None else appliance.partitions[session[0]]
        if (self.headers.get("X-NITRO-USER"), self.headers.get("X-NITRO-PASS")) != (
            appliance.login,
            appliance.password,
        ):
            self._send(401, {"errorcode": 354, "message": "Invalid username or password"})
            return None
        return appliance

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
        time.sleep(appliance.delay_seconds)
        data = self._partition()
        if data is None:
            return
        if self._denied(None):
            return
        parts = [unquote(part) for part in urlsplit(self.path).path.split("/") if part]
        if parts[:3] == ["nitro", "v1", "stat"] and len(parts) == 4 and parts[3] in data.stat_singletons:
            self._send(200, {"errorcode": 0, "message": "Done", parts[3]: data.stat_singletons[parts[3]]})
        elif parts[:3] == ["nitro", "v1", "stat"] and len(parts) == 5:
            self._stat(data, parts[3], parts[4])
        elif parts[:3] == ["nitro", "v1", "config"] and len(parts) in (4, 5):
            self._config(data, parts[3], parts[4] if len(parts) == 5 else None, _options(urlsplit(self.path).query))
        else:
            self._send(404, {"errorcode": 1, "message": "not a config URL"})

    def _stat(self, appliance: Appliance, object_type: str, name: str) -> None:
        stats = appliance.stats.get(object_type, [])
        found = [item for item in stats if name in (item.get("name"), item.get("servicegroupname"))]
        if not found:
            self._send(404, {"errorcode": 258, "message": "No such resource"})
        else:
            self._send(200, {"errorcode": 0, "message": "Done", "severity": "NONE", object_type: found})

    def _config(self, appliance: Appliance, object_type: str, name: str | None, options: dict[str, str]) -> None:
        document: dict[str, Any] = {"errorcode": 0, "message": "Done", "severity": "NONE"}
        if object_type in PARENT_BINDINGS and name is not None:
            key, binding_types = PARENT_BINDINGS[object_type]
            gathered: dict[str, Any] = {key: name}
            for binding_type in binding_types:
                found = [
                    item
                    for item in appliance.config.get(binding_type, [])
                    if item.get(BINDING_PARENT_KEYS[binding_type]) == name
                ]
                if found:
                    gathered[binding_type] = found
            self._send(200, {**document, object_type: [gathered]})
            return
        if object_type in BINDING_PARENT_KEYS and name is None and options.get("bulkbindings") != "yes":
            self._send(
                400, {"errorcode": 1, "message": "the stand-in lists bindings by parent or with bulkbindings=yes"}
            )
            return
        if object_type in appliance.singletons and name is None:
            self._send(200, {**document, object_type: appliance.singletons[object_type]})
            return
        items = appliance.config.get(object_type, [])
        if name is not None:
            key = BINDING_PARENT_KEYS.get(object_type) or NAME_KEYS.get(object_type, "name")
            items = [item for item in items if item.get(key) == name]
            if not items and object_type not in BINDING_PARENT_KEYS:
                self._send(404, {"errorcode": 258, "message": "No such resource"})
                return
        items = _filtered(items, options)
        self._send(200, {**document, object_type: items} if items else document)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, appliance: Appliance, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__((host, port), _Handler)
        self.appliance = appliance


@dataclass
class RunningAppliance:
    appliance: Appliance
    endpoint: str


@contextlib.contextmanager
def serving(appliance: Appliance, host: str = "127.0.0.1", port: int = 0) -> Iterator[RunningAppliance]:
    """``appliance`` answering on ``host:port`` (port 0: a free one) until the block ends: an HA pair's nodes are
    two of them on other 127.x addresses and the endpoint's port."""
    server = _Server(appliance, host, port)
    # A short poll: shutdown() waits for the loop to look, 0.5 s by default, at every test's end.
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield RunningAppliance(appliance, f"http://{host}:{server.server_address[1]}")
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def nitro() -> Iterator[RunningAppliance]:
    """An empty appliance on 127.0.0.1; tests fill ``appliance.config``."""
    with serving(Appliance()) as running:
        yield running


def add_other_applications(
    appliance: Appliance, *, vservers: int = 1500, servers: int = 1500, lbgroups: int = 300
) -> None:
    """What the rest of a shared production NetScaler holds: other applications' vservers (on their own VIPs,
    each with a service group, a member and a monitor), servers and persistence groups over their vservers."""
    for index in range(servers):
        appliance.add(
            "server", name=f"app-srv-{index}", ipaddress=f"172.16.{index // 250}.{index % 250 + 1}", state="ENABLED"
        )
    for index in range(vservers):
        vserver, group = f"app-vs-{index}", f"app-sg-{index}"
        address = f"172.20.{index // 250}.{index % 250 + 1}"
        appliance.add("lbvserver", name=vserver, ipv46=address, port=443, servicetype="SSL", persistencetype="NONE")
        appliance.add("servicegroup", servicegroupname=group, servicetype="SSL", usip="NO")
        appliance.add("lbvserver_servicegroup_binding", name=vserver, servicegroupname=group)
        appliance.add("servicegroup_lbmonitor_binding", servicegroupname=group, monitor_name="https-ecv")
        appliance.add(
            "servicegroup_servicegroupmember_binding",
            servicegroupname=group,
            servername=f"app-srv-{index % servers}",
            ip=f"172.16.{(index % servers) // 250}.{(index % servers) % 250 + 1}",
            port=443,
        )
    for index in range(lbgroups):
        appliance.add("lbgroup", name=f"app-pg-{index}", persistencetype="SOURCEIP", timeout=2)
        for member in range(index * 5, index * 5 + 5):
            appliance.add(
                "lbgroup_lbvserver_binding", name=f"app-pg-{index}", vservername=f"app-vs-{member % vservers}"
            )
