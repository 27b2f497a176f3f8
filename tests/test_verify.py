"""``ums-ha verify`` against real parts on 127.0.0.x: a DNS server, UMS stand-ins (HTTPS with a test CA,
check-status, firmware files), a TCP forwarder as the VIP on 127.0.0.10, a NITRO stand-in.

Every case starts from a healthy lab and breaks one thing; the JSON checklist is read back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from certificates import DNS_NAME, Certificates
from dns_stand_in import DnsStandIn
from markdown_read import read_markdown
from nitro_stand_in import Appliance, RunningAppliance, add_other_applications, serving
from tcp_forwarder import Forwarder, forward
from ums_stand_in import Behaviour, StandIn, start

from ums_ha.cli import main

VIP = "127.0.0.10"
SERVERS = {"ums01": "127.0.0.1", "ums02": "127.0.0.2"}
SERVICES = ("devices", "console", "firmware")
FIRMWARE = "ums_filetransfer/IGEL_OS_11.10.100/lxos.inf"
NS_CANARY = "Canary-NS-Verify-Pass-4e8b"


@dataclass
class Lab:
    tmp_path: Path
    dns: DnsStandIn
    nitro: RunningAppliance
    certificates: Certificates
    stand_ins: list[StandIn]
    forwarders: list[Forwarder]
    ports: dict[str, int] = field(default_factory=dict)
    behaviours: dict[tuple[str, str], Behaviour] = field(default_factory=dict)
    """By (server, service)."""
    servers: dict[tuple[str, str], StandIn] = field(default_factory=dict)

    def config(self, *, extra_site: str = "", endpoint: str | None = None) -> Path:
        servers = "".join(
            f'[[sites.prod.ums_servers]]\nname = "{name}"\naddress = "{address}"\n\n'
            for name, address in SERVERS.items()
        )
        services = "".join(
            f'[[sites.prod.services]]\nname = "{name}"\nport = {self.ports[name]}\nprotocol = "TCP"\n'
            f"use_client_ip = {'false' if name == 'console' else 'true'}\n\n"
            for name in SERVICES
        )
        text = f"""[sites.prod]
dns_name = "{DNS_NAME}"
{extra_site}
[sites.prod.netscaler]
endpoint = "{endpoint or self.nitro.endpoint}"
allow_plain_http = true
vip = "{VIP}"

{servers}{services}[sites.prod.dns]
server = "127.0.0.1"
zone = "corp.example."

