"""``ums-ha adopt`` against a NITRO stand-in holding a guide-style setup made in the GUI: GET only, matching."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from nitro_stand_in import Appliance, RunningAppliance, add_other_applications

from ums_ha.cli import main

PORTS = {"devices": 30001, "console": 8443, "firmware": 9080}
USIP = {"devices": "YES", "console": "NO", "firmware": "YES"}
SERVERS = (("ums01", "UMS01", "10.20.30.11"), ("ums02", "UMS02", "10.20.30.12"), ("ums03", "UMS03", "10.20.30.13"))


def guide_setup(
    appliance: Appliance,
    *,
    servers: int = 2,
    lbgroup: bool = True,
    snip: bool = True,
    services_instead: bool = False,
    missing_member: tuple[str, str] | None = None,
) -> None:
    """The guide's objects under the names an admin gives them in the GUI."""
    for _role, name, address in SERVERS[:servers]:
        appliance.add("server", name=name, ipaddress=address, state="ENABLED")
    for service, port in PORTS.items():
        vserver = f"VS_UMS_{port}"
        appliance.add(
            "lbvserver",
            name=vserver,
            ipv46="10.20.30.10",
            port=port,
            servicetype="TCP",
            persistencetype="SOURCEIP",
            timeout=5,
        )
        if services_instead:
            for _role, name, _address in SERVERS[:servers]:
                appliance.add("lbvserver_service_binding", name=vserver, servicename=f"SVC_{name}_{port}")
            continue
        group = f"SG_UMS_{port}"
        appliance.add("servicegroup", servicegroupname=group, servicetype="TCP", usip=USIP[service])
        appliance.add("lbvserver_servicegroup_binding", name=vserver, servicegroupname=group)
        appliance.add("servicegroup_lbmonitor_binding", servicegroupname=group, monitor_name="MON_UMS")
        for _role, name, address in SERVERS[:servers]:
            if missing_member == (name, service):
                continue
            appliance.add(
                "servicegroup_servicegroupmember_binding",
                servicegroupname=group,
                servername=name,
                ip=address,
                port=port,
            )
        if lbgroup:
            appliance.add("lbgroup_lbvserver_binding", name="PG_UMS", vservername=vserver)
    if lbgroup:
        appliance.add("lbgroup", name="PG_UMS", persistencetype="SOURCEIP", timeout=5)
    appliance.add("nsip", ipaddress="192.0.2.2", netmask="255.255.255.0", type="NSIP")
    if snip:
        appliance.add("nsip", ipaddress="10.20.30.5", netmask="255.255.255.0", type="SNIP")


