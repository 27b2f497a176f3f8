"""The firmware step (``patch_after_apply``) cut halfway is run again by the next deploy, and the journal and
the firmware rows end consistent: real ``ums-ha firmware-hosts --apply`` from the synthesized step, run by
Terraform core, against the tests' PostgreSQL and UMS stand-ins on 127.0.0.1 and 127.0.0.2.

The deploy is the ``terraform_data`` model of the whole stack (:mod:`deploy_model`); the step in it is the
synthesized one, command and working folder as written. It is cut while its transaction waits on a row
this test holds locked: after one row was updated, the command is killed.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy
from appliance_model import new_state, write_state
from conftest import synth_text
from deploy_model import write_configuration
from firmware_db import ROWS, hosts
from sqlalchemy.engine import Engine
from terraform_cli import terraform
from test_firmware_hosts_cli import (  # the UMS login with its canary password, as the command's tests have it
    ALL_PATHS,
    CANARY_PASSWORD,
    DNS_NAME,
    credentials,  # noqa: F401  (a fixture)
    two_servers,
    ums_role,  # noqa: F401  (a fixture)
)
from test_firmware_hosts_settings import site_on_loopback
from ums_stand_in import Behaviour, StandIn

pytestmark = [pytest.mark.slow, pytest.mark.runtime]

WORKER = Path(__file__).resolve().parent / "terraform_worker.py"
STEP = "terraform_data.terraform_data__firmware_hosts"


def _site(port: int, engine: Engine) -> str:
    """The loopback site of the firmware-hosts settings tests, with the step after the deploy."""
    return site_on_loopback(engine, port) + "patch_after_apply = true\n"  # its last table is [firmware_hosts]


def _descendants(pid: int) -> list[int]:
    """Every process under ``pid`` (Linux ``/proc``)."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        for child in (task / "children").read_text().split():
            found += [int(child), *_descendants(int(child))]
    return found


def _command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _waiting_on_the_lock(engine: Engine) -> bool:
    with engine.connect() as connection:
        waiting = connection.execute(
            sqlalchemy.text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = :database AND wait_event_type = 'Lock'"
            ),
            {"database": engine.url.database},
        ).scalar_one()
    return bool(waiting)


def _run_order(path: Path) -> tuple[str, int]:
    """``firmware-hosts-<time>.json`` before ``firmware-hosts-<time>-2.json`` (by name, "-2" would sort first)."""
    stamp, _, number = path.stem.removeprefix("firmware-hosts-").partition("-")
    return stamp, int(number or 1)


def _journals(project: Path) -> list[dict[str, object]]:
    """Every journal in the order the runs wrote them (two runs may start within one second)."""
    return [json.loads(path.read_text()) for path in sorted(project.glob("firmware-hosts-*.json"), key=_run_order)]


@pytest.mark.usefixtures("credentials")
def test_a_firmware_step_killed_mid_transaction_is_run_again_by_the_next_deploy(
    engine: Engine, stand_ins: list[StandIn], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = two_servers(stand_ins, Behaviour(files=ALL_PATHS), Behaviour(files=ALL_PATHS))
    project = tmp_path / "project"
    project.mkdir()
    (project / "ums-ha.toml").write_text(_site(port, engine), encoding="utf-8")  # the step reads it there
    stack = synth_text(_site(port, engine), project)["ums-ha-prod"]
    stack_dir = project / "cdktf.out" / "stacks" / "ums-ha-prod"
    (stack_dir / "cdk.tf.json").unlink()  # the model takes its place in the stack's folder
    appliance = stack_dir / "appliance.json"
    write_state(appliance, new_state())
    write_configuration(stack_dir, stack, appliance, removed=set())
    monkeypatch.setenv("PATH", f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")  # ums-ha
    before = hosts(engine)

    holder = engine.connect()
    transaction = holder.begin()
    holder.execute(sqlalchemy.text('SELECT 1 FROM igelums."FWU_FIRMWARES" WHERE "ID" = 2 FOR UPDATE'))
    command = [sys.executable, str(WORKER), str(stack_dir), "apply", "-auto-approve", "-input=false"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as deploy:
        try:
            deadline = time.monotonic() + 120
            while not _waiting_on_the_lock(engine):
                assert deploy.poll() is None, deploy.communicate()
                assert time.monotonic() < deadline, "the firmware step never reached its transaction"
                time.sleep(0.1)
            # The ums-ha process itself, not the shell local-exec starts it with.
            [step] = [
                pid
                for pid in _descendants(deploy.pid)
                if "firmware-hosts" in _command_line(pid) and not _command_line(pid).startswith("/bin/sh")
            ]
            os.kill(step, signal.SIGKILL)  # row 1 updated, row 2 waiting: killed mid-transaction
        finally:
            transaction.rollback()
            holder.close()
        output, errors = deploy.communicate(timeout=120)
    assert deploy.returncode == 1, output + errors
    assert "local-exec provisioner error" in errors

    assert hosts(engine) == before  # the transaction died with the command: no row changed
    [cut] = _journals(project)
    assert cut["status"] == "pending"  # it says it never committed

    result = terraform("apply", "-auto-approve", "-input=false", cwd=stack_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{STEP}: Creation complete" in result.stdout  # run again: the cut one was tainted
    assert hosts(engine) == {row[0]: DNS_NAME for row in ROWS}
    first, second = _journals(project)
    assert (first["status"], second["status"]) == ("pending", "committed")
    assert first["changes"] == second["changes"]
    assert [(change["id"], change["old"], change["new"]) for change in second["changes"]] == [  # type: ignore[attr-defined]
        (row[0], {"host": row[2]}, {"host": DNS_NAME}) for row in ROWS
    ]
    plan = terraform("plan", "-detailed-exitcode", "-input=false", cwd=stack_dir)
    assert plan.returncode == 0, plan.stdout + plan.stderr
    for path in project.rglob("*"):
        if path.is_file() and path.suffix in (".json", ".tfstate", ".toml"):
            assert CANARY_PASSWORD not in path.read_text()