[sites.prod.firmware_hosts]
firmware_path = "/{FIRMWARE}"
"""
        path = self.tmp_path / "ums-ha.toml"
        path.write_text(text, encoding="utf-8")
        return path

    def argv(self, *extra: str, config: Path | None = None, ca_bundle: bool = True) -> list[str]:
        return [
            "verify",
            "--config",
            str(config or self.config()),
            "--dns-server",
            "127.0.0.1",
            "--dns-port",
            str(self.dns.port),
            *(["--ca-bundle", str(self.certificates.ca_file)] if ca_bundle else []),
            "--timeout",
            "2",
            "--retries",
            "0",
            *extra,
        ]

    def member(self, service: str, server: str) -> dict[str, Any]:
        bindings = self.nitro.appliance.config["servicegroup_servicegroupmember_binding"]
        return next(
            item
            for item in bindings
            if item["servicegroupname"] == f"ums-prod-sg-{service}" and item["servername"] == f"ums-prod-srv-{server}"
        )

    def stop(self, server: str, service: str) -> None:
        stand_in = self.servers[(server, service)]
        stand_in.server.shutdown()
        stand_in.server.server_close()


def _serve(lab: Lab, service: str, server: str, *, address: str, tls: Any, files: set[str]) -> None:
    behaviour = Behaviour(files=files)
    stand_in = start(behaviour, tls, host=address, port=lab.ports.get(service, 0))
    lab.stand_ins.append(stand_in)
    lab.ports[service] = stand_in.server.server_address[1]
    lab.behaviours[(server, service)] = behaviour
    lab.servers[(server, service)] = stand_in


def build_lab(
    lab: Lab, *, console_tls: str = "named", vip_ports: tuple[str, ...] = SERVICES, files: dict[str, set[str]] | None
) -> Lab:
    contexts = {
        "named": lab.certificates.named,
        "unnamed": lab.certificates.unnamed,
        "self_signed": lab.certificates.self_signed,
    }
    for name, address in SERVERS.items():
        server_files = (files or {}).get(name, {FIRMWARE})
        _serve(lab, "devices", name, address=address, tls=None, files=set())
        _serve(lab, "console", name, address=address, tls=contexts[console_tls], files=set())
        _serve(lab, "firmware", name, address=address, tls=None, files=server_files)
    for service in vip_ports:
        forward(
            lab.forwarders, (VIP, lab.ports[service]), [(address, lab.ports[service]) for address in SERVERS.values()]
        )
    lab.dns.records[DNS_NAME] = [VIP]
    appliance = lab.nitro.appliance
    appliance.login, appliance.password = "nsroot", NS_CANARY
    appliance.singletons["nsconfig"] = {
        "lastconfigchangedtime": "Tue Dec  1 10:00:00 2026",
        "lastconfigsavetime": "Tue Dec  1 10:05:00 2026",
    }
    for service in SERVICES:
        appliance.stats.setdefault("lbvserver", []).append({"name": f"ums-prod-vs-{service}", "state": "UP"})
        appliance.add("servicegroup_lbmonitor_binding", servicegroupname=f"ums-prod-sg-{service}",
                      monitor_name="ums-prod-mon-check-status")  # fmt: skip
        for name, address in SERVERS.items():
            appliance.add(
                "servicegroup_servicegroupmember_binding",
                servicegroupname=f"ums-prod-sg-{service}",
                servername=f"ums-prod-srv-{name}",
                ip=address,
                port=lab.ports[service],
                svrstate="UP",
            )
    return lab


@pytest.fixture
def lab(
    tmp_path: Path,
    *,
    dns_server: DnsStandIn,
    nitro: RunningAppliance,
    certificates: Certificates,
    stand_ins: list[StandIn],
    forwarders: list[Forwarder],
    monkeypatch: pytest.MonkeyPatch,
) -> Lab:
    monkeypatch.setenv("NS_LOGIN", "nsroot")
    monkeypatch.setenv("NS_PASSWORD", NS_CANARY)
    return Lab(tmp_path, dns_server, nitro, certificates, stand_ins, forwarders)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any], str]:
    code = main([*argv, "--format", "json"])
    captured = capsys.readouterr()
    assert NS_CANARY not in captured.out + captured.err
    return code, json.loads(captured.out), captured.err


def by_check(report: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(item["check"], item["target"]): item for item in report["checks"]}


def statuses(report: dict[str, Any]) -> dict[str, set[str]]:
    """Check kind -> the statuses it had."""
    found: dict[str, set[str]] = {}
    for item in report["checks"]:
        found.setdefault(item["check"], set()).add(item["status"])
    return found


def failed(report: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(item["check"], item["target"], item["detail"]) for item in report["checks"] if item["status"] == "fail"]


def test_a_healthy_site_passes_every_check(
    lab: Lab, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    build_lab(lab, files=None)
    argv = lab.argv()
    monkeypatch.chdir(lab.tmp_path)
    before = sorted(lab.tmp_path.rglob("*"))
    code, report, err = run(argv, capsys)
    assert sorted(lab.tmp_path.rglob("*")) == before, "verify writes nothing"
    assert failed(report) == []
    assert code == 0
    assert report["passed"] is True
    assert {item["status"] for item in report["checks"]} == {"pass"}
    kinds = [item["check"] for item in report["checks"]]
    assert kinds == [
        "dns", "dns record",
        "vip port", "vip port", "vip port", "vip tls", "vip status",
        "server status", "server status",
        *(["vserver", "member", "member", "monitor"] * 3), "config saved",
        "firmware", "firmware", "firmware",
    ]  # fmt: skip
    assert err.splitlines()[0].startswith("site file: ")
    # Read-only everywhere, and the NetScaler password went to NITRO alone.
    assert {method for method, _ in lab.nitro.appliance.requests} == {"GET"}
    for behaviour in lab.behaviours.values():
        assert {method for method, _ in behaviour.requests} <= {"GET", "HEAD"}
        assert all(NS_CANARY not in " ".join(headers.values()) for headers in behaviour.headers)
        assert all("X-NITRO-PASS" not in headers for headers in behaviour.headers)
    assert DNS_NAME in lab.dns.queries


def test_the_text_checklist_is_a_markdown_table(lab: Lab, capsys: pytest.CaptureFixture[str]) -> None:
    build_lab(lab, files=None)
    assert main(lab.argv()) == 0
    out = capsys.readouterr().out
    [table] = read_markdown(out).tables
    assert table.header == ("check", "target", "result", "what to do")
    assert table.heading == "ums-ha verify: site prod"
    assert all(result.startswith("pass") for result in table.column("result"))
    assert out.rstrip().endswith("passed: every check passed.")


def test_the_name_resolving_elsewhere_fails_the_dns_checks(lab: Lab, capsys: pytest.CaptureFixture[str]) -> None:
    build_lab(lab, files=None)
    lab.dns.records[DNS_NAME] = ["10.99.0.7"]
    code, report, _ = run(lab.argv(), capsys)
    assert code == 1
    assert [(check, detail) for check, _, detail in failed(report)] == [
        ("dns", f"resolves to 10.99.0.7, not the VIP {VIP} alone"),
        ("dns record", f"resolves to 10.99.0.7, not the VIP {VIP} alone"),
    ]
    assert "make igelrmserver.corp.example resolve to the VIP" in report["checks"][0]["remedy"]


def test_a_server_down_directly_and_on_the_appliance(lab: Lab, capsys: pytest.CaptureFixture[str]) -> None:
    build_lab(lab, files=None)
    lab.stop("ums02", "console")
    lab.member("console", "ums02")["svrstate"] = "DOWN"
    code, report, _ = run(lab.argv(), capsys)
    assert code == 1
    checks = by_check(report)
    server = checks[("server status", f"ums02: https://127.0.0.2:{lab.ports['console']}/ums/check-status")]
    assert (server["status"], server["detail"]) == ("fail", "connection refused")
    member = checks[("member", f"member ums-prod-sg-console <- ums02:{lab.ports['console']}")]
    assert (member["status"], member["detail"]) == ("fail", "DOWN")
    assert member["remedy"].startswith("ums02 does not answer ok directly either")
    # The VIP passes connections on to the server that is still up.
    assert (
        checks[("vip status", f"https://{DNS_NAME}:{lab.ports['console']}/ums/check-status via {VIP}")]["status"]
        == "pass"
    )


def test_a_server_up_directly_but_down_on_the_appliance_points_at_monitor_and_gateway(
    lab: Lab, capsys: pytest.CaptureFixture[str]
) -> None:
    build_lab(lab, files=None)
    lab.member("devices", "ums01")["svrstate"] = "DOWN"
    code, report, _ = run(lab.argv(), capsys)
    assert code == 1
    assert failed(report) == [("member", f"member ums-prod-sg-devices <- ums01:{lab.ports['devices']}", "DOWN")]
    [member] = [item for item in report["checks"] if item["status"] == "fail"]
    assert "ums01 answers ok directly, yet the appliance sees it DOWN" in member["remedy"]
    assert "ums-prod-mon-check-status" in member["remedy"]
    assert "default gateway" in member["remedy"]


def test_member_states_from_the_service_group_statistics_when_bindings_carry_none(
    lab: Lab, capsys: pytest.CaptureFixture[str]
) -> None:
    """Some appliances answer the member bindings without ``svrstate``: their statistics then say."""
    build_lab(lab, files=None)
    appliance = lab.nitro.appliance
    for binding in appliance.config["servicegroup_servicegroupmember_binding"]:
        del binding["svrstate"]
    for service in SERVICES:
        members = [
            {"primaryipaddress": address, "primaryport": lab.ports[service], "state": "UP"}
            for address in SERVERS.values()
        ]
        appliance.stats.setdefault("servicegroup", []).append(
            {"servicegroupname": f"ums-prod-sg-{service}", "state": "UP", "servicegroupmember": members}
        )
    appliance.stats["servicegroup"][1]["servicegroupmember"][1]["state"] = "DOWN"  # console on ums02
    code, report, _ = run(lab.argv(), capsys)
    assert code == 1
    assert failed(report) == [("member", f"member ums-prod-sg-console <- ums02:{lab.ports['console']}", "DOWN")]
    asked = {path for _, path in appliance.requests if "/stat/servicegroup/" in path}
    assert asked == {f"/nitro/v1/stat/servicegroup/ums-prod-sg-{service}?statbindings=yes" for service in SERVICES}


def test_the_dns_server_may_carry_its_port(lab: Lab, capsys: pytest.CaptureFixture[str]) -> None:
    build_lab(lab, files=None)
    argv = lab.argv()
    argv[argv.index("--dns-server") + 1] = f"127.0.0.1:{lab.dns.port}"
    del argv[argv.index("--dns-port") : argv.index("--dns-port") + 2]
    code, report, _ = run([*argv, "--skip", "appliance"], capsys)
    assert by_check(report)[("dns", f"{DNS_NAME} (from DNS server 127.0.0.1:{lab.dns.port})")]["status"] == "pass"
    assert code == 1  # the [dns] record is asked on port 53, where nothing answers here


def test_the_record_is_asked_on_the_port_of_the_sites_dns_table(lab: Lab, capsys: pytest.CaptureFixture[str]) -> None:
    build_lab(lab, files=None)
    config = lab.config()
    text = config.read_text(encoding="utf-8")
    with_port = text.replace("[sites.prod.dns]\n", f"[sites.prod.dns]\nport = {lab.dns.port}\n")
    config.write_text(with_port, encoding="utf-8")
    argv = lab.argv(config=config)
    for flag in ("--dns-server", "--dns-port"):
        del argv[argv.index(flag) : argv.index(flag) + 2]
    code, report, _ = run([*argv, "--skip", "appliance"], capsys)
    checks = by_check(report)
    assert checks[("dns record", f"{DNS_NAME} on 127.0.0.1 (zone corp.example.)")]["status"] == "pass"
    assert code == 1  # without --dns-server the name is asked of the system's resolver, which does not know it


@pytest.mark.parametrize(
    ("tls", "ca_bundle", "status", "detail"),
    [
        ("unnamed", True, "fail", f"not valid for {DNS_NAME}: Hostname mismatch"),
        ("self_signed", False, "warn", "a self-signed certificate"),
        ("self_signed", True, "fail", "a self-signed certificate"),
        ("named", False, "fail", "not trusted: unable to get local issuer certificate"),
    ],
)
def test_the_certificate_through_the_vip_is_checked_for_the_name_and_chain(
    lab: Lab, capsys: pytest.CaptureFixture[str], *, tls: str, ca_bundle: bool, status: str, detail: str
) -> None:
    build_lab(lab, console_tls=tls, files=None)
    code, report, _ = run(lab.argv(ca_bundle=ca_bundle), capsys)
    [check] = [item for item in report["checks"] if item["check"] == "vip tls"]
    assert check["status"] == status
    assert check["detail"].startswith(detail)
    assert check["remedy"]
    # Nothing else depends on the certificate: the status checks still read the UMS's answers.
    assert statuses(report)["server status"] == {"pass"}
    assert code == (0 if status == "warn" else 1)


def test_a_check_status_of_warn_fails_that_server(lab: Lab, capsys: pytest.CaptureFixture[str]) -> None:
    build_lab(lab, files=None)
    lab.behaviours[("ums01", "console")].status = "warn"
    code, report, _ = run(lab.argv(), capsys)
    assert code == 1
    checks = by_check(report)
    port = lab.ports["console"]
    assert checks[("server status", f"ums01: https://127.0.0.1:{port}/ums/check-status")]["detail"] == "answers warn"
    assert checks[("server status", f"ums02: https://127.0.0.2:{port}/ums/check-status")]["status"] == "pass"


def test_a_closed_vip_port_fails_its_check(lab: Lab, capsys: pytest.CaptureFixture[str]) -> None:
    build_lab(lab, vip_ports=("console", "firmware"), files=None)
    code, report, _ = run(lab.argv(), capsys)
    assert code == 1
    assert failed(report) == [("vip port", f"{VIP}:{lab.ports['devices']} (devices)", "connection refused")]


def test_a_firmware_file_missing_on_one_server(lab: Lab, capsys: pytest.CaptureFixture[str]) -> None:
    build_lab(lab, files={"ums01": {FIRMWARE}, "ums02": set()})
    code, report, _ = run(lab.argv(), capsys)
    assert code == 1
    checks = by_check(report)
    port = lab.ports["firmware"]
    missing = checks[("firmware", f"HEAD /{FIRMWARE} on ums02: 127.0.0.2:{port}")]
    assert (missing["status"], missing["detail"]) == ("fail", "HTTP 404")
    assert "copy the firmware folder" in missing["remedy"]
    assert checks[("firmware", f"HEAD /{FIRMWARE} on ums01: 127.0.0.1:{port}")]["status"] == "pass"
    assert set(lab.behaviours[("ums02", "firmware")].requests) == {("HEAD", f"/{FIRMWARE}")}


def test_nitro_unreachable_is_one_failed_check(lab: Lab, capsys: pytest.CaptureFixture[str]) -> None:
    build_lab(lab, files=None)
    config = lab.config(endpoint="http://127.0.0.1:9")  # the discard port: nothing listens
    code, report, _ = run(lab.argv(config=config), capsys)
    assert code == 1
    [appliance] = [item for item in report["checks"] if item["check"] == "appliance"]
    assert appliance["status"] == "fail"
    assert appliance["detail"].startswith("cannot read NITRO: GET http://127.0.0.1:9/nitro/v1/config/nsconfig")
    assert not any(item["check"] in ("vserver", "member", "monitor") for item in report["checks"])
    assert [check for check, _, _ in failed(report)] == ["appliance"]


@pytest.mark.parametrize("fault", ["503", "drop"])
def test_a_nitro_fault_at_any_request_is_one_failed_check_and_the_rest_still_run(
    fault: str, lab: Lab, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    build_lab(lab, files=None)
    argv = lab.argv()
    monkeypatch.chdir(lab.tmp_path)
    code, healthy, _ = run(argv, capsys)
    assert code == 0
    requests = len(lab.nitro.appliance.requests)
    before = sorted(lab.tmp_path.rglob("*"))
    for fail_at in range(1, requests + 1):
        lab.nitro.appliance.requests.clear()
        lab.nitro.appliance.fail_at, lab.nitro.appliance.fault = fail_at, fault
        code, report, err = run(argv, capsys)
        where = f"{fault} at request {fail_at} of {requests}"
        assert code == 1, where
        assert "Traceback" not in err, where
        [appliance] = [item for item in report["checks"] if item["check"] == "appliance"]
        failed_path = lab.nitro.appliance.requests[fail_at - 1][1].split("?")[0]
        expected = "HTTP 503" if fault == "503" else "Remote end closed connection without response"
        assert appliance["detail"].startswith("cannot read NITRO: "), where
        assert failed_path in appliance["detail"], (where, appliance["detail"])
        assert expected in appliance["detail"], (where, appliance["detail"])
        assert "run ums-ha verify again" in appliance["remedy"], appliance
        assert [check for check, _, _ in failed(report)] == ["appliance"], where
        checks_off_the_appliance = [item for item in healthy["checks"] if item["check"] in ("dns", "vip port")]
        assert [item for item in report["checks"] if item["check"] in ("dns", "vip port")] == checks_off_the_appliance
    assert sorted(lab.tmp_path.rglob("*")) == before, "verify writes nothing"


def test_a_wrong_nitro_password_is_reported_without_any_password(
    lab: Lab, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    build_lab(lab, files=None)
    wrong = NS_CANARY + "-wrong"
    monkeypatch.setenv("NS_PASSWORD", wrong)
    code = main([*lab.argv(), "--format", "json"])
    captured = capsys.readouterr()
    assert code == 1
    assert wrong not in captured.out + captured.err
    assert NS_CANARY not in captured.out + captured.err
    [appliance] = [item for item in json.loads(captured.out)["checks"] if item["check"] == "appliance"]
    assert "HTTP 401" in appliance["detail"]


def test_unsaved_configuration_fails_and_an_unknown_one_is_skipped(
    lab: Lab, capsys: pytest.CaptureFixture[str]
) -> None:
    build_lab(lab, files=None)
    lab.nitro.appliance.singletons["nsconfig"]["lastconfigsavetime"] = "Tue Dec  1 09:00:00 2026"
    code, report, _ = run(lab.argv(), capsys)
    assert (code, failed(report)) == (1, [("config saved", f"running configuration of {lab.nitro.endpoint}",
                                           "changed since the last save")])  # fmt: skip
    lab.nitro.appliance.singletons["nsconfig"] = {}
    code, report, _ = run(lab.argv(), capsys)
    assert code == 0
    assert statuses(report)["config saved"] == {"skip"}


def test_skipped_sections_are_left_out_and_need_no_credentials(
    lab: Lab, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    build_lab(lab, files=None)
    monkeypatch.delenv("NS_PASSWORD")
    code, report, _ = run(lab.argv("--skip", "appliance", "--skip", "firmware"), capsys)
    assert code == 0
    assert set(statuses(report)) == {"dns", "dns record", "vip port", "vip tls", "vip status", "server status"}
    assert lab.nitro.appliance.requests == []


def test_without_a_firmware_path_the_firmware_check_says_how_to_name_one(
    lab: Lab, capsys: pytest.CaptureFixture[str]
) -> None:
    build_lab(lab, files=None)
    config = lab.config()
    config.write_text(config.read_text().replace(f'firmware_path = "/{FIRMWARE}"\n', ""))
    code, report, _ = run(lab.argv(config=config), capsys)
    assert code == 0
    [firmware] = [item for item in report["checks"] if item["check"] == "firmware"]
    assert firmware["status"] == "skip"
    assert "--firmware-path" in firmware["remedy"]
    code, report, _ = run(lab.argv("--firmware-path", f"/{FIRMWARE}", config=config), capsys)
    assert statuses(report)["firmware"] == {"pass"}


@pytest.mark.parametrize(
    ("extra", "environ", "message"),
    [
        ((), {"NS_PASSWORD": None}, "NS_PASSWORD: is required: the NetScaler login, from the environment"),
        (("--timeout", "0"), {}, "--timeout: must be more than 0 and at most 60 seconds, but 0 was given"),
        (("--retries", "11"), {}, "--retries: must be between 0 and 10, but 11 was given"),
        (("--dns-server", "not a host"), {}, "--dns-server: must be a DNS server's host name or IP address"),
        (("--dns-server", "127.0.0.1:x"), {}, "--dns-server: must be a DNS server's host name or IP address, or"),
        (("--firmware-path", "lxos.inf"), {}, "--firmware-path: must be a firmware file's path on the firmware port"),
        (("--ca-bundle", "/nonexistent/ca.pem"), {}, "--ca-bundle: '/nonexistent/ca.pem' is not a readable file"),
    ],
)
def test_bad_input_exits_2_naming_the_flag(
    lab: Lab,
    capsys: pytest.CaptureFixture[str],
    *,
    monkeypatch: pytest.MonkeyPatch,
    extra: tuple[str, ...],
    environ: dict[str, str | None],
    message: str,
) -> None:
    for name, value in environ.items():
        if value is None:
            monkeypatch.delenv(name)
    build_lab(lab, files=None)
    argv = lab.argv()
    if "--ca-bundle" in extra:
        argv = lab.argv(ca_bundle=False)
    assert main([*argv, *extra]) == 2
    captured = capsys.readouterr()
    assert message in captured.err
    assert captured.out == ""
    assert lab.nitro.appliance.requests == []


def test_verify_reads_the_appliance_as_often_when_it_is_crowded_as_when_it_holds_the_site_alone(
    lab: Lab, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reads by name: 1 for nsconfig and 2 per service, whatever else the shared appliance runs."""
    build_lab(lab, files=None)
    argv = lab.argv()
    monkeypatch.chdir(lab.tmp_path)
    code, alone, _ = run(argv, capsys)
    assert code == 0
    requests_alone = [path for _method, path in lab.nitro.appliance.requests]
    assert len(requests_alone) == 1 + 2 * len(SERVICES)
    add_other_applications(lab.nitro.appliance)
    lab.nitro.appliance.requests.clear()
    code, crowded, _ = run(argv, capsys)
    assert code == 0
    assert [path for _method, path in lab.nitro.appliance.requests] == requests_alone
    assert crowded["checks"] == alone["checks"]


