"""A real PostgreSQL server for the tests: a private cluster on 127.0.0.1, password authentication.

.ci/run installs the server (apt install postgresql); the tests start and stop their own cluster.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ADMIN_PASSWORD = "Admin-Pg-Pass-4c1e!"  # noqa: S105  (a throwaway test cluster's password)


@dataclass(frozen=True)
class PostgresServer:
    host: str
    port: int
    admin_user: str
    admin_password: str

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


def _binaries() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    assert found, "PostgreSQL is not installed: apt install postgresql (.ci/run does)"
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _as_postgres(command: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root; CI runs as root.
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    bin_dir = _binaries()
    # Not under pytest's tmp_path: its parent is private to root, and the server runs as postgres.
    base = Path(tempfile.mkdtemp(prefix="ums-ha-pg-"))
    data, password_file = base / "data", base / "pw"
    password_file.write_text(ADMIN_PASSWORD)
    if os.geteuid() == 0:
        account = pwd.getpwnam("postgres")
        for path in (base, password_file):
            os.chown(path, account.pw_uid, account.pw_gid)
    user = "ums_ha_admin"
    subprocess.run(
        _as_postgres(
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
        _as_postgres([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(log), "-w", "start"]),
        check=True,
        capture_output=True,
        timeout=120,
    )
    try:
        yield PostgresServer("127.0.0.1", port, user, ADMIN_PASSWORD)
    finally:
        subprocess.run(
            _as_postgres([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            check=False,
            capture_output=True,
            timeout=120,
        )
        shutil.rmtree(base, ignore_errors=True)
