"""Running ``python main.py`` as the cdktf CLI does, and the canary credentials that must never reach its output."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

#: A value in every credential variable ums-ha's stacks could be tempted to copy into cdktf.out.
CANARY_CREDENTIALS = {
    "NS_LOGIN": "canary-login-4b1d",
    "NS_PASSWORD": "Canary-NS-Pa55w0rd-7f3c",
    "NS_URL": "https://canary-url.invalid",
    # The bundled example has a DNS record: its TSIG and GSS-TSIG credentials stay in the environment too.
    "DNS_UPDATE_KEYNAME": "canary-key-name-6e21.",
    "DNS_UPDATE_KEYSECRET": "Q2FuYXJ5LVRzaWctU2VjcmV0LTZlMjE=",
    "DNS_UPDATE_USERNAME": "canary-dns-user-6e21",
    "DNS_UPDATE_PASSWORD": "Canary-Dns-Pass-6e21!",
    # Sites with [database]: the SQL admin, the UMS login's password, the firmware step's login.
    "MSSQL_USERNAME": "canary-sql-admin-3c7a",
    "MSSQL_PASSWORD": "Canary-Sql-Admin-Pass-3c7a!",
    "PGUSER": "canary-pg-admin-9d2f",
    "PGPASSWORD": "Canary-Pg-Admin-Pass-9d2f!",
    "TF_VAR_ums_database_password": "Canary-Ums-Login-Pass-3c7a!",
    "UMS_DB_PASSWORD": "Canary-Ums-Db-Pass-3c7a!",
}


def run_main_py(
    project: Path, env_extra: dict[str, str], *, code: str | None = None
) -> subprocess.CompletedProcess[str]:
    """``python main.py`` in a project directory, the way ``cdktf synth`` runs it (``python -c code`` instead,
    for code that runs main.py itself)."""
    for item in ("main.py", "cdktf.json"):
        target = project / item
        if not target.exists():
            target.symlink_to(ROOT / item)
    env = {key: value for key, value in os.environ.items() if key != "CDKTF_OUTDIR"}
    env.update(env_extra)
    return subprocess.run(
        [sys.executable, *(["-c", code] if code is not None else ["main.py"])],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def leaked_credentials(outdir: Path, *texts: str) -> list[str]:
    """Every canary found in a file under ``outdir`` or in ``texts``, with where."""
    found = []
    for path in sorted(path for path in outdir.rglob("*") if path.is_file()):
        text = path.read_text(encoding="utf-8", errors="replace")
        found += [f"{name} in {path}" for name, value in CANARY_CREDENTIALS.items() if value in text]
    for text in texts:
        found += [f"{name} in output" for name, value in CANARY_CREDENTIALS.items() if value in text]
    return found