def _drain_on_appliance(lab: Lab, server: str, state: str, connections: int) -> None:
    appliance = lab.nitro.appliance
    for service in SERVICES:
        lab.member(service, server)["svrstate"] = state
        members = [
            {
                "primaryipaddress": address,
                "primaryport": lab.ports[service],
                "state": state if name == server else "UP",
                "curclntconnections": connections if name == server else 7,
            }
            for name, address in SERVERS.items()
        ]
        appliance.stats.setdefault("servicegroup", []).append(
            {"servicegroupname": f"ums-prod-sg-{service}", "state": "UP", "servicegroupmember": members}
        )


DRAIN_UMS02 = '[sites.prod.maintenance]\nout_of_service = ["ums02"]\ndrain_seconds = 600\n'


def test_a_server_out_of_service_by_the_site_file_is_expected_out_with_its_open_connections(
    lab: Lab, capsys: pytest.CaptureFixture[str]
) -> None:
    build_lab(lab, files=None)
    _drain_on_appliance(lab, "ums02", "GOING OUT OF SERVICE", 3)
    argv = lab.argv(config=lab.config(extra_site=DRAIN_UMS02))
    code, report, _ = run(argv, capsys)
    assert code == 0, failed(report)
    checks = by_check(report)
    console = checks[("member", f"member ums-prod-sg-console <- ums02:{lab.ports['console']}")]
    assert console["status"] == "pass"
    assert console["detail"] == (
        "GOING OUT OF SERVICE: draining (600 s), as [sites.prod.maintenance] says; 3 open connection(s); "
        "run ums-ha verify again until it is OUT OF SERVICE"
    )
    _drain_on_appliance(lab, "ums02", "OUT OF SERVICE", 0)
    lab.nitro.appliance.stats["servicegroup"] = lab.nitro.appliance.stats["servicegroup"][len(SERVICES) :]
    code, report, _ = run(argv, capsys)
    assert code == 0, failed(report)
    details = {
        item["detail"] for item in report["checks"] if item["target"].endswith(f"<- ums02:{lab.ports['devices']}")
    }
    assert details == {"OUT OF SERVICE, as [sites.prod.maintenance] says; 0 open connection(s)"}


