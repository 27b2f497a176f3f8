"""``[sites.<site>.firmware_hosts]``: the table names for the command, and the Terraform step after the deploy."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from conftest import Synth, all_addresses, site_text

from ums_ha import ValidationError
from ums_ha.firmware_hosts.inputs import from_site
from ums_ha.site.firmware_hosts import FirmwareTable
from ums_ha.site.reader import parse_site_file

DNS = '[sites.prod.dns]\nserver = "dc01.corp.example"\nzone = "corp.example."\n'
STEP = '[sites.prod.firmware_hosts]\npatch_after_apply = true\nhost_column = "DOWNLOADHOST"\n'


@pytest.mark.runtime
def test_the_step_runs_the_patch_after_every_netscaler_and_dns_resource(synth: Synth) -> None:
    stack = synth(site_text(extra=DNS + STEP))["ums-ha-prod"]
    step = stack["resource"]["terraform_data"]["firmware_hosts"]
    (provisioner,) = step["provisioner"]
    local = provisioner["local-exec"]
    assert shlex.split(local["command"]) == [
        "ums-ha", "firmware-hosts", "--config", "ums-ha.toml", "--site", "prod", "--apply",
    ]  # fmt: skip
    assert local["working_dir"] == "../../.."  # cdktf.out/stacks/ums-ha-prod -> the project directory
    expected_after = {
        address for address in all_addresses(stack) if address.split(".")[0].startswith(("citrixadc_", "dns_"))
    }
    assert set(step["depends_on"]) == expected_after
    assert "dns_a_record_set.dns_record" in expected_after
    assert "citrixadc_nsconfig_save.config_save" in expected_after
    assert step["triggers_replace"] == {
        "dns_name": "igelrmserver.corp.example",
        "ums_servers": {"ums01": "10.20.30.11", "ums02": "10.20.30.12"},
        "firmware_table": {"host_column": "DOWNLOADHOST"},
    }


@pytest.mark.runtime
def test_without_patch_after_apply_there_is_no_step(synth: Synth) -> None:
    stack = synth(site_text(extra=STEP.replace("true", "false")))["ums-ha-prod"]
    assert "firmware_hosts" not in stack["resource"].get("terraform_data", {})


def test_the_site_names_of_the_table_reach_the_command() -> None:
    site = parse_site_file(site_text(extra=STEP + 'table = "fwu_firmwares"\n'), Path("s.toml")).sites[0]
    assert from_site(site).firmware_table == FirmwareTable(table="fwu_firmwares", host_column="DOWNLOADHOST")


@pytest.mark.parametrize(
    ("extra", "key"),
    [
        ('patch_after_apply = "yes"\n', "sites.prod.firmware_hosts.patch_after_apply"),
        ('host_column = "HOST; DROP TABLE x"\n', "sites.prod.firmware_hosts.host_column"),
        ('path_column = ""\n', "sites.prod.firmware_hosts.path_column"),
        ('hostcolumn = "HOST"\n', "sites.prod.firmware_hosts.hostcolumn"),
    ],
)
def test_bad_firmware_hosts_settings_are_named(extra: str, key: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_site_file(site_text(extra="[sites.prod.firmware_hosts]\n" + extra), Path("s.toml"))
    assert [problem.key for problem in caught.value.problems] == [key]
