"""``[sites.<site>.names]`` and ``[adopt] import``: existing objects keep their names and are imported, not created."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import Synth, all_addresses, resources, site_text
from hcl_read import parse_hcl
from plan_documents import change, plan, write
from test_handover import sections

from ums_ha import ValidationError
from ums_ha.app import synthesize_site_file
from ums_ha.cli import main
from ums_ha.handover.notes import render_handover
from ums_ha.site.reader import parse_site_file

NAMES = """[sites.prod.names]
servers = { ums01 = "UMS01", ums02 = "UMS02" }
service_groups = { devices = "SG_UMS_30001", console = "SG_UMS_8443", firmware = "SG_UMS_9080" }
vservers = { devices = "VS_UMS_30001", console = "VS_UMS_8443", firmware = "VS_UMS_9080" }
persistence_group = "PG UMS"
"""
IMPORT = "[sites.prod.adopt]\nimport = true\n"

#: Every object the guide builds by hand, with the provider's import id (DOMAIN.md, "Importing existing objects").
EXPECTED_IMPORTS = {
    "citrixadc_server.server_ums01": "UMS01",
    "citrixadc_server.server_ums02": "UMS02",
    "citrixadc_nsip.snip": "10.20.30.5",
    "citrixadc_lbgroup.persistence_group": "PG UMS",
    **{
        f"citrixadc_servicegroup.servicegroup_{service}": f"SG_UMS_{port}"
        for service, port in (("devices", 30001), ("console", 8443), ("firmware", 9080))
    },
    **{
        f"citrixadc_lbvserver.vserver_{service}": f"VS_UMS_{port}"
        for service, port in (("devices", 30001), ("console", 8443), ("firmware", 9080))
    },
    **{
        f"citrixadc_servicegroup_servicegroupmember_binding.member_{service}_{server}": f"SG_UMS_{port},{name},{port}"
        for service, port in (("devices", 30001), ("console", 8443), ("firmware", 9080))
        for server, name in (("ums01", "UMS01"), ("ums02", "UMS02"))
    },
    **{
        f"citrixadc_lbvserver_servicegroup_binding.vserver_binding_{service}": f"VS_UMS_{port},SG_UMS_{port}"
        for service, port in (("devices", 30001), ("console", 8443), ("firmware", 9080))
    },
    **{
        f"citrixadc_lbgroup_lbvserver_binding.persistence_group_{service}": f"PG UMS,VS_UMS_{port}"
        for service, port in (("devices", 30001), ("console", 8443), ("firmware", 9080))
    },
}


def imports(stack: dict[str, object]) -> dict[str, str]:
    blocks = stack.get("import", [])
    assert isinstance(blocks, list)
    return {block["to"]: block["id"] for block in blocks}


@pytest.mark.runtime
def test_every_hand_built_object_is_imported_with_the_providers_id(synth: Synth) -> None:
    stack = synth(site_text(extra=NAMES + IMPORT))["ums-ha-prod"]
    assert imports(stack) == EXPECTED_IMPORTS
    assert set(EXPECTED_IMPORTS) <= all_addresses(stack) | {"citrixadc_nsip.snip"}


@pytest.mark.runtime
def test_names_change_only_the_netscaler_names_never_the_addresses(synth: Synth) -> None:
    plain = synth(site_text())["ums-ha-prod"]
    named = synth(site_text(extra=NAMES))["ums-ha-prod"]
    assert all_addresses(named) == all_addresses(plain)
    assert "import" not in named  # names alone import nothing
    assert {name: body["name"] for name, body in resources(named, "citrixadc_server").items()} == {
        "server_ums01": "UMS01",
        "server_ums02": "UMS02",
    }
    assert resources(named, "citrixadc_lbvserver")["vserver_devices"]["name"] == "VS_UMS_30001"
    assert resources(named, "citrixadc_servicegroup")["servicegroup_console"]["servicegroupname"] == "SG_UMS_8443"
    assert resources(named, "citrixadc_lbgroup")["persistence_group"]["name"] == "PG UMS"
    # Unnamed objects keep ums-ha's scheme.
    assert resources(named, "citrixadc_lbmonitor")["monitor_check_status"]["monitorname"] == "ums-prod-mon-check-status"


@pytest.mark.runtime
def test_a_partly_named_setup_imports_only_what_is_named(synth: Synth) -> None:
    names = '[sites.prod.names]\nservers = { ums01 = "UMS01" }\nservice_groups = { devices = "SG_UMS_30001" }\n'
    stack = synth(site_text(extra=names + IMPORT))["ums-ha-prod"]
    assert imports(stack) == {
        "citrixadc_server.server_ums01": "UMS01",
        "citrixadc_nsip.snip": "10.20.30.5",
        "citrixadc_servicegroup.servicegroup_devices": "SG_UMS_30001",
        "citrixadc_servicegroup_servicegroupmember_binding.member_devices_ums01": "SG_UMS_30001,UMS01,30001",
    }


@pytest.mark.runtime
def test_the_hcl_carries_the_import_blocks(tmp_path: Path) -> None:
    site_file = parse_site_file(site_text(extra=NAMES + IMPORT), tmp_path / "ums-ha.toml")
    synthesize_site_file(site_file, project_dir=tmp_path, outdir=tmp_path / "out", hcl=True)
    parsed = parse_hcl((tmp_path / "out" / "stacks" / "ums-ha-prod" / "cdk.tf").read_text(encoding="utf-8"))
    found = {block["to"].removeprefix("${").removesuffix("}"): block["id"].strip('"') for block in parsed["import"]}
    assert found == EXPECTED_IMPORTS


@pytest.mark.parametrize(
    ("names", "key", "fragment"),
    [
        ('servers = { ums03 = "UMS03" }', "sites.prod.names.servers.ums03", "names no UMS server of this site"),
        ('vservers = { lab = "VS_LAB" }', "sites.prod.names.vservers.lab", "names no service of this site"),
        ('servers = { ums01 = "UMS", ums02 = "UMS" }', "sites.prod.names.servers", "'UMS' for more than one object"),
        ('servers = { ums01 = "-UMS01" }', "sites.prod.names.servers.ums01", "must be a name the appliance takes"),
        ('monitor = "' + "M" * 128 + '"', "sites.prod.names.monitor", "1 to 127 characters"),
        ('persistence_group = "PG/UMS"', "sites.prod.names.persistence_group", "must be a name the appliance takes"),
        ("servers = { ums01 = 1 }", "sites.prod.names.servers.ums01", "must be a string, but the integer 1"),
        ('server = { ums01 = "UMS01" }', "sites.prod.names.server", "did you mean 'servers'?"),
    ],
)
def test_bad_names_are_named(names: str, key: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as raised:
        parse_site_file(site_text(extra=f"[sites.prod.names]\n{names}\n"), Path("s.toml"))
    [problem] = [problem for problem in raised.value.problems if problem.key == key]
    assert fragment in problem.message


def test_adopt_import_must_be_true_or_false() -> None:
    with pytest.raises(ValidationError) as raised:
        parse_site_file(site_text(extra='[sites.prod.adopt]\nimport = "yes"\n'), Path("s.toml"))
    assert [problem.key for problem in raised.value.problems] == ["sites.prod.adopt.import"]


SERVICE_GROUP = {"servicegroupname": "SG_UMS_8443", "servicetype": "TCP", "usip": "YES"}
SERVER = {"name": "UMS01", "ipaddress": "10.20.30.11"}


def test_review_groups_imports_and_flags_an_import_the_plan_interrupts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = plan(
        change("citrixadc_server.server_ums01", ["no-op"], SERVER, SERVER, importing={"id": "UMS01"}),
        change(
            "citrixadc_servicegroup.servicegroup_console",
            ["update"],
            SERVICE_GROUP,
            {**SERVICE_GROUP, "usip": "NO"},
            importing={"id": "SG_UMS_8443"},
        ),
        change("citrixadc_lbmonitor.monitor_check_status", ["create"], None, {"monitorname": "ums-prod-mon"}),
        change("citrixadc_nsconfig_save.config_save", ["create"], None, {"all": True}),
        site="prod",
    )
    path = write(tmp_path / "plan.json", document)
    assert main(["review", str(path), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    [site] = report["sites"]
    groups = {group["group"]: [change["address"] for change in group["changes"]] for group in site["groups"]}
    assert groups["imported"] == ["citrixadc_server.server_ums01", "citrixadc_servicegroup.servicegroup_console"]
    assert groups["monitors"] == ["citrixadc_lbmonitor.monitor_check_status"]
    imported = {change["address"]: change["importing"] for change in site["groups"][0]["changes"]}
    assert imported == {
        "citrixadc_server.server_ums01": "UMS01",
        "citrixadc_servicegroup.servicegroup_console": "SG_UMS_8443",
    }
    findings = {(finding["rule"], finding["address"]) for finding in report["findings"]}
    assert ("import-interrupted", "citrixadc_servicegroup.servicegroup_console") in findings
    assert ("import-interrupted", "citrixadc_server.server_ums01") not in findings
    assert {address for rule, address in findings if rule == "object-imported"} == set(imported)
    assert main(["review", str(path), "--fail-on", "outage"]) == 3
    markdown = capsys.readouterr().out
    assert "Imported objects (taken over from the appliance)" in markdown
    assert "import SG\\_UMS\\_8443; usip" in markdown  # the table cell, Markdown-escaped
    assert "| import | UMS01 | `citrixadc_server.server_ums01` | import UMS01 |" in markdown


def test_handover_of_an_adopting_site_starts_with_the_takeover() -> None:
    site = parse_site_file(site_text(extra=NAMES + IMPORT), Path("ums-ha.toml")).sites[0]
    steps = list(sections(render_handover(site)))
    assert steps[:2] == ["1. Taking over the objects made by hand", "2. DNS name"]
    plain = parse_site_file(site_text(extra=NAMES), Path("ums-ha.toml")).sites[0]
    assert next(iter(sections(render_handover(plain)))) == "1. DNS name"