def test_a_drain_not_yet_deployed_and_a_server_disabled_by_hand_fail_with_what_to_do(
    lab: Lab, capsys: pytest.CaptureFixture[str]
) -> None:
    build_lab(lab, files=None)
    code, report, _ = run(lab.argv(config=lab.config(extra_site=DRAIN_UMS02)), capsys)
    assert code == 1
    assert {(check, detail) for check, _target, detail in failed(report)} == {
        ("member", "UP, but [sites.prod.maintenance] takes ums02 out of service")
    }
    _drain_on_appliance(lab, "ums02", "OUT OF SERVICE", 0)
    code, report, _ = run(lab.argv(), capsys)
    assert code == 1
    [remedy] = {item["remedy"] for item in report["checks"] if item["status"] == "fail"}
    assert remedy.startswith("the site file has ums02 in service, but the appliance does not: disabled by hand")
    assert [target for check, target, _detail in failed(report) if check == "member"] == [
        f"member ums-prod-sg-{service} <- ums02:{lab.ports[service]}" for service in SERVICES
    ]


def test_a_partitions_site_is_read_in_its_partition_on_a_session_renewed_when_it_expires(
    lab: Lab, capsys: pytest.CaptureFixture[str]
) -> None:
    build_lab(lab, files=None)
    appliance = lab.nitro.appliance
    appliance.partitions["team_ums"] = Appliance(
        config=appliance.config, stats=appliance.stats, singletons=appliance.singletons
    )
    appliance.config, appliance.stats, appliance.singletons = {}, {}, {}  # the default partition holds nothing
    appliance.session_lifetime = 3  # expires in the middle of the run
    text = lab.config().read_text(encoding="utf-8")
    config = lab.tmp_path / "partition.toml"
    config.write_text(text.replace("allow_plain_http = true\n", 'allow_plain_http = true\npartition = "team_ums"\n'))
    code, report, _ = run(lab.argv("--skip", "firmware", config=config), capsys)
    assert failed(report) == []
    assert code == 0
    assert appliance.logins >= 2, "the session expired and was renewed"
    posts = [path for method, path in appliance.requests if method == "POST"]
    assert set(posts) == {
        "/nitro/v1/config/login",
        "/nitro/v1/config/nspartition?action=Switch",
        "/nitro/v1/config/logout",
    }
    assert posts.count("/nitro/v1/config/login") == posts.count("/nitro/v1/config/nspartition?action=Switch")
    assert appliance.requests[-1] == ("POST", "/nitro/v1/config/logout")
    assert appliance.sessions == {}

    # The same site read in the default partition finds none of its objects: the reads above were the partition's.
    code, report, _ = run(lab.argv("--skip", "firmware"), capsys)
    assert code == 1
    assert {item["check"] for item in report["checks"] if item["status"] == "fail"} & {"vserver", "member"}


