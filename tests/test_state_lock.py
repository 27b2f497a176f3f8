"""Two deploys of one site at once: the second refuses on the state lock, or waits for it, and never
interleaves its writes with the first's. Run with Terraform core on the ``terraform_data`` model of the
synthesized stack (:mod:`deploy_model`) in the stack's own backend: the local state file ums-ha writes
into the project directory, and the pg backend on the tests' PostgreSQL server."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from appliance_model import new_state, read_state, write_state
from conftest import Stack, site_text, synth_text
from deploy_model import write_configuration
from postgres_server import PostgresServer
from terraform_cli import terraform

pytestmark = [pytest.mark.slow, pytest.mark.runtime_json]

WORKER = Path(__file__).resolve().parent / "terraform_worker.py"
PG_BACKEND = '[sites.prod.backend]\ntype = "pg"\nschema_name = "ums_ha_prod"\n'
#: The runtime only synthesizes these here (runtime_json): test_two_runtimes compares their JSON on both runtimes.
SITE_FILES = {"local": site_text(), "pg": site_text(extra=PG_BACKEND)}


def _stack_dirs(project: Path, stack: Stack, count: int) -> list[Path]:
    """``count`` copies of the synthesized stack's folder, each a model of it in the same backend (the same
    relative state path), as two pipelines' checkouts of one deployment would be."""
    directories = []
    for index in range(count):
        directory = project / f"checkout-{index}" / "cdktf.out" / "stacks" / "ums-ha-prod"
        directory.mkdir(parents=True)
        appliance = directory / "appliance.json"
        state = new_state()
        state["latency"] = 1.0 if index == 0 else 0.0  # the first deploy holds the lock a while
        write_state(appliance, state)
        write_configuration(directory, stack, appliance, removed=set(), backend=True)
        directories.append(directory)
    return directories


@contextmanager
def _first_deploy(directory: Path, environ: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    """The first deploy, in a process of its own, once it has started writing (and so holds the lock)."""
    command = [sys.executable, str(WORKER), str(directory), "apply", "-auto-approve", "-input=false"]
    with subprocess.Popen(
        command, env=environ, cwd=directory, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        deadline = time.monotonic() + 60
        while read_state(directory / "appliance.json")["writes"] == 0:
            if process.poll() is not None or time.monotonic() > deadline:
                output, errors = process.communicate()
                pytest.fail(f"the first deploy never started writing:\n{output}{errors}")
            time.sleep(0.05)
        yield process


def _init(directory: Path) -> None:
    result = terraform("init", "-input=false", cwd=directory)
    assert result.returncode == 0, result.stderr


def _check_one_at_a_time(first: Path, second: Path, environ: dict[str, str]) -> None:
    """The first deploy holds the lock; the second refuses at once (``-lock-timeout=0s``, Terraform's default),
    then, told to wait, starts only after the first has finished and so finds nothing left to do."""
    for directory in dict.fromkeys((first, second)):
        _init(directory)
    with _first_deploy(first, environ) as process:
        refused = terraform("apply", "-auto-approve", "-input=false", "-lock-timeout=0s", cwd=second)
        assert refused.returncode == 1
        assert "Error acquiring the state lock" in refused.stderr
        assert "Creating..." not in refused.stdout
        waited = terraform("apply", "-auto-approve", "-input=false", "-lock-timeout=120s", cwd=second)
        saved_when_it_ran = read_state(first / "appliance.json")["saved"]
        output, errors = process.communicate(timeout=120)
    assert process.returncode == 0, output + errors
    assert waited.returncode == 0, waited.stderr
    assert saved_when_it_ran  # the first had finished, save included, before the second went on
    assert "No changes." in waited.stdout
    assert "Creating..." not in waited.stdout


def test_a_second_deploy_in_the_same_project_refuses_or_waits_for_the_first(tmp_path: Path) -> None:
    """Local state (the default): two ``cdktf deploy`` or ``terraform apply`` runs in one project folder."""
    stack = synth_text(SITE_FILES["local"], tmp_path / "project")["ums-ha-prod"]
    assert stack["terraform"]["backend"] == {"local": {"path": "../../../terraform.ums-ha-prod.tfstate"}}
    (directory,) = _stack_dirs(tmp_path / "pipelines", stack, 1)
    _check_one_at_a_time(directory, directory, dict(os.environ))
    assert (directory / "../../../terraform.ums-ha-prod.tfstate").resolve().is_file()


def test_a_second_deploy_on_the_pg_backend_refuses_or_waits_for_the_first(
    tmp_path: Path, postgres: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A remote backend: two pipelines' checkouts of one deployment repository, one state on the server."""
    stack = synth_text(SITE_FILES["pg"], tmp_path / "project")["ums-ha-prod"]
    assert stack["terraform"]["backend"] == {"pg": {"schema_name": "ums_ha_prod"}}
    connection = (
        f"postgres://{postgres.admin_user}:{postgres.admin_password}@{postgres.host}:{postgres.port}/postgres"
        "?sslmode=disable"
    )
    monkeypatch.setenv("PG_CONN_STR", connection)
    first, second = _stack_dirs(tmp_path / "pipelines", stack, 2)
    _check_one_at_a_time(first, second, dict(os.environ))
