"""UMS 12 and IGEL OS 12: ``igel_os`` picks the services, ``ums_version`` warns, handover, firmware hosts, diagram."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT, Synth, resources, site_text
from test_diagram import labels, parse_mermaid, vertex_of
from test_handover import code_spans, sections

from ums_ha import ValidationError
from ums_ha.cli import main
from ums_ha.diagram.render import render_mermaid
from ums_ha.diagram.topology import site_topology
from ums_ha.handover.notes import render_handover
from ums_ha.site.reader import Site, parse_site_file


def with_site(extra: str, body: str = "") -> str:
    """A valid site with ``extra`` keys in its ``[sites.prod]`` table and ``body`` tables after it."""
    return site_text(extra=body).replace("[sites.prod.netscaler]", f"{extra}\n[sites.prod.netscaler]", 1)


def site_of(text: str) -> Site:
    return parse_site_file(text, Path("ums-ha.toml")).sites[0]


OS12 = "igel_os = [12]"


@pytest.mark.runtime
@pytest.mark.parametrize(
    ("extra", "services"),
    [
        (OS12, {"console": (8443, "TCP", "NO")}),
        (
            "igel_os = [11]",
            {"devices": (30001, "TCP", "YES"), "console": (8443, "TCP", "NO"), "firmware": (9080, "TCP", "YES")},
        ),
        (
            "igel_os = [11, 12]",
            {"devices": (30001, "TCP", "YES"), "console": (8443, "TCP", "NO"), "firmware": (9080, "TCP", "YES")},
        ),
    ],
    ids=["12", "11", "11-and-12"],
)
def test_igel_os_picks_the_default_services(
    synth: Synth, extra: str, services: dict[str, tuple[int, str, str]]
) -> None:
    stack = synth(with_site(extra))["ums-ha-prod"]
    vservers = resources(stack, "citrixadc_lbvserver")
    groups = resources(stack, "citrixadc_servicegroup")
    assert {
        name.removeprefix("vserver_"): (
            body["port"],
            body["servicetype"],
            groups[f"servicegroup_{name.removeprefix('vserver_')}"]["usip"],
        )
        for name, body in vservers.items()
    } == services


@pytest.mark.runtime
def test_the_default_is_the_same_stack_as_without_igel_os(synth: Synth) -> None:
    without = synth(site_text())["ums-ha-prod"]
    explicit = synth(with_site("igel_os = [11, 12]"))["ums-ha-prod"]
    assert explicit == without
    assert "igel_os" not in without["output"]


@pytest.mark.runtime
def test_an_os12_only_stack_says_so_in_an_output(synth: Synth) -> None:
    stack = synth(with_site(OS12))["ums-ha-prod"]
    assert stack["output"]["igel_os"]["value"] == [12]


@pytest.mark.runtime
def test_services_still_override_igel_os(synth: Synth) -> None:
    services = '[[sites.prod.services]]\nname = "devices"\nport = 30001\n'
    stack = synth(with_site(OS12, services))["ums-ha-prod"]
    assert list(resources(stack, "citrixadc_lbvserver")) == ["vserver_devices"]


@pytest.mark.parametrize(
    "value",
    ["[]", "[10]", "[12, 12]", '["12"]', "12", "[true]"],
    ids=["empty", "10", "twice", "string", "scalar", "bool"],
)
def test_a_bad_igel_os_is_named(value: str) -> None:
    with pytest.raises(ValidationError) as raised:
        site_of(with_site(f"igel_os = {value}"))
    assert [problem.key for problem in raised.value.problems] == ["sites.prod.igel_os"]


@pytest.mark.parametrize("value", ['"12"', '"twelve"', '"12.7.1"', "12"])
def test_a_bad_ums_version_is_named(value: str) -> None:
    with pytest.raises(ValidationError) as raised:
        site_of(with_site(f"ums_version = {value}"))
    [problem] = raised.value.problems
    assert problem.key == "sites.prod.ums_version"


@pytest.mark.runtime
@pytest.mark.parametrize(
    ("extra", "warned"),
    [
        ('ums_version = "12.07.100"', True),
        ('ums_version = "12.04.120"', True),
        ('ums_version = "12.04.110"', False),
        ('ums_version = "6.10"', False),
        ("", False),
        ('ums_version = "12.07.100"\nigel_os = [12]', False),
    ],
    ids=["12.07", "12.04.120", "12.04.110", "6.10", "unknown", "os12-only"],
)
def test_synth_warns_where_igel_supports_no_external_load_balancer(
    extra: str, warned: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "ums-ha.toml"
    config.write_text(with_site(extra), encoding="utf-8")
    assert main(["synth", "--project-dir", str(ROOT), "--config", str(config), "--output", str(tmp_path / "o")]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if line.startswith("warning: ")]
    if warned:
        [warning] = warnings
        assert "IGEL supports an external load balancer only where every managed device runs IGEL OS 12" in warning
        assert 'IGEL KB "Configure the UMS to integrate reverse proxy"' in warning
    else:
        assert warnings == []


def test_handover_repeats_the_warning() -> None:
    markdown = render_handover(site_of(with_site('ums_version = "12.07.100"')))
    assert "**Warning:** sites.prod: from UMS 12.04.120 (this site: 12.07.100)" in markdown


def test_handover_with_os12_devices_gives_the_cluster_address_before_the_profile() -> None:
    steps = sections(render_handover(site_of(site_text())))
    names = list(steps)
    cluster = names.index("4. Cluster Address of the UMS")
    assert names[cluster + 1] == "5. UMS profile: the server name devices use"
    assert code_spans(steps[names[cluster]])[0] == "igelrmserver.corp.example:8443"
    assert "subject alternative name" in steps[names[cluster]]


def test_handover_for_os11_only_has_no_cluster_address() -> None:
    steps = sections(render_handover(site_of(with_site("igel_os = [11]"))))
    assert not any("Cluster Address" in name for name in steps)
    assert "7. Firmware download host" not in steps
    assert "6. Firmware download host" in steps


def test_handover_for_os12_only_has_no_firmware_host_steps_and_names_the_distributed_ums() -> None:
    steps = sections(render_handover(site_of(with_site(OS12))))
    assert [title for title in steps if title[0].isdigit()] == [
        "1. DNS name",
        "2. Default gateway of each UMS server",
        "3. Datasource on each UMS server",
        "4. Cluster Address of the UMS",
        "5. UMS profile: the server name devices use",
        "6. Firmware and apps",
        "7. Check the site from outside",
    ]
    assert "Distributed UMS" in steps["6. Firmware and apps"]
    assert "firmware" not in steps["7. Check the site from outside"]
    assert "ums-ha firmware-hosts" not in "".join(steps.values())


def test_handover_says_when_the_ums_predates_the_cluster_address() -> None:
    steps = sections(render_handover(site_of(with_site('ums_version = "6.10"'))))
    assert "UMS 6.10 has no such setting" in steps["4. Cluster Address of the UMS"]


@pytest.mark.parametrize(
    ("extra", "body", "reason"),
    [
        (OS12, "", "serves IGEL OS 12 devices only"),
        (
            "",
            '[[sites.prod.services]]\nname = "console"\nport = 8443\nuse_client_ip = false\n',
            "has no 'firmware' service",
        ),
    ],
    ids=["os12-only", "no-firmware-service"],
)
def test_firmware_hosts_are_refused_where_they_do_not_apply(
    extra: str, body: str, reason: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    step = "[sites.prod.firmware_hosts]\npatch_after_apply = true\n"
    with pytest.raises(ValidationError) as raised:
        site_of(with_site(extra, body + step))
    [problem] = raised.value.problems
    assert problem.key == "sites.prod.firmware_hosts.patch_after_apply"
    assert reason in problem.message
    config = tmp_path / "ums-ha.toml"
    config.write_text(with_site(extra, body), encoding="utf-8")
    assert main(["firmware-hosts", "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert f"--site: sites.prod {reason}" in err or reason in err
    # The nightly check runs on every site: where firmware hosts do not apply, there is no drift to find.
    assert main(["firmware-hosts", "--config", str(config), "--check"]) == 0
    checked = capsys.readouterr()
    assert checked.out.startswith(f"no firmware drift possible: sites.prod {reason}")


@pytest.mark.parametrize(
    ("extra", "links"),
    [
        (
            "",
            {
                ("IGEL OS 11 devices", "devices"),
                ("IGEL OS 11 devices", "firmware"),
                ("IGEL OS 12 devices", "console"),
                ("UMS Console and Web App", "console"),
            },
        ),
        (OS12, {("IGEL OS 12 devices", "console"), ("UMS Console and Web App", "console")}),
        (
            "igel_os = [11]",
            {
                ("IGEL OS 11 devices", "devices"),
                ("IGEL OS 11 devices", "firmware"),
                ("UMS Console and Web App", "console"),
            },
        ),
    ],
    ids=["11-and-12", "12", "11"],
)
def test_the_diagram_draws_each_device_generation_to_the_ports_it_uses(extra: str, links: set[tuple[str, str]]) -> None:
    parsed = parse_mermaid(render_mermaid([site_topology(site_of(with_site(extra)))]))
    lines_by_id = labels(parsed)
    names = {vertex: lines[0] for vertex, lines in lines_by_id.items()}
    vservers = {
        vertex: re.sub(r" \(.*", "", lines[1]).rsplit("-vs-", 1)[1]
        for vertex, lines in lines_by_id.items()
        if lines[0].startswith("VIP ")
    }
    drawn = {(names[edge["start"]], vservers[edge["end"]]) for edge in parsed["edges"] if edge["end"] in vservers}
    assert drawn == links
    dns = vertex_of(lines_by_id, "igelrmserver.corp.example")
    clients = {source for source, _service in links}
    assert {names[edge["start"]] for edge in parsed["edges"] if edge["end"] == dns} == clients


@pytest.mark.runtime
def test_an_idle_timeout_is_set_only_where_the_site_gives_one(synth: Synth) -> None:
    services = (
        '[[sites.prod.services]]\nname = "console"\nport = 8443\nuse_client_ip = false\nidle_timeout_seconds = 3600\n'
        '[[sites.prod.services]]\nname = "devices"\nport = 30001\n'
    )
    groups = resources(synth(with_site("", services))["ums-ha-prod"], "citrixadc_servicegroup")
    assert (groups["servicegroup_console"]["clttimeout"], groups["servicegroup_console"]["svrtimeout"]) == (3600, 3600)
    assert "clttimeout" not in groups["servicegroup_devices"]
    assert "svrtimeout" not in groups["servicegroup_devices"]


@pytest.mark.parametrize("value", ["-1", "31536001", '"600"'])
def test_a_bad_idle_timeout_is_named(value: str) -> None:
    services = f'[[sites.prod.services]]\nname = "console"\nport = 8443\nidle_timeout_seconds = {value}\n'
    with pytest.raises(ValidationError) as raised:
        site_of(with_site("", services))
    assert [problem.key for problem in raised.value.problems] == ["sites.prod.services[0].idle_timeout_seconds"]