def hanode(role: str, *, sync_failures: int = 0) -> dict[str, str]:
    return {
        "hacurstatus": "YES",
        "hacurmasterstate": role,
        "hacurstate": "UP",
        "haerrsyncfailure": str(sync_failures),
        "haerrproptimeout": "0",
    }


SAVED = {"lastconfigchangedtime": "Tue Dec  1 10:00:00 2026", "lastconfigsavetime": "Tue Dec  1 10:00:05 2026"}
UNSAVED = {"lastconfigchangedtime": "Tue Dec  1 11:00:00 2026", "lastconfigsavetime": "Tue Dec  1 10:00:05 2026"}


@pytest.mark.parametrize(
    ("endpoint_role", "node_roles", "node2_failures", "node2_config", "failing"),
    [
        ("PRIMARY", ("PRIMARY", "SECONDARY"), 0, SAVED, []),
        ("SECONDARY", ("SECONDARY", "PRIMARY"), 0, SAVED, [("ha endpoint", "answers as SECONDARY")]),
        ("PRIMARY", ("PRIMARY", "SECONDARY"), 3, SAVED, [("ha sync", "3 sync failure(s), 0 propagation timeout(s)")]),
        ("PRIMARY", ("PRIMARY", "SECONDARY"), 0, UNSAVED, [("config saved", "changed since the last save")]),
        ("PRIMARY", ("PRIMARY", "PRIMARY"), 0, SAVED, [("ha primary", "127.0.0.2 and 127.0.0.3 both say primary")]),
    ],
    ids=["healthy", "failed-over-endpoint", "sync-failure", "unsaved-secondary", "two-primaries"],
)
def test_verify_checks_each_node_of_an_ha_pair(
    lab: Lab,
    capsys: pytest.CaptureFixture[str],
    *,
    endpoint_role: str,
    node_roles: tuple[str, str],
    node2_failures: int,
    node2_config: dict[str, str],
    failing: list[tuple[str, str]],
) -> None:
    build_lab(lab, files=None)
    lab.nitro.appliance.stat_singletons["hanode"] = hanode(endpoint_role)
    port = int(lab.nitro.endpoint.rsplit(":", 1)[1])
    node1 = Appliance(login=lab.nitro.appliance.login, password=lab.nitro.appliance.password)
    node2 = Appliance(login=lab.nitro.appliance.login, password=lab.nitro.appliance.password)
    node1.stat_singletons["hanode"], node1.singletons["nsconfig"] = hanode(node_roles[0]), SAVED
    node2.stat_singletons["hanode"] = hanode(node_roles[1], sync_failures=node2_failures)
    node2.singletons["nsconfig"] = node2_config
    text = lab.config().read_text(encoding="utf-8")
    config = lab.tmp_path / "pair.toml"
    nodes = 'nodes = ["127.0.0.2", "127.0.0.3"]\n'
    config.write_text(text.replace("allow_plain_http = true\n", "allow_plain_http = true\n" + nodes))
    with serving(node1, "127.0.0.2", port), serving(node2, "127.0.0.3", port):
        code, report, _ = run(lab.argv("--skip", "firmware", config=config), capsys)
    ha = [item for item in report["checks"] if item["check"].startswith("ha ") or item["target"].startswith("node ")]
    assert {(item["check"], item["target"]) for item in ha} >= {
        ("ha node", "node 127.0.0.2"),
        ("ha node", "node 127.0.0.3"),
        ("ha sync", "node 127.0.0.3"),
        ("config saved", "node 127.0.0.3"),
        ("ha primary", "HA pair"),
        ("ha endpoint", lab.nitro.endpoint),
    }
    found = [(item["check"], item["detail"]) for item in ha if item["status"] == "fail"]
    assert len(found) == len(failing), found
    pairs = zip(found, failing, strict=True)
    assert [(check, detail[: len(expected)]) for (check, detail), (_, expected) in pairs] == failing
    assert code == (1 if failing else 0)
    if endpoint_role == "SECONDARY":
        [endpoint] = [item for item in ha if item["check"] == "ha endpoint"]
        assert "(NetScaler error 1028)" in endpoint["remedy"]
    for node in (node1, node2):
        assert {method for method, _ in node.requests} == {"GET"}