def site_file(tmp_path: Path, endpoint: str, *, servers: int = 2) -> Path:
    server_tables = "".join(
        f'\n[[sites.prod.ums_servers]]\nname = "{role}"  # {name} in the GUI\naddress = "{address}"\n'
        for role, name, address in SERVERS[:servers]
    )
    path = tmp_path / "ums-ha.toml"
    path.write_text(
        f"""# Our UMS site, adopted from the setup we made by hand.
[sites.prod]
dns_name = "igelrmserver.corp.example"  # devices look this up

[sites.prod.netscaler]
endpoint = "{endpoint}"
allow_plain_http = true  # the stand-in speaks plain HTTP
vip = "10.20.30.10"
snip = "10.20.30.5/24"
{server_tables}""",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def login(monkeypatch: pytest.MonkeyPatch, nitro: RunningAppliance) -> None:
    monkeypatch.setenv("NS_LOGIN", nitro.appliance.login)
    monkeypatch.setenv("NS_PASSWORD", nitro.appliance.password)


def printed_names(out: str) -> dict[str, Any]:
    names: dict[str, Any] = tomllib.loads(out)["sites"]["prod"]["names"]
    return names


def report_lines(out: str, title: str) -> list[str]:
    lines = out.splitlines()
    if f"# {title}:" not in lines:
        return []
    start = lines.index(f"# {title}:") + 1
    found = []
    for line in lines[start:]:
        if not line.startswith("#   - "):
            break
        found.append(line.removeprefix("#   - "))
    return found


def adopt(tmp_path: Path, nitro: RunningAppliance, *extra: str, servers: int = 2) -> tuple[int, str, Path]:
    config = site_file(tmp_path, nitro.endpoint, servers=servers)
    code = main(["adopt", "--config", str(config), *extra])
    return code, "", config


@pytest.mark.usefixtures("login")
@pytest.mark.parametrize("servers", [2, 3])
def test_a_guide_setup_is_named_by_address_and_port_with_get_requests_only(
    servers: int, tmp_path: Path, nitro: RunningAppliance, capsys: pytest.CaptureFixture[str]
) -> None:
    guide_setup(nitro.appliance, servers=servers)
    code, _, _config = adopt(tmp_path, nitro, servers=servers)
    out = capsys.readouterr().out
    assert code == 0
    assert printed_names(out) == {
        "servers": {role: name for role, name, _address in SERVERS[:servers]},
        "service_groups": {service: f"SG_UMS_{port}" for service, port in PORTS.items()},
        "vservers": {service: f"VS_UMS_{port}" for service, port in PORTS.items()},
        "persistence_group": "PG_UMS",
    }
    assert {method for method, _path in nitro.appliance.requests} == {"GET"}
    assert report_lines(out, "the first plan can only replace (not adoptable without an interruption)") == []
    assert report_lines(out, "the first plan changes in place") == []
    assert "SNIP 10.20.30.5/24" not in report_lines(out, "the first plan creates")
    assert any(
        line.startswith("monitor MON_UMS bound to SG_UMS_30001")
        for line in report_lines(out, "left alone (not managed by ums-ha)")
    )


@pytest.mark.usefixtures("login")
def test_persistence_on_the_vservers_alone_and_no_snip(
    tmp_path: Path, nitro: RunningAppliance, capsys: pytest.CaptureFixture[str]
) -> None:
    guide_setup(nitro.appliance, lbgroup=False, snip=False)
    code, _, _config = adopt(tmp_path, nitro)
    out = capsys.readouterr().out
    assert code == 0
    assert "persistence_group" not in printed_names(out)
    creates = report_lines(out, "the first plan creates")
    assert "persistence group over the vservers" in creates
    assert "SNIP 10.20.30.5/24" in creates


@pytest.mark.usefixtures("login")
def test_services_instead_of_service_groups_need_replacements_and_exit_3(
    tmp_path: Path, nitro: RunningAppliance, capsys: pytest.CaptureFixture[str]
) -> None:
    guide_setup(nitro.appliance, services_instead=True)
    code, _, _config = adopt(tmp_path, nitro)
    out = capsys.readouterr().out
    assert code == 3
    replacements = report_lines(out, "the first plan can only replace (not adoptable without an interruption)")
    assert len(replacements) == 3
    assert replacements[0].startswith("vserver VS_UMS_30001 balances services (SVC_UMS01_30001, SVC_UMS02_30001)")


@pytest.mark.usefixtures("login")
def test_an_extra_vserver_on_the_vip_is_reported_and_left_alone(
    tmp_path: Path, nitro: RunningAppliance, capsys: pytest.CaptureFixture[str]
) -> None:
    guide_setup(nitro.appliance)
    nitro.appliance.add("lbvserver", name="VS_OTHER_443", ipv46="10.20.30.10", port=443, servicetype="SSL")
    code, _, _config = adopt(tmp_path, nitro)
    out = capsys.readouterr().out
    assert code == 0
    assert "VS_OTHER_443" not in printed_names(out)["vservers"].values()
    assert report_lines(out, "left alone (not managed by ums-ha)")[0] == (
        "vserver VS_OTHER_443 on 10.20.30.10:443 (SSL): not a service of the site"
    )


@pytest.mark.usefixtures("login")
def test_a_member_missing_on_one_port_is_created(
    tmp_path: Path, nitro: RunningAppliance, capsys: pytest.CaptureFixture[str]
) -> None:
    guide_setup(nitro.appliance, missing_member=("UMS02", "firmware"))
    code, _, _config = adopt(tmp_path, nitro)
    out = capsys.readouterr().out
    assert code == 0
    assert "member ums02:9080 of SG_UMS_9080" in report_lines(out, "the first plan creates")
    assert printed_names(out)["servers"] == {"ums01": "UMS01", "ums02": "UMS02"}


@pytest.mark.usefixtures("login")
def test_a_changed_use_client_ip_is_an_in_place_change(
    tmp_path: Path, nitro: RunningAppliance, capsys: pytest.CaptureFixture[str]
) -> None:
    guide_setup(nitro.appliance)
    for group in nitro.appliance.config["servicegroup"]:
        if group["servicegroupname"] == "SG_UMS_9080":
            group["usip"] = "NO"
    code, _, _config = adopt(tmp_path, nitro)
    assert code == 0
    assert report_lines(capsys.readouterr().out, "the first plan changes in place") == [
        "service group SG_UMS_9080: Use Client IP off -> on"
    ]


@pytest.mark.usefixtures("login")
def test_a_server_disabled_by_hand_is_named_with_how_the_site_file_keeps_it_out(
    tmp_path: Path, nitro: RunningAppliance, capsys: pytest.CaptureFixture[str]
) -> None:
    guide_setup(nitro.appliance)
    for server in nitro.appliance.config["server"]:
        if server["name"] == "UMS02":
            server["state"] = "DISABLED"
    code, _, _config = adopt(tmp_path, nitro)
    assert code == 0
    assert report_lines(capsys.readouterr().out, "the first plan changes in place") == [
        "server UMS02 (ums02) is disabled on the appliance: the first plan enables it; to keep it out of service, "
        'add "ums02" to [sites.prod.maintenance] out_of_service'
    ]


@pytest.mark.usefixtures("login")
def test_write_adds_only_the_names_table_and_keeps_the_comments(
    tmp_path: Path, nitro: RunningAppliance, capsys: pytest.CaptureFixture[str]
) -> None:
    guide_setup(nitro.appliance)
    config = site_file(tmp_path, nitro.endpoint)
    before = config.read_text(encoding="utf-8")
    assert main(["adopt", "--config", str(config), "--write"]) == 0
    after = config.read_text(encoding="utf-8")
    parsed_before, parsed_after = tomllib.loads(before), tomllib.loads(after)
    names = parsed_after["sites"]["prod"].pop("names")
    assert parsed_after == parsed_before
    assert names["vservers"]["devices"] == "VS_UMS_30001"
    assert after.startswith(before.rstrip("\n"))  # every line, comment and blank as it was, the table after them
    [backup] = [path for path in tmp_path.iterdir() if path.name.endswith(".bak")]
    assert backup.read_text(encoding="utf-8") == before
    assert f"wrote [sites.prod.names] into {config}" in capsys.readouterr().err
    # A second --write does not overwrite the table now there.
    assert main(["adopt", "--config", str(config), "--write"]) == 2
    assert config.read_text(encoding="utf-8") == after


def test_without_the_login_adopt_is_a_usage_error(
    tmp_path: Path, nitro: RunningAppliance, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("NS_LOGIN", raising=False)
    monkeypatch.delenv("NS_PASSWORD", raising=False)
    assert main(["adopt", "--config", str(site_file(tmp_path, nitro.endpoint))]) == 2
    assert "NS_PASSWORD: is required" in capsys.readouterr().err
    assert nitro.appliance.requests == []


def test_a_wrong_login_or_no_appliance_is_an_error_without_the_password(
    tmp_path: Path, nitro: RunningAppliance, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = "Canary-Wrong-Pass-90ab"  # noqa: S105
    monkeypatch.setenv("NS_LOGIN", "nsroot")
    monkeypatch.setenv("NS_PASSWORD", secret)
    assert main(["adopt", "--config", str(site_file(tmp_path, nitro.endpoint))]) == 1
    err = capsys.readouterr().err
    assert "NITRO error 354: Invalid username or password" in err
    assert secret not in err
    gone = site_file(tmp_path, "http://127.0.0.1:9")
    assert main(["adopt", "--config", str(gone)]) == 1
    assert "cannot read the NetScaler" in capsys.readouterr().err


@pytest.mark.usefixtures("login")
def test_another_protocol_or_members_bound_by_ip_need_replacements(
    tmp_path: Path, nitro: RunningAppliance, capsys: pytest.CaptureFixture[str]
) -> None:
    guide_setup(nitro.appliance)
    for vserver in nitro.appliance.config["lbvserver"]:
        if vserver["name"] == "VS_UMS_8443":
            vserver["servicetype"] = "SSL"
    for member in nitro.appliance.config["servicegroup_servicegroupmember_binding"]:
        if member["servicegroupname"] == "SG_UMS_9080" and member["servername"] == "UMS02":
            member["servername"] = member["ip"]  # bound by IP: the appliance names a server after the address
    code, _, _config = adopt(tmp_path, nitro)
    out = capsys.readouterr().out
    assert code == 3
    assert report_lines(out, "the first plan can only replace (not adoptable without an interruption)") == [
        "vserver VS_UMS_8443 is SSL, the site's console service TCP: the protocol cannot change in place",
        "SG_UMS_9080 has 10.20.30.12:9080 bound by IP, with no server object of its own: ums-ha binds its server "
        "object ums02 there instead",
    ]
    assert printed_names(out)["servers"] == {"ums01": "UMS01", "ums02": "UMS02"}


@pytest.mark.usefixtures("login")
@pytest.mark.parametrize("fault", ["503", "drop"])
def test_a_fault_at_any_request_is_reported_and_writes_nothing(
    fault: str, tmp_path: Path, nitro: RunningAppliance, capsys: pytest.CaptureFixture[str]
) -> None:
    guide_setup(nitro.appliance)
    config = site_file(tmp_path, nitro.endpoint)
    assert main(["adopt", "--config", str(config)]) == 0
    requests = len(nitro.appliance.requests)
    assert requests >= 5
    original = config.read_bytes()
    capsys.readouterr()
    for fail_at in range(1, requests + 1):
        nitro.appliance.requests.clear()
        nitro.appliance.fail_at, nitro.appliance.fault = fail_at, fault
        code = main(["adopt", "--config", str(config), "--write"])
        captured = capsys.readouterr()
        where = f"{fault} at request {fail_at} of {requests}"
        assert code == 1, where
        assert captured.out == "", where  # no half report
        [error] = [line for line in captured.err.splitlines() if line.startswith("error: ")]
        assert "Traceback" not in captured.err, where
        failed_path = nitro.appliance.requests[fail_at - 1][1].split("?")[0]
        assert failed_path in error, (where, error)
        expected = "HTTP 503" if fault == "503" else "Remote end closed connection without response"
        assert expected in error, (where, error)
        assert error.endswith("nothing was written: run ums-ha adopt again once it answers"), error
        assert nitro.appliance.password not in captured.err
        assert config.read_bytes() == original, where
        assert sorted(path.name for path in tmp_path.iterdir()) == ["ums-ha.toml"], where


@pytest.mark.usefixtures("login")
def test_adopt_reads_a_crowded_appliance_with_the_same_requests_as_one_holding_the_site_alone(
    tmp_path: Path, nitro: RunningAppliance, capsys: pytest.CaptureFixture[str]
) -> None:
    """1,500 other vservers and servers and 300 persistence groups change neither the requests nor the result."""
    guide_setup(nitro.appliance)
    code, _, _ = adopt(tmp_path, nitro)
    alone = capsys.readouterr().out
    requests_alone = [path for _method, path in nitro.appliance.requests]
    assert len(requests_alone) <= 15, requests_alone
    add_other_applications(nitro.appliance)
    nitro.appliance.requests.clear()
    assert adopt(tmp_path, nitro)[0] == code == 0
    assert capsys.readouterr().out == alone
    assert [path for _method, path in nitro.appliance.requests] == requests_alone
    assert {method for method, _path in nitro.appliance.requests} == {"GET"}


@pytest.mark.usefixtures("login")
@pytest.mark.parametrize("answering", ["Primary", "Secondary"])
def test_adopt_recognises_an_ha_pair_writes_its_nodes_and_says_when_the_endpoint_is_the_secondary(
    tmp_path: Path, nitro: RunningAppliance, capsys: pytest.CaptureFixture[str], answering: str
) -> None:
    guide_setup(nitro.appliance)
    other = "Primary" if answering == "Secondary" else "Secondary"
    nitro.appliance.add("hanode", id=0, ipaddress="192.0.2.3", state=answering)
    nitro.appliance.add("hanode", id=1, ipaddress="192.0.2.4", state=other)
    config = site_file(tmp_path, nitro.endpoint)
    before = tomllib.loads(config.read_text(encoding="utf-8"))
    assert main(["adopt", "--config", str(config), "--write"]) == 0
    captured = capsys.readouterr()
    assert '# nodes = ["192.0.2.3", "192.0.2.4"]' in captured.out.splitlines()
    after = tomllib.loads(config.read_text(encoding="utf-8"))
    assert after["sites"]["prod"]["netscaler"].pop("nodes") == ["192.0.2.3", "192.0.2.4"]
    after["sites"]["prod"].pop("names")
    assert after == before
    assert f"wrote [sites.prod.names] and [sites.prod.netscaler] nodes into {config}" in captured.err
    secondary = [line for line in captured.err.splitlines() if "answered as the SECONDARY node" in line]
    assert len(secondary) == (1 if answering == "Secondary" else 0)
    assert {method for method, _ in nitro.appliance.requests} == {"GET"}


@pytest.mark.usefixtures("login")
def test_a_standalone_appliance_gets_no_nodes(
    tmp_path: Path, nitro: RunningAppliance, capsys: pytest.CaptureFixture[str]
) -> None:
    guide_setup(nitro.appliance)
    nitro.appliance.add("hanode", id=0, ipaddress="192.0.2.2", state="Primary")  # a standalone says Primary too
    config = site_file(tmp_path, nitro.endpoint)
    assert main(["adopt", "--config", str(config), "--write"]) == 0
    assert "nodes" not in tomllib.loads(config.read_text(encoding="utf-8"))["sites"]["prod"]["netscaler"]
    assert "HA pair" not in capsys.readouterr().out


def partition_site(tmp_path: Path, nitro: RunningAppliance) -> Path:
    """The guide's objects in the admin partition team_ums, and a site file naming that partition."""
    in_partition = Appliance()
    guide_setup(in_partition)
    nitro.appliance.partitions["team_ums"] = in_partition
    config = site_file(tmp_path, nitro.endpoint)
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("[sites.prod.netscaler]\n", '[sites.prod.netscaler]\npartition = "team_ums"\n'))
    return config


@pytest.mark.usefixtures("login")
def test_adopt_reads_the_sites_partition_on_a_session_renewed_when_it_expires(
    tmp_path: Path, nitro: RunningAppliance, capsys: pytest.CaptureFixture[str]
) -> None:
    config = partition_site(tmp_path, nitro)
    nitro.appliance.session_lifetime = 2
    assert main(["adopt", "--config", str(config)]) == 0
    assert printed_names(capsys.readouterr().out)["vservers"]["devices"] == "VS_UMS_30001"
    assert nitro.appliance.logins >= 2
    assert nitro.appliance.sessions == {}
    posts = {path for method, path in nitro.appliance.requests if method == "POST"}
    assert posts == {"/nitro/v1/config/login", "/nitro/v1/config/nspartition?action=Switch", "/nitro/v1/config/logout"}


@pytest.mark.usefixtures("login")
def test_a_read_the_command_policy_denies_names_the_command_and_what_to_grant_and_writes_nothing(
    tmp_path: Path, nitro: RunningAppliance, capsys: pytest.CaptureFixture[str]
) -> None:
    guide_setup(nitro.appliance)
    nitro.appliance.denied["/nitro/v1/config/lbvserver"] = "show lb vserver"
    config = site_file(tmp_path, nitro.endpoint)
    before = config.read_text(encoding="utf-8")
    assert main(["adopt", "--config", str(config), "--write"]) == 1
    err = capsys.readouterr().err
    denied = "the appliance denied the command 'show lb vserver' to the user of NS_LOGIN (HTTP 403, NITRO error 2138"
    assert denied in err
    assert "grant it in that user's command policy" in err
    assert nitro.appliance.password not in err
    assert config.read_text(encoding="utf-8") == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["ums-ha.toml"]
