"""A production NetScaler in the site file: an admin partition, an HA pair's nodes (issue 35)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import Synth, only, site_text
from test_schema_conformance import conformance_problems
from test_site_file_validation import problems_of

from ums_ha.cli import main
from ums_ha.handover.notes import render_handover
from ums_ha.site.reader import parse_site_file


@pytest.mark.runtime
def test_a_partition_logs_in_switches_and_saves_that_partition_alone(synth: Synth) -> None:
    stack = synth(site_text(netscaler_extra='partition = "team_ums"'))["ums-ha-prod"]
    assert stack["provider"]["citrixadc"] == [
        {"endpoint": "https://192.0.2.2", "partition": "team_ums", "do_login": True}
    ]
    assert only(stack, "citrixadc_nsconfig_save")["all"] is False
    assert conformance_problems(stack) == []


@pytest.mark.runtime
def test_without_a_partition_the_provider_and_the_save_are_as_before(synth: Synth) -> None:
    stack = synth(site_text())["ums-ha-prod"]
    assert stack["provider"]["citrixadc"] == [{"endpoint": "https://192.0.2.2"}]
    assert only(stack, "citrixadc_nsconfig_save")["all"] is True


@pytest.mark.runtime
def test_saving_every_partition_from_a_partition_is_a_setting_synth_warns_about(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "ums-ha.toml"
    config.write_text(site_text(netscaler_extra='partition = "team_ums"\nsave_all_partitions = true'))
    assert main(["synth", "--config", str(config), "--project-dir", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    warnings = [line for line in err.splitlines() if line.startswith("warning: ")]
    assert warnings == [
        "warning: sites.prod.netscaler.save_all_partitions with partition 'team_ums': whether a partition user may "
        "save every partition is not known; if the first deploy's save is refused, set it to false"
    ]


@pytest.mark.runtime
def test_synth_warns_when_the_endpoint_is_one_nodes_nsip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "ums-ha.toml"
    config.write_text(site_text(netscaler_extra='nodes = ["192.0.2.2", "192.0.2.3"]'))
    assert main(["synth", "--config", str(config), "--project-dir", str(tmp_path)]) == 0
    [warning] = [line for line in capsys.readouterr().err.splitlines() if line.startswith("warning: ")]
    assert warning.startswith("warning: sites.prod.netscaler.endpoint is the NSIP of node 192.0.2.2 of the HA pair")
    assert "(NetScaler error 1028)" in warning
    assert "floating SNIP with management access" in warning


def test_an_endpoint_on_a_floating_snip_gives_no_warning() -> None:
    text = site_text(netscaler_extra='nodes = ["192.0.2.3", "192.0.2.4"]')
    site_file = parse_site_file(text, Path("ums-ha.toml"))
    assert site_file.warnings() == []
    assert site_file.sites[0].netscaler.nodes == ("192.0.2.3", "192.0.2.4")


@pytest.mark.parametrize(
    ("extra", "key", "message"),
    [
        ('partition = "team ums"', "sites.prod.netscaler.partition", "must be a NetScaler partition name"),
        ('partition = ""', "sites.prod.netscaler.partition", "must be a NetScaler partition name"),
        ('nodes = ["192.0.2.3"]', "sites.prod.netscaler.nodes", "but 1 values were given"),
        ('nodes = ["192.0.2.3", "192.0.2.3"]', "sites.prod.netscaler.nodes", "'192.0.2.3' was given twice"),
        ('nodes = ["192.0.2.3", "ns02"]', "sites.prod.netscaler.nodes[1]", "must be an IP address (a node's NSIP)"),
    ],
)
def test_bad_partitions_and_nodes_are_refused_naming_the_key(extra: str, key: str, message: str) -> None:
    [problem] = problems_of(site_text(netscaler_extra=extra))
    assert problem.key == key
    assert message in problem.message


@pytest.mark.runtime
def test_an_ha_pairs_stack_says_its_nodes_for_drift(synth: Synth) -> None:
    stack = synth(site_text(netscaler_extra='nodes = ["192.0.2.3", "192.0.2.4"]'))["ums-ha-prod"]
    assert stack["output"]["netscaler_nodes"]["value"] == ["192.0.2.3", "192.0.2.4"]
    assert "netscaler_nodes" not in synth(site_text())["ums-ha-prod"]["output"]


def handover_steps(text: str) -> dict[str, str]:
    """The handover's steps by title, without their numbers."""
    markdown = render_handover(parse_site_file(text, Path("ums-ha.toml")).sites[0])
    parts = re.split(r"^## (?:\d+\. )?(.+)$", markdown, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_the_handover_has_a_step_for_the_pair_and_the_partition() -> None:
    text = site_text(netscaler_extra='nodes = ["192.0.2.3", "192.0.2.4"]\npartition = "team_ums"')
    step = handover_steps(text)["The production NetScaler"]
    assert "nodes 192.0.2.3 and 192.0.2.4" in step
    assert "error 1028" in step
    assert "admin partition `team_ums`" in " ".join(step.split())
    assert "that partition alone" in " ".join(step.split())
    assert "The production NetScaler" not in handover_steps(site_text())


@pytest.mark.parametrize("mode", ["refuse", "lose"])
def test_the_nitro_stand_ins_secondary_refuses_writes_with_1028_or_loses_them(mode: str) -> None:
    """What the tests' appliance does with a write sent to the secondary of a pair (NITRO's choice is not known)."""
    import json
    import urllib.error
    import urllib.request

    from nitro_stand_in import Appliance, serving

    secondary = Appliance(ha_role="secondary", secondary_writes=mode)
    with serving(secondary) as running:
        body = json.dumps({"server": {"name": "ums-prod-srv-ums01", "ipaddress": "10.20.30.11"}}).encode()
        request = urllib.request.Request(  # noqa: S310  (the stand-in on 127.0.0.1)
            f"{running.endpoint}/nitro/v1/config/server",
            data=body,
            headers={"X-NITRO-USER": secondary.login, "X-NITRO-PASS": secondary.password},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
                status, document = response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            status, document = error.code, json.loads(error.read())
    if mode == "refuse":
        assert (status, document["errorcode"]) == (400, 1028)
        assert secondary.lost_writes == []
    else:
        assert (status, document["errorcode"]) == (201, 0)
        assert secondary.lost_writes == [("POST", "/nitro/v1/config/server")]
    assert secondary.config == {}
