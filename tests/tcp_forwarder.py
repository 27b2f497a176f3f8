"""A TCP forwarder standing in for the NetScaler VIP: it listens on one address and port and passes each
connection to the next backend that accepts it (round robin), bytes untouched (TLS passes through)."""

from __future__ import annotations

import contextlib
import itertools
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest


def _pipe(source: socket.socket, target: socket.socket) -> None:
    try:
        while chunk := source.recv(65536):
            target.sendall(chunk)
    except OSError:
        pass
    finally:
        for sock in (source, target):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


@dataclass
class Forwarder:
    listener: socket.socket
    backends: list[tuple[str, int]]
    _turn: Iterator[int] = field(default_factory=itertools.count)

    def serve(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._forward, args=(client,), daemon=True).start()

    def _forward(self, client: socket.socket) -> None:
        start = next(self._turn)
        for offset in range(len(self.backends)):
            backend = self.backends[(start + offset) % len(self.backends)]
            try:
                upstream = socket.create_connection(backend, timeout=2)
            except OSError:
                continue
            upstream.settimeout(None)
            other = threading.Thread(target=_pipe, args=(client, upstream), daemon=True)
            other.start()
            _pipe(upstream, client)
            other.join(timeout=5)
            upstream.close()
            break
        client.close()


@pytest.fixture
def forwarders() -> Iterator[list[Forwarder]]:
    """Start with ``forward(forwarders, (host, port), backends)``; all are closed afterwards."""
    started: list[Forwarder] = []
    yield started
    for forwarder in started:
        with contextlib.suppress(OSError):
            forwarder.listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() of its thread
        forwarder.listener.close()


def forward(started: list[Forwarder], listen: tuple[str, int], backends: list[tuple[str, int]]) -> Forwarder:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(listen)
    listener.listen(16)
    forwarder = Forwarder(listener, backends)
    started.append(forwarder)
    threading.Thread(target=forwarder.serve, daemon=True).start()
    return forwarder
